/**
 * Universal Analytics (legacy) CSV: five `#` lines (`All Web Site Data`, report name,
 * `YYYYMMDD-YYYYMMDD`), a blank line, the report table (thousands grouped and quoted,
 * percent strings, `hh:mm:ss`, currency strings such as `£0.00` / `US$ 0,00`) whose totals
 * row has blank dimension cells, then a `Day Index,Sessions` table with locale dates and its
 * own total row (blank first cell: a total, not a date). Localized headers and numbers
 * (Dutch, German) are read; the preamble stays English.
 */
import type { ImportOptions, KpiSource, SourceInput, SourceResult } from '../../types';
import { inferDateOrder, parseDateCell, type DateOrder } from '../../cells/parseDate';
import { tablesOf, selectTables, type DataTable } from '../../table/dataTable';
import { cellText } from '../../table/TableRows';
import { periodFromComments } from '../../text/preamble';
import { emptyResult, finish, headerNames, MetricSink, normalizedHeaders, optionCurrency, tableLocale } from './common';
import { breakdownKey, metricForHeader } from './headerMetrics';
import { extractMetricTable, planColumns } from './metricTable';

const UA_HEADERS = ['% new sessions', 'avg. session duration', 'pages / session', 'pages/session', 'bounce rate', 'avg. time on page', 'unique pageviews',
  '% nieuwe sessies', 'gem. sessieduur', "pagina's/sessie", 'bouncepercentage', '% exit', 'ecommerce conversion rate'];
const DAY_INDEX = new Set(['day index', 'dag-index', 'dagindex', 'tagesindex', 'índice de días', 'index des jours']);

const isDayTable = (t: DataTable): boolean => DAY_INDEX.has(normalizedHeaders(t)[0] ?? '');
const isReportTable = (t: DataTable): boolean => normalizedHeaders(t).filter((h) => UA_HEADERS.includes(h)).length >= 2;

export const universalAnalyticsSource: KpiSource = {
  id: 'ua',
  label: 'Universal Analytics',
  recognize(input: SourceInput): number {
    if (!input.delimited) return 0;
    const { tables, comments } = tablesOf(input);
    const report = tables.some(isReportTable);
    const day = tables.some(isDayTable);
    if (!report && !day) return 0;
    const preamble = comments.some((c) => /^all web site data$|^\d{8}-\d{8}$/i.test(c.text));
    return preamble ? 0.9 : report ? 0.7 : 0.5;
  },
  extract(input: SourceInput, options: ImportOptions): SourceResult {
    const result = emptyResult('ua');
    const { tables, comments } = tablesOf(input);
    const period = periodFromComments(comments);
    if (period) result.period = period;
    const named = comments.filter((c) => /[a-z]/i.test(c.text) && !/^all web site data$/i.test(c.text));
    if (named[0]) result.title = named[0].text;
    const sink = new MetricSink();
    const chosen = selectTables(tables, options.table).filter((t) => isReportTable(t) || isDayTable(t));
    for (const table of chosen) {
      const headers = headerNames(table);
      const day = isDayTable(table);
      let dims = 1;
      if (!day) while (dims < headers.length - 1 && !metricForHeader(headers[dims]!)) dims++;
      let order: DateOrder | undefined;
      if (day) {
        const dates = table.rows.column(0, 1).map((c) => cellText(c).trim());
        const inferred = inferDateOrder(dates);
        const forced = options.dateOrder === 'DMY' || options.dateOrder === 'MDY' ? options.dateOrder : undefined;
        order = forced ?? inferred.order;
        if (!order && inferred.ambiguous) {
          order = 'DMY';
          result.notes.push(`"${headers[0]}" dates could be day/month or month/day (no day over 12): read as DMY; set the dateOrder option to MDY if that is wrong`);
        } else if (!forced && order) result.notes.push(`"${headers[0]}" dates read as ${order}`);
        if (inferred.conflict) result.notes.push(`"${headers[0]}" has dates that only DMY can read and dates that only MDY can read`);
      }
      const skip = new Set(Array.from({ length: dims }, (_, i) => i));
      const r = extractMetricTable({
        table, headerRows: 1, headers, columns: planColumns(headers, skip, true), sink,
        fallbackLocale: tableLocale(table, 1, input), checkWidth: true, currency: optionCurrency(options),
        scopeOf: (rows, i) => {
          const values = Array.from({ length: dims }, (_, d) => rows.text(i, d));
          if (values.every((v) => v === '')) return day ? `total (${headers[0]})` : 'total';
          if (day) return parseDateCell(values[0]!, order) ?? values[0]!;
          let scope = values[0]!;
          for (let d = 1; d < dims; d++) scope += ` / ${breakdownKey(headers[d]!)}=${values[d]}`;
          return scope;
        },
      });
      if (day) {
        const notDates: number[] = [];
        for (let i = 1; i < table.rows.length; i++) { const t = table.rows.text(i, 0); if (t !== '' && !parseDateCell(t, order)) notDates.push(table.rows.line(i)); }
        if (notDates.length) result.notes.push(`${notDates.length} "${headers[0]}" values are not dates and were kept as labels (first on line ${notDates[0]})`);
      }
      result.rowsRead += r.rowsRead;
      result.rowsImported += r.rowsImported;
      result.errors.push(...r.errors);
      result.notes.push(...r.notes);
    }
    return finish(result, sink);
  },
};
