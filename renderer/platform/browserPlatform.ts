/**
 * The Platform in a plain browser (the web build, and the end-to-end tests). With the
 * File System Access API (Chromium) a map opened from disk is saved back to the same file,
 * with the same conflict check as the desktop; without it, opening is an upload and saving
 * a download. Recovery snapshots and the version a save replaced live in IndexedDB.
 */
import { downloadBlob, pickWithInput } from './browser/fileTransfer';
import { type IdbStore, openIdbStore } from './browser/openIdbStore';
import type { DocumentRef, ExportProgress, OpenedDocument, Platform, RecoverySnapshot, SaveOutcome } from './Platform';
import { colorSchemeSetting } from './colorScheme';
import { EXPORT_MIME, type ExportRequest } from '../../shared/export/exportRequest';

/** The picker part of the File System Access API (not in TypeScript's DOM lib). */
interface PickerType { description: string; accept: Record<string, string[]> }
interface FileAccessWindow {
  showOpenFilePicker(options: { types: PickerType[]; multiple?: false; excludeAcceptAllOption?: boolean }): Promise<FileSystemFileHandle[]>;
  showSaveFilePicker(options: { types: PickerType[]; suggestedName: string }): Promise<FileSystemFileHandle>;
}
/** Installed-PWA file handling: files the OS asks the app to open. */
interface LaunchQueueWindow { launchQueue: { setConsumer(consumer: (params: { files: readonly FileSystemFileHandle[] }) => void): void } }

const JOURNEY_TYPE: PickerType = { description: 'Journey map (Waymark, OpenJourney, Mermaid)', accept: { 'application/vnd.waymark.journey+json': ['.journey'], 'application/vnd.openjourney+json': ['.ojf'], 'text/vnd.mermaid': ['.mmd', '.mermaid'] } };
const DATA_TYPE: PickerType = { description: 'Data (CSV, TSV, Excel, JSON)', accept: { 'text/csv': ['.csv', '.tsv', '.txt'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'], 'application/json': ['.json'] } };
const EXTENSION_OF: Readonly<Record<string, string>> = { 'image/svg+xml': '.svg', 'image/png': '.png', 'application/pdf': '.pdf', 'application/json': '.json', 'text/csv': '.csv', 'text/markdown': '.md', 'text/vnd.mermaid': '.mmd', 'application/vnd.openjourney+json': '.ojf' };

interface Known { name: string; handle: FileSystemFileHandle | null; text: string | null }
interface Backup { ref: string; name: string; text: string }

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Draws an export in the page (renderer/export/renderExportInBrowser.ts), injected so this file stays testable alone. */
export type BrowserExportRenderer = (text: string, request: ExportRequest, onProgress: (p: ExportProgress) => void, signal: AbortSignal) => Promise<{ data: Uint8Array | string; notices: string[]; pages?: number }>;

export function createBrowserPlatform(win: Window & typeof globalThis = window, options: { fileSystemAccess?: boolean; renderExport?: BrowserExportRenderer } = {}): Platform {
  const fsa = (options.fileSystemAccess ?? 'showOpenFilePicker' in win) ? (win as unknown as FileAccessWindow) : null;
  const known = new Map<DocumentRef, Known>();
  const recovery: IdbStore<RecoverySnapshot> = openIdbStore(win.indexedDB, 'recovery');
  const backups: IdbStore<Backup> = openIdbStore(win.indexedDB, 'backups');
  let confirmUnload: ((e: BeforeUnloadEvent) => void) | null = null;
  const colorScheme = colorSchemeSetting(win, storageOf(win));

  const remember = (entry: Known): DocumentRef => {
    const ref = win.crypto.randomUUID();
    known.set(ref, entry);
    return ref;
  };

  const readHandle = async (handle: FileSystemFileHandle, ref?: DocumentRef): Promise<OpenedDocument> => {
    const file = await handle.getFile();
    const bytes = new Uint8Array(await file.arrayBuffer());
    const entry = { name: file.name, handle, text: new TextDecoder().decode(bytes) };
    if (ref) known.set(ref, entry);
    return { ref: ref ?? remember(entry), name: file.name, bytes };
  };

  const writeHandle = async (handle: FileSystemFileHandle, data: Uint8Array | string) => {
    const stream = await handle.createWritable();
    // createWritable writes to a swap file and replaces the original on close(), so an
    // interrupted save leaves the old file: the browser's own atomic write.
    await stream.write(typeof data === 'string' ? data : new Uint8Array(data));
    await stream.close();
  };

  let exporting: AbortController | null = null;
  const saveExport: Platform['saveExport'] = async (data, { suggestedName, mime }) => {
    const extension = EXTENSION_OF[mime];
    if (!extension) return { kind: 'failed', message: `Waymark does not export ${mime} files.` };
    if (!fsa) {
      downloadBlob(win.document, data, suggestedName, mime);
      return { kind: 'saved', doc: { ref: remember({ name: suggestedName, handle: null, text: null }), name: suggestedName } };
    }
    try {
      const handle = await fsa.showSaveFilePicker({ types: [{ description: suggestedName, accept: { [mime]: [extension] } }], suggestedName });
      await writeHandle(handle, data);
      return { kind: 'saved', doc: { ref: remember({ name: handle.name, handle, text: null }), name: handle.name } };
    } catch (e) {
      return isAbort(e) ? { kind: 'cancelled' } : { kind: 'failed', message: `Could not export: ${message(e)}` };
    }
  };

  const saveDocument: Platform['saveDocument'] = async (text, opts): Promise<SaveOutcome> => {
    const current = opts.ref ? known.get(opts.ref) : undefined;
    if (!fsa) {
      downloadBlob(win.document, text, opts.suggestedName, 'application/vnd.waymark.journey+json');
      return { kind: 'saved', doc: { ref: remember({ name: opts.suggestedName, handle: null, text }), name: opts.suggestedName } };
    }
    try {
      let handle = current?.handle && !opts.saveAs ? current.handle : null;
      if (handle && current && !opts.overwrite) {
        const onDisk = await (await handle.getFile()).text();
        if (current.text !== null && onDisk !== current.text) return { kind: 'conflict', message: 'Another program changed this file since it was opened.' };
        await backups.put({ ref: opts.ref!, name: current.name, text: onDisk });
      }
      handle ??= await fsa.showSaveFilePicker({ types: [JOURNEY_TYPE], suggestedName: opts.suggestedName });
      await writeHandle(handle, text);
      const name = (await handle.getFile()).name;
      const ref = handle === current?.handle ? opts.ref! : remember({ name, handle, text });
      known.set(ref, { name, handle, text });
      return { kind: 'saved', doc: { ref, name } };
    } catch (e) {
      if (isAbort(e)) return { kind: 'cancelled' };
      return { kind: 'failed', message: `Could not save: ${message(e)}` };
    }
  };

  const platform: Platform = {
    kind: 'browser',
    async openDocument() {
      if (fsa) {
        try {
          const [handle] = await fsa.showOpenFilePicker({ types: [JOURNEY_TYPE] });
          return handle ? await readHandle(handle) : null;
        } catch (e) {
          if (isAbort(e)) return null;
          throw e;
        }
      }
      const file = await pickWithInput(win.document, '.journey,.ojf,.mmd,.mermaid,application/json');
      if (!file) return null;
      const bytes = new Uint8Array(await file.arrayBuffer());
      return { ref: remember({ name: file.name, handle: null, text: null }), name: file.name, bytes };
    },
    saveDocument,
    async readDocument(ref) {
      const entry = known.get(ref);
      if (!entry?.handle) throw new Error('This map was uploaded, not opened from disk; the browser cannot read it again.');
      return readHandle(entry.handle, ref);
    },
    async readBackup(ref) {
      const backup = await backups.get(ref);
      return backup ? { ref, name: backup.name, bytes: new TextEncoder().encode(backup.text) } : null;
    },
    async pickDataFile() {
      if (fsa) {
        try {
          const [handle] = await fsa.showOpenFilePicker({ types: [DATA_TYPE] });
          if (!handle) return null;
          const file = await handle.getFile();
          return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
        } catch (e) {
          if (isAbort(e)) return null;
          throw e;
        }
      }
      const file = await pickWithInput(win.document, '.csv,.tsv,.txt,.xlsx,.json');
      return file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
    },
    saveExport,
    async exportDocument(text, request, suggestedName, onProgress) {
      if (!options.renderExport) return { kind: 'failed', message: 'Export is not available in this page.' };
      exporting?.abort();
      const controller = new AbortController();
      exporting = controller;
      try {
        const mime = EXPORT_MIME[request.format];
        // The save picker needs the click's user activation, so it comes before the (slow) drawing.
        const handle = fsa ? await fsa.showSaveFilePicker({ types: [{ description: suggestedName, accept: { [mime]: [EXTENSION_OF[mime]!] } }], suggestedName }) : null;
        const rendered = await options.renderExport(text, request, onProgress, controller.signal);
        if (controller.signal.aborted) return { kind: 'cancelled' };
        const extra = { notices: rendered.notices, ...(rendered.pages ? { pages: rendered.pages } : {}) };
        if (handle) {
          await writeHandle(handle, rendered.data);
          return { kind: 'saved', doc: { ref: remember({ name: handle.name, handle, text: null }), name: handle.name }, ...extra };
        }
        downloadBlob(win.document, rendered.data, suggestedName, mime);
        return { kind: 'saved', doc: { ref: remember({ name: suggestedName, handle: null, text: null }), name: suggestedName }, ...extra };
      } catch (e) {
        return controller.signal.aborted || isAbort(e) ? { kind: 'cancelled' } : { kind: 'failed', message: `Could not export: ${message(e)}` };
      } finally {
        if (exporting === controller) exporting = null;
      }
    },
    cancelExport() { exporting?.abort(); },
    recovery: {
      write: (snapshot) => recovery.put(snapshot),
      list: async () => (await recovery.all()).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)),
      remove: (key) => recovery.delete(key),
    },
    setDocumentState({ title, dirty }) {
      win.document.title = `${dirty ? '• ' : ''}${title} — Waymark`;
      // The browser's own "leave site?" prompt is the close-with-unsaved-changes question here.
      if (dirty && !confirmUnload) {
        confirmUnload = (e) => { e.preventDefault(); };
        win.addEventListener('beforeunload', confirmUnload);
      } else if (!dirty && confirmUnload) {
        win.removeEventListener('beforeunload', confirmUnload);
        confirmUnload = null;
      }
    },
    // The browser has no native menu: every command comes from the page's own toolbar,
    // palette and shortcuts, so there is nothing to forward.
    onCommand: () => () => undefined,
    onOpenRequest(listener) {
      let active = true;
      if ('launchQueue' in win) {
        (win as unknown as LaunchQueueWindow).launchQueue.setConsumer(({ files }) => {
          for (const handle of files) void readHandle(handle).then((doc) => { if (active) listener(doc); });
        });
      }
      return () => { active = false; };
    },
    onColorSchemeChange: (listener) => colorScheme.watch(listener),
    setColorScheme: (scheme) => colorScheme.set(scheme),
  };
  return platform;
}

/** The page's localStorage, or null where reading it throws (storage blocked). */
function storageOf(win: Window): Storage | null {
  try { return win.localStorage; } catch { return null; }
}
