/**
 * The production ExportRunner: each export in a worker thread, terminated on cancel or
 * failure. A worker that finished an export waits `idleMs` (default a minute) for the next
 * one, then ends: exporting again, as people do while they tune a scale or a page size,
 * starts with the fonts, the shaper and its glyph cache already loaded. Only one worker
 * waits; exports running at once (two windows) each get their own.
 */
import { Worker } from 'node:worker_threads';
import type { ExportRunner, ExportWorkerReply } from './ExportService';

export const EXPORT_WORKER_IDLE_MS = 60_000;

export function workerThreadRunner(workerPath: string, options: { idleMs?: number } = {}): ExportRunner {
  const idleMs = options.idleMs ?? EXPORT_WORKER_IDLE_MS;
  let waiting: { worker: Worker; timer: NodeJS.Timeout; onExit: () => void } | null = null;

  const take = (): Worker => {
    if (!waiting) return new Worker(workerPath);
    const { worker, timer, onExit } = waiting;
    waiting = null;
    clearTimeout(timer);
    worker.off('exit', onExit);
    worker.off('error', onExit);
    worker.ref();
    return worker;
  };
  const park = (worker: Worker): void => {
    if (waiting || idleMs <= 0) { void worker.terminate(); return; }
    // Ended or failed while waiting (an 'error' with no listener would throw in main): not reused.
    const onExit = () => { if (waiting?.worker === worker) { clearTimeout(waiting.timer); waiting = null; void worker.terminate(); } };
    const timer = setTimeout(onExit, idleMs);
    timer.unref();
    // A waiting worker keeps nothing alive: the app can quit, a test can end.
    worker.unref();
    worker.once('exit', onExit);
    worker.once('error', onExit);
    waiting = { worker, timer, onExit };
  };

  return {
    run(job, onReply) {
      const worker = take();
      let finished = false;
      const detach = () => { worker.off('message', onMessage); worker.off('error', onError); worker.off('exit', onExitEarly); };
      const finish = (reply: ExportWorkerReply) => {
        if (finished) return;
        if (reply.type !== 'progress') {
          finished = true;
          detach();
          // Only a worker that finished cleanly waits for the next export.
          if (reply.type === 'done') park(worker); else void worker.terminate();
        }
        onReply(reply);
      };
      const onMessage = (reply: ExportWorkerReply) => finish(reply);
      const onError = (e: Error) => finish({ type: 'failed', message: `The export failed: ${e.message}` });
      const onExitEarly = (code: number) => finish({ type: 'failed', message: `The export stopped (exit code ${code}).` });
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExitEarly);
      worker.postMessage(job);
      return { cancel: () => { if (finished) return; finished = true; detach(); void worker.terminate(); } };
    },
  };
}
