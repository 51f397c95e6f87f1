/**
 * The fast path of `readColumn` for delimited files: reads numeric columns straight from the
 * file's text. One pass over the rows checks every cell (a plain number is recognized in the
 * text, without a string or its value; only cells that are not — grouping, currency, `%`, quotes, missing
 * tokens, text — become strings for the full rules) and settles what the column is: its
 * locale, whether it is a percentage column, its currency, its unreadable cells. Values are
 * then read again for the rows a caller asks for (`value`), so a million-row column holds no
 * array of a million numbers: an import keeps at most the dataset's 200,000 values, and a
 * column of every row would be a copy of most of the file per column.
 *
 * Same rules as `readColumn` / `readNumberColumn`: one locale per column (decided on its
 * first 100,000 number cells, else the fallback), `%` cells make a percentage column (all its
 * values fractions), currency collected, unreadable cells listed. Returns undefined for rows
 * that are not a delimited file's (a spreadsheet's): use `readColumn` then.
 */
import { isMissingToken } from '../cells/missing';
import { scanNumericCell } from '../cells/currency';
import { parseClockDuration, toSeconds } from '../cells/parseDuration';
import { detectNumberLocale, EN_LOCALE, isPlainCell, isPlainDecimal, parseNumberCore, type NumberLocale } from '../cells/parseNumber';
import type { ReadColumnOptions } from './readColumn';
import { TextRows, type TableRows } from './TableRows';

export interface FastColumn {
  /** The value of the column's `j`th row (in the order read): NaN when missing or unreadable (see `invalid`). */
  value(j: number): number;
  /** Unreadable cells: position (as in `value`) and text. */
  invalid: { index: number; text: string }[];
  percent: boolean;
  currency?: string;
  locale: NumberLocale;
}

const LOCALE_SAMPLE = 100_000;

function* head(rows: TableRows, keep: ArrayLike<number>, index: number): Generator<string> {
  const n = Math.min(keep.length, LOCALE_SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = rows.cell(keep[i]!, index);
    if (typeof c === 'string') yield c;
  }
}

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Whether `text[start, end)` is `-?digits(.digits)?`, the point allowed only when it is the decimal mark. */
function isPlainNumber(t: string, start: number, end: number, dotDecimal: boolean): boolean {
  if (end === start || end - start > 40) return false;
  let i = t.charCodeAt(start) === 45 ? start + 1 : start;
  if (i >= end) return false;
  let c = t.charCodeAt(i);
  if (c < 48 || c > 57) return false;
  let point = !dotDecimal;
  for (i++; i < end; i++) {
    c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c === 46 && !point && i < end - 1) { point = true; continue; }
    return false;
  }
  return true;
}

/**
 * The value of a plain number cell (`isPlainNumber`), else undefined. Up to 15 significant
 * digits the value is exact: mantissa and 10^k are exact doubles, so their quotient is the
 * correctly rounded decimal — the same double `Number()` gives (Clinger's fast path); longer
 * numbers go through `Number()`.
 */
function plainNumber(t: string, start: number, end: number, dotDecimal: boolean): number | undefined {
  if (!isPlainNumber(t, start, end, dotDecimal)) return undefined;
  const neg = t.charCodeAt(start) === 45;
  let mant = 0;
  let digits = 0;
  let frac = -1;
  for (let i = neg ? start + 1 : start; i < end; i++) {
    const c = t.charCodeAt(i);
    if (c === 46) frac = 0;
    else { mant = mant * 10 + (c - 48); digits++; if (frac >= 0) frac++; }
  }
  let v: number;
  if (digits > 15 || frac > 22) v = Number(t.slice(neg ? start + 1 : start, end));
  else v = frac > 0 ? mant / POW10[frac]! : mant;
  return neg ? -v : v;
}

/** What the full rules found in a cell that is not a plain number. */
interface SlowCell {
  /** NaN when missing or unreadable. */
  value: number;
  /** Not missing, yet not a number. */
  invalid: boolean;
  percent: boolean;
  currency?: string;
}

/** The full rules for one cell (grouping, currency, %, missing, text). */
function slowCell(t: string, locale: NumberLocale, dot: boolean): SlowCell {
  if (isPlainCell(t)) {
    const neg = t.charCodeAt(0) === 45;
    const core = neg ? t.slice(1) : t;
    const v = isPlainDecimal(core, dot) ? Number(core) : parseNumberCore(core, locale);
    return { value: neg ? -v : v, invalid: Number.isNaN(v), percent: false };
  }
  if (isMissingToken(t)) return { value: NaN, invalid: false, percent: false };
  const s = scanNumericCell(t);
  if (!s) return { value: NaN, invalid: true, percent: false };
  const v = parseNumberCore(s.core, locale);
  const cell: SlowCell = { value: s.negative ? -v : v, invalid: Number.isNaN(v), percent: s.percent };
  if (s.currency) cell.currency = s.currency;
  return cell;
}

/** A numeric column of a delimited file's rows whose cells have all been checked; values are read on demand. */
class TextColumn implements FastColumn {
  constructor(
    private readonly rows: TextRows,
    private readonly keep: ArrayLike<number>,
    private readonly index: number,
    private readonly options: ReadColumnOptions,
    readonly locale: NumberLocale,
    readonly percent: boolean,
    readonly invalid: { index: number; text: string }[],
    readonly currency: string | undefined,
  ) {}

  value(j: number): number {
    const { records, first } = this.rows;
    const r = first + this.keep[j]!;
    const dot = this.locale.decimal === '.';
    const plain = this.index < records.width(r) ? plainNumber(records.text, records.rawStart(r, this.index), records.rawEnd(r, this.index), dot) : undefined;
    const text = plain === undefined || this.percent ? records.cell(r, this.index) ?? '' : '';
    let v = plain ?? slowCell(text, this.locale, dot).value;
    if (Number.isNaN(v)) return v;
    if (this.percent) {
      const s = scanNumericCell(text);
      if (s) v = (s.negative ? -1 : 1) * parseNumberCore(s.core, this.locale, -2);
    } else if (this.options.percentPoints) v /= 100;
    if (this.options.duration && this.options.duration !== 'hms') v = toSeconds(v, this.options.duration);
    return v;
  }
}

/** Every row of a table, in order. */
const allRows = (rows: TableRows): Int32Array => Int32Array.from({ length: rows.length }, (_, i) => i);

/** Reads a numeric column of a delimited file's rows (all of them, or those in `keep`); see the module comment. */
export function readRowsColumn(rows: TableRows, index: number, options: ReadColumnOptions = {}, keep: ArrayLike<number> = allRows(rows)): FastColumn | undefined {
  return readRowsColumns(rows, [{ index, options }], keep)[0];
}

/** A column's check in progress: the pass lists the cells that are not plain numbers. */
interface ColumnCheck {
  index: number;
  options: ReadColumnOptions;
  locale: NumberLocale;
  dot: boolean;
  /** Positions (in `keep`) whose cell is not a plain number, for the full rules; in order. */
  slow: number[];
}

/**
 * Several numeric columns of the same rows, checked in one pass over the rows (each record's
 * cells sit together in the text, so one pass reads all its columns where a pass per column
 * walks the whole file again). Value `j` of each column is row `keep[j]`'s (default: every
 * row). Each column as `readRowsColumn` reads it.
 */
export function readRowsColumns(rows: TableRows, columns: readonly { index: number; options?: ReadColumnOptions }[], keep: ArrayLike<number> = allRows(rows)): (FastColumn | undefined)[] {
  if (!(rows instanceof TextRows)) return columns.map(() => undefined);
  const { records, first } = rows;
  const text = records.text;
  const n = keep.length;
  const out: (FastColumn | undefined)[] = new Array(columns.length);
  const checks: ColumnCheck[] = [];
  columns.forEach(({ index, options = {} }, k) => {
    if (options.duration === 'hms') { out[k] = clockColumn(rows, keep, index, options); return; }
    const locale = detectNumberLocale(head(rows, keep, index), options.fallbackLocale ?? EN_LOCALE).locale;
    checks[k] = { index, options, locale, dot: locale.decimal === '.', slow: [] };
  });
  const pending = checks.filter(Boolean);
  for (let j = 0; j < n; j++) {
    const r = first + keep[j]!;
    const width = records.width(r);
    for (const c of pending) {
      if (c.index >= width || !isPlainNumber(text, records.rawStart(r, c.index), records.rawEnd(r, c.index), c.dot)) c.slow.push(j);
    }
  }
  checks.forEach((c, k) => { if (c) out[k] = finishColumn(rows, keep, c); });
  return out;
}

/** `hh:mm:ss` cells: read once into an array (a clock column has no plain-number path). */
function clockColumn(rows: TextRows, keep: ArrayLike<number>, index: number, options: ReadColumnOptions): FastColumn {
  const n = keep.length;
  const values = new Float64Array(n);
  const invalid: { index: number; text: string }[] = [];
  for (let i = 0; i < n; i++) {
    const t = rows.cell(keep[i]!, index) ?? '';
    if (isMissingToken(t)) { values[i] = NaN; continue; }
    const v = parseClockDuration(t);
    values[i] = v;
    if (Number.isNaN(v)) invalid.push({ index: i, text: t });
  }
  return { value: (j) => values[j]!, invalid, percent: false, locale: options.fallbackLocale ?? EN_LOCALE };
}

/** The full rules for the cells the pass left: which are unreadable, whether the column is a percentage one, its currency. */
function finishColumn(rows: TextRows, keep: ArrayLike<number>, c: ColumnCheck): FastColumn {
  const invalid: { index: number; text: string }[] = [];
  let currency: string | undefined;
  let percent = false;
  for (const j of c.slow) {
    const t = rows.cell(keep[j]!, c.index) ?? '';
    const cell = slowCell(t, c.locale, c.dot);
    if (cell.invalid) invalid.push({ index: j, text: t });
    if (cell.percent) percent = true;
    currency ??= cell.currency;
  }
  return new TextColumn(rows, keep, c.index, c.options, c.locale, percent, invalid, currency);
}
