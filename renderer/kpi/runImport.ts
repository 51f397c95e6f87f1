/**
 * Runs a KPI import in a Web Worker with progress and cancel. Where no Worker exists (a
 * test DOM), it runs in the page, still through the same pure pipeline.
 */
import { importKpiFile } from '../../shared/kpi/importKpiFile';
import type { ImportJob, ImportResult, WorkerMessage } from './importMessages';
import { trimImport } from '../../shared/kpi/binding/trimImport';

export interface RunningImport {
  result: Promise<ImportResult | null>;
  /** Stops the import; `result` then resolves to null. */
  cancel(): void;
}

export function runImport(job: ImportJob, onProgress: (fraction: number, stage: string) => void): RunningImport {
  if (typeof Worker === 'undefined') {
    let cancelled = false;
    const result = Promise.resolve().then((): ImportResult | null => {
      if (cancelled) return null;
      const r = importKpiFile(job.bytes, job.fileName, job.options, { onProgress });
      return r.ok ? { ok: true, value: trimImport(r.value) } : r;
    });
    return { result, cancel: () => { cancelled = true; } };
  }
  const worker = new Worker(new URL('./kpiWorker.ts', import.meta.url), { type: 'module', name: 'kpi-import' });
  let settle: (r: ImportResult | null) => void = () => {};
  const result = new Promise<ImportResult | null>((resolve) => { settle = resolve; });
  worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
    if (e.data.type === 'progress') onProgress(e.data.fraction, e.data.stage);
    else { settle(e.data.result); worker.terminate(); }
  };
  worker.onerror = (e) => { e.preventDefault(); settle({ ok: false, error: { message: `The import stopped: ${e.message || 'the import worker failed'}` } }); worker.terminate(); };
  // The bytes are transferred, not copied: a 200 MB export is not duplicated in memory.
  const copy = job.bytes.byteOffset === 0 && job.bytes.byteLength === job.bytes.buffer.byteLength ? job.bytes : job.bytes.slice();
  worker.postMessage({ ...job, bytes: copy }, [copy.buffer as ArrayBuffer]);
  return { result, cancel: () => { worker.terminate(); settle(null); } };
}
