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
        setZoomFactor: vi.fn(),
        replaceMisspelling: vi.fn(),
        session: { addWordToSpellCheckerDictionary: vi.fn() },
      };
      windows.push(this);
    }
    onceHandlers = new Map<string, Handler>();
    once(name: string, handler: Handler) { this.onceHandlers.set(name, handler); return this; }
    show = vi.fn();
    maximize = vi.fn();
    loadURL(url: string) { this.loaded.push(url); return Promise.resolve(); }
    static getFocusedWindow() { return null; }
    static fromWebContents() { return null; }
  }
  const appHandlers = new Map<string, Handler>();
  const popups: any[] = [];
  return {
    windows,
    appHandlers,
    popups,
    BrowserWindow,
    app: { on: (name: string, handler: Handler) => { appHandlers.set(name, handler); }, getPath: vi.fn(), getVersion: () => '0.1.0' },
    ipcMain: {},
    nativeTheme: { themeSource: 'system', shouldUseDarkColors: false, on: vi.fn() },
    screen: {
      getPrimaryDisplay: () => ({ id: 2, workArea: { x: 0, y: 25, width: 1440, height: 875 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 1440, y: 0, width: 2560, height: 1400 } }, { id: 2, workArea: { x: 0, y: 25, width: 1440, height: 875 } }],
    },
    shell: { openExternal: vi.fn(async () => undefined) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), webRequest: { onBeforeRequest: vi.fn() } } },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => { const menu = { template: t, popup: vi.fn() }; popups.push(menu); return menu; }), setApplicationMenu: vi.fn() },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBoxSync: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
  };
});
vi.mock('electron', () => electron);

const { createMainWindow, createTextWindow } = await import('../../electron/main/adapters/createMainWindow');
const { buildWindowOptions } = await import('../../electron/main/security/buildWindowOptions');
const { registerAppScheme, serveApp } = await import('../../electron/main/adapters/appProtocol');
const { blockRemoteRequests, denyAllPermissions, displayWorkAreas, hardenEveryWebContents, openExternalChecked, setThemeSource } = await import('../../electron/main/adapters/electronApp');
const { showAboutDialog } = await import('../../electron/main/adapters/shellDialogs');
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
    expect(win().windowOpenHandler({ url: 'https://evil.example/', disposition: 'foreground-tab' })).toEqual({ action: 'deny' });
    expect(win().windowOpenHandler({ url: 'https://docs.waymark.invalid/help', disposition: 'default' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    expect(win().windowOpenHandler({ url: 'https://docs.waymark.invalid/help', disposition: 'foreground-tab' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://docs.waymark.invalid/help');
  });

  it('restores bounds and maximized state, applies the interface size after each load', () => {
    createMainWindow({ preloadPath: 'p', devTools: false, log: vi.fn(), bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true, zoomFactor: () => 1.25 });
    expect(win().options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 });
    win().onceHandlers.get('ready-to-show')();
    expect(win().maximize).toHaveBeenCalled();
    expect(win().show).toHaveBeenCalled();
    win().contentsHandlers.get('did-finish-load')();
    expect(win().webContents.setZoomFactor).toHaveBeenCalledWith(1.25);
  });

  it('shows text (the licenses) in a window without preload, locked down like the others', () => {
    createTextWindow({ title: 'Licenses', text: 'MIT <script>alert(1)</script>' });
    expect(win().options.webPreferences).not.toHaveProperty('preload');
    expect(win().options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(win().loaded[0]).toMatch(/^data:text\/plain;charset=utf-8,/);
    expect(decodeURIComponent(win().loaded[0].split(',').slice(1).join(','))).toBe('MIT <script>alert(1)</script>');
    const event = { preventDefault: vi.fn() };
    win().contentsHandlers.get('will-navigate')(event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(win().windowOpenHandler({ url: 'https://evil.example/', disposition: 'foreground-tab' })).toEqual({ action: 'deny' });
  });

  it('pops up the text context menu with spelling fixes that act on the page', () => {
    createMainWindow({ preloadPath: 'p', devTools: false, log: vi.fn() });
    win().contentsHandlers.get('context-menu')({}, { isEditable: true, selectionText: '', misspelledWord: 'jouney', dictionarySuggestions: ['journey'], editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } });
    const menu = electron.popups.at(-1);
    expect(menu.popup).toHaveBeenCalled();
    const [fix, add] = menu.template as any[];
    fix.click();
    add.click();
    expect(win().webContents.replaceMisspelling).toHaveBeenCalledWith('journey');
    expect(win().webContents.session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('jouney');
    expect(menu.template).toContainEqual({ role: 'paste', enabled: true });
    const before = electron.popups.length;
    win().contentsHandlers.get('context-menu')({}, { isEditable: false, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: { canCut: false, canCopy: false, canPaste: false, canSelectAll: false } });
    expect(electron.popups.length).toBe(before); // nothing to offer: no empty menu
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

describe('app-wide lockdown, displays, theme and links', () => {
  it('hardens every web contents created anywhere', () => {
    hardenEveryWebContents();
    const handlers = new Map<string, (...a: any[]) => any>();
    let openHandler: ((d: { url: string; disposition: string }) => unknown) | null = null;
    electron.appHandlers.get('web-contents-created')!({}, { on: (n: string, h: any) => handlers.set(n, h), setWindowOpenHandler: (h: any) => { openHandler = h; } });
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      handlers.get(name)!(event, 'https://evil.example/');
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
    expect(openHandler!({ url: 'https://evil.example/', disposition: 'new-window' })).toEqual({ action: 'deny' });
  });

  it('cancels every request for remote (or file://) content, and says so', () => {
    const log = vi.fn();
    blockRemoteRequests(log);
    const filter = electron.session.defaultSession.webRequest.onBeforeRequest.mock.calls.at(-1)![0] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const answer = (url: string) => { let r: { cancel: boolean } | undefined; filter({ url }, (x) => { r = x; }); return r; };
    expect(answer('app://waymark/index.html')).toEqual({ cancel: false });
    expect(answer('https://tracker.example/pixel.gif')).toEqual({ cancel: true });
    expect(answer('file:///etc/passwd')).toEqual({ cancel: true });
    expect(log).toHaveBeenCalledWith('blocked a request to https://tracker.example/pixel.gif');
  });

  it('opens external links only after the allowlist check', () => {
    electron.shell.openExternal.mockClear();
    expect(openExternalChecked('https://evil.example/')).toBe(false);
    expect(openExternalChecked('http://docs.waymark.invalid/')).toBe(false);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    expect(openExternalChecked('https://docs.waymark.invalid/')).toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://docs.waymark.invalid/');
  });

  it('lists work areas primary first and sets the native theme source', () => {
    expect(displayWorkAreas()).toEqual([{ x: 0, y: 25, width: 1440, height: 875 }, { x: 1440, y: 0, width: 2560, height: 1400 }]);
    setThemeSource('dark');
    expect(electron.nativeTheme.themeSource).toBe('dark');
  });

  it('shows About with the version and offers the licenses', async () => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    const answer = await showAboutDialog(null, { productName: 'Waymark', version: '0.1.0', versions: { electron: '45.4.1' }, licenses: [{ name: 'react', version: '19.3.1', license: 'MIT' }] });
    expect(answer).toBe('licenses');
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ message: 'Waymark 0.1.0', detail: expect.stringContaining('Electron 45.4.1'), buttons: ['OK', 'Third-party licenses…'] }));
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

  it('carries check marks and radio items over to Electron', () => {
    setApplicationMenu([{ kind: 'submenu', id: 'view.theme', label: 'Theme', submenu: [
      { kind: 'action', id: 'theme.dark', label: 'Dark', registerAccelerator: true, enabled: true, type: 'radio', checked: true, action: { type: 'shell', command: 'theme.dark' } },
      { kind: 'action', id: 'data.toggleLayer', label: 'Show data', registerAccelerator: false, enabled: true, type: 'checkbox', checked: false, action: { type: 'command', commandId: 'data.toggleLayer' } },
    ] }], vi.fn());
    const [template] = electron.Menu.buildFromTemplate.mock.calls.at(-1)! as [any[]];
    expect(template[0].submenu[0]).toMatchObject({ id: 'theme.dark', type: 'radio', checked: true, registerAccelerator: true });
    expect(template[0].submenu[1]).toMatchObject({ type: 'checkbox', checked: false });
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
