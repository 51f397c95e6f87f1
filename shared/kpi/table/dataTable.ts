/**
 * One view of a table for sources, whatever carried it: a delimited file's table (string
 * cells, physical line numbers) or a spreadsheet's (typed cells, 1-based row numbers). A
 * sheet is split into tables on empty rows like a CSV on blank lines; single-cell rows above
 * a table (merged titles) become its comments.
 */
import type { SourceInput } from '../types';
import { splitTables, type CommentLine } from '../text/splitTables';
import { cellText, isEmptyCell, SheetRows, TextRows, type DataRow, type TableRows } from './TableRows';

export interface DataTable {
  /** 0-based position among the input's tables. */
  index: number;
  /** The sheet name for spreadsheets; undefined for delimited files. */
  sheet?: string;
  /** Comment/title lines before the table. */
  comments: CommentLine[];
  rows: TableRows;
}

export interface InputTables {
  tables: DataTable[];
  /** All comment/title lines of the input, in order. */
  comments: CommentLine[];
}

const memo = new WeakMap<object, InputTables>();

function sheetTables(input: SourceInput): InputTables {
  const tables: DataTable[] = [];
  const all: CommentLine[] = [];
  for (const sheet of input.sheets ?? []) {
    let pending: CommentLine[] = [];
    let current: { index: number; sheet: string; comments: CommentLine[]; rows: DataRow[] } | undefined;
    const done = () => { if (current) tables.push({ ...current, rows: new SheetRows(current.rows) }); current = undefined; };
    const rows = sheet.rows;
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r]!;
      const filled = cells.filter((c) => !isEmptyCell(c)).length;
      if (filled === 0) { done(); continue; }
      const nextFilled = (rows[r + 1] ?? []).filter((c) => !isEmptyCell(c)).length;
      if (!current && filled === 1 && !isEmptyCell(cells[0]) && (nextFilled === 0 || nextFilled > 1) && typeof cells[0] === 'object' && cells[0]?.type === 'string') {
        const c = { line: r + 1, text: cellText(cells[0]).trim() };
        pending.push(c);
        all.push(c);
        continue;
      }
      if (!current) {
        current = { index: tables.length, sheet: sheet.name, comments: pending, rows: [] };
        pending = [];
      }
      current.rows.push({ line: r + 1, cells });
    }
    done();
  }
  return { tables, comments: all };
}

function textTables(input: SourceInput): InputTables {
  const file = input.delimited!;
  const split = splitTables(file);
  const tables = split.tables.map((t) => ({ index: t.index, comments: t.comments, rows: new TextRows(file.records, t.first, t.end - t.first) }));
  return { tables, comments: split.comments };
}

/** The input's tables (memoized per input, so every recognizer can ask cheaply). */
export function tablesOf(input: SourceInput): InputTables {
  const key = (input.delimited ?? input.sheets ?? input) as object;
  let t = memo.get(key);
  if (!t) {
    t = input.delimited ? textTables(input) : input.sheets ? sheetTables(input) : { tables: [], comments: [] };
    memo.set(key, t);
  }
  return t;
}

/**
 * The tables `options.table` selects: a 1-based number, a sheet name, or a header's first
 * cell / a comment line of the table (case-insensitive). All tables when unset.
 */
export function selectTables(tables: readonly DataTable[], table: string | undefined): DataTable[] {
  if (table === undefined || table === '') return [...tables];
  const want = table.trim().toLowerCase();
  if (/^\d+$/.test(want)) { const t = tables[Number(want) - 1]; return t ? [t] : []; }
  return tables.filter((t) => t.sheet?.toLowerCase() === want
    || (t.rows.length > 0 && t.rows.text(0, 0).toLowerCase() === want)
    || t.comments.some((c) => c.text.toLowerCase() === want));
}
