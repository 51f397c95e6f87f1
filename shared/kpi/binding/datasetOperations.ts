/**
 * Document operations for imported data, pure functions over a (draft) journey like
 * shared/model/operations.ts: add a dataset with its bindings, refresh it from a re-read
 * file keeping the mapping, set targets, remove it with everything bound to it.
 */
import type { Binding, Dataset, Journey } from '../../model/schema';
import type { KpiImport } from '../types';

import { MAX_STORED_ERRORS as MAX_ERRORS, MAX_STORED_METRICS as MAX_METRICS, trimImport } from './trimImport';

/** The schema's limit on stored comments (shared/model/schema.ts). */
const MAX_FEEDBACK = 100_000;

/**
 * A dataset record from an import. What does not fit the document's limits is cut and
 * the cut is written into the stored report, never dropped silently.
 */
export function datasetFromImport(imp: KpiImport, meta: { id: string; name: string; importedAt: string }): Dataset {
  // The import worker has usually trimmed the row errors already; the same cut applies here.
  const errors = trimImport(imp).errors.map((e) => ({ line: e.line, message: e.message.slice(0, 2000) }));
  const metrics = imp.metrics.slice(0, MAX_METRICS);
  if (imp.metrics.length > MAX_METRICS) errors.push({ line: 0, message: `Only the first ${MAX_METRICS} of ${imp.metrics.length} values were stored` });
  const feedback = imp.feedback.slice(0, MAX_FEEDBACK).map((f) => {
    const item: Dataset['feedback'][number] = { scope: f.scope.slice(0, 500), text: f.text.slice(0, 20_000) };
    if (f.score !== undefined && Number.isFinite(f.score)) item.score = f.score;
    if (f.sentiment !== undefined && Number.isFinite(f.sentiment)) item.sentiment = Math.max(-1, Math.min(1, f.sentiment));
    if (f.respondentId !== undefined) item.respondentId = f.respondentId.slice(0, 200);
    return item;
  });
  if (imp.feedback.length > MAX_FEEDBACK) errors.push({ line: 0, message: `Only the first ${MAX_FEEDBACK} of ${imp.feedback.length} comments were stored` });
  const options: Dataset['options'] = {};
  for (const [k, v] of Object.entries(imp.options)) if (v !== undefined) options[k] = v;
  const d: Dataset = {
    id: meta.id, name: meta.name.slice(0, 500), source: imp.source, fileName: imp.fileName.slice(0, 1000), importedAt: meta.importedAt,
    rowsRead: imp.rowsRead, rowsImported: imp.rowsImported, errors: errors.slice(0, MAX_ERRORS), metrics, feedback, options,
  };
  if (imp.period) d.period = imp.period;
  if (imp.encoding) d.encoding = imp.encoding;
  if (imp.delimiter) d.delimiter = imp.delimiter;
  return d;
}

export function addDataset(j: Journey, dataset: Dataset, bindings: readonly Binding[]): void {
  j.datasets[dataset.id] = dataset;
  for (const b of bindings) if (b.datasetId === dataset.id) j.bindings[b.id] = b;
}

export interface RefreshReport {
  /** Bindings whose scope and metric are still in the file. */
  kept: number;
  /** Values (scope and metric) the map shows that the new file no longer has, each once (their bindings stay, shown as missing). */
  missing: { scope: string; metric: string }[];
}

/** Replaces a dataset's data with a re-read of its file; its name, id and bindings stay. */
export function refreshDataset(j: Journey, datasetId: string, fresh: Dataset): RefreshReport {
  const old = j.datasets[datasetId];
  if (!old) return { kept: 0, missing: [] };
  j.datasets[datasetId] = { ...fresh, id: old.id, name: old.name };
  const have = new Set(fresh.metrics.map((m) => `${m.scope}\u0000${m.metric}`));
  const report: RefreshReport = { kept: 0, missing: [] };
  const reported = new Set<string>();
  for (const b of Object.values(j.bindings)) {
    if (b.datasetId !== datasetId) continue;
    const key = `${b.scope}\u0000${b.metric}`;
    if (have.has(key)) report.kept++;
    // A value shown on a card and on an arrow is one value the file lost.
    else if (!reported.has(key)) { reported.add(key); report.missing.push({ scope: b.scope, metric: b.metric }); }
  }
  return report;
}

export function removeDataset(j: Journey, datasetId: string): void {
  delete j.datasets[datasetId];
  for (const [id, b] of Object.entries(j.bindings)) if (b.datasetId === datasetId) delete j.bindings[id];
}

/** Sets (or clears, with undefined) the target of one metric across a dataset's bindings. */
export function setMetricGoal(j: Journey, datasetId: string, metric: string, goal: number | undefined): void {
  for (const b of Object.values(j.bindings)) {
    if (b.datasetId !== datasetId || b.metric !== metric) continue;
    if (goal === undefined || !Number.isFinite(goal)) delete b.goal; else b.goal = goal;
  }
}
