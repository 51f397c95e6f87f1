/**
 * Exports from the desktop app: the map is drawn in a process of its own (through the
 * injected runner: exportProcessRunner) while the user chooses where (main keeps the path),
 * with progress once they have, and the file is written atomically. One export per window
 * at a time; Cancel, in the save dialog or after, ends it and nothing is written.
 */
import { EXPORT_MIME, type ExportRequest } from '../../../../shared/export/exportRequest';
import type { SaveOutcomeMessage } from '../../../../shared/ipc/contract';

export interface ExportJob { text: string; request: ExportRequest; date?: string }

export type ExportWorkerReply =
  | { type: 'progress'; fraction: number; stage: string }
  | { type: 'done'; data: Uint8Array; notices: string[]; pages?: number }
  | { type: 'failed'; message: string };

/** Runs a job somewhere else (an export process in the app; scripted in tests). */
export interface ExportRunner {
  run(job: ExportJob, onReply: (reply: ExportWorkerReply) => void): { cancel(): void };
}

export interface ExportDestination {
  chooseExportLocation(options: { suggestedName: string; mime: string }): Promise<string | null>;
  writeExport(path: string, data: Uint8Array): Promise<SaveOutcomeMessage>;
}

export type ExportOutcome =
  | { kind: 'saved'; doc: { ref: string; name: string }; notices: string[]; pages?: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export interface ExportProgress { fraction: number; stage: string }

export class ExportService {
  private readonly running = new Map<number, { cancel(): void }>();

  constructor(private readonly deps: { destination: ExportDestination; runner: ExportRunner; today(): string }) {}

  async export(windowId: number, text: string, request: ExportRequest, suggestedName: string, onProgress: (p: ExportProgress) => void): Promise<ExportOutcome> {
    if (this.running.has(windowId)) return { kind: 'failed', message: 'An export is already running in this window.' };
    // The drawing starts while the user chooses where to save: by the time they have chosen,
    // much of it (often all of it) is done. Choosing Cancel there ends it.
    let settle: (reply: ExportWorkerReply | null) => void = () => {};
    const replied = new Promise<ExportWorkerReply | null>((resolve) => { settle = resolve; });
    let chosen = false;
    let latest: ExportProgress | null = null;
    const handle = this.deps.runner.run({ text, request, date: this.deps.today() }, (r) => {
      if (r.type !== 'progress') { settle(r); return; }
      latest = { fraction: r.fraction, stage: r.stage };
      if (chosen) onProgress(latest);
    });
    const stop = () => { handle.cancel(); settle(null); };
    this.running.set(windowId, { cancel: stop });
    let path: string | null = null;
    try {
      path = await this.deps.destination.chooseExportLocation({ suggestedName, mime: EXPORT_MIME[request.format] });
    } finally {
      if (path === null) { stop(); this.running.delete(windowId); }
    }
    if (path === null) return { kind: 'cancelled' };
    chosen = true;
    if (latest) onProgress(latest);
    const reply = await replied;
    this.running.delete(windowId);
    if (reply === null) return { kind: 'cancelled' };
    if (reply.type === 'failed') return { kind: 'failed', message: reply.message };
    if (reply.type !== 'done') return { kind: 'failed', message: 'The export stopped unexpectedly.' };
    onProgress({ fraction: 0.95, stage: 'saving' });
    const saved = await this.deps.destination.writeExport(path, reply.data);
    if (saved.kind !== 'saved') return saved.kind === 'failed' ? saved : { kind: 'failed', message: saved.kind === 'conflict' ? saved.message : 'The export was not saved.' };
    return { kind: 'saved', doc: saved.doc, notices: reply.notices, ...(reply.pages ? { pages: reply.pages } : {}) };
  }

  /** Cancels this window's export, if one is running. */
  cancel(windowId: number): void {
    this.running.get(windowId)?.cancel();
    this.running.delete(windowId);
  }
}
