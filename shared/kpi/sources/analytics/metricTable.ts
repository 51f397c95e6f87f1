/**
 * The shared extractor for "one row per page/touchpoint, one column per metric" tables
 * (GA4 reports, UA, KPI tables, the generic import): validates rows (field count, then
 * every metric cell readable in its column's locale and unit), excludes a bad row whole
 * with a located reason, and emits each good row's metrics under the row's scope.
 */
import type { ImportIssue } from '../../types';
import type { DataTable } from '../../table/dataTable';
import { cellText, type DataRow, type TableRows } from '../../table/TableRows';
import { readColumn, type ReadColumnOptions } from '../../table/readColumn';
import { readRowsColumns } from '../../table/readRowsColumn';
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
  /** The scope of data row `i` of `rows` (the table's). */
  scopeOf: (rows: TableRows, i: number) => string;
  /** Whether data row `i` is a label row without values (skipped with a note); default: none is. */
  isLabelRow?: (rows: TableRows, i: number) => boolean;
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
  const { rows } = table;
  const width = headers.length;
  let rowsRead = 0;
  // the rows that pass, by position in the table (no row objects: a million rows stay in the text)
  const passed = new Int32Array(Math.max(0, rows.length - args.headerRows));
  let kept = 0;
  for (let i = args.headerRows; i < rows.length; i++) {
    if (rows.isEmpty(i)) { emptyLines.push(rows.line(i)); continue; }
    rowsRead++;
    const problem = rowProblem(rows.error(i), rows.width(i), width, !!args.checkWidth);
    if (problem) { errors.push({ line: rows.line(i), message: problem }); continue; }
    passed[kept++] = i;
  }
  const keep = passed.subarray(0, kept);
  const note = emptyRowsNote(emptyLines);
  if (note) notes.push(note);
  const bad = new Map<number, string[]>();
  const optionsOf = (col: (typeof columns)[number]) => ({ fallbackLocale: args.fallbackLocale, ...col.read });
  // All numeric columns in one pass over the rows; a spreadsheet's cells go through readColumn.
  const fast = readRowsColumns(rows, columns.map((col) => ({ index: col.index, options: optionsOf(col) })), keep);
  const reads = columns.map((col, k): MetricColumn => {
    const read = fast[k] ?? readColumn(Array.from(keep, (i) => rows.cell(i, col.index) ?? null), optionsOf(col));
    for (const inv of read.invalid) {
      const list = bad.get(inv.index) ?? [];
      list.push(`"${col.header}" has ${JSON.stringify(inv.text)}, which is not ${col.read.duration === 'hms' ? 'a duration (hh:mm:ss)' : 'a number'}`);
      bad.set(inv.index, list);
    }
    const scale = headerSaysMinutes(col.header) && col.kind === 'seconds' ? 60 : 1;
    const at = 'value' in read ? (j: number) => read.value(j) : (j: number) => read.values[j] ?? NaN;
    const value = (j: number): number | null => { const v = at(j); return v === null || Number.isNaN(v) ? null : v * scale; };
    return read.currency === undefined ? { value, percent: read.percent } : { value, percent: read.percent, currency: read.currency };
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
  for (let j = 0; j < keep.length; j++) {
    const i = keep[j]!;
    const reasons = bad.get(j);
    if (reasons) { errors.push({ line: rows.line(i), message: `${reasons.join('; ')}; row skipped` }); continue; }
    if (args.isLabelRow?.(rows, i)) { labelRows++; continue; }
    imported++;
    // Past the dataset's cap the values are only counted: count this row's at once.
    if (sink.full) { sink.skip(columns.length); continue; }
    const scope = args.scopeOf(rows, i);
    const values = reads.map((read) => read.value(j));
    const nv = nCol >= 0 ? values[nCol]! : null;
    const n = nv !== null && Number.isInteger(nv) && nv >= 0 ? nv : undefined;
    for (let k = 0; k < columns.length; k++) {
      const u = units[k]!;
      const v = values[k]!;
      sink.add(scope, u.metric, v, u.unit, u.unit === 'fraction' && v !== null ? n : undefined);
    }
  }
  if (labelRows) notes.push(`${labelRows} label row${labelRows === 1 ? '' : 's'} without values skipped`);
  return { rowsRead, rowsImported: imported, errors, notes };
}

/** A column read either way (text fast path or `readColumn`), as the extraction uses it: value `j` (null = missing) and what the column is. */
interface MetricColumn {
  value(j: number): number | null;
  percent: boolean;
  currency?: string;
}

/** Text of a row object's cell, trimmed (`TableRows.text` for rows read by position). */
export function cellAt(row: DataRow, index: number): string {
  return cellText(row.cells[index]).trim();
}
