/**
 * The tables a survey or review source can read, whatever carried them: each table of a
 * delimited file (split by core's splitTables) or each sheet of a workbook, as rows of text
 * cells with their 1-based line (sheet row). Sheet cells become text the cell parsers read:
 * numbers as JS number text, dates as ISO; the typed cell stays beside it (`typed`).
 */
import type { DelimitedFile, ImportIssue, SheetCell, SourceInput, TextRecord } from '../../types';
import { splitTables, type TextTable } from '../../text/splitTables';
import { emptyRowsNote, validateRows } from '../../text/validateRows';
import { normalizeHeader } from '../../text/headerRows';
import { fromExcelSerial } from '../../cells/parseDate';
import { isDateFormat } from '../../xlsx/numberFormats';

export interface GridRow {
  line: number;
  cells: string[];
  typed?: SheetCell[];
  /** A quoting problem the reader found on this record. */
  error?: string;
}

export interface Grid {
  /** The sheet name, or undefined for a delimited file. */
  sheet?: string;
  rows: GridRow[];
  /** Tables after this one in the same file (a blank or comment line ended this one). */
  later?: GridRow[][];
}

export function sheetCellText(cell: SheetCell | undefined): string {
  if (!cell) return '';
  switch (cell.type) {
    case 'string': return cell.value;
    case 'date': return cell.value;
    case 'boolean': return cell.value ? 'TRUE' : 'FALSE';
    case 'number': return cell.format && isDateFormat(cell.format) ? fromExcelSerial(cell.value) ?? String(cell.value) : String(cell.value);
  }
}

// Every survey source asks for the same file's tables while recognizing it: split it once.
const split = new WeakMap<DelimitedFile, TextTable[]>();
function tablesOf(file: DelimitedFile): TextTable[] {
  let tables = split.get(file);
  if (!tables) { tables = splitTables(file).tables; split.set(file, tables); }
  return tables;
}

const sheetRow = (cells: SheetCell[], i: number): GridRow => ({ line: i + 1, cells: cells.map(sheetCellText), typed: cells });
const isEmptyRow = (cells: readonly SheetCell[]) => cells.every((c) => c === null || c === undefined || (c.type === 'string' && c.value.trim() === ''));

/**
 * The first table (delimited file) or sheet whose row `headerIndex` satisfies `matches`
 * (given normalized header names). Only header rows are looked at until one matches, so
 * recognizing a large file costs little; empty sheet rows are skipped.
 */
export function findGrid(input: SourceInput, matches: (headers: string[]) => boolean, headerIndex = 0): Grid | undefined {
  const test = (cells: readonly string[] | undefined) => cells !== undefined && matches(cells.map(normalizeHeader));
  if (input.delimited) {
    const { records } = input.delimited;
    const tables = tablesOf(input.delimited);
    const k = tables.findIndex((t) => t.first + headerIndex < t.end && test(records.cells(t.first + headerIndex)));
    if (k < 0) return undefined;
    const later = tables.slice(k + 1).map((t) => records.toArray(t.first, t.end));
    return { rows: records.toArray(tables[k]!.first, tables[k]!.end), ...(later.length ? { later } : {}) };
  }
  for (const sheet of input.sheets ?? []) {
    let seen = 0;
    let header: GridRow | undefined;
    for (let i = 0; i < sheet.rows.length && seen <= headerIndex; i++) {
      if (isEmptyRow(sheet.rows[i]!)) continue;
      if (seen++ === headerIndex) header = sheetRow(sheet.rows[i]!, i);
    }
    if (!test(header?.cells)) continue;
    const rows: GridRow[] = [];
    sheet.rows.forEach((cells, i) => { if (!isEmptyRow(cells)) rows.push(sheetRow(cells, i)); });
    return { sheet: sheet.name, rows };
  }
  return undefined;
}

export interface CheckedRows {
  rows: GridRow[];
  /** Data records in the file: the table's after its header rows plus those of later tables. */
  read: number;
  errors: ImportIssue[];
  notes: string[];
}

/**
 * Data rows of a grid after `headerRows` header rows. Text rows must have the header's field
 * count (core's validateRows: a bad row is reported with its line and skipped, never
 * repaired); sheet rows have no field count (trailing empty cells are not stored).
 */
export function dataRows(grid: Grid, headerRows: number, width: number): CheckedRows {
  const body = grid.rows.slice(headerRows);
  if (grid.sheet !== undefined) return { rows: body, read: body.length, errors: [], notes: [] };
  // A later table that repeats the header rows is the same export appended (e.g. a second
  // block pasted below in Excel): its rows are read too. Any other later table is reported.
  const header = grid.rows.slice(0, headerRows).map((r) => r.cells.map(normalizeHeader).join('\u0000'));
  const sameHeader = (t: GridRow[]) => t.length >= headerRows && t.slice(0, headerRows).every((r, i) => r.cells.map(normalizeHeader).join('\u0000') === header[i]);
  const notes: string[] = [];
  const unread: ImportIssue[] = [];
  let read = body.length;
  for (const t of grid.later ?? []) {
    if (sameHeader(t)) {
      body.push(...t.slice(headerRows));
      read += t.length - headerRows;
      notes.push(`A second block with the same header from line ${t[0]!.line} read as part of the table`);
    } else {
      read += t.length;
      unread.push({ line: t[0]!.line, message: `${t.length} row${t.length === 1 ? '' : 's'} from here not read: a blank or comment line above ended the table` });
    }
  }
  const check = validateRows(body.map((r): TextRecord => (r.error ? { line: r.line, cells: r.cells, error: r.error } : { line: r.line, cells: r.cells })), width);
  const empty = emptyRowsNote(check.emptyLines);
  if (empty) notes.unshift(empty);
  return { rows: check.rows.map((r) => ({ line: r.line, cells: r.cells })), read, errors: [...check.issues, ...unread], notes };
}
