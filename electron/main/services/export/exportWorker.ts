/**
 * The export process's entry (bundled to dist-electron/exportWorker.js by
 * scripts/build-electron.mjs): takes jobs from its parent and answers each with progress
 * and then the bytes or a message (runExportJob). The app starts it as an Electron utility
 * process (messages on `process.parentPort`); the bench and the tests fork it with Node
 * (messages on `process.send`). Killing the process cancels the export.
 */
import type { ExportJob, ExportWorkerReply } from './ExportService';
import { runExportJob } from './runExportJob';

interface ParentPort {
  on(event: 'message', listener: (e: { data: ExportJob }) => void): void;
  postMessage(message: ExportWorkerReply): void;
}

const electronPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (electronPort) {
  electronPort.on('message', (e) => { void runExportJob(e.data, (reply) => electronPort.postMessage(reply)); });
} else if (process.send) {
  process.on('message', (job: ExportJob) => { void runExportJob(job, (reply) => process.send?.(reply)); });
  // The parent went away (it exited, or let this process go): nothing will ask again.
  process.on('disconnect', () => process.exit(0));
} else {
  process.stderr.write('exportWorker: start me as an export process (Electron utility process or Node fork with IPC).\n');
  process.exitCode = 2;
}
