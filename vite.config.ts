/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is a plain web app: the web build (npm run web) and the Electron window
// load the same bundle. base './' so it also loads from app:// and file://.
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: '../assets/public',
  plugins: [react()],
  build: { outDir: '../dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
});
