/** The production ExportRunner: each export in its own worker thread, terminated on cancel. */
import { Worker } from 'node:worker_threads';
import type { ExportRunner, ExportWorkerReply } from './ExportService';

export function workerThreadRunner(workerPath: string): ExportRunner {
  return {
    run(job, onReply) {
      const worker = new Worker(workerPath);
      let finished = false;
      const finish = (reply: ExportWorkerReply) => { if (finished) return; if (reply.type !== 'progress') finished = true; onReply(reply); if (finished) void worker.terminate(); };
      worker.on('message', (reply: ExportWorkerReply) => finish(reply));
      worker.on('error', (e) => finish({ type: 'failed', message: `The export failed: ${e.message}` }));
      worker.on('exit', (code) => { if (!finished && code !== 0) finish({ type: 'failed', message: `The export stopped (exit code ${code}).` }); });
      worker.postMessage(job);
      return { cancel: () => { finished = true; void worker.terminate(); } };
    },
  };
}
