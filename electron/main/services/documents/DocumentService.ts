/**
 * Opening and saving journeys, data files and exports on behalf of the page. Paths are
 * chosen here, through dialogs; the page gets bytes and an opaque ref (DocumentRefs).
 * Every failure comes back as a typed result with a message for the user, never as a
 * thrown error across IPC.
 */
import { basename, dirname, join } from 'node:path';
import { JOURNEY_EXTENSION } from '../../../../shared/file/envelope';
import { loadJourney } from '../../../../shared/file/loadJourney';
import { MAX_DATA_FILE_BYTES, MAX_DOCUMENT_BYTES, type OpenResult, type SaveOutcomeMessage } from '../../../../shared/ipc/contract';
import type { IpcResult } from '../../../../shared/ipc/contract';
import { describeFileError } from '../files/describeFileError';
import { fingerprintOf } from '../files/fileFingerprint';
import { removeStaleTemps } from '../files/removeStaleTemps';
import type { FileSystemPort } from '../files/FileSystemPort';
import { backupPathOf, saveDocumentFile } from '../files/saveDocumentFile';
import { type AtomicWriteOptions, writeFileAtomicWith } from '../files/writeFileAtomic';
import type { DialogPort, FileFilter } from './DialogPort';
import { DocumentRefs } from './DocumentRefs';

export interface DocumentServiceDeps {
  fs: FileSystemPort;
  dialogs: DialogPort;
  /** Where dialogs start when there is no current document (the user's Documents folder). */
  defaultFolder: string;
  /** Told about every document opened or saved (the recent-files list). */
  onDocumentUsed?(path: string): void;
  writeOptions?: AtomicWriteOptions;
  /** Refuse documents larger than this (the contract's limit by default). */
  maxDocumentBytes?: number;
  /** For the age of leftover temp files; Date.now by default. */
  now?: () => number;
}

const JOURNEY_FILTERS: readonly FileFilter[] = [
  { name: 'Waymark journey', extensions: [JOURNEY_EXTENSION.slice(1)] },
  // Maps from other tools open as new, unsaved Waymark maps (shared/interchange/).
  { name: 'OpenJourney or Mermaid journey', extensions: ['ojf', 'mmd', 'mermaid'] },
];
const DATA_FILTERS: readonly FileFilter[] = [
  { name: 'Data (CSV, TSV, Excel, JSON)', extensions: ['csv', 'tsv', 'txt', 'xlsx', 'json'] },
];
const EXPORT_FILTERS: Readonly<Record<string, FileFilter>> = {
  'image/svg+xml': { name: 'SVG image', extensions: ['svg'] },
  'image/png': { name: 'PNG image', extensions: ['png'] },
  'application/pdf': { name: 'PDF document', extensions: ['pdf'] },
  'application/json': { name: 'JSON', extensions: ['json'] },
  'text/csv': { name: 'CSV', extensions: ['csv'] },
  'text/markdown': { name: 'Markdown', extensions: ['md'] },
  'text/vnd.mermaid': { name: 'Mermaid diagram', extensions: ['mmd'] },
  'application/vnd.openjourney+json': { name: 'OpenJourney map', extensions: ['ojf'] },
};

/** A file name fit for the title bar and the contract (no control characters, ≤ 255). */
export function displayName(path: string): string {
  // eslint-disable-next-line no-control-regex
  const name = basename(path).replace(/[\u0000-\u001f]/g, '?').slice(0, 255);
  return name === '' || name === '.' || name === '..' ? 'Untitled' : name;
}

export class DocumentService {
  readonly refs = new DocumentRefs();
  /** Saves run one at a time, so two quick Ctrl+S cannot interleave their steps. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: DocumentServiceDeps) {}

  private get maxBytes(): number {
    return this.deps.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  }

  async open(): Promise<OpenResult> {
    const path = await this.deps.dialogs.chooseFileToOpen({ title: 'Open journey', filters: JOURNEY_FILTERS, defaultFolder: this.deps.defaultFolder });
    return path === null ? { kind: 'cancelled' } : this.openPath(path);
  }

  /** Opens a path main already trusts: a dialog answer, a recent file, an OS open request. */
  async openPath(path: string): Promise<OpenResult> {
    const read = await this.readLimited(path, this.maxBytes, 'open the journey');
    if (!read.ok) return { kind: 'failed', message: read.message };
    const ref = this.refs.issue(path, fingerprintOf(read.stat, read.bytes));
    this.deps.onDocumentUsed?.(path);
    await removeStaleTemps(this.deps.fs, await this.deps.fs.realpath(path).catch(() => path), (this.deps.now ?? Date.now)());
    return { kind: 'opened', doc: { ref, name: displayName(path), bytes: read.bytes } };
  }

  /** Re-reads a known document (Revert) and takes its current state as the new baseline. */
  async read(ref: string): Promise<OpenResult> {
    const known = this.refs.get(ref);
    if (!known) return { kind: 'failed', message: 'This document is no longer known to Waymark; open it again.' };
    return this.openPath(known.path);
  }

  /**
   * The version kept before the last save, offered under the document's own ref: saving
   * it restores it (and the version it replaces becomes the new backup).
   */
  async readBackup(ref: string): Promise<OpenResult> {
    const known = this.refs.get(ref);
    if (!known) return { kind: 'failed', message: 'This document is no longer known to Waymark; open it again.' };
    const read = await this.readLimited(backupPathOf(known.path), this.maxBytes, 'read the backup');
    if (!read.ok) return { kind: 'failed', message: read.message };
    return { kind: 'opened', doc: { ref, name: displayName(known.path), bytes: read.bytes } };
  }

  save(text: string, options: { ref: string | null; saveAs: boolean; suggestedName: string; overwrite?: boolean }): Promise<SaveOutcomeMessage> {
    return this.serialized(() => this.saveNow(text, options));
  }

  private async saveNow(text: string, options: { ref: string | null; saveAs: boolean; suggestedName: string; overwrite?: boolean }): Promise<SaveOutcomeMessage> {
    // Main does not trust the page to hand it a journey: what is written must load back.
    const check = loadJourney(text);
    if (!check.ok) return { kind: 'failed', message: `Waymark refused to write an invalid journey: ${check.error.message}` };
    if (check.value.readOnly) return { kind: 'failed', message: 'This map was written by a newer Waymark; this version does not save it.' };

    const known = options.ref ? this.refs.get(options.ref) : undefined;
    if (options.ref && !known && !options.saveAs) return { kind: 'failed', message: 'This document is no longer known to Waymark; use Save As.' };
    let path = known && !options.saveAs ? known.path : null;
    if (path === null) {
      const folder = known ? dirname(known.path) : this.deps.defaultFolder;
      path = await this.deps.dialogs.chooseSaveLocation({ title: 'Save journey', defaultPath: join(folder, options.suggestedName), filters: JOURNEY_FILTERS });
      if (path === null) return { kind: 'cancelled' };
    }
    // The conflict baseline only applies when writing back to the file we read.
    const expected = known && known.path === path ? known.fingerprint : null;
    try {
      const result = await saveDocumentFile(this.deps.fs, { path, data: text, expected, overwrite: options.overwrite === true, backup: true }, this.deps.writeOptions);
      if (result.kind === 'conflict') return { kind: 'conflict', message: result.message };
      const ref = this.refs.issue(path, result.fingerprint);
      this.deps.onDocumentUsed?.(path);
      return { kind: 'saved', doc: { ref, name: displayName(path) } };
    } catch (error) {
      return { kind: 'failed', message: describeFileError(`save “${displayName(path)}”`, error) };
    }
  }

  async saveExport(data: Uint8Array | string, options: { suggestedName: string; mime: string }): Promise<SaveOutcomeMessage> {
    const path = await this.chooseExportLocation(options);
    return path === null ? { kind: 'cancelled' } : this.writeExport(path, data);
  }

  /** The save dialog for an export; null when cancelled. Main keeps the path, the page never sees it. */
  chooseExportLocation(options: { suggestedName: string; mime: string }): Promise<string | null> {
    const filter = EXPORT_FILTERS[options.mime];
    return this.deps.dialogs.chooseSaveLocation({ title: 'Export', defaultPath: join(this.deps.defaultFolder, options.suggestedName), filters: filter ? [filter] : [] });
  }

  /** Writes an export atomically where the user chose. */
  writeExport(path: string, data: Uint8Array | string): Promise<SaveOutcomeMessage> {
    return this.serialized(async (): Promise<SaveOutcomeMessage> => {
      try {
        await writeFileAtomicWith(this.deps.fs, path, data, this.deps.writeOptions);
        return { kind: 'saved', doc: { ref: this.refs.issue(path), name: displayName(path) } };
      } catch (error) {
        return { kind: 'failed', message: describeFileError(`export “${displayName(path)}”`, error) };
      }
    });
  }

  async pickDataFile(): Promise<IpcResult<'pickDataFile'>> {
    const path = await this.deps.dialogs.chooseFileToOpen({ title: 'Import data', filters: DATA_FILTERS, defaultFolder: this.deps.defaultFolder });
    if (path === null) return { kind: 'cancelled' };
    const read = await this.readLimited(path, MAX_DATA_FILE_BYTES, 'read the data file');
    return read.ok ? { kind: 'picked', name: displayName(path), bytes: read.bytes } : { kind: 'failed', message: read.message };
  }

  /** Checks the size before reading, so a 4 GB file is refused without loading it. */
  private async readLimited(path: string, limit: number, action: string): Promise<{ ok: true; bytes: Uint8Array; stat: { mtimeMs: number; size: number } } | { ok: false; message: string }> {
    try {
      const stat = await this.deps.fs.stat(path);
      if (!stat.isFile()) return { ok: false, message: `Could not ${action}: “${displayName(path)}” is not a file.` };
      if (stat.size > limit) return { ok: false, message: `Could not ${action}: “${displayName(path)}” is ${(stat.size / 1024 / 1024).toFixed(1)} MB; the limit is ${limit / 1024 / 1024} MB.` };
      const bytes = await this.deps.fs.readFile(path);
      // The file may have grown between stat and read.
      if (bytes.byteLength > limit) return { ok: false, message: `Could not ${action}: “${displayName(path)}” is larger than ${limit / 1024 / 1024} MB.` };
      return { ok: true, bytes, stat: { mtimeMs: stat.mtimeMs, size: bytes.byteLength } };
    } catch (error) {
      return { ok: false, message: describeFileError(action, error) };
    }
  }

  private serialized<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
