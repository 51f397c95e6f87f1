/**
 * The shared extractor for "one row per page/touchpoint, one column per metric" tables
 * (GA4 reports, UA, KPI tables, the generic import): validates rows (field count, then
 * every metric cell readable in its column's locale and unit), excludes a bad row whole
 * with a located reason, and emits each good row's metrics under the row's scope.
 */
import type { ImportIssue } from '../../types';
import { cellText, isEmptyCell, type DataRow, type DataTable } from '../../table/dataTable';
import { readColumn, type ColumnRead, type ReadColumnOptions } from '../../table/readColumn';
import { readRowsColumns, type FastColumn } from '../../table/readRowsColumn';
import type { NumberLocale } from '../../cells/parseNumber';
import { emptyRowsNote } from '../../text/validateRows';
import { currencyCode } from '../../cells/currency';
import type { MetricSink } from '../metricSink';
import { headerSaysMinutes, headerSaysPercent, metricForHeader, type ColumnKind } from './headerMetrics';
import { rowProblem } from '../../text/validateRows';

export interface PlannedColumn {
  index: number;
  header: string;
  metric: string;
  kind: ColumnKind;
  read: ReadColumnOptions;
}

/**
 * Plans the metric columns of a header: known headers get their metric, kind and duration
 * unit; unknown ones (when `keepUnknown`) are kept under their own name as plain numbers.
 * `skip` holds the dimension/date columns.
 */
export function planColumns(headers: readonly string[], skip: ReadonlySet<number>, keepUnknown: boolean): PlannedColumn[] {
  const out: PlannedColumn[] = [];
  headers.forEach((header, index) => {
    if (skip.has(index)) return;
    const known = metricForHeader(header);
    if (!known && !keepUnknown) return;
    const read: ReadColumnOptions = {};
    if (known?.duration) read.duration = known.duration;
    if (known && (known.kind === 'fraction') && headerSaysPercent(header)) read.percentPoints = true;
    out.push({ index, header, metric: known?.metric ?? (header.trim() || `column ${index + 1}`), kind: known?.kind ?? 'number', read });
  });
  return out;
}

/** An ISO currency named in a header (`CLTV (cohort, GBP)`, `Umsatz (€)`), or undefined. */
export function currencyInHeader(header: string): string | undefined {
  const code = /\b(GBP|EUR|USD|CHF|JPY|CAD|AUD|SEK|NOK|DKK|PLN)\b/.exec(header)?.[1];
  if (code) return code;
  const sym = /US\$|£|€|\$|¥/.exec(header)?.[0];
  return sym ? currencyCode(sym) : undefined;
}

export interface MetricTableArgs {
  table: DataTable;
  /** How many rows of `table.rows` are header rows. */
  headerRows: number;
  headers: readonly string[];
  columns: readonly PlannedColumn[];
  /** The scope of a data row; null skips it (a label row) with a note. */
  scopeOf: (row: DataRow) => string | null;
  sink: MetricSink;
  fallbackLocale: NumberLocale;
  /** Check each row's field count against the header (delimited files). */
  checkWidth: boolean;
  /** A currency to assume for currency columns that name none (option `currency`). */
  currency?: string;
}

export interface TableResult {
  rowsRead: number;
  rowsImported: number;
  errors: ImportIssue[];
  notes: string[];
}

/** Runs the extraction described in the module comment. */
export function extractMetricTable(args: MetricTableArgs): TableResult {
  const { table, headers, columns, sink } = args;
  const errors: ImportIssue[] = [];
  const notes: string[] = [];
  const emptyLines: number[] = [];
  const rows: DataRow[] = [];
  const width = headers.length;
  let rowsRead = 0;
  for (let i = args.headerRows; i < table.rows.length; i++) {
    const r = table.rows[i]!;
    if (r.cells.every(isEmptyCell)) { emptyLines.push(r.line); continue; }
    rowsRead++;
    const problem = rowProblem(r, width, !!args.checkWidth);
    if (problem) { errors.push({ line: r.line, message: problem }); continue; }
    rows.push(r);
  }
  const note = emptyRowsNote(emptyLines);
  if (note) notes.push(note);
  const bad = new Map<number, string[]>();
  const optionsOf = (col: (typeof columns)[number]) => ({ fallbackLocale: args.fallbackLocale, ...col.read });
  // All numeric columns in one pass over the rows; a spreadsheet's cells go through readColumn.
  const fast = readRowsColumns(rows, columns.map((col) => ({ index: col.index, options: optionsOf(col) })));
  const reads = columns.map((col, k) => {
    const opts = optionsOf(col);
    const read: ColumnValues = fast[k] ?? readColumn(rows.map((r) => r.cells[col.index] ?? null), opts);
    for (const inv of read.invalid) {
      const list = bad.get(inv.index) ?? [];
      list.push(`"${col.header}" has ${JSON.stringify(inv.text)}, which is not ${col.read.duration === 'hms' ? 'a duration (hh:mm:ss)' : 'a number'}`);
      bad.set(inv.index, list);
    }
    if (headerSaysMinutes(col.header) && col.kind === 'seconds') for (let i = 0; i < read.values.length; i++) { const v = read.values[i]; if (v !== null && v !== undefined) read.values[i] = v * 60; }
    return read;
  });
  const units = columns.map((col, k) => {
    const read = reads[k]!;
    const cur = read.currency ?? currencyInHeader(col.header) ?? args.currency;
    switch (col.kind) {
      case 'count': return { metric: col.metric, unit: 'count' };
      case 'fraction': return { metric: col.metric, unit: 'fraction' };
      case 'seconds': return { metric: col.metric, unit: 'seconds' };
      case 'score': return { metric: col.metric, unit: 'score' };
      case 'currency': return { metric: col.metric, unit: cur ? `currency:${cur}` : 'currency' };
      case 'csat': return read.percent ? { metric: 'csat', unit: 'fraction' } : { metric: 'csatMean', unit: 'score' };
      default: return { metric: col.metric, unit: read.percent ? 'fraction' : read.currency ? `currency:${read.currency}` : col.read.duration ? 'seconds' : 'number' };
    }
  });
  const countCol = columns.findIndex((c) => c.metric === 'sessions');
  const usersCol = columns.findIndex((c) => c.metric === 'users');
  const nCol = countCol >= 0 ? countCol : usersCol;
  let imported = 0;
  let labelRows = 0;
  rows.forEach((row, i) => {
    const reasons = bad.get(i);
    if (reasons) { errors.push({ line: row.line, message: `${reasons.join('; ')}; row skipped` }); return; }
    const scope = args.scopeOf(row);
    if (scope === null) { labelRows++; return; }
    imported++;
    // Past the dataset's cap the values are only counted: count this row's at once.
    if (sink.full) { sink.skip(columns.length); return; }
    const nv = nCol >= 0 ? valueAt(reads[nCol]!, i) : null;
    const n = nv !== null && Number.isInteger(nv) && nv >= 0 ? nv : undefined;
    for (let k = 0; k < columns.length; k++) {
      const u = units[k]!;
      const v = valueAt(reads[k]!, i);
      sink.add(scope, u.metric, v, u.unit, u.unit === 'fraction' && v !== null ? n : undefined);
    }
  });
  if (labelRows) notes.push(`${labelRows} label row${labelRows === 1 ? '' : 's'} without values skipped`);
  return { rowsRead, rowsImported: imported, errors, notes };
}

type ColumnValues = ColumnRead | FastColumn;

/** Row i of a column read either way; NaN (fast path) and undefined are missing. */
function valueAt(read: ColumnValues, i: number): number | null {
  const v = read.values[i];
  return v === null || v === undefined || Number.isNaN(v) ? null : v;
}

/** Text of a row's cell, trimmed. */
export function cellAt(row: DataRow, index: number): string {
  return cellText(row.cells[index]).trim();
}
