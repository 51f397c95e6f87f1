import { defineConfig } from '@playwright/test';
import { findElectronBinary } from './tests/e2e-electron/electronApp';

// The real-Electron smoke tests. They skip, with the reason, where no Electron binary has
// been downloaded (offline installs: electron >= 42 fetches it lazily); CI with network
// runs them under xvfb. Separate from playwright.config.ts, which drives the web build.
const binary = findElectronBinary();
// Said once, up front, so a run full of skips is never mistaken for a run full of passes.
if ('missing' in binary) console.log(`[electron smoke] skipping every test: ${binary.missing}`);

export default defineConfig({
  testDir: 'tests/e2e-electron',
  timeout: 120_000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
