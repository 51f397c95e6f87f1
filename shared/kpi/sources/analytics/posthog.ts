/**
 * PostHog funnel insight CSV (posthog/tasks/exports/csv_exporter.py, "FUNNELS LIKE"):
 * `name, breakdown_value, action_id, count, median_conversion_time (seconds),
 * average_conversion_time (seconds)`; Python csv writer (CRLF, `None` as an empty cell,
 * floats like `172800.0`). No rate columns: they are computed from the counts. With a
 * breakdown, each value is its own series (`step / breakdown=<value>`), never summed.
 */
import type { ImportOptions, KpiSource, SourceInput, SourceResult } from '../../types';
import { funnelMetrics, stepScopes } from '../../funnel/funnelMetrics';
import { tablesOf, selectTables, type DataTable } from '../../table/dataTable';
import type { DataRow } from '../../table/TableRows';
import { readColumn } from '../../table/readColumn';
import { findColumn } from '../../text/headerRows';
import { EN_LOCALE } from '../../cells/parseNumber';
import { emptyResult, finish, headerNames, MetricSink, normalizedHeaders } from './common';
import { cellAt } from './metricTable';
import { rowProblem } from '../../text/validateRows';

const isPosthog = (t: DataTable): boolean => {
  const h = normalizedHeaders(t);
  return h[0] === 'name' && h.includes('breakdown_value') && h.includes('count') && h.some((x) => x.startsWith('average_conversion_time') || x.startsWith('median_conversion_time'));
};

export const posthogSource: KpiSource = {
  id: 'posthog',
  label: 'PostHog funnel',
  recognize: (input: SourceInput) => (input.delimited || input.sheets ? (tablesOf(input).tables.some(isPosthog) ? 0.95 : 0) : 0),
  extract(input: SourceInput, options: ImportOptions): SourceResult {
    const result = emptyResult('posthog');
    const sink = new MetricSink();
    const table = selectTables(tablesOf(input).tables, options.table).find(isPosthog);
    if (!table) { result.errors.push({ line: 0, message: 'no PostHog funnel table found' }); return finish(result, sink); }
    const headers = headerNames(table);
    const bCol = findColumn(headers, 'breakdown_value');
    const countCol = findColumn(headers, 'count');
    const avgCol = findColumn(headers, /^average_conversion_time/);
    const medCol = findColumn(headers, /^median_conversion_time/);
    const rows: DataRow[] = [];
    for (const r of table.rows.slice(1)) {
      result.rowsRead++;
      const problem = rowProblem(r.error, r.cells.length, headers.length, !!input.delimited);
      if (problem) { result.errors.push({ line: r.line, message: problem }); continue; }
      rows.push(r);
    }
    const col = (i: number, duration?: 'seconds') => (i < 0 ? undefined : readColumn(rows.map((r) => r.cells[i] ?? null), duration ? { fallbackLocale: EN_LOCALE, duration } : { fallbackLocale: EN_LOCALE }));
    const counts = col(countCol)!;
    const avg = col(avgCol, 'seconds');
    const med = col(medCol, 'seconds');
    const bad = new Set<number>();
    for (const [c, name] of [[counts, 'count'], [avg, 'average_conversion_time'], [med, 'median_conversion_time']] as const) {
      for (const inv of c?.invalid ?? []) { bad.add(inv.index); result.errors.push({ line: rows[inv.index]!.line, message: `"${name}" has ${JSON.stringify(inv.text)}, which is not a number; row skipped` }); }
    }
    const series = new Map<string, { name: string; users: number | null; avg: number | null; med: number | null }[]>();
    rows.forEach((r, i) => {
      if (bad.has(i)) return;
      const key = bCol >= 0 ? cellAt(r, bCol) : '';
      const list = series.get(key) ?? [];
      list.push({ name: cellAt(r, 0), users: counts.values[i] ?? null, avg: avg?.values[i] ?? null, med: med?.values[i] ?? null });
      series.set(key, list);
      result.rowsImported++;
    });
    const broken = series.size > 1 || !series.has('');
    for (const [key, steps] of series) {
      const names = stepScopes(steps.map((s) => s.name));
      sink.addAll(funnelMetrics(steps.map((s, i) => ({
        scope: broken ? `${names[i]} / breakdown=${key}` : names[i]!,
        users: s.users,
        ...(avgCol >= 0 ? { timeFromPrevious: s.avg } : {}),
        ...(medCol >= 0 ? { medianTimeFromPrevious: s.med } : {}),
      }))));
    }
    if (broken) result.notes.push(`breakdown: ${series.size} series, no total (breakdown values are never summed)`);
    return finish(result, sink);
  },
};
