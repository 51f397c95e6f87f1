/**
 * The adapters are the only code that imports electron; here electron is mocked (the real
 * module would try to download the binary) to check that each adapter applies the pure
 * security decisions to the right events and serves the page with the CSP header.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  type Handler = (...args: any[]) => any;
  const windows: any[] = [];
  class BrowserWindow {
    options: any;
    contentsHandlers = new Map<string, Handler>();
    windowOpenHandler: Handler | null = null;
    loaded: string[] = [];
    webContents: any;
    constructor(options: any) {
      this.options = options;
      this.webContents = {
        id: windows.length + 1,
        on: (name: string, handler: Handler) => { this.contentsHandlers.set(name, handler); },
        setWindowOpenHandler: (handler: Handler) => { this.windowOpenHandler = handler; },
        getURL: () => this.loaded.at(-1) ?? '',
      };
      windows.push(this);
    }
    once() { return this; }
    show() {}
    loadURL(url: string) { this.loaded.push(url); return Promise.resolve(); }
    static getFocusedWindow() { return null; }
  }
  return {
    windows,
    BrowserWindow,
    shell: { openExternal: vi.fn(async () => undefined) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => ({ template: t })), setApplicationMenu: vi.fn() },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBoxSync: vi.fn() },
  };
});
vi.mock('electron', () => electron);

const { createMainWindow } = await import('../../electron/main/adapters/createMainWindow');
const { buildWindowOptions } = await import('../../electron/main/security/buildWindowOptions');
const { registerAppScheme, serveApp } = await import('../../electron/main/adapters/appProtocol');
const { denyAllPermissions } = await import('../../electron/main/adapters/electronApp');
const { setApplicationMenu } = await import('../../electron/main/adapters/applicationMenu');
const { electronDialogs } = await import('../../electron/main/adapters/electronDialogs');
const { CONTENT_SECURITY_POLICY } = await import('../../electron/main/security/contentSecurityPolicy');

describe('createMainWindow', () => {
  const win = () => electron.windows.at(-1);

  it('builds the window from the secure options and loads app://waymark', () => {
    createMainWindow({ preloadPath: '/x/preload.js', devTools: false, log: vi.fn() });
    expect(win().options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false, webSecurity: true, preload: '/x/preload.js' });
    // The literals spelled out for the security scan must equal the tested secure options.
    expect(win().options).toEqual(buildWindowOptions({ preloadPath: '/x/preload.js', devTools: false }));
    expect(win().loaded).toEqual(['app://waymark/index.html']);
  });

  it.each(['will-navigate', 'will-redirect'])('prevents %s', (name) => {
    createMainWindow({ preloadPath: 'p', devTools: false, log: vi.fn() });
    const event = { preventDefault: vi.fn() };
    win().contentsHandlers.get(name)(event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('prevents subframe navigation and webview attachment', () => {
    createMainWindow({ preloadPath: 'p', devTools: false, log: vi.fn() });
    const frameNav = { url: 'https://evil.example/', isMainFrame: false, preventDefault: vi.fn() };
    win().contentsHandlers.get('will-frame-navigate')(frameNav);
    const attach = { preventDefault: vi.fn() };
    win().contentsHandlers.get('will-attach-webview')(attach, {}, {});
    expect(frameNav.preventDefault).toHaveBeenCalled();
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('denies window.open, opening only allowlisted links in the OS browser', () => {
    createMainWindow({ preloadPath: 'p', devTools: false, log: vi.fn() });
    electron.shell.openExternal.mockClear();
    expect(win().windowOpenHandler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    expect(win().windowOpenHandler({ url: 'https://docs.waymark.invalid/help' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://docs.waymark.invalid/help');
  });

  it('reloads our page once after a renderer crash', () => {
    const log = vi.fn();
    createMainWindow({ preloadPath: 'p', devTools: false, log });
    const gone = win().contentsHandlers.get('render-process-gone');
    gone({}, { reason: 'crashed' });
    gone({}, { reason: 'crashed' });
    expect(win().loaded).toEqual(['app://waymark/index.html', 'app://waymark/index.html']);
    expect(log).toHaveBeenCalledWith('renderer gone: crashed');
  });
});

describe('app protocol', () => {
  let dist = '';
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'waymark-dist-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>Waymark</title>');
    await writeFile(join(dist, 'assets', 'app.js'), 'console.log(1)');
  });
  afterAll(async () => { await rm(dist, { recursive: true, force: true }); });

  it('registers app:// as a secure standard scheme', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
  });

  it('serves dist/ with the CSP header, and refuses anything else', async () => {
    serveApp(dist);
    const handler = electron.protocol.handle.mock.calls.at(-1)![1] as (r: { url: string }) => Promise<Response>;
    const page = await handler({ url: 'app://waymark/' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Waymark</title>');
    expect((await handler({ url: 'app://waymark/assets/app.js' })).headers.get('content-type')).toMatch(/javascript/);
    expect((await handler({ url: 'app://waymark/missing.js' })).status).toBe(404);
    expect((await handler({ url: 'app://elsewhere/index.html' })).status).toBe(403);
  });
});

describe('session, menu and dialogs', () => {
  it('refuses every permission request and check', () => {
    denyAllPermissions();
    const request = electron.session.defaultSession.setPermissionRequestHandler.mock.calls[0]![0] as (...a: any[]) => void;
    const check = electron.session.defaultSession.setPermissionCheckHandler.mock.calls[0]![0] as (...a: any[]) => boolean;
    const callback = vi.fn();
    request({}, 'media', callback, { requestingUrl: 'app://waymark/' });
    expect(callback).toHaveBeenCalledWith(false);
    expect(check({}, 'clipboard-read', 'app://waymark')).toBe(false);
  });

  it('turns the menu template into Electron items whose clicks report the action', () => {
    const onAction = vi.fn();
    setApplicationMenu([{ kind: 'submenu', id: 'menu.file', label: 'File', submenu: [{ kind: 'action', id: 'file.open', label: 'Open…', accelerator: 'CmdOrCtrl+O', registerAccelerator: false, enabled: true, action: { type: 'command', commandId: 'file.open' } }, { kind: 'separator' }] }], onAction);
    const [template] = electron.Menu.buildFromTemplate.mock.calls.at(-1)! as [any[]];
    const item = template[0].submenu[0];
    expect(item).toMatchObject({ id: 'file.open', accelerator: 'CmdOrCtrl+O', registerAccelerator: false, enabled: true });
    item.click();
    expect(onAction).toHaveBeenCalledWith({ type: 'command', commandId: 'file.open' });
  });

  it('maps dialog answers to paths or null', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/m/a.journey'] }).mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await electronDialogs.chooseFileToOpen({ title: 'Open', filters: [] })).toBe('/m/a.journey');
    expect(await electronDialogs.chooseFileToOpen({ title: 'Open', filters: [] })).toBeNull();
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/m/b.journey' });
    expect(await electronDialogs.chooseSaveLocation({ title: 'Save', defaultPath: '/m/b.journey', filters: [] })).toBe('/m/b.journey');
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ properties: expect.arrayContaining(['showOverwriteConfirmation']) }));
  });
});
