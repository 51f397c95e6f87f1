/**
 * The KPI import off the UI thread: a 1,000,000-row export is parsed here while the canvas
 * stays fluid. Cancel terminates the worker; nothing it did reaches the document.
 */
import { importKpiFile } from '../../shared/kpi/importKpiFile';
import type { ImportJob, WorkerMessage } from './importMessages';
import { trimImport } from '../../shared/kpi/binding/trimImport';

// The renderer project compiles with the DOM lib; in a dedicated worker `self.postMessage` takes one argument.
const post = (m: WorkerMessage) => (self as unknown as { postMessage(m: WorkerMessage): void }).postMessage(m);

self.onmessage = (e: MessageEvent<ImportJob>) => {
  const { bytes, fileName, options } = e.data;
  const result = importKpiFile(bytes, fileName, options, { onProgress: (fraction, stage) => post({ type: 'progress', fraction, stage }) });
  post({ type: 'progress', fraction: 0.95, stage: 'handing the values to the map' });
  post({ type: 'done', result: result.ok ? { ok: true, value: trimImport(result.value) } : result });
};
