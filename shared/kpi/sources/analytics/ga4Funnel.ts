/**
 * GA4 Explorations › Funnel exploration export: `#` preamble (exploration name on line 3),
 * `Step`, optional breakdown columns, `Elapsed time` (MICROseconds), `Active users` or
 * `Active users (% of Step 1)`, `Completion rate`, `Abandonments`, `Abandonment rate`
 * (fractions, forward-looking). Breakdown rows leave `Step` empty (forward-filled); the
 * `Total` rows are the step totals. Breakdown rows are never summed: users are
 * de-duplicated, so desktop + mobile + tablet exceeds Total (18,900 vs 18,620). Only the
 * first funnel table is read unless `options.table` picks another.
 */
import type { ImportOptions, KpiSource, SourceInput, SourceResult } from '../../types';
import { tablesOf, selectTables, type DataTable } from '../../table/dataTable';
import type { DataRow } from '../../table/TableRows';
import { readColumn } from '../../table/readColumn';
import { findColumn } from '../../text/headerRows';
import { periodFromComments } from '../../text/preamble';
import { checkStated, funnelMetrics, splitStepLabel, stepScopes, type FunnelStep } from '../../funnel/funnelMetrics';
import { emptyResult, finish, headerNames, MetricSink, normalizedHeaders, tableLocale } from './common';
import { breakdownKey } from './headerMetrics';
import { cellAt } from './metricTable';
import { rowProblem } from '../../text/validateRows';

const TOTAL = new Set(['total', 'reserved_total', 'totals', 'gesamt', '']);

function isFunnelTable(t: DataTable): boolean {
  const h = normalizedHeaders(t);
  return h[0] === 'step' && (h.includes('completion rate') || h.includes('abandonments') || h.includes('abandonment rate'));
}

export const ga4FunnelSource: KpiSource = {
  id: 'ga4-funnel',
  label: 'GA4 funnel exploration',
  recognize(input: SourceInput): number {
    if (!input.delimited && !input.sheets) return 0;
    const { tables } = tablesOf(input);
    const t = tables.find(isFunnelTable);
    if (!t) return 0;
    return normalizedHeaders(t).includes('elapsed time') ? 0.95 : 0.85;
  },
  extract(input: SourceInput, options: ImportOptions): SourceResult {
    const result = emptyResult('ga4-funnel');
    const { tables, comments } = tablesOf(input);
    const period = periodFromComments(comments);
    if (period) result.period = period;
    const exploration = comments.filter((c) => /[a-z]/i.test(c.text))[1];
    if (exploration) result.title = exploration.text;
    const table = selectTables(tables, options.table).find(isFunnelTable);
    const sink = new MetricSink();
    if (!table) { result.errors.push({ line: 0, message: 'no funnel table (Step, …, Completion rate) found' }); return finish(result, sink); }
    const headers = headerNames(table);
    const usersCol = findColumn(headers, /^active users/, 'users');
    const elapsedCol = findColumn(headers, 'elapsed time');
    const completionCol = findColumn(headers, 'completion rate');
    const abandonCol = findColumn(headers, 'abandonments');
    const metricCols = [usersCol, elapsedCol, completionCol, abandonCol, findColumn(headers, 'abandonment rate')].filter((i) => i >= 0);
    const firstMetric = Math.min(...metricCols);
    const breakdownCols = Array.from({ length: Math.max(0, firstMetric - 1) }, (_, i) => i + 1);
    if (usersCol < 0) { result.errors.push({ line: table.rows.line(0), message: 'the funnel table has no Active users column' }); return finish(result, sink); }
    const locale = tableLocale(table, 1, input);
    const rows: { r: DataRow; step: string }[] = [];
    let step = '';
    for (const r of table.rows.slice(1)) {
      if (r.cells.every((c) => typeof c === 'string' ? c.trim() === '' : c === null)) continue;
      result.rowsRead++;
      const problem = rowProblem(r.error, r.cells.length, headers.length, !!input.delimited);
      if (problem) { result.errors.push({ line: r.line, message: problem }); continue; }
      const label = cellAt(r, 0);
      if (label !== '') step = label;
      if (step === '') { result.errors.push({ line: r.line, message: 'breakdown row before any step; row skipped' }); continue; }
      rows.push({ r, step });
    }
    // "18620 (100%)" style cells: the count is the leading number
    const users = readColumn(rows.map(({ r }) => cellAt(r, usersCol).replace(/\s*\([^)]*\)\s*$/, '')), { fallbackLocale: locale });
    const elapsed = elapsedCol >= 0 ? readColumn(rows.map(({ r }) => r.cells[elapsedCol] ?? null), { fallbackLocale: locale, duration: 'microseconds' }) : undefined;
    const completion = completionCol >= 0 ? readColumn(rows.map(({ r }) => r.cells[completionCol] ?? null), { fallbackLocale: locale }) : undefined;
    const abandons = abandonCol >= 0 ? readColumn(rows.map(({ r }) => r.cells[abandonCol] ?? null), { fallbackLocale: locale }) : undefined;
    const bad = new Set<number>();
    const report = (col: typeof users | undefined, name: string): void => {
      for (const inv of col?.invalid ?? []) { bad.add(inv.index); result.errors.push({ line: rows[inv.index]!.r.line, message: `"${name}" has ${JSON.stringify(inv.text)}, which is not a number; row skipped` }); }
    };
    report(users, headers[usersCol]!);
    report(elapsed, 'Elapsed time');
    report(completion, 'Completion rate');
    report(abandons, 'Abandonments');
    // series: 'Total' and one per breakdown value combination, steps in file order
    const order: string[] = [];
    const series = new Map<string, Map<string, { users: number | null; elapsed: number | null; completion: number | null; abandons: number | null; line: number }>>();
    rows.forEach(({ r, step: label }, i) => {
      if (bad.has(i)) return;
      const parts = breakdownCols.map((c) => ({ key: breakdownKey(headers[c]!), value: cellAt(r, c) }));
      const isTotal = parts.every((p) => TOTAL.has(p.value.toLowerCase()));
      const key = isTotal ? '' : parts.map((p) => `${p.key}=${p.value}`).join(' / ');
      if (!order.includes(label)) order.push(label);
      let s = series.get(key);
      if (!s) { s = new Map(); series.set(key, s); }
      if (s.has(label)) { result.errors.push({ line: r.line, message: `step "${label}"${key ? ` (${key})` : ''} appears twice; row skipped` }); return; }
      s.set(label, { users: users.values[i] ?? null, elapsed: elapsed?.values[i] ?? null, completion: completion?.values[i] ?? null, abandons: abandons?.values[i] ?? null, line: r.line });
      result.rowsImported++;
    });
    const labels = order.map(splitStepLabel);
    const names = stepScopes(labels.map((l) => l.name));
    if (!series.has('') && series.size > 0) result.notes.push('no Total rows: step totals are left out (breakdown rows are never summed: users are de-duplicated)');
    const keys = [...series.keys()].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : 0));
    for (const key of keys) {
      const s = series.get(key)!;
      const steps: FunnelStep[] = order.map((label, i) => ({
        scope: key ? `${names[i]} / ${key}` : names[i]!,
        users: s.get(label)?.users ?? null,
        timeFromPrevious: s.get(label)?.elapsed ?? null,
      }));
      const metrics = funnelMetrics(steps);
      sink.addAll(metrics);
      if (key === '') {
        order.forEach((label, i) => {
          const row = s.get(label);
          if (!row) return;
          const last = i + 1 === order.length;
          if (last) {
            if (row.completion !== null || row.abandons !== null) result.notes.push(`last step "${names[i]}": the file's completion ${row.completion ?? '—'} / abandonments ${row.abandons ?? '—'} mean "no next step"; read as missing`);
            return;
          }
          const completionRate = metrics.find((m) => m.scope === steps[i]!.scope && m.metric === 'completionRate')?.value ?? null;
          const dropOff = metrics.find((m) => m.scope === steps[i]!.scope && m.metric === 'dropOff')?.value ?? null;
          for (const msg of [checkStated(`"${names[i]}" completion rate`, row.completion, completionRate), checkStated(`"${names[i]}" abandonments`, row.abandons, dropOff, 0.5)]) {
            if (msg) result.notes.push(`line ${row.line}: ${msg}`);
          }
        });
      }
    }
    result.notes.push(`${order.length} steps${breakdownCols.length ? `, breakdown by ${breakdownCols.map((c) => headers[c]).join(', ')}` : ''}`);
    return finish(result, sink);
  },
};
