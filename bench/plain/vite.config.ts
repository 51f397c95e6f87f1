import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The plain React Flow page the canvas benchmark compares the app with. Built, like the
// app, in production mode; the bench passes the output folder with --outDir.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: '../../node_modules/.cache/waymark-bench/plain', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 4000 },
});
