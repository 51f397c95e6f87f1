/**
 * Electron main: the composition root. It creates the services with their real ports,
 * registers the IPC handlers generated from the contract, and opens the window. Every
 * decision lives in services/ or security/ (tested in Node); everything that touches
 * Electron lives in adapters/. Bundled to dist-electron/main.js (scripts/build-electron.mjs).
 */
import { join } from 'node:path';
import type { DocumentStateMessage } from '../../shared/ipc/contract';
import { registerAppScheme, serveApp } from './adapters/appProtocol';
import { setApplicationMenu } from './adapters/applicationMenu';
import { createMainWindow } from './adapters/createMainWindow';
import { askBeforeCloseSync, electronDialogs } from './adapters/electronDialogs';
import { CloseGuard } from './services/windows/CloseGuard';
import { addRecentDocument, app, clearRecentDocuments, denyAllPermissions, documentsFolder, handleOpenRequests, ipcMain, isPackaged, userDataFolder } from './adapters/electronApp';
import { emitEvent } from './ipc/emitEvent';
import { registerHandlers } from './ipc/registerHandlers';
import { buildMenuTemplate, type MenuAction } from './menu/buildMenuTemplate';
import { DocumentService, displayName } from './services/documents/DocumentService';
import { nodeFileSystem } from './services/files/nodeFileSystem';
import { RecentFiles } from './services/recent/RecentFiles';
import { RecoveryService } from './services/recovery/RecoveryService';

type Win = ReturnType<typeof createMainWindow>;
const log = (message: string) => { console.warn(`[waymark] ${message}`); };
const windows = new Map<number, { win: Win; state: DocumentStateMessage; loaded: boolean; guard: CloseGuard }>();
const queuedOpens: string[] = [];
const initialState: DocumentStateMessage = { title: 'Waymark', dirty: false, menu: { canUndo: false, canRedo: false, hasSelection: false, dirty: false, readOnly: false } };

registerAppScheme();
// A second launch hands its files to the running instance (second-instance) and leaves.
const primary = handleOpenRequests((path) => { queuedOpens.push(path); void deliverOpens(); });
if (!primary) app.quit();

const fs = nodeFileSystem;
let documents: DocumentService;
let recent: RecentFiles;
let recovery: RecoveryService;

/** macOS shows the window's file in the title bar (proxy icon); other platforms ignore it. */
function represent<R extends { kind: string; doc?: { ref: string } }>(webContentsId: number, result: R): R {
  const path = result.kind === 'opened' || result.kind === 'saved' ? documents.refs.get(result.doc!.ref)?.path : undefined;
  if (path) windows.get(webContentsId)?.win.setRepresentedFilename(path);
  return result;
}

const focused = () => [...windows.values()].find((w) => w.win.isFocused()) ?? [...windows.values()][0];

function refreshMenu(): void {
  const state = focused()?.state ?? initialState;
  setApplicationMenu(buildMenuTemplate({ platform: process.platform, state: state.menu, recentPaths: recent.list(), fileName: displayName }), onMenuAction);
}

function onMenuAction(action: MenuAction): void {
  const target = focused();
  if (action.type === 'clearRecent') { void recent.clear(); clearRecentDocuments(); return; }
  if (action.type === 'openRecent') { queuedOpens.push(action.path); void deliverOpens(); return; }
  if (target) emitEvent(target.win.webContents, 'menuCommand', action.commandId);
}

/** OS and recent-menu open requests reach the page once it has loaded. */
async function deliverOpens(): Promise<void> {
  const target = focused();
  if (!target?.loaded || !documents) return;
  for (let path = queuedOpens.shift(); path !== undefined; path = queuedOpens.shift()) {
    const result = await documents.openPath(path);
    if (result.kind === 'opened') emitEvent(target.win.webContents, 'openRequest', result.doc);
    else log(`could not open ${path}: ${result.kind === 'failed' ? result.message : result.kind}`);
  }
}

function openWindow(): void {
  const win = createMainWindow({ preloadPath: join(__dirname, 'preload.js'), devTools: !isPackaged(), log });
  const id = win.webContents.id;
  const guard = new CloseGuard({ ask: (title) => askBeforeCloseSync(win, title), requestSave: () => emitEvent(win.webContents, 'menuCommand', 'file.save'), now: Date.now });
  const entry = { win, state: initialState, loaded: false, guard };
  windows.set(id, entry);
  win.webContents.on('did-finish-load', () => { entry.loaded = true; void deliverOpens(); });
  win.on('focus', refreshMenu);
  win.on('close', (event) => { if (!entry.guard.onCloseRequested(entry.state)) event.preventDefault(); });
  win.on('closed', () => { windows.delete(id); });
}

if (primary) void app.whenReady().then(async () => {
  denyAllPermissions();
  serveApp(join(__dirname, '..', 'dist'));
  recent = new RecentFiles({ fs, file: join(userDataFolder(), 'recent-files.json'), log, onChange: refreshMenu });
  await recent.load();
  recovery = new RecoveryService({ fs, folder: join(userDataFolder(), 'recovery'), clock: Date, log });
  documents = new DocumentService({ fs, dialogs: electronDialogs, defaultFolder: documentsFolder(), onDocumentUsed: (path) => { void recent.add(path); addRecentDocument(path); } });
  const recentRefs = () => recent.list().map((path) => ({ ref: documents.refs.issue(path), name: displayName(path), folder: displayName(join(path, '..')) }));
  registerHandlers(ipcMain, {
    openDocument: async (ctx) => represent(ctx.webContentsId, await documents.open()),
    readDocument: (_ctx, ref) => documents.read(ref),
    readBackup: (_ctx, ref) => documents.readBackup(ref),
    saveDocument: async (ctx, text, options) => represent(ctx.webContentsId, await documents.save(text, options)),
    pickDataFile: () => documents.pickDataFile(),
    saveExport: (_ctx, data, options) => documents.saveExport(data, options),
    writeRecovery: (_ctx, snapshot) => {
      // The page keys snapshots `<session>|<document ref or unsaved id>` (renderer/app/liveSessions.ts).
      const documentKey = snapshot.key.includes('|') ? snapshot.key.slice(snapshot.key.indexOf('|') + 1) : snapshot.key;
      const known = documents.refs.get(documentKey);
      return recovery.write({ ...snapshot, ref: null }, known ? { path: known.path, fingerprint: known.fingerprint } : null);
    },
    listRecovery: async () => (await recovery.list()).maps.map(({ snapshot, origin }) => ({ ...snapshot, ref: origin ? documents.refs.issue(origin.path, origin.fingerprint) : null })),
    removeRecovery: (_ctx, key) => recovery.remove(key),
    listRecent: () => recentRefs(),
    openRecent: (_ctx, ref) => documents.read(ref),
    clearRecent: async () => { await recent.clear(); clearRecentDocuments(); },
    setDocumentState: (ctx, state) => {
      const entry = windows.get(ctx.webContentsId);
      if (!entry) return;
      entry.state = state;
      entry.win.setTitle(state.dirty ? `${state.title} • Waymark` : `${state.title} — Waymark`);
      entry.win.setDocumentEdited(state.dirty);
      refreshMenu();
      if (entry.guard.onStateChanged(state)) setImmediate(() => entry.win.close());
    },
  }, { isOurWindow: (id) => windows.has(id), log });
  refreshMenu();
  openWindow();
  app.on('activate', () => { if (windows.size === 0) openWindow(); });
});

// Pending recovery snapshots are written before the process ends.
let flushed = false;
app.on('before-quit', (event) => {
  if (flushed || !recovery) return;
  event.preventDefault();
  void recovery.flush().finally(() => { flushed = true; app.quit(); });
});
app.on('window-all-closed', () => { if (process.platform !== 'darwin') app.quit(); });
