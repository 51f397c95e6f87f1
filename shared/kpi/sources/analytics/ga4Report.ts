/**
 * Google Analytics 4 standard report CSV ("Pages and screens" and the like): `#` preamble
 * with `Start date: YYYYMMDD` / `End date:`, header right after it, raw numbers (full
 * precision, engagement time in float seconds), no totals row (a `Totals`/`Grand total` row
 * is kept as the 'total' scope when an exploration export has one). `(not set)` is a page.
 */
import type { ImportOptions, KpiSource, SourceInput, SourceResult } from '../../types';
import { tablesOf, selectTables, type DataTable } from '../../table/dataTable';
import { periodFromComments } from '../../text/preamble';
import { emptyResult, finish, headerNames, MetricSink, normalizedHeaders, optionCurrency, tableLocale } from './common';
import { metricForHeader, breakdownKey } from './headerMetrics';
import { extractMetricTable, planColumns } from './metricTable';

const GA4_METRICS = new Set(['views', 'active users', 'event count', 'key events', 'conversions', 'total revenue', 'views per active user',
  'average engagement time per active user', 'average engagement time', 'engaged sessions', 'engagement rate', 'new users', 'total users', 'sessions']);
const GA4_ONLY = new Set(['active users', 'key events', 'views per active user', 'average engagement time per active user', 'event count', 'engaged sessions']);
const TOTAL = /^(?:totals?|grand total|gesamtsumme|summe|gesamt)$/i;

function isGa4Table(t: DataTable): boolean {
  const h = normalizedHeaders(t);
  if (h.includes('completion rate') || h.includes('abandonments') || h[0] === 'step') return false;
  if (GA4_METRICS.has(h[0] ?? '')) return false;
  return h.filter((x) => GA4_METRICS.has(x)).length >= 2 && h.some((x) => GA4_ONLY.has(x));
}

export const ga4ReportSource: KpiSource = {
  id: 'ga4-report',
  label: 'Google Analytics 4 report',
  recognize(input: SourceInput): number {
    if (!input.delimited) return 0;
    const { tables, comments } = tablesOf(input);
    if (!tables.some(isGa4Table)) return 0;
    const preamble = comments.some((c) => /^(start date|end date|property):/i.test(c.text));
    return preamble ? 0.9 : 0.6;
  },
  extract(input: SourceInput, options: ImportOptions): SourceResult {
    const result = emptyResult('ga4-report');
    const { tables, comments } = tablesOf(input);
    const period = periodFromComments(comments);
    if (period) result.period = period;
    const title = comments.find((c) => /[a-z]/i.test(c.text) && !/^(account|property|start date|end date)\b/i.test(c.text));
    if (title) result.title = title.text.split(':')[0]!.trim();
    const sink = new MetricSink();
    const chosen = selectTables(tables, options.table).filter(isGa4Table);
    for (const table of chosen) {
      const headers = headerNames(table);
      let dims = 0;
      while (dims < headers.length - 1 && !metricForHeader(headers[dims]!)) dims++;
      dims = Math.max(1, dims);
      const skip = new Set(Array.from({ length: dims }, (_, i) => i));
      const r = extractMetricTable({
        table, headerRows: 1, headers, columns: planColumns(headers, skip, true), sink,
        fallbackLocale: tableLocale(table, 1, input), checkWidth: true, currency: optionCurrency(options),
        scopeOf: (rows, i) => {
          const first = rows.text(i, 0);
          let scope = TOTAL.test(first) ? 'total' : first;
          for (let d = 1; d < dims; d++) scope += ` / ${breakdownKey(headers[d]!)}=${rows.text(i, d)}`;
          return scope;
        },
      });
      result.rowsRead += r.rowsRead;
      result.rowsImported += r.rowsImported;
      result.errors.push(...r.errors);
      result.notes.push(...r.notes);
    }
    return finish(result, sink);
  },
};
