/**
 * The KPI import off the UI thread: a 1,000,000-row export is parsed here while the canvas
 * stays fluid. Cancel terminates the worker; nothing it did reaches the document.
 */
import { importKpiFile } from '../../shared/kpi/importKpiFile';
import type { ImportJob, WorkerMessage } from './importMessages';

// The renderer project compiles with the DOM lib; in a dedicated worker `self.postMessage` takes one argument.
const post = (m: WorkerMessage) => (self as unknown as { postMessage(m: WorkerMessage): void }).postMessage(m);

self.onmessage = (e: MessageEvent<ImportJob>) => {
  const { bytes, fileName, options } = e.data;
  const result = importKpiFile(bytes, fileName, options, { onProgress: (fraction, stage) => post({ type: 'progress', fraction, stage }) });
  post({ type: 'done', result });
};
