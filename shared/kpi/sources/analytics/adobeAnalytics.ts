/**
 * Adobe Analytics Workspace freeform table "Download CSV": `#=====` / `# Freeform` preamble
 * with a quoted `"# Date: May 1, 2024 - May 31, 2024"` line, stacked `# Freeform table`
 * blocks, each with two header rows (metric, then segment; first cell empty), then a row
 * whose first cell is the dimension name and whose values are the TOTALS, then the items.
 * Raw numbers, rates as fractions; `Unspecified` is Adobe's null bucket, kept as an item.
 * Label rows without values (hierarchical breakdown headers such as "Month") are skipped.
 */
import type { ImportOptions, KpiSource, SourceInput, SourceResult } from '../../types';
import { tablesOf, selectTables, type DataTable } from '../../table/dataTable';
import { periodFromComments, preambleFields } from '../../text/preamble';
import { emptyResult, finish, headerNames, MetricSink, optionCurrency, tableLocale } from './common';
import { metricForHeader } from './headerMetrics';
import { extractMetricTable, type PlannedColumn } from './metricTable';

/** Header rows of an Adobe table: the leading rows whose first cell is empty. */
function headerRowCount(t: DataTable): number {
  let n = 0;
  while (n < t.rows.length && n < 3 && t.rows.text(n, 0) === '') n++;
  return n;
}

const isFreeform = (t: DataTable): boolean => {
  const n = headerRowCount(t);
  return n >= 1 && t.rows.length > n && headerNames(t, 0).slice(1).some((h) => h !== '');
};

export const adobeAnalyticsSource: KpiSource = {
  id: 'adobe',
  label: 'Adobe Analytics freeform table',
  recognize(input: SourceInput): number {
    if (!input.delimited) return 0;
    const { tables, comments } = tablesOf(input);
    const adobe = comments.some((c) => /^freeform\b|^report suite:/i.test(c.text));
    if (!adobe || !tables.some(isFreeform)) return 0;
    return 0.9;
  },
  extract(input: SourceInput, options: ImportOptions): SourceResult {
    const result = emptyResult('adobe');
    const { tables, comments } = tablesOf(input);
    const period = periodFromComments(comments);
    if (period) result.period = period;
    const suite = preambleFields(comments).get('report suite');
    result.title = suite ? `Freeform (${suite})` : 'Freeform';
    const sink = new MetricSink();
    const chosen = selectTables(tables, options.table).filter(isFreeform);
    for (const table of chosen) {
      const h = headerRowCount(table);
      const metricsRow = headerNames(table, 0);
      const segmentRow = h >= 2 ? headerNames(table, 1) : [];
      const dimension = table.rows.text(h, 0);
      const headers = metricsRow.map((m, i) => (i === 0 ? dimension : segmentRow[i] && segmentRow[i] !== m ? `${m} / ${segmentRow[i]}` : m));
      const columns: PlannedColumn[] = [];
      for (let i = 1; i < metricsRow.length; i++) {
        const known = metricForHeader(metricsRow[i]!);
        columns.push({ index: i, header: headers[i]!, metric: known?.metric ?? metricsRow[i]!, kind: known?.kind === 'seconds' ? 'seconds' : known?.kind ?? 'number', read: known?.kind === 'seconds' ? { duration: 'seconds' } : {} });
      }
      const segments = columns.map((c) => (segmentRow[c.index] && segmentRow[c.index] !== metricsRow[c.index] ? segmentRow[c.index]! : ''));
      const prefix = chosen.length > 1 ? `${dimension}=` : '';
      // each column carries its segment, so run the extractor once per distinct segment
      const distinct = [...new Set(segments)];
      let first = true;
      for (const seg of distinct) {
        const cols = columns.filter((_, k) => segments[k] === seg);
        const r = extractMetricTable({
          table, headerRows: h, headers, columns: cols, sink,
          fallbackLocale: tableLocale(table, h, input), checkWidth: true, currency: optionCurrency(options),
          isLabelRow: (rows, i) => i !== h && cols.every((c) => rows.text(i, c.index) === ''),
          scopeOf: (rows, i) => {
            if (i === h) return (prefix ? `${dimension}=total` : 'total') + (seg ? ` / segment=${seg}` : '');
            return `${prefix}${rows.text(i, 0)}${seg ? ` / segment=${seg}` : ''}`;
          },
        });
        if (first) {
          result.rowsRead += r.rowsRead;
          result.rowsImported += r.rowsImported;
          result.notes.push(...r.notes);
        }
        result.errors.push(...r.errors.filter((e) => first || !result.errors.some((x) => x.line === e.line)));
        first = false;
      }
    }
    return finish(result, sink);
  },
};
