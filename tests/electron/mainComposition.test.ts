/**
 * The composition root (electron/main/main.ts) started against a mocked electron: it must
 * register the app:// scheme before ready, refuse permissions, serve the page, register a
 * handler for every page-to-main channel, open one secure window, set the menu, and answer
 * a real IPC round trip through the handlers it wired (here: listRecovery from userData).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { channelOf, IPC_CONTRACT, type IpcName } from '../../shared/ipc/contract';

const electron = vi.hoisted(() => {
  type Handler = (...args: any[]) => any;
  const state = { userData: '', focused: null as any, windows: [] as any[], appHandlers: new Map<string, Handler>(), ipcHandlers: new Map<string, Handler>(), ipcListeners: new Map<string, Handler>(), readyOrder: [] as string[] };
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => { resolveReady = r; });
  class BrowserWindow {
    options: any;
    handlers = new Map<string, Handler>();
    webContents: any;
    title = '';
    constructor(options: any) {
      this.options = options;
      const contentsHandlers = new Map<string, Handler>();
      this.webContents = { id: 100 + state.windows.length, on: (n: string, h: Handler) => contentsHandlers.set(n, h), handlers: contentsHandlers, setWindowOpenHandler: vi.fn(), getURL: () => 'app://waymark/index.html', send: vi.fn(), setZoomFactor: vi.fn() };
      this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width, height: options.height };
      state.windows.push(this);
      state.focused = this;
    }
    bounds: { x: number; y: number; width: number; height: number };
    on(n: string, h: Handler) { this.handlers.set(n, h); return this; }
    once(n: string, h: Handler) { return this.on(n, h); }
    show() {}
    maximize() {}
    focus() { state.focused = this; }
    isFocused() { return state.focused === this; }
    isDestroyed() { return false; }
    isMaximized() { return false; }
    getBounds() { return this.bounds; }
    getNormalBounds() { return this.bounds; }
    setBackgroundColor = vi.fn();
    setTitle(t: string) { this.title = t; }
    setDocumentEdited() {}
    setRepresentedFilename = vi.fn();
    loadURL() { return Promise.resolve(); }
    static getFocusedWindow() { return null; }
  }
  return {
    state,
    resolveReady,
    BrowserWindow,
    app: {
      whenReady: () => ready,
      on: (n: string, h: Handler) => { state.appHandlers.set(n, h); },
      quit: vi.fn(),
      requestSingleInstanceLock: () => true,
      getPath: (name: string) => (name === 'userData' ? state.userData : join(state.userData, name)),
      isPackaged: false,
      addRecentDocument: vi.fn(),
      clearRecentDocuments: vi.fn(),
      getVersion: () => '0.1.0',
    },
    nativeTheme: { themeSource: 'system', shouldUseDarkColors: false, on: vi.fn() },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } }],
    },
    ipcMain: { handle: (c: string, h: Handler) => { state.ipcHandlers.set(c, h); }, on: (c: string, h: Handler) => { state.ipcListeners.set(c, h); } },
    protocol: { registerSchemesAsPrivileged: vi.fn(() => { state.readyOrder.push('scheme'); }), handle: vi.fn(() => { state.readyOrder.push('protocol'); }) },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), webRequest: { onBeforeRequest: vi.fn() } } },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => ({ t })), setApplicationMenu: vi.fn() },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBoxSync: vi.fn(() => 0), showMessageBox: vi.fn(async () => ({ response: 0 })) },
    shell: { openExternal: vi.fn() },
  };
});
vi.mock('electron', () => electron);

afterAll(async () => { await rm(electron.state.userData, { recursive: true, force: true }); });

/** Clicks an item of the application menu main set last, found by id as the Electron tests do. */
function clickMenu(id: string): void {
  const template = (electron.Menu.setApplicationMenu.mock.calls.at(-1)![0] as unknown as { t: any[] }).t;
  const find = (items: any[]): any => items.map((i) => (i.id === id ? i : i.submenu ? find(i.submenu) : undefined)).find(Boolean);
  const item = find(template);
  if (!item) throw new Error(`no menu item ${id}`);
  item.click();
}
const fromPage = (win: any) => ({ sender: { id: win.webContents.id }, senderFrame: { url: 'app://waymark/index.html', parent: null } });
const pageState = (title: string, dirty = false) => ({ title, dirty, menu: { canUndo: false, canRedo: false, hasSelection: false, dirty, readOnly: false } });
const sentTo = (win: any, channel: string) => win.webContents.send.mock.calls.filter((c: any[]) => c[0] === `waymark:${channel}`).map((c: any[]) => c[1]);

function setStateOf(win: any, state: ReturnType<typeof pageState>): void {
  electron.state.ipcListeners.get(channelOf('setDocumentState'))!(fromPage(win), state);
}

describe('electron/main/main.ts', () => {
  it('wires everything once the app is ready', async () => {
    electron.state.userData = await mkdtemp(join(tmpdir(), 'waymark-userdata-'));
    // Last session: a window on a monitor that is no longer connected, dark theme, larger interface.
    await writeFile(join(electron.state.userData, 'settings.json'), JSON.stringify({ version: 1, window: { bounds: { x: 4000, y: 300, width: 1200, height: 800 }, maximized: false }, theme: 'dark', zoomFactor: 1.1 }));
    await import('../../electron/main/main');
    expect(electron.state.readyOrder).toEqual(['scheme']);
    electron.resolveReady();
    await vi.waitFor(() => expect(electron.state.windows).toHaveLength(1));

    expect(electron.state.readyOrder).toEqual(['scheme', 'protocol']);
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    const pageToMain = (Object.keys(IPC_CONTRACT) as IpcName[]).filter((n) => IPC_CONTRACT[n].kind !== 'event').map(channelOf);
    expect([...electron.state.ipcHandlers.keys(), ...electron.state.ipcListeners.keys()].sort()).toEqual(pageToMain.sort());
    const win = electron.state.windows[0];
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(win.options.webPreferences.preload).toMatch(/preload\.js$/);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(electron.state.appHandlers.has('window-all-closed')).toBe(true);
    expect(electron.state.appHandlers.has('web-contents-created')).toBe(true);
    expect(electron.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
  });

  it('restores the window safely on today’s monitors, with the saved theme and interface size', () => {
    const win = electron.state.windows[0];
    // Saved at x=4000 on a monitor that is gone: centered on the one display there is.
    expect(win.options).toMatchObject({ x: 360, y: 125, width: 1200, height: 800 });
    expect(electron.nativeTheme.themeSource).toBe('dark');
    win.webContents.handlers.get('did-finish-load')();
    expect(win.webContents.setZoomFactor).toHaveBeenCalledWith(1.1);
  });

  it('answers IPC from its own window and refuses others', async () => {
    const win = electron.state.windows[0];
    const listRecovery = electron.state.ipcHandlers.get(channelOf('listRecovery'))!;
    const ours = { sender: { id: win.webContents.id }, senderFrame: { url: 'app://waymark/index.html', parent: null } };
    await expect(listRecovery(ours)).resolves.toEqual([]);
    await expect(listRecovery({ ...ours, sender: { id: 999 } })).rejects.toThrow(/not a Waymark window/);
  });

  it('delivers nothing to a page before it has started', () => {
    const win = electron.state.windows[0];
    expect(sentTo(win, 'openRequest')).toEqual([]);
  });

  it('rebuilds the menu only when what it shows changes', () => {
    const win = electron.state.windows[0];
    setStateOf(win, pageState('Menu check'));
    const before = electron.Menu.setApplicationMenu.mock.calls.length;
    setStateOf(win, pageState('Menu check'));
    setStateOf(win, pageState('Menu check'));
    expect(electron.Menu.setApplicationMenu.mock.calls.length).toBe(before);
    setStateOf(win, { ...pageState('Menu check'), menu: { ...pageState('Menu check').menu, canUndo: true } });
    expect(electron.Menu.setApplicationMenu.mock.calls.length).toBe(before + 1);
  });

  it('updates the window title from the page’s document state', () => {
    const win = electron.state.windows[0];
    const setState = electron.state.ipcListeners.get(channelOf('setDocumentState'))!;
    setState({ sender: { id: win.webContents.id }, senderFrame: { url: 'app://waymark/index.html', parent: null } }, { title: 'Northwind', dirty: true, menu: { canUndo: true, canRedo: false, hasSelection: false, dirty: true, readOnly: false } });
    expect(win.title).toBe('Northwind • Waymark');
  });

  it('remembers which file an unsaved map came from, and hands a ref to it back with the snapshot', async () => {
    const win = electron.state.windows[0];
    setStateOf(win, pageState('Northwind')); // saved, and no file yet: the map opens in this window
    const from = { sender: { id: win.webContents.id }, senderFrame: { url: 'app://waymark/index.html', parent: null } };
    const file = join(electron.state.userData, 'Northwind.journey');
    await writeFile(file, await readFile('assets/samples/northwind-outdoor.journey'));
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    const opened = await electron.state.ipcHandlers.get(channelOf('openDocument'))!(from);
    expect(opened.kind).toBe('opened');
    expect(win.setRepresentedFilename).toHaveBeenCalledWith(file); // the macOS title-bar file
    const write = electron.state.ipcHandlers.get(channelOf('writeRecovery'))!;
    await write(from, { key: opened.doc.ref, title: 'Northwind', text: '{}', updatedAt: '' });
    // The page prefixes its session id; the file is still recognized.
    await write(from, { key: `session-a|${opened.doc.ref}`, title: 'Northwind', text: '{}', updatedAt: '' });
    await write(from, { key: 'unsaved:j9', title: 'New', text: '{}', updatedAt: '' });
    // Quitting flushes pending snapshots before the app goes.
    electron.state.appHandlers.get('before-quit')!({ preventDefault: vi.fn() });
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    const listed = await electron.state.ipcHandlers.get(channelOf('listRecovery'))!(from);
    const refs = Object.fromEntries(listed.map((s: { key: string; ref: string | null }) => [s.key, s.ref]));
    expect(Object.keys(refs).sort()).toEqual([opened.doc.ref, `session-a|${opened.doc.ref}`, 'unsaved:j9'].sort());
    expect(refs['unsaved:j9']).toBeNull();
    // A fresh ref to the same file each time (refs are per listing), never null for a known file.
    expect(refs[opened.doc.ref]).toEqual(expect.any(String));
    expect(refs[`session-a|${opened.doc.ref}`]).toEqual(expect.any(String));
  });

  it('New window opens a second, cascaded window that starts an empty map once its page is up', async () => {
    const first = electron.state.windows[0];
    setStateOf(first, pageState('Northwind'));
    clickMenu('window.new');
    expect(electron.state.windows).toHaveLength(2);
    const second = electron.state.windows[1];
    expect(second.options).toMatchObject({ x: first.bounds.x + 28, y: first.bounds.y + 28 });
    expect(sentTo(second, 'menuCommand')).toEqual([]); // its page has not started yet
    setStateOf(second, pageState('Northwind'));
    expect(sentTo(second, 'menuCommand')).toEqual(['file.new']);
    // The Window menu lists both, the focused one checked.
    const template = (electron.Menu.setApplicationMenu.mock.calls.at(-1)![0] as unknown as { t: any[] }).t;
    const windowMenu = template.find((m: any) => m.id === 'menu.window').submenu.filter((i: any) => String(i.id).startsWith('window.focus.'));
    expect(windowMenu.map((i: any) => i.checked)).toEqual([false, true]);
  });

  it('File › Open from a window that shows a file opens the map in a new window', async () => {
    const first = electron.state.windows[0]; // has a file since the Open test above
    first.focus();
    const file = join(electron.state.userData, 'Flowboard.journey');
    await writeFile(file, await readFile('assets/samples/flowboard-saas-onboarding.journey'));
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    clickMenu('file.open');
    await vi.waitFor(() => expect(electron.state.windows).toHaveLength(3));
    const third = electron.state.windows[2];
    expect(sentTo(first, 'openRequest')).toEqual([]);
    setStateOf(third, pageState('Untitled'));
    expect(sentTo(third, 'openRequest').map((d: any) => d.name)).toEqual(['Flowboard.journey']);
    expect(third.setRepresentedFilename).toHaveBeenCalledWith(file);
    // A window without a map of its own (the empty second one) gets the map itself, through the page.
    electron.state.windows[1].focus();
    const before = electron.state.windows.length;
    clickMenu('file.open');
    expect(sentTo(electron.state.windows[1], 'menuCommand').at(-1)).toBe('file.open');
    expect(electron.state.windows).toHaveLength(before);
  });

  it('the page’s own Open from a window with a saved file answers "cancelled" and opens a new window', async () => {
    const first = electron.state.windows[0];
    setStateOf(first, pageState('Northwind'));
    const file = join(electron.state.userData, 'Flowboard.journey');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    const before = electron.state.windows.length;
    await expect(electron.state.ipcHandlers.get(channelOf('openDocument'))!(fromPage(first))).resolves.toEqual({ kind: 'cancelled' });
    expect(electron.state.windows).toHaveLength(before + 1);
  });

  it('with unsaved changes the page has asked first, so its Open replaces the map in place', async () => {
    const first = electron.state.windows[0];
    setStateOf(first, pageState('Northwind', true));
    const file = join(electron.state.userData, 'Flowboard.journey');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    const before = electron.state.windows.length;
    const result = await electron.state.ipcHandlers.get(channelOf('openDocument'))!(fromPage(first));
    expect(result).toMatchObject({ kind: 'opened', doc: { name: 'Flowboard.journey' } });
    expect(electron.state.windows).toHaveLength(before);
    setStateOf(first, pageState('Flowboard'));
  });

  it('a file handed over by a second launch opens in a new window when every window has a map', async () => {
    const file = join(electron.state.userData, 'Flowboard.journey');
    for (const w of electron.state.windows) setStateOf(w, pageState('Busy', true));
    const before = electron.state.windows.length;
    electron.state.appHandlers.get('second-instance')!({}, ['electron', '.', file, '--not-a-map.txt']);
    await vi.waitFor(() => expect(electron.state.windows).toHaveLength(before + 1));
    const fresh = electron.state.windows.at(-1);
    expect(sentTo(fresh, 'openRequest')).toEqual([]); // waits for its page
    setStateOf(fresh, pageState('Untitled'));
    expect(sentTo(fresh, 'openRequest').map((d: any) => d.name)).toEqual(['Flowboard.journey']);
    for (const w of electron.state.windows) setStateOf(w, pageState('Busy'));
  });

  it('View › Theme and Interface size change every window and are remembered', async () => {
    clickMenu('theme.light');
    expect(electron.nativeTheme.themeSource).toBe('light');
    clickMenu('zoom.in');
    for (const w of electron.state.windows) expect(w.webContents.setZoomFactor).toHaveBeenLastCalledWith(1.25);
    await vi.waitFor(async () => expect(JSON.parse(await readFile(join(electron.state.userData, 'settings.json'), 'utf8'))).toMatchObject({ theme: 'light', zoomFactor: 1.25 }));
  });

  it('Help › About shows the version; Third-party licenses opens a text window without preload', async () => {
    clickMenu('help.about');
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ message: 'Waymark 0.1.0' })));
    const before = electron.state.windows.length;
    clickMenu('help.licenses');
    const licenses = electron.state.windows.at(-1);
    expect(electron.state.windows).toHaveLength(before + 1);
    expect(licenses.options.webPreferences).not.toHaveProperty('preload');
    expect(licenses.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
  });

  it('Help › Waymark documentation opens the allowlisted page in the OS browser', () => {
    clickMenu('help.docs');
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://docs.waymark.invalid/');
  });

  it('remembers where a window was when it closes', async () => {
    const win = electron.state.windows[1];
    win.bounds = { x: 50, y: 60, width: 1000, height: 700 };
    win.handlers.get('close')({ preventDefault: vi.fn() });
    await vi.waitFor(async () => expect(JSON.parse(await readFile(join(electron.state.userData, 'settings.json'), 'utf8')).window).toEqual({ bounds: { x: 50, y: 60, width: 1000, height: 700 }, maximized: false }));
  });

  it('quitting waits for the settings write of the closing window', async () => {
    const willQuit = electron.state.appHandlers.get('will-quit')!;
    const event = { preventDefault: vi.fn() };
    electron.app.quit.mockClear();
    willQuit(event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledTimes(1));
    const again = { preventDefault: vi.fn() };
    willQuit(again); // written: the quit goes ahead
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('asks before closing a window with unsaved changes', () => {
    const win = electron.state.windows[0];
    setStateOf(win, pageState('Northwind', true));
    const event = { preventDefault: vi.fn() };
    win.handlers.get('close')(event);
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalled();
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
