/**
 * The desktop app for real: launch, a window with the secure settings, the page served
 * from app:// with the CSP header and only the named intent API, a sample opened through
 * File › Open (menu item found by its command id; the native dialog answered by stubbing
 * dialog.showOpenDialog in main), saved back atomically with a backup, and quit.
 */
import { _electron as electron, type ElectronApplication, expect, type Page, test } from '@playwright/test';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadJourney } from '../../shared/file/loadJourney';
import { ensureBuilt, findElectronBinary } from './electronApp';

const binary = findElectronBinary();
test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');

let app: ElectronApplication;
let page: Page;
let work = '';

test.beforeAll(async () => {
  if (!('path' in binary)) return;
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'waymark-electron-'));
  app = await electron.launch({ executablePath: binary.path, args: ['.', `--user-data-dir=${join(work, 'user-data')}`], env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' } });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('opens a window with the secure web preferences', async () => {
  // getLastWebPreferences() is internal (untyped) but present since Electron 5; Electron's own
  // tests use it. If it ever disappears this fails loudly rather than passing unchecked.
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> };
    return contents.getLastWebPreferences?.() ?? null;
  });
  expect(prefs, 'webContents.getLastWebPreferences() is missing in this Electron').not.toBeNull();
  expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webviewTag: false, webSecurity: true, allowRunningInsecureContent: false });
  expect(page.url()).toBe('app://waymark/index.html');
});

test('the page has the named intent API and nothing of Node or Electron', async () => {
  const seen = await page.evaluate(async () => ({
    require: typeof (window as any).require,
    process: typeof (window as any).process,
    api: Object.keys((window as any).waymark ?? {}).sort(),
    csp: (await fetch('/index.html')).headers.get('content-security-policy'),
  }));
  expect(seen.require).toBe('undefined');
  expect(seen.process).toBe('undefined');
  expect(seen.api).toContain('openDocument');
  expect(seen.api).not.toContain('invoke');
  expect(seen.csp).toContain("script-src 'self'");
});

test('opens a sample through File › Open, saves it back, keeps a backup', async () => {
  const file = join(work, 'Northwind.journey');
  copyFileSync('assets/samples/northwind-outdoor.journey', file);
  const original = readFileSync(file, 'utf8');
  await app.evaluate(({ dialog }, path) => {
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [path] })) as typeof dialog.showOpenDialog;
  }, file);
  await app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.getMenuItemById('file.open')!.click());
  // The native window's title (main sets it from the page's document state; document.title stays the page's own).
  await expect.poll(async () => (await app.browserWindow(page)).evaluate((w) => w.getTitle())).toMatch(/Northwind/);

  await app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.getMenuItemById('file.save')!.click());
  await expect.poll(() => existsSync(`${file}.bak`)).toBe(true);
  expect(readFileSync(`${file}.bak`, 'utf8')).toBe(original);
  expect(loadJourney(readFileSync(file)).ok).toBe(true);
});
