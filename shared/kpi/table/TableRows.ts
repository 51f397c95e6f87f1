/**
 * The rows of one table, read by position, whatever carried them: a delimited file's records
 * (`TextRows`: cells become strings only when asked for, so a source that reads three columns
 * of a million rows never makes the other seven million strings) or a spreadsheet's rows
 * (`SheetRows`: typed cells, already in memory). Row objects (`at`, `slice`) are made on
 * demand, for sources that want whole rows of a small table.
 */
import type { SheetCell, TextRecord } from '../types';
import type { TextRecords } from '../text/TextRecords';

export type CellInput = string | SheetCell;

/** One row as an object: its line (file line or 1-based sheet row), its cells, and its quoting problem if any. */
export interface DataRow {
  line: number;
  cells: CellInput[];
  error?: string;
}

/** A cell's text: strings as they are, numbers/booleans/dates formatted plainly, null → ''. */
export function cellText(cell: CellInput | undefined): string {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'string') return cell;
  return String(cell.value);
}

/** Whether a cell is empty (null, or a string of spaces). */
export function isEmptyCell(cell: CellInput | undefined): boolean {
  return cell === undefined || cell === null || (typeof cell === 'string' ? cell.trim() === '' : cell.type === 'string' && cell.value.trim() === '');
}

export interface TableRows {
  readonly length: number;
  /** The line of row `i` (file line, or 1-based sheet row). */
  line(i: number): number;
  /** How many cells row `i` has. */
  width(i: number): number;
  /** Cell `c` of row `i`; undefined past the row's last cell. */
  cell(i: number, c: number): CellInput | undefined;
  /** Cell `c` of row `i` as trimmed text ('' when absent): what scopes and labels are made of. */
  text(i: number, c: number): string;
  /** The quoting problem of row `i`, if any. */
  error(i: number): string | undefined;
  /** Whether every cell of row `i` is empty. */
  isEmpty(i: number): boolean;
  /** Row `i` as an object; undefined past the last row. */
  at(i: number): DataRow | undefined;
  /** Rows `from` to `to` (exclusive) as objects, like `Array.prototype.slice`. */
  slice(from?: number, to?: number): DataRow[];
  /** Cell `c` of rows `from` to `to` (bounds as `slice` takes them); undefined where a row has no such cell. */
  column(c: number, from?: number, to?: number): (CellInput | undefined)[];
}

/** Clamps slice bounds the way `Array.prototype.slice` does. */
function bounds(length: number, from = 0, to = length): [number, number] {
  const clamp = (v: number) => (v < 0 ? Math.max(0, length + v) : Math.min(v, length));
  return [clamp(from), clamp(to)];
}

/** Records `first` to `first + length` of a delimited file. */
export class TextRows implements TableRows {
  constructor(readonly records: TextRecords, readonly first: number, readonly length: number) {}

  line(i: number): number { return this.records.line(this.first + i); }
  width(i: number): number { return this.records.width(this.first + i); }
  cell(i: number, c: number): string | undefined { return this.records.cell(this.first + i, c); }
  text(i: number, c: number): string { return (this.records.cell(this.first + i, c) ?? '').trim(); }
  error(i: number): string | undefined { return this.records.error(this.first + i); }
  isEmpty(i: number): boolean { return this.records.isEmpty(this.first + i); }
  /** Row `i` as a record object (string cells). */
  at(i: number): TextRecord | undefined { return i >= 0 && i < this.length ? this.records.record(this.first + i) : undefined; }
  slice(from?: number, to?: number): TextRecord[] {
    const [a, b] = bounds(this.length, from, to);
    return a < b ? this.records.toArray(this.first + a, this.first + b) : [];
  }
  column(c: number, from?: number, to?: number): (string | undefined)[] {
    const [a, b] = bounds(this.length, from, to);
    const out: (string | undefined)[] = [];
    for (let i = a; i < b; i++) out.push(this.records.cell(this.first + i, c));
    return out;
  }
}

/** Rows already held as objects (a spreadsheet's). */
export class SheetRows implements TableRows {
  constructor(private readonly rows: readonly DataRow[]) {}

  get length(): number { return this.rows.length; }
  line(i: number): number { return this.rows[i]!.line; }
  width(i: number): number { return this.rows[i]!.cells.length; }
  cell(i: number, c: number): CellInput | undefined { return this.rows[i]!.cells[c]; }
  text(i: number, c: number): string { return cellText(this.rows[i]!.cells[c]).trim(); }
  error(i: number): string | undefined { return this.rows[i]!.error; }
  isEmpty(i: number): boolean { return this.rows[i]!.cells.every(isEmptyCell); }
  at(i: number): DataRow | undefined { return i >= 0 ? this.rows[i] : undefined; }
  slice(from?: number, to?: number): DataRow[] { return this.rows.slice(from, to); }
  column(c: number, from?: number, to?: number): (CellInput | undefined)[] { return this.rows.slice(from, to).map((r) => r.cells[c]); }
}
