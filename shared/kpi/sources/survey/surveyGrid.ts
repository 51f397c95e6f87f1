/**
 * The tables a survey or review source can read, whatever carried them: each table of a
 * delimited file (split by core's splitTables) or each sheet of a workbook, as rows of text
 * cells with their 1-based line (sheet row). Sheet cells become text the cell parsers read:
 * numbers as JS number text, dates as ISO; the typed cell stays beside it (`typed`).
 */
import type { ImportIssue, SheetCell, SourceInput, TextRecord } from '../../types';
import { splitTables } from '../../text/splitTables';
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

export function gridsOf(input: SourceInput): Grid[] {
  if (input.delimited) {
    return splitTables(input.delimited).tables.map((t) => ({ rows: t.records.map((r) => (r.error ? { line: r.line, cells: r.cells, error: r.error } : { line: r.line, cells: r.cells })) }));
  }
  if (input.sheets) {
    return input.sheets.map((s) => ({
      sheet: s.name,
      rows: s.rows.map((cells, i) => ({ line: i + 1, cells: cells.map(sheetCellText), typed: cells }))
        .filter((r) => r.cells.some((c) => c.trim() !== '')),
    }));
  }
  return [];
}

/** The first grid whose row `headerIndex` satisfies `matches` (given normalized header names). */
export function findGrid(input: SourceInput, matches: (headers: string[]) => boolean, headerIndex = 0): Grid | undefined {
  return gridsOf(input).find((g) => {
    const h = g.rows[headerIndex];
    return h !== undefined && matches(h.cells.map(normalizeHeader));
  });
}

export interface CheckedRows {
  rows: GridRow[];
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
  if (grid.sheet !== undefined) return { rows: body, errors: [], notes: [] };
  const check = validateRows(body.map((r): TextRecord => (r.error ? { line: r.line, cells: r.cells, error: r.error } : { line: r.line, cells: r.cells })), width);
  const note = emptyRowsNote(check.emptyLines);
  return { rows: check.rows.map((r) => ({ line: r.line, cells: r.cells })), errors: check.issues, notes: note ? [note] : [] };
}
