/**
 * Funnel tables by column mapping: a step column (`Step`, `Step name`, `Event`, `Funnel
 * step`…) and a users column (`Users`, `Unique users`, `Count`…), optional stated rates.
 * Heap documents no CSV layout (help.heap.io: unique users per step, a rate per step and a
 * total conversion), so a Heap funnel is read this way; the `heap` source is the same reader
 * when the file names Heap. Rates are computed from the counts; stated ones are checked.
 */
import type { ImportOptions, KpiSource, SourceInput, SourceResult } from '../../types';
import { checkStated, funnelMetrics, splitStepLabel, stepScopes } from '../../funnel/funnelMetrics';
import { tablesOf, selectTables, type DataTable } from '../../table/dataTable';
import type { DataRow } from '../../table/TableRows';
import { readColumn } from '../../table/readColumn';
import { findColumn } from '../../text/headerRows';
import { emptyResult, finish, headerNames, MetricSink, tableLocale } from './common';
import { cellAt } from './metricTable';
import { rowProblem } from '../../text/validateRows';

const STEP = [/^(?:step|step name|funnel step|steps|stage|schritt)$/];
const NAME = [/^(?:event|event name|name|step name|label)$/];
const USERS = [/^(?:users|unique users|total users|count|visitors|people|nutzer|sessions)$/];
const CONV = [/^(?:conversion(?: rate)?(?: from previous step)?|step conversion(?: rate)?|conversion from previous)(?: \(%\))?$/];
const TIME = [/^(?:(?:avg\.?|average|median) )?time (?:from|to convert from) previous(?: step)?(?: \((?:s|sec|seconds)\))?$/];

function plan(t: DataTable): { step: number; name: number; users: number; conv: number; time: number } | undefined {
  const h = headerNames(t);
  const step = findColumn(h, ...STEP);
  const name = findColumn(h, ...NAME);
  const users = findColumn(h, ...USERS);
  if ((step < 0 && name < 0) || users < 0) return undefined;
  return { step, name, users, conv: findColumn(h, ...CONV), time: findColumn(h, ...TIME) };
}

const mentionsHeap = (input: SourceInput): boolean => /heap/i.test(input.fileName) || tablesOf(input).comments.some((c) => /\bheap\b/i.test(c.text));

function extractFunnelTable(source: string, input: SourceInput, options: ImportOptions): SourceResult {
  const result = emptyResult(source);
  const sink = new MetricSink();
  const table = selectTables(tablesOf(input).tables, options.table).find((t) => plan(t));
  if (!table) { result.errors.push({ line: 0, message: 'no funnel table (a step column and a users column) found' }); return finish(result, sink); }
  const p = plan(table)!;
  const headers = headerNames(table);
  const rows: DataRow[] = [];
  for (const r of table.rows.slice(1)) {
    result.rowsRead++;
    const problem = rowProblem(r.error, r.cells.length, headers.length, !!input.delimited);
    if (problem) { result.errors.push({ line: r.line, message: problem }); continue; }
    rows.push(r);
  }
  const locale = tableLocale(table, 1, input);
  const users = readColumn(rows.map((r) => r.cells[p.users] ?? null), { fallbackLocale: locale });
  const conv = p.conv >= 0 ? readColumn(rows.map((r) => r.cells[p.conv] ?? null), { fallbackLocale: locale }) : undefined;
  const time = p.time >= 0 ? readColumn(rows.map((r) => r.cells[p.time] ?? null), { fallbackLocale: locale, duration: 'seconds' }) : undefined;
  const bad = new Set<number>();
  for (const [c, i] of [[users, p.users], [conv, p.conv], [time, p.time]] as const) {
    for (const inv of c?.invalid ?? []) { bad.add(inv.index); result.errors.push({ line: rows[inv.index]!.line, message: `"${headers[i]}" has ${JSON.stringify(inv.text)}, which is not a number; row skipped` }); }
  }
  const kept = rows.map((r, i) => ({ r, i })).filter(({ i }) => !bad.has(i));
  const labels = kept.map(({ r }) => {
    const stepText = p.step >= 0 ? cellAt(r, p.step) : '';
    const nameText = p.name >= 0 ? cellAt(r, p.name) : '';
    return splitStepLabel(nameText && (/^\d+$/.test(stepText) || stepText === '') ? nameText : stepText || nameText).name;
  });
  const scopes = stepScopes(labels);
  const steps = kept.map(({ i }, k) => ({ scope: scopes[k]!, users: users.values[i] ?? null, ...(time ? { timeFromPrevious: time.values[i] ?? null } : {}) }));
  const metrics = funnelMetrics(steps);
  sink.addAll(metrics);
  result.rowsImported = kept.length;
  if (conv) kept.forEach(({ r, i }, k) => {
    if (k === 0) return;
    const computed = metrics.find((m) => m.scope === scopes[k] && m.metric === 'conversion')?.value ?? null;
    const msg = checkStated(`"${scopes[k]}" ${headers[p.conv]}`, conv.values[i], computed);
    if (msg) result.notes.push(`line ${r.line}: ${msg}`);
  });
  return finish(result, sink);
}

export const heapSource: KpiSource = {
  id: 'heap',
  label: 'Heap funnel',
  recognize: (input: SourceInput) => ((input.delimited || input.sheets) && mentionsHeap(input) && tablesOf(input).tables.some((t) => plan(t)) ? 0.75 : 0),
  extract: (input, options) => extractFunnelTable('heap', input, options),
};

export const funnelTableSource: KpiSource = {
  id: 'funnel-table',
  label: 'Funnel table (step and users columns)',
  recognize: (input: SourceInput) => ((input.delimited || input.sheets) && tablesOf(input).tables.some((t) => plan(t)) ? 0.4 : 0),
  extract: (input, options) => extractFunnelTable('funnel-table', input, options),
};
