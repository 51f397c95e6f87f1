/**
 * The bundles scripts/build-electron.mjs produces, loaded as Electron would load them
 * (CommonJS, `electron` resolved from node_modules), with a stand-in electron module that
 * records what they do: main registers the scheme before ready and wires everything after;
 * the preload exposes exactly the named functions and requires nothing but electron.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../shared/ipc/channels';

let dir = '';
const FAKE_ELECTRON = `
const calls = [];
const noop = () => {};
let resolveReady;
const ready = new Promise((r) => { resolveReady = r; });
class BrowserWindow {
  constructor(o) { calls.push(['window', o.webPreferences.sandbox, o.webPreferences.contextIsolation, o.webPreferences.preload]); this.webContents = { id: 1, on: noop, setWindowOpenHandler: noop, getURL: () => '' }; }
  on() { return this; } once() { return this; } isFocused() { return true; }
  getBounds() { return { x: 0, y: 0, width: 1440, height: 900 }; }
  loadURL(u) { calls.push(['load', u]); return Promise.resolve(); }
  static getFocusedWindow() { return null; }
}
module.exports = {
  app: { whenReady: () => ready, on: (n) => calls.push(['app.on', n]), quit: noop, requestSingleInstanceLock: () => true, getPath: () => process.env.FAKE_USER_DATA, isPackaged: false, addRecentDocument: noop, clearRecentDocuments: noop, getVersion: () => '0.1.0' },
  nativeTheme: { on: noop, shouldUseDarkColors: false, set themeSource(v) { calls.push(['theme', v]); } },
  screen: { getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } }), getAllDisplays: () => [] },
  ipcMain: { handle: (c) => calls.push(['handle', c]), on: (c) => calls.push(['on', c]) },
  protocol: { registerSchemesAsPrivileged: () => calls.push(['scheme']), handle: () => calls.push(['protocol']) },
  session: { defaultSession: { setPermissionRequestHandler: noop, setPermissionCheckHandler: noop, webRequest: { onBeforeRequest: () => calls.push(['webRequest']) } } },
  Menu: { buildFromTemplate: (t) => t, setApplicationMenu: () => calls.push(['menu']) },
  dialog: {}, shell: {},
  contextBridge: { exposeInMainWorld: (key, api) => calls.push(['expose', key, Object.keys(api).sort().join(',')]) },
  ipcRenderer: { invoke: noop, send: noop, on: noop, removeListener: noop },
  BrowserWindow, calls, ready: () => resolveReady(),
};`;
const RUNNER = `
const electron = require('electron');
require('./dist/main.js');
require('./dist/preload.js');
electron.calls.push(['before-ready']);
electron.ready();
setTimeout(() => process.stdout.write(JSON.stringify(electron.calls)), 300);`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'waymark-bundles-'));
  execFileSync(process.execPath, ['scripts/build-electron.mjs', join(dir, 'dist')]);
  await mkdir(join(dir, 'node_modules', 'electron'), { recursive: true });
  await mkdir(join(dir, 'user-data'));
  await writeFile(join(dir, 'node_modules', 'electron', 'index.js'), FAKE_ELECTRON);
  await writeFile(join(dir, 'run.cjs'), RUNNER);
}, 60_000);
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('built Electron bundles', () => {
  it('are CommonJS in a folder that says so', async () => {
    expect(JSON.parse(await readFile(join(dir, 'dist', 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
    const preload = await readFile(join(dir, 'dist', 'preload.js'), 'utf8');
    // A sandboxed preload can require only a few modules: electron, and nothing of Node.
    expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(preload.length).toBeLessThan(10_000);
  });

  it('load and wire the app as Electron would run them', () => {
    const out = execFileSync(process.execPath, ['run.cjs'], { cwd: dir, env: { ...process.env, FAKE_USER_DATA: join(dir, 'user-data') } }).toString();
    const calls = JSON.parse(out) as unknown[][];
    const names = calls.map((c) => c[0]);
    expect(names.indexOf('scheme')).toBeLessThan(names.indexOf('before-ready'));
    expect(names.indexOf('protocol')).toBeGreaterThan(names.indexOf('before-ready'));
    const pageToMain = Object.entries(IPC_CHANNELS).filter(([, kind]) => kind !== 'event').map(([n]) => `waymark:${n}`);
    expect(calls.filter((c) => c[0] === 'handle' || c[0] === 'on').map((c) => c[1]).sort()).toEqual(pageToMain.sort());
    // Exactly one named function per contract entry (events as on<Name>), nothing else.
    const exposed = Object.entries(IPC_CHANNELS).map(([n, kind]) => (kind === 'event' ? `on${n[0]!.toUpperCase()}${n.slice(1)}` : n)).sort();
    expect(exposed).toContain('openDocument');
    expect(calls).toContainEqual(['expose', 'waymark', exposed.join(',')]);
    expect(calls).toContainEqual(['window', true, true, join(dir, 'dist', 'preload.js')]);
    expect(calls).toContainEqual(['load', 'app://waymark/index.html']);
    expect(calls).toContainEqual(['app.on', 'web-contents-created']);
    expect(calls).toContainEqual(['theme', 'system']);
    expect(calls).toContainEqual(['webRequest']);
  });

  it('ship the third-party licenses beside main, collected from node_modules at build time', async () => {
    const list = JSON.parse(await readFile(join(dir, 'dist', 'licenses.json'), 'utf8')) as { name: string; version: string; license: string }[];
    const names = list.map((l) => l.name);
    // Bundled into the page (React, React Flow, zustand, immer, zod), loaded by main from node_modules (pdfkit, resvg, harfbuzzjs), and the font.
    for (const name of ['react', 'react-dom', '@xyflow/react', 'zustand', 'immer', 'zod', 'pdfkit', '@resvg/resvg-js', 'harfbuzzjs', 'Inter (font)']) expect(names, name).toContain(name);
    // Build tools are not shipped, so they are not listed.
    for (const name of ['vite', 'vitest', 'typescript', 'esbuild', 'electron', 'electron-builder', 'eslint', '@playwright/test']) expect(names, name).not.toContain(name);
    const text = await readFile(join(dir, 'dist', 'THIRD_PARTY_LICENSES.txt'), 'utf8');
    expect(text).toMatch(/^Waymark \d+\.\d+\.\d+ includes the following open-source software/);
    expect(text).toContain(`react ${list.find((l) => l.name === 'react')!.version} — MIT`);
    expect(text).toContain('Permission is hereby granted, free of charge'); // the MIT text itself, not just the name
    expect(text).toContain('SIL OPEN FONT LICENSE');
  });
});
