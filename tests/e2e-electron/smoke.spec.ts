/**
 * The desktop app for real: launch, a window with the secure settings, the page served
 * from app:// with the CSP header and only the named intent API, a sample opened through
 * File › Open (menu item found by its command id; the native dialog answered inside main),
 * saved back atomically with a backup. Uses the page objects in pages/.
 */
import { expect, test } from '@playwright/test';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadJourney } from '../../shared/file/loadJourney';
import { ensureBuilt, findElectronBinary } from './electronApp';
import { DesktopApp } from './pages/DesktopApp';
import type { MapWindow } from './pages/MapWindow';

const binary = findElectronBinary();
test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');
test.describe.configure({ mode: 'serial' });

let desktop: DesktopApp;
let window: MapWindow;

test.beforeAll(async () => {
  if (!('path' in binary)) return;
  ensureBuilt();
  ({ desktop, window } = await DesktopApp.launch(binary.path));
});
test.afterAll(async () => { await desktop?.close(); });

test('opens a window with the secure web preferences', async () => {
  // getLastWebPreferences() is internal (untyped) but present since Electron 5; Electron's own
  // tests use it. If it ever disappears this fails loudly rather than passing unchecked.
  const prefs = await desktop.app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> };
    return contents.getLastWebPreferences?.() ?? null;
  });
  expect(prefs, 'webContents.getLastWebPreferences() is missing in this Electron').not.toBeNull();
  expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webviewTag: false, webSecurity: true, allowRunningInsecureContent: false });
  expect(window.page.url()).toBe('app://waymark/index.html');
});

test('the page has the named intent API and nothing of Node or Electron; nothing remote loads', async () => {
  const seen = await window.page.evaluate(async () => ({
    require: typeof (window as any).require,
    process: typeof (window as any).process,
    api: Object.keys((window as any).waymark ?? {}).sort(),
    csp: (await fetch('/index.html')).headers.get('content-security-policy'),
    remote: await fetch('https://example.com/').then(() => 'loaded', () => 'blocked'),
  }));
  expect(seen.require).toBe('undefined');
  expect(seen.process).toBe('undefined');
  expect(seen.api).toContain('openDocument');
  expect(seen.api).not.toContain('invoke');
  expect(seen.csp).toContain("script-src 'self'");
  expect(seen.remote).toBe('blocked');
});

test('opens a sample through File › Open, saves it back, keeps a backup', async () => {
  const file = join(desktop.work, 'Northwind.journey');
  copyFileSync('assets/samples/northwind-outdoor.journey', file);
  const original = readFileSync(file, 'utf8');
  await desktop.answerOpenDialog(file);
  await desktop.clickMenu('file.open');
  await window.expectTitle('Northwind.journey', false);

  await desktop.clickMenu('file.save');
  await expect.poll(() => existsSync(`${file}.bak`)).toBe(true);
  expect(readFileSync(`${file}.bak`, 'utf8')).toBe(original);
  expect(loadJourney(readFileSync(file)).ok).toBe(true);
});
