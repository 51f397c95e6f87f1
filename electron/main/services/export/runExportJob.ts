/**
 * One export job, as the export process runs it: load the map, draw the requested format,
 * hand back the bytes, with progress along the way and a message instead of a throw.
 */
import { exportRequestSchema } from '../../../../shared/export/exportRequest';
import { loadJourney } from '../../../../shared/file/loadJourney';
import { exportJourney } from './exportJourney';
import { requestToOptions } from './requestToOptions';
import type { ExportJob, ExportWorkerReply } from './ExportService';

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
