/**
 * The fallback: a column-mapping import for any table. Every numeric column becomes a
 * metric named by its header (unit from its cells: `%` → fraction, a currency → currency:XXX,
 * `hh:mm:ss` → seconds, else number), each row scoped by its first text column (`row N`
 * when there is none). Several tables: scopes get `table N: `. Text, date and empty columns
 * are listed in the notes, not imported.
 */
import type { ImportOptions, KpiSource, SourceInput, SourceResult } from '../../types';
import { tablesOf, selectTables, type DataTable } from '../../table/dataTable';
import { periodFromComments } from '../../text/preamble';
import { emptyResult, finish, headerNames, MetricSink, optionCurrency, tableLocale } from './common';
import { extractMetricTable, type PlannedColumn } from './metricTable';
import { columnShape } from './numericColumns';

function shapes(table: DataTable, input: SourceInput) {
  const headers = headerNames(table);
  const locale = tableLocale(table, 1, input);
  let width = headers.length;
  for (let i = 1; i < Math.min(50, table.rows.length); i++) width = Math.max(width, table.rows.width(i));
  return { headers, locale, shape: Array.from({ length: width }, (_, c) => columnShape(table, c, 1, locale)) };
}

export const genericTableSource: KpiSource = {
  id: 'generic',
  label: 'Generic table (column mapping)',
  recognize(input: SourceInput): number {
    if (!input.delimited && !input.sheets) return 0;
    // a cheap look (the first 200 rows) is enough to say whether there is a numeric column at all
    return tablesOf(input).tables.some((t) => {
      if (t.rows.length < 2) return false;
      const locale = tableLocale(t, 1, input, 200);
      const width = headerNames(t).length;
      for (let c = 0; c < width; c++) {
        const s = columnShape(t, c, 1, locale, 200);
        if (s === 'numeric' || s === 'duration') return true;
      }
      return false;
    }) ? 0.05 : 0;
  },
  extract(input: SourceInput, options: ImportOptions): SourceResult {
    const result = emptyResult('generic');
    const sink = new MetricSink();
    const { tables, comments } = tablesOf(input);
    const period = periodFromComments(comments);
    if (period) result.period = period;
    const chosen = selectTables(tables, options.table).filter((t) => t.rows.length >= 2);
    for (const table of chosen) {
      const { headers, locale, shape } = shapes(table, input);
      const scopeCol = shape.findIndex((s) => s === 'text');
      const columns: PlannedColumn[] = [];
      const skipped: string[] = [];
      shape.forEach((s, c) => {
        const header = headers[c] || `column ${c + 1}`;
        if (s === 'numeric') columns.push({ index: c, header, metric: header, kind: 'number', read: {} });
        else if (s === 'duration') columns.push({ index: c, header, metric: header, kind: 'number', read: { duration: 'hms' } });
        else if (c !== scopeCol) skipped.push(`"${header}" (${s})`);
      });
      if (columns.length === 0) continue;
      const prefix = chosen.length > 1 ? `table ${table.index + 1}: ` : '';
      const r = extractMetricTable({
        table, headerRows: 1, headers, columns, sink, fallbackLocale: locale, checkWidth: !!input.delimited, currency: optionCurrency(options),
        scopeOf: (rows, i) => `${prefix}${(scopeCol >= 0 && rows.text(i, scopeCol)) || `row ${rows.line(i)}`}`,
      });
      result.notes.push(`${prefix}scope from ${scopeCol >= 0 ? `"${headers[scopeCol]}"` : 'row numbers'}; ${columns.length} numeric column${columns.length === 1 ? '' : 's'} imported${skipped.length ? `; not imported: ${skipped.join(', ')}` : ''}`);
      result.rowsRead += r.rowsRead;
      result.rowsImported += r.rowsImported;
      result.errors.push(...r.errors);
      result.notes.push(...r.notes);
    }
    return finish(result, sink);
  },
};
