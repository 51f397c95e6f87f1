/**
 * Everything the page needs from the desktop (or the browser) goes through this one
 * interface. Two implementations: `electronPlatform` (the preload's named functions,
 * window.waymark) and `browserPlatform` (File System Access API or upload/download,
 * IndexedDB for recovery). The page never names a file path to write: a document is
 * referred to by an opaque `DocumentRef` that the platform handed out.
 */

import type { ExportRequest } from '../../shared/export/exportRequest';
import type { ColorSchemePreference } from './colorScheme';

/** Opaque: in Electron a token main maps to a path; in the browser a file handle id. */
export type DocumentRef = string;

export interface OpenedDocument {
  ref: DocumentRef;
  /** File name for the title bar, e.g. "Northwind.journey". */
  name: string;
  bytes: Uint8Array;
}

export interface SavedDocument {
  ref: DocumentRef;
  name: string;
}

export type SaveOutcome =
  | { kind: 'saved'; doc: SavedDocument }
  | { kind: 'cancelled' }
  /** The file changed on disk since it was opened or last saved; ask the user, then retry with `overwrite`. */
  | { kind: 'conflict'; message: string }
  | { kind: 'failed'; message: string };

export interface RecoverySnapshot {
  /** Stable key of the unsaved map (its ref, or a session id for a never-saved map). */
  key: string;
  title: string;
  /** The serialized journey. */
  text: string;
  updatedAt: string;
  /**
   * Filled in by `recovery.list()`: the file this map was opened from, when known, so a
   * restored map saves back to it (a conflict if the file changed since it was opened).
   * Refs do not outlive the app, so the `key` of a map from before a crash is no ref.
   */
  ref?: DocumentRef | null;
}

/** A finished export: where it went (or that it was cancelled or failed), and what the user should know. */
export type ExportOutcome =
  | { kind: 'saved'; doc: SavedDocument; notices: string[]; pages?: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export interface ExportProgress { fraction: number; stage: string }

export interface MenuState {
  canUndo: boolean;
  canRedo: boolean;
  hasSelection: boolean;
  dirty: boolean;
  readOnly: boolean;
  /** Toggle commands that are on, shown with a check mark in the native menu (e.g. data.toggleLayer). */
  checked?: string[];
  /** Commands whose handler cannot run now: greyed out in the native menu. */
  disabled?: string[];
}

export interface Platform {
  readonly kind: 'electron' | 'browser';
  /**
   * Shows an open dialog; null when cancelled. Rejects with a user-readable message when
   * the chosen file cannot be read (too large, unreadable, gone), as do readDocument,
   * readBackup and pickDataFile.
   */
  openDocument(): Promise<OpenedDocument | null>;
  /** Saves to `ref` (or asks where when ref is null or saveAs is set). */
  saveDocument(text: string, options: { ref: DocumentRef | null; saveAs: boolean; suggestedName: string; overwrite?: boolean }): Promise<SaveOutcome>;
  /** Re-reads the document from disk (Revert). */
  readDocument(ref: DocumentRef): Promise<OpenedDocument | null>;
  /**
   * The version the last save replaced (kept as `<name>.bak` beside the file on the
   * desktop, in IndexedDB in the browser), under the document's own ref, so saving it
   * restores it. null when there is none.
   */
  readBackup(ref: DocumentRef): Promise<OpenedDocument | null>;
  /** Asks for a data file to import (CSV, XLSX, JSON, TSV). */
  pickDataFile(): Promise<{ name: string; bytes: Uint8Array } | null>;
  /** Saves exported bytes where the user chooses (a download in the browser). */
  saveExport(data: Uint8Array | string, options: { suggestedName: string; mime: string }): Promise<SaveOutcome>;
  /**
   * Exports the map (serialized) as the request says: on the desktop the user picks where,
   * main draws it in a worker thread and writes it atomically; in the browser the page
   * draws it and offers it as a download (or saves through the File System Access API).
   */
  exportDocument(text: string, request: ExportRequest, suggestedName: string, onProgress: (p: ExportProgress) => void): Promise<ExportOutcome>;
  /** Stops the running export; its promise resolves as cancelled. */
  cancelExport(): void;
  recovery: {
    write(snapshot: RecoverySnapshot): Promise<void>;
    list(): Promise<RecoverySnapshot[]>;
    remove(key: string): Promise<void>;
  };
  /** Tells the shell about the document (window title, dirty marker, menu enablement). */
  setDocumentState(state: { title: string; dirty: boolean; menu: MenuState }): void;
  /** Menu clicks and OS file-open requests from the shell. Returns an unsubscribe. */
  onCommand(listener: (commandId: string) => void): () => void;
  onOpenRequest(listener: (doc: OpenedDocument) => void): () => void;
  /**
   * Light or dark as the system wants it (on the desktop: View › Theme, which follows the
   * OS unless set). Calls back at once and on every change. Returns an unsubscribe.
   */
  onColorSchemeChange(listener: (scheme: 'light' | 'dark') => void): () => void;
  /**
   * Sets the theme and keeps it for the next start: on the desktop it is View › Theme's
   * setting (main keeps it and drives the media query), in the browser a preference in
   * localStorage over the system's scheme. onColorSchemeChange reports the result.
   */
  setColorScheme(scheme: ColorSchemePreference): void;
}
