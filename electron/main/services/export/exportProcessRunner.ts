/**
 * The production ExportRunner: each export in a process of its own (Electron's utility
 * process in the app, a Node child process in the bench and tests), killed on cancel or
 * failure. A process that finished an export waits `idleMs` (default a minute) for the next
 * one, then ends: exporting again, as people do while they tune a scale or a page size,
 * starts with the fonts, the shaper and its glyph cache already loaded, and the memory the
 * rasterizer keeps (exportProcessEnv) goes back to the system when the process ends. Only
 * one process waits; exports running at once (two windows) each get their own.
 *
 * A process rather than a thread: resvg's allocator settings are per process, and main
 * never holds an export's memory; a crash in native drawing code ends the export, not the app.
 */
import type { ExportJob, ExportRunner, ExportWorkerReply } from './ExportService';

export const EXPORT_PROCESS_IDLE_MS = 60_000;

/** How a process ended: its exit (code or signal), or an error from the process API. */
export type ExportChildEnd = { kind: 'exit'; code: number | null; signal?: string | null } | { kind: 'error'; message: string };

/** One export process as the runner needs it; forkExportChild and utilityExportChild adapt the two APIs. */
export interface ExportChild {
  send(job: ExportJob): void;
  /** Listens for replies; returns a function that stops listening. */
  onReply(listener: (reply: ExportWorkerReply) => void): () => void;
  /** Listens for the end of the process; returns a function that stops listening. */
  onEnd(listener: (end: ExportChildEnd) => void): () => void;
  kill(): void;
  /** While idle, the process keeps nothing alive (the CLI can exit, a test can end). */
  setIdle(idle: boolean): void;
}

export function exportProcessRunner(spawn: () => ExportChild, options: { idleMs?: number } = {}): ExportRunner {
  const idleMs = options.idleMs ?? EXPORT_PROCESS_IDLE_MS;
  let waiting: { child: ExportChild; timer: NodeJS.Timeout; stopListening: () => void } | null = null;

  const take = (): ExportChild => {
    if (!waiting) return spawn();
    const { child, timer, stopListening } = waiting;
    waiting = null;
    clearTimeout(timer);
    stopListening();
    child.setIdle(false);
    return child;
  };
  const park = (child: ExportChild): void => {
    if (waiting || idleMs <= 0) { child.kill(); return; }
    // Ended or failed while waiting: not reused.
    const drop = () => { if (waiting?.child === child) { clearTimeout(waiting.timer); waiting.stopListening(); waiting = null; child.kill(); } };
    const timer = setTimeout(drop, idleMs);
    timer.unref();
    child.setIdle(true);
    waiting = { child, timer, stopListening: child.onEnd(drop) };
  };

  return {
    run(job, onReply) {
      const child = take();
      let finished = false;
      const stops: Array<() => void> = [];
      const detach = () => { for (const stop of stops.splice(0)) stop(); };
      const finish = (reply: ExportWorkerReply) => {
        if (finished) return;
        if (reply.type !== 'progress') {
          finished = true;
          detach();
          // Only a process that finished cleanly waits for the next export.
          if (reply.type === 'done') park(child); else child.kill();
        }
        onReply(reply);
      };
      stops.push(child.onReply(finish));
      stops.push(child.onEnd((end) => finish({
        type: 'failed',
        message: end.kind === 'error' ? `The export failed: ${end.message}` : `The export stopped (${end.code === null ? `signal ${end.signal ?? 'unknown'}` : `exit code ${end.code}`}).`,
      })));
      child.send(job);
      return { cancel: () => { if (finished) return; finished = true; detach(); child.kill(); } };
    },
  };
}
