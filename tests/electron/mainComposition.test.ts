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
  const state = { userData: '', windows: [] as any[], appHandlers: new Map<string, Handler>(), ipcHandlers: new Map<string, Handler>(), ipcListeners: new Map<string, Handler>(), readyOrder: [] as string[] };
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
      this.webContents = { id: 100 + state.windows.length, on: (n: string, h: Handler) => contentsHandlers.set(n, h), handlers: contentsHandlers, setWindowOpenHandler: vi.fn(), getURL: () => 'app://waymark/index.html', send: vi.fn() };
      state.windows.push(this);
    }
    on(n: string, h: Handler) { this.handlers.set(n, h); return this; }
    once(n: string, h: Handler) { return this.on(n, h); }
    show() {}
    isFocused() { return true; }
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
    },
    ipcMain: { handle: (c: string, h: Handler) => { state.ipcHandlers.set(c, h); }, on: (c: string, h: Handler) => { state.ipcListeners.set(c, h); } },
    protocol: { registerSchemesAsPrivileged: vi.fn(() => { state.readyOrder.push('scheme'); }), handle: vi.fn(() => { state.readyOrder.push('protocol'); }) },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => ({ t })), setApplicationMenu: vi.fn() },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBoxSync: vi.fn(() => 0) },
    shell: { openExternal: vi.fn() },
  };
});
vi.mock('electron', () => electron);

afterAll(async () => { await rm(electron.state.userData, { recursive: true, force: true }); });

describe('electron/main/main.ts', () => {
  it('wires everything once the app is ready', async () => {
    electron.state.userData = await mkdtemp(join(tmpdir(), 'waymark-userdata-'));
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
  });

  it('answers IPC from its own window and refuses others', async () => {
    const win = electron.state.windows[0];
    const listRecovery = electron.state.ipcHandlers.get(channelOf('listRecovery'))!;
    const ours = { sender: { id: win.webContents.id }, senderFrame: { url: 'app://waymark/index.html', parent: null } };
    await expect(listRecovery(ours)).resolves.toEqual([]);
    await expect(listRecovery({ ...ours, sender: { id: 999 } })).rejects.toThrow(/not a Waymark window/);
  });

  it('updates the window title from the page’s document state', () => {
    const win = electron.state.windows[0];
    const setState = electron.state.ipcListeners.get(channelOf('setDocumentState'))!;
    setState({ sender: { id: win.webContents.id }, senderFrame: { url: 'app://waymark/index.html', parent: null } }, { title: 'Northwind', dirty: true, menu: { canUndo: true, canRedo: false, hasSelection: false, dirty: true, readOnly: false } });
    expect(win.title).toBe('Northwind • Waymark');
  });

  it('remembers which file an unsaved map came from, and hands a ref to it back with the snapshot', async () => {
    const win = electron.state.windows[0];
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

  it('asks before closing a window with unsaved changes', () => {
    const win = electron.state.windows[0];
    const event = { preventDefault: vi.fn() };
    win.handlers.get('close')(event);
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalled();
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
