/**
 * The export off main's event loop: a worker thread loads the map, renders it and hands the
 * bytes back (transferred, not copied). Terminating the worker cancels the export.
 * Bundled to dist-electron/exportWorker.js (scripts/build-electron.mjs).
 */
import { parentPort } from 'node:worker_threads';
import { exportRequestSchema } from '../../../../shared/export/exportRequest';
import { loadJourney } from '../../../../shared/file/loadJourney';
import { exportJourney } from './exportJourney';
import { requestToOptions } from './requestToOptions';
import type { ExportJob, ExportWorkerReply } from './ExportService';

const port = parentPort;
if (port) {
  port.on('message', (job: ExportJob) => {
    void runExportJob(job, (reply) => port.postMessage(reply, reply.type === 'done' && reply.data ? [reply.data.buffer as ArrayBuffer] : []));
  });
}

export async function runExportJob(job: ExportJob, reply: (r: ExportWorkerReply) => void): Promise<void> {
  try {
    reply({ type: 'progress', fraction: 0.1, stage: 'reading the map' });
    const loaded = loadJourney(new TextEncoder().encode(job.text));
    if (!loaded.ok) { reply({ type: 'failed', message: `The map could not be read for export: ${loaded.error.message}` }); return; }
    const request = exportRequestSchema.parse(job.request);
    reply({ type: 'progress', fraction: 0.3, stage: `drawing the ${request.format.toUpperCase()}` });
    const result = await exportJourney(loaded.value.journey, request.format, requestToOptions(request, job.date));
    reply({ type: 'progress', fraction: 0.9, stage: 'writing' });
    const data = new Uint8Array(result.data.buffer.slice(result.data.byteOffset, result.data.byteOffset + result.data.byteLength));
    reply({ type: 'done', data, notices: result.notices, ...(result.pages ? { pages: result.pages } : {}) });
  } catch (e) {
    reply({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
}
