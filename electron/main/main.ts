/**
 * Electron main: the composition root. It creates the services with their real ports,
 * registers the IPC handlers generated from the contract, and opens the window. Every
 * decision lives in services/ or security/ (tested in Node); everything that touches
 * Electron lives in adapters/. Bundled to dist-electron/main.js (scripts/build-electron.mjs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentStateMessage, IpcEventPayload } from '../../shared/ipc/contract';
import { darkTheme, lightTheme } from '../../shared/theme/theme';
import { registerAppScheme, serveApp } from './adapters/appProtocol';
import { setApplicationMenu } from './adapters/applicationMenu';
import { createMainWindow, createTextWindow } from './adapters/createMainWindow';
import { askBeforeCloseSync, electronDialogs } from './adapters/electronDialogs';
import { showAboutDialog, showErrorMessage } from './adapters/shellDialogs';
import { CloseGuard } from './services/windows/CloseGuard';
import { addRecentDocument, app, appVersion, blockRemoteRequests, clearRecentDocuments, denyAllPermissions, displayWorkAreas, documentsFolder, handleOpenRequests, hardenEveryWebContents, ipcMain, isPackaged, onNativeThemeUpdated, openExternalChecked, prefersDark, setThemeSource, userDataFolder } from './adapters/electronApp';
import { parseLicenseList } from './menu/about';
import { DOCUMENTATION_URL, type ShellCommandId } from './menu/shellCommands';
import { nextZoomFactor } from './menu/zoom';
import { WINDOW_SIZE } from './security/buildWindowOptions';
import { ShellSettings } from './services/settings/ShellSettings';
import { cascadeBounds, restoreBounds } from './services/windows/windowBounds';
import { emitEvent } from './ipc/emitEvent';
import { registerHandlers } from './ipc/registerHandlers';
import { buildMenuTemplate, type MenuAction } from './menu/buildMenuTemplate';
import { DocumentService, displayName } from './services/documents/DocumentService';
import { nodeFileSystem } from './services/files/nodeFileSystem';
import { RecentFiles } from './services/recent/RecentFiles';
import { RecoveryService } from './services/recovery/RecoveryService';
import { ExportService } from './services/export/ExportService';
import { exportProcessRunner } from './services/export/exportProcessRunner';
import { utilityExportChild } from './adapters/utilityExportChild';

type Win = ReturnType<typeof createMainWindow>;
const log = (message: string) => { console.warn(`[waymark] ${message}`); };
/**
 * One entry per map window. `ready` once its page has reported its first document state
 * (it has started and shows a map); until then open requests and commands wait in `inbox`.
 * `hasFile`: it shows a map opened from or saved to a file (File › Open then goes to a new window).
 */
type Delivery = { kind: 'open'; doc: IpcEventPayload<'openRequest'> } | { kind: 'command'; id: string };
type WindowEntry = { win: Win; state: DocumentStateMessage; ready: boolean; hasFile: boolean; inbox: Delivery[]; guard: CloseGuard };
const windows = new Map<number, WindowEntry>();
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
let exporter: ExportService;
let settings: ShellSettings;

/** macOS shows the window's file in the title bar (proxy icon); other platforms ignore it. */
function represent<R extends { kind: string; doc?: { ref: string } }>(webContentsId: number, result: R): R {
  const path = result.kind === 'opened' || result.kind === 'saved' ? documents.refs.get(result.doc!.ref)?.path : undefined;
  const entry = windows.get(webContentsId);
  if (path && entry) { entry.win.setRepresentedFilename(path); entry.hasFile = true; }
  return result;
}

const focused = () => [...windows.values()].find((w) => w.win.isFocused()) ?? [...windows.values()][0];

let shownMenu = '';
/** Rebuilds the application menu when what it shows changed (the page reports every edit; most change nothing here). */
function refreshMenu(): void {
  const current = focused();
  const { theme, zoomFactor } = settings.get();
  const open = [...windows.entries()].map(([id, w]) => ({ id, title: w.state.title, focused: w === current }));
  const template = buildMenuTemplate({
    platform: process.platform, state: (current?.state ?? initialState).menu, recentPaths: recent.list(), fileName: displayName,
    themeSource: theme, zoomFactor, windows: open, devTools: !isPackaged(),
  });
  const key = JSON.stringify(template);
  if (key === shownMenu) return;
  shownMenu = key;
  setApplicationMenu(template, onMenuAction);
}

/** A window that shows a map from a file or unsaved work keeps it: another map opens beside it. */
const hasMap = (entry: WindowEntry) => entry.hasFile || entry.state.dirty;

function deliver(entry: WindowEntry, item: Delivery): void {
  entry.inbox.push(item);
  if (!entry.ready) return;
  for (let next = entry.inbox.shift(); next; next = entry.inbox.shift()) {
    if (next.kind === 'open') {
      const path = documents.refs.get(next.doc.ref)?.path;
      if (path) { entry.win.setRepresentedFilename(path); entry.hasFile = true; }
      emitEvent(entry.win.webContents, 'openRequest', next.doc);
    } else emitEvent(entry.win.webContents, 'menuCommand', next.id);
  }
}

/** Shows an opened map: in `from` if that window has no map of its own yet, else in a new window. */
function showOpened(doc: IpcEventPayload<'openRequest'>, from = focused()): void {
  deliver(from && !hasMap(from) ? from : openWindow(from), { kind: 'open', doc });
}

async function openIntoNewWindow(from: WindowEntry): Promise<void> {
  const result = await documents.open();
  if (result.kind === 'opened') showOpened(result.doc, from);
  else if (result.kind === 'failed') await showErrorMessage(from.win, 'Could not open the map', result.message);
}

let licensesWindow: Win | null = null;
function showLicenses(): void {
  if (licensesWindow && !licensesWindow.isDestroyed()) { licensesWindow.focus(); return; }
  let text: string;
  try { text = readFileSync(join(__dirname, 'THIRD_PARTY_LICENSES.txt'), 'utf8'); } catch { text = 'The license list is missing from this build (scripts/build-electron.mjs writes it).'; }
  licensesWindow = createTextWindow({ title: 'Waymark — third-party licenses', text });
}

function aboutInfo() {
  let list: string | null = null;
  try { list = readFileSync(join(__dirname, 'licenses.json'), 'utf8'); } catch { /* shown as missing */ }
  return { productName: 'Waymark', version: appVersion(), versions: process.versions, licenses: parseLicenseList(list) };
}

function setZoom(direction: 'in' | 'out' | 'reset'): void {
  const zoomFactor = nextZoomFactor(settings.get().zoomFactor, direction);
  void settings.update({ zoomFactor });
  for (const w of windows.values()) w.win.webContents.setZoomFactor(zoomFactor);
  refreshMenu();
}

function runShellCommand(command: ShellCommandId, target: WindowEntry | undefined): void {
  switch (command) {
    case 'window.new': deliver(openWindow(target), { kind: 'command', id: 'file.new' }); return;
    case 'theme.system': case 'theme.light': case 'theme.dark': {
      const theme = command === 'theme.system' ? 'system' : command === 'theme.light' ? 'light' : 'dark';
      setThemeSource(theme);
      void settings.update({ theme });
      refreshMenu();
      return;
    }
    case 'zoom.in': setZoom('in'); return;
    case 'zoom.out': setZoom('out'); return;
    case 'zoom.reset': setZoom('reset'); return;
    case 'recent.clear': void recent.clear(); clearRecentDocuments(); return;
    case 'help.about': void showAboutDialog(target?.win ?? null, aboutInfo()).then((answer) => { if (answer === 'licenses') showLicenses(); }); return;
    case 'help.licenses': showLicenses(); return;
    case 'help.docs': openExternalChecked(DOCUMENTATION_URL); return;
    default: { const never: never = command; log(`unknown shell command ${String(never)}`); }
  }
}

function onMenuAction(action: MenuAction): void {
  const target = focused();
  if (action.type === 'shell') { runShellCommand(action.command, target); return; }
  if (action.type === 'focusWindow') { windows.get(action.windowId)?.win.focus(); return; }
  if (action.type === 'openRecent') { queuedOpens.push(action.path); void deliverOpens(); return; }
  // File › Open from a window that already shows a map opens the new one in its own window.
  if (action.commandId === 'file.open' && target && hasMap(target)) { void openIntoNewWindow(target); return; }
  if (target) emitEvent(target.win.webContents, 'menuCommand', action.commandId);
}

/** OS and recent-menu open requests: each map to a window without one, or to a new window. */
async function deliverOpens(): Promise<void> {
  if (!documents || windows.size === 0) return;
  for (let path = queuedOpens.shift(); path !== undefined; path = queuedOpens.shift()) {
    const result = await documents.openPath(path);
    if (result.kind === 'opened') showOpened(result.doc);
    else log(`could not open ${path}: ${result.kind === 'failed' ? result.message : result.kind}`);
  }
}

const windowBackground = () => (prefersDark() ? darkTheme.background : lightTheme.background);

/**
 * A new map window: the first one where the last window was (safely, on today's monitors),
 * further ones cascaded from the window they were opened from. Its placement is remembered
 * as it moves and when it closes.
 */
function openWindow(from?: WindowEntry): WindowEntry {
  const saved = settings.get().window;
  const areas = displayWorkAreas();
  const bounds = from ? cascadeBounds(from.win.getBounds(), areas, WINDOW_SIZE) : restoreBounds(saved?.bounds, areas, WINDOW_SIZE);
  const win = createMainWindow({
    preloadPath: join(__dirname, 'preload.js'), devTools: !isPackaged(), log, bounds, maximized: !from && !!saved?.maximized,
    backgroundColor: windowBackground(), zoomFactor: () => settings.get().zoomFactor,
  });
  const id = win.webContents.id;
  const guard = new CloseGuard({ ask: (title) => askBeforeCloseSync(win, title), requestSave: () => emitEvent(win.webContents, 'menuCommand', 'file.save'), now: Date.now });
  const entry: WindowEntry = { win, state: initialState, ready: false, hasFile: false, inbox: [], guard };
  windows.set(id, entry);
  let placementTimer: ReturnType<typeof setTimeout> | undefined;
  const rememberPlacement = () => { if (!win.isDestroyed()) void settings.update({ window: { bounds: win.getNormalBounds(), maximized: win.isMaximized() } }); };
  const soon = () => { clearTimeout(placementTimer); placementTimer = setTimeout(rememberPlacement, 500); };
  win.on('resize', soon);
  win.on('move', soon);
  win.on('focus', refreshMenu);
  win.on('close', (event) => {
    clearTimeout(placementTimer);
    rememberPlacement();
    if (!entry.guard.onCloseRequested(entry.state)) event.preventDefault();
  });
  win.on('closed', () => { windows.delete(id); refreshMenu(); });
  refreshMenu();
  return entry;
}

if (primary) void app.whenReady().then(async () => {
  denyAllPermissions();
  blockRemoteRequests(log);
  hardenEveryWebContents();
  serveApp(join(__dirname, '..', 'dist'));
  settings = new ShellSettings({ fs, file: join(userDataFolder(), 'settings.json'), log });
  setThemeSource((await settings.load()).theme);
  onNativeThemeUpdated(() => { for (const w of windows.values()) w.win.setBackgroundColor(windowBackground()); });
  recent = new RecentFiles({ fs, file: join(userDataFolder(), 'recent-files.json'), log, onChange: refreshMenu });
  await recent.load();
  recovery = new RecoveryService({ fs, folder: join(userDataFolder(), 'recovery'), clock: Date, log });
  documents = new DocumentService({ fs, dialogs: electronDialogs, defaultFolder: documentsFolder(), onDocumentUsed: (path) => { void recent.add(path); addRecentDocument(path); } });
  exporter = new ExportService({ destination: documents, runner: exportProcessRunner(() => utilityExportChild(join(__dirname, 'exportWorker.js'))), today: () => new Date().toISOString().slice(0, 10) });
  const recentRefs = () => recent.list().map((path) => ({ ref: documents.refs.issue(path), name: displayName(path), folder: displayName(join(path, '..')) }));
  registerHandlers(ipcMain, {
    openDocument: async (ctx) => {
      const result = await documents.open();
      const from = windows.get(ctx.webContentsId);
      // A window showing a saved file keeps it; the opened map gets its own window. (With
      // unsaved changes the page has already asked, and Don't Save means: replace it here.)
      if (result.kind === 'opened' && from?.hasFile && !from.state.dirty) { showOpened(result.doc, from); return { kind: 'cancelled' as const }; }
      return represent(ctx.webContentsId, result);
    },
    readDocument: (_ctx, ref) => documents.read(ref),
    readBackup: (_ctx, ref) => documents.readBackup(ref),
    saveDocument: async (ctx, text, options) => represent(ctx.webContentsId, await documents.save(text, options)),
    pickDataFile: () => documents.pickDataFile(),
    saveExport: (_ctx, data, options) => documents.saveExport(data, options),
    exportDocument: (ctx, text, request, suggestedName) => exporter.export(ctx.webContentsId, text, request, suggestedName, (progress) => {
      const target = windows.get(ctx.webContentsId);
      if (target) emitEvent(target.win.webContents, 'exportProgress', progress);
    }),
    cancelExport: (ctx) => exporter.cancel(ctx.webContentsId),
    writeRecovery: (_ctx, snapshot) => {
      // The page keys snapshots `<session>|<document ref or unsaved id>` (renderer/app/liveSessions.ts).
      const documentKey = snapshot.key.includes('|') ? snapshot.key.slice(snapshot.key.indexOf('|') + 1) : snapshot.key;
      const known = documents.refs.get(documentKey);
      return recovery.write({ ...snapshot, ref: null }, known ? { path: known.path, fingerprint: known.fingerprint } : null);
    },
    listRecovery: async () => (await recovery.list()).maps.map(({ snapshot, origin }) => ({ ...snapshot, ref: origin ? documents.refs.issue(origin.path, origin.fingerprint) : null })),
    removeRecovery: (_ctx, key) => recovery.remove(key),
    listRecent: () => recentRefs(),
    openRecent: async (ctx, ref) => represent(ctx.webContentsId, await documents.read(ref)),
    clearRecent: async () => { await recent.clear(); clearRecentDocuments(); },
    setColorScheme: (_ctx, scheme) => runShellCommand(`theme.${scheme}`, undefined),
    setDocumentState: (ctx, state) => {
      const entry = windows.get(ctx.webContentsId);
      if (!entry) return;
      entry.state = state;
      entry.win.setTitle(state.dirty ? `${state.title} • Waymark` : `${state.title} — Waymark`);
      entry.win.setDocumentEdited(state.dirty);
      refreshMenu();
      // The page has started and shows a map: what waited for it (open requests, New window's file.new) goes now.
      if (!entry.ready) { entry.ready = true; const waiting = entry.inbox.splice(0); for (const item of waiting) deliver(entry, item); }
      if (entry.guard.onStateChanged(state)) setImmediate(() => entry.win.close());
    },
  }, { isOurWindow: (id) => windows.has(id), log });
  openWindow();
  void deliverOpens();
  app.on('activate', () => { if (windows.size === 0) openWindow(); });
});

// Pending recovery snapshots are written before the process ends.
let flushed = false;
app.on('before-quit', (event) => {
  if (flushed || !recovery) return;
  event.preventDefault();
  void recovery.flush().finally(() => { flushed = true; app.quit(); });
});
// The last window's placement (written as it closes) reaches the disk before the process ends.
let settingsFlushed = false;
app.on('will-quit', (event) => {
  if (settingsFlushed || !settings) return;
  event.preventDefault();
  void settings.flush().finally(() => { settingsFlushed = true; app.quit(); });
});
app.on('window-all-closed', () => { if (process.platform !== 'darwin') app.quit(); });
