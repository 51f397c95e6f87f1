/**
 * Finding and preparing the real Electron app for the smoke tests: the binary the
 * electron package downloaded (its path is in node_modules/electron/path.txt, relative to
 * node_modules/electron/dist), and the built app (dist/ + dist-electron/).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ELECTRON_DIR = resolve('node_modules/electron');

/** The binary's path, or why there is none. */
export function findElectronBinary(): { path: string } | { missing: string } {
  const pathFile = join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathFile)) return { missing: 'no Electron binary (node_modules/electron/path.txt is missing; run `npx install-electron` online)' };
  const binary = join(ELECTRON_DIR, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { missing: `no Electron binary at ${binary}` };
  return { path: binary };
}

/** Builds the page and the Electron bundles when they are not there yet. */
export function ensureBuilt(): void {
  if (!existsSync('dist/index.html')) execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (!existsSync('dist-electron/main.js') || !existsSync('dist-electron/preload.js')) execFileSync(process.execPath, ['scripts/build-electron.mjs'], { stdio: 'inherit' });
}
