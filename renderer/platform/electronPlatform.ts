/**
 * The Platform over the preload's `window.waymark` (named intent functions generated from
 * shared/ipc/contract.ts). Main chooses every path through its dialogs; this side only
 * ever holds opaque refs.
 */
import { exportOptionsSchema, type OpenResult, type WaymarkApi } from '../../shared/ipc/contract';
import type { OpenedDocument, Platform } from './Platform';
import { type ColorSchemeSource, watchColorScheme } from './colorScheme';

declare global {
  interface Window {
    /** Present only inside the Electron app (electron/preload/preload.ts). */
    readonly waymark?: WaymarkApi;
  }
}

/** Opened → the document; cancelled → null; failed → a rejection with main's message. */
function opened(result: OpenResult): OpenedDocument | null {
  if (result.kind === 'opened') return result.doc;
  if (result.kind === 'cancelled') return null;
  throw new Error(result.message);
}

/** `win`: where prefers-color-scheme is read (Electron drives it from View › Theme). */
export function createElectronPlatform(api: WaymarkApi, win: ColorSchemeSource = globalThis): Platform {
  return {
    kind: 'electron',
    openDocument: async () => opened(await api.openDocument()),
    saveDocument: (text, options) => api.saveDocument(text, { ref: options.ref, saveAs: options.saveAs, suggestedName: options.suggestedName, overwrite: options.overwrite ?? false }),
    readDocument: async (ref) => opened(await api.readDocument(ref)),
    readBackup: async (ref) => {
      const result = await api.readBackup(ref);
      // No backup yet (the file was never saved over) is not an error for the page.
      return result.kind === 'opened' ? result.doc : null;
    },
    pickDataFile: async () => {
      const result = await api.pickDataFile();
      if (result.kind === 'failed') throw new Error(result.message);
      return result.kind === 'picked' ? { name: result.name, bytes: result.bytes } : null;
    },
    saveExport: async (data, options) => {
      const checked = exportOptionsSchema.safeParse(options);
      if (!checked.success) return { kind: 'failed', message: `Waymark does not export ${options.mime} files.` };
      return api.saveExport(data, checked.data);
    },
    exportDocument: async (text, request, suggestedName, onProgress) => {
      const off = api.onExportProgress(onProgress);
      try {
        return await api.exportDocument(text, request, suggestedName);
      } finally {
        off();
      }
    },
    cancelExport: () => { api.cancelExport(); },
    recovery: {
      write: (snapshot) => api.writeRecovery(snapshot),
      list: () => api.listRecovery(),
      remove: (key) => api.removeRecovery(key),
    },
    setDocumentState: (state) => { api.setDocumentState(state); },
    onCommand: (listener) => api.onMenuCommand(listener),
    onOpenRequest: (listener) => api.onOpenRequest(listener),
    onColorSchemeChange: (listener) => watchColorScheme(win, listener),
    setColorScheme: (scheme) => { api.setColorScheme(scheme); },
  };
}
