/** The messages between the page and the import worker (renderer/kpi/kpiWorker.ts). */
import type { ImportOptions, KpiImport, KpiImportFailure } from '../../shared/kpi/types';

export interface ImportJob { bytes: Uint8Array; fileName: string; options: ImportOptions }

export type ImportResult = { ok: true; value: KpiImport } | { ok: false; error: KpiImportFailure };

export type WorkerMessage =
  | { type: 'progress'; fraction: number; stage: string }
  | { type: 'done'; result: ImportResult };
