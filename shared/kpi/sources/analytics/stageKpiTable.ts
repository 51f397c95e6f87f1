/**
 * Stage/touchpoint KPI tables as analysts keep them in Excel: the "Stage KPIs" sheet of a
 * workbook (merged title, blank row, header on row 3; percent cells as fractions with
 * percent formats; `[$£-809]` currency; date serials; formula cells by cached value; text
 * cells such as "£2,310,400.00" or "31/05/2024") and the same table saved as CSV by a
 * German Excel (BOM, `;`, CRLF, decimal comma, `.` thousands, `1.234.567,89 €`, `#DIV/0!` and
 * `#NV` as missing, rows of only `;`). One row per touchpoint (scope: the touchpoint, or the
 * stage when a row has none); a `Last updated` / `Stand` column gives each scope's as-of date.
 */
import type { ImportOptions, KpiSource, SourceInput, SourceResult } from '../../types';
import { inferDateOrder, parseDateCell } from '../../cells/parseDate';
import { tablesOf, selectTables, type DataTable } from '../../table/dataTable';
import { cellText, type TableRows } from '../../table/TableRows';
import { findColumn } from '../../text/headerRows';
import { emptyResult, finish, headerNames, MetricSink, optionCurrency, tableLocale } from './common';
import { metricForHeader } from './headerMetrics';
import { extractMetricTable, planColumns } from './metricTable';
import { columnShape } from './numericColumns';

const STAGE = [/^(?:journey )?(?:stage|phase|stufe|etappe|fase|étape|journey phase)$/];
const TOUCHPOINT = [/^(?:touchpoint|touch point|touchpoints|kontaktpunkt|berührungspunkt|point de contact|page|seite)$/];
const AS_OF = [/^(?:last updated|updated|as of|as-of|stand|datum|date|aktualisiert|stand vom|letzte aktualisierung)$/];

function plan(t: DataTable): { stage: number; touchpoint: number; asOf: number } | undefined {
  const h = headerNames(t);
  const stage = findColumn(h, ...STAGE);
  const touchpoint = findColumn(h, ...TOUCHPOINT);
  if (stage < 0 && touchpoint < 0) return undefined;
  const known = h.filter((x) => metricForHeader(x)).length;
  return known >= 2 ? { stage, touchpoint, asOf: findColumn(h, ...AS_OF) } : undefined;
}

export const stageKpiTableSource: KpiSource = {
  id: 'stage-kpis',
  label: 'Stage / touchpoint KPI table',
  recognize: (input: SourceInput) => ((input.delimited || input.sheets) && tablesOf(input).tables.some((t) => plan(t)) ? 0.7 : 0),
  extract(input: SourceInput, options: ImportOptions): SourceResult {
    const result = emptyResult('stage-kpis');
    const sink = new MetricSink();
    const { tables } = tablesOf(input);
    const chosen = selectTables(tables, options.table).filter((t) => plan(t));
    const asOf: Record<string, string> = {};
    for (const table of chosen) {
      const p = plan(table)!;
      const headers = headerNames(table);
      const locale = tableLocale(table, 1, input);
      if (table.sheet) result.title ??= table.comments[0]?.text ?? table.sheet;
      const skip = new Set([p.stage, p.touchpoint, p.asOf].filter((i) => i >= 0));
      for (let c = 0; c < headers.length; c++) {
        if (skip.has(c) || metricForHeader(headers[c]!)) continue;
        const shape = columnShape(table, c, 1, locale);
        if (shape === 'text') { skip.add(c); result.notes.push(`column "${headers[c]}" holds text; not imported`); }
      }
      const columns = planColumns(headers, skip, true);
      const scopeCount = new Map<string, number>();
      const label = (rows: TableRows, i: number): string => (p.touchpoint >= 0 && rows.text(i, p.touchpoint)) || (p.stage >= 0 ? rows.text(i, p.stage) : '');
      for (let i = 1; i < table.rows.length; i++) { const l = label(table.rows, i); scopeCount.set(l, (scopeCount.get(l) ?? 0) + 1); }
      const scopeOf = (rows: TableRows, i: number): string => {
        const l = label(rows, i);
        if (l === '') return `row ${rows.line(i)}`;
        const stage = p.stage >= 0 ? rows.text(i, p.stage) : '';
        return (scopeCount.get(l) ?? 0) > 1 && stage && stage !== l ? `${stage} / ${l}` : l;
      };
      const r = extractMetricTable({ table, headerRows: 1, headers, columns, sink, fallbackLocale: locale, checkWidth: !!input.delimited, currency: optionCurrency(options), scopeOf });
      const errorLines = new Set(r.errors.map((e) => e.line));
      if (p.asOf >= 0) {
        const rows = table.rows;
        const texts = rows.column(p.asOf, 1).filter((c) => typeof c === 'string' || c?.type === 'string').map((c) => cellText(c));
        const order = inferDateOrder(texts);
        if (order.ambiguous) result.notes.push(`"${headers[p.asOf]}" has dates that could be day/month or month/day; read as DMY`);
        const dates: string[] = [];
        for (let i = 1; i < rows.length; i++) {
          if (errorLines.has(rows.line(i)) || rows.isEmpty(i)) continue;
          const cell = rows.cell(i, p.asOf);
          const iso = cell && typeof cell === 'object' && cell.type === 'date' ? cell.value : parseDateCell(cellText(cell), order.order ?? 'DMY');
          if (iso) { asOf[scopeOf(rows, i)] = iso; dates.push(iso); } else if (cellText(cell).trim() !== '') result.notes.push(`line ${rows.line(i)}: "${headers[p.asOf]}" value ${JSON.stringify(cellText(cell))} is not a date`);
        }
        if (dates.length) { dates.sort(); result.notes.push(`values as of ${dates[0]}${dates[dates.length - 1] !== dates[0] ? ` to ${dates[dates.length - 1]}` : ''} ("${headers[p.asOf]}")`); }
      }
      result.rowsRead += r.rowsRead;
      result.rowsImported += r.rowsImported;
      result.errors.push(...r.errors);
      result.notes.push(...r.notes);
    }
    if (Object.keys(asOf).length) result.asOf = asOf;
    return finish(result, sink);
  },
};
