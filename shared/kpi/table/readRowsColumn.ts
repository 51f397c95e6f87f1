/**
 * The fast path of `readColumn` for delimited files: reads column `index` straight from the
 * rows (no column copy) into a Float64Array (NaN = missing), so a million-row column costs
 * no per-cell allocation. Same rules as `readColumn` / `readNumberColumn`: one locale per
 * column (decided on its first 100,000 number cells, else the fallback), `%` cells make a
 * percentage column, currency collected, unreadable cells listed. Returns undefined when a
 * cell is not a string (a spreadsheet row): use `readColumn` then.
 */
import { isMissingToken } from '../cells/missing';
import { scanNumericCell } from '../cells/currency';
import { parseClockDuration, toSeconds } from '../cells/parseDuration';
import { detectNumberLocale, EN_LOCALE, isPlainCell, isPlainDecimal, parseNumberCore, type NumberLocale } from '../cells/parseNumber';
import type { DataRow } from './dataTable';
import type { ReadColumnOptions } from './readColumn';

export interface FastColumn {
  /** One per row: the number, or NaN when missing or unreadable (see `invalid`). */
  values: Float64Array;
  invalid: { index: number; text: string }[];
  percent: boolean;
  currency?: string;
  locale: NumberLocale;
}

const LOCALE_SAMPLE = 100_000;

function* head(rows: readonly DataRow[], index: number): Generator<string> {
  const n = Math.min(rows.length, LOCALE_SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = rows[i]!.cells[index];
    if (typeof c === 'string') yield c;
  }
}

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * `-?digits(.digits)?` with a decimal point, read in one pass. Up to 15 significant digits
 * the value is exact: mantissa and 10^k are exact doubles, so their quotient is the correctly
 * rounded decimal — the same double `Number()` gives (Clinger's fast path); longer numbers go
 * through `Number()`. undefined when the cell is not of that form (grouping, comma, text…).
 */
function plainNumber(t: string, dotDecimal: boolean): number | undefined {
  const n = t.length;
  if (n === 0 || n > 40) return undefined;
  let i = 0;
  const neg = t.charCodeAt(0) === 45;
  if (neg) i = 1;
  let c = t.charCodeAt(i);
  if (!(c >= 48 && c <= 57)) return undefined;
  let mant = 0;
  let digits = 0;
  let frac = -1;
  for (; i < n; i++) {
    c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) { mant = mant * 10 + (c - 48); digits++; if (frac >= 0) frac++; continue; }
    if (c === 46 && dotDecimal && frac < 0 && i < n - 1) { frac = 0; continue; }
    return undefined;
  }
  let v: number;
  if (digits > 15 || frac > 22) v = Number(neg ? t.slice(1) : t);
  else v = frac > 0 ? mant / POW10[frac]! : mant;
  return neg ? -v : v;
}

/** Reads a numeric column of delimited rows; see the module comment. */
export function readRowsColumn(rows: readonly DataRow[], index: number, options: ReadColumnOptions = {}): FastColumn | undefined {
  return readRowsColumns(rows, [{ index, options }])[0];
}

/** A column's reading in progress: the fast pass fills `values` and lists the cells it could not read. */
interface ColumnRead {
  index: number;
  options: ReadColumnOptions;
  values: Float64Array;
  locale: NumberLocale;
  dot: boolean;
  /** Rows whose cell is not a plain number, for the full rules; in row order. */
  slow: number[];
  /** A cell that is not a string (a spreadsheet row): the column goes to `readColumn`. */
  notText: boolean;
}

/**
 * Several numeric columns of the same rows, read in one pass over the rows (a million rows
 * are a million objects: one pass keeps each row's cells at hand for all its columns, where
 * a pass per column walks the whole table again). Each column as `readRowsColumn` reads it.
 */
export function readRowsColumns(rows: readonly DataRow[], columns: readonly { index: number; options?: ReadColumnOptions }[]): (FastColumn | undefined)[] {
  const n = rows.length;
  if (n > 0 && rows[0]!.cells.some((c) => typeof c !== 'string')) return columns.map(() => undefined);
  const out: (FastColumn | undefined)[] = new Array(columns.length);
  const reads: ColumnRead[] = [];
  columns.forEach(({ index, options = {} }, k) => {
    if (options.duration === 'hms') { out[k] = clockColumn(rows, index, options); return; }
    const locale = detectNumberLocale(head(rows, index), options.fallbackLocale ?? EN_LOCALE).locale;
    reads[k] = { index, options, values: new Float64Array(n), locale, dot: locale.decimal === '.', slow: [], notText: false };
  });
  const fast = reads.filter(Boolean);
  for (let i = 0; i < n; i++) {
    const cells = rows[i]!.cells;
    for (const c of fast) {
      const cell = cells[c.index];
      if (typeof cell !== 'string') {
        if (cell !== undefined) c.notText = true;
        c.slow.push(i);
        continue;
      }
      const v = plainNumber(cell, c.dot);
      if (v === undefined) c.slow.push(i); else c.values[i] = v;
    }
  }
  reads.forEach((c, k) => { if (c) out[k] = c.notText ? undefined : finishColumn(rows, c); });
  return out;
}

function clockColumn(rows: readonly DataRow[], index: number, options: ReadColumnOptions): FastColumn {
  const n = rows.length;
  const values = new Float64Array(n);
  const invalid: { index: number; text: string }[] = [];
  for (let i = 0; i < n; i++) {
    const t = (rows[i]!.cells[index] as string | undefined) ?? '';
    if (isMissingToken(t)) { values[i] = NaN; continue; }
    const v = parseClockDuration(t);
    values[i] = v;
    if (Number.isNaN(v)) invalid.push({ index: i, text: t });
  }
  return { values, invalid, percent: false, locale: options.fallbackLocale ?? EN_LOCALE };
}

/** The full rules for the cells the fast pass left (grouping, currency, %, missing, text), then the column's units. */
function finishColumn(rows: readonly DataRow[], c: ColumnRead): FastColumn {
  const { values, locale, dot, index, options } = c;
  const n = rows.length;
  const invalid: { index: number; text: string }[] = [];
  const currencies: string[] = [];
  let percentCells = 0;
  for (const i of c.slow) {
    const t = (rows[i]!.cells[index] as string | undefined) ?? '';
    if (isPlainCell(t)) {
      const neg = t.charCodeAt(0) === 45;
      const core = neg ? t.slice(1) : t;
      const v = isPlainDecimal(core, dot) ? Number(core) : parseNumberCore(core, locale);
      values[i] = neg ? -v : v;
      if (Number.isNaN(v)) invalid.push({ index: i, text: t });
      continue;
    }
    if (isMissingToken(t)) { values[i] = NaN; continue; }
    const s = scanNumericCell(t);
    if (!s) { values[i] = NaN; invalid.push({ index: i, text: t }); continue; }
    if (s.percent) percentCells++;
    if (s.currency && !currencies.includes(s.currency)) currencies.push(s.currency);
    const v = parseNumberCore(s.core, locale);
    values[i] = s.negative ? -v : v;
    if (Number.isNaN(v)) invalid.push({ index: i, text: t });
  }
  const percent = percentCells > 0;
  if (percent) {
    for (let i = 0; i < n; i++) {
      if (Number.isNaN(values[i]!)) continue;
      const s = scanNumericCell((rows[i]!.cells[index] as string | undefined) ?? '');
      if (s) values[i] = (s.negative ? -1 : 1) * parseNumberCore(s.core, locale, -2);
    }
  } else if (options.percentPoints) for (let i = 0; i < n; i++) values[i] = values[i]! / 100;
  if (options.duration && options.duration !== 'hms') { const unit = options.duration; for (let i = 0; i < n; i++) values[i] = toSeconds(values[i]!, unit); }
  const out: FastColumn = { values, invalid, percent, locale };
  if (currencies.length) out.currency = currencies[0]!;
  return out;
}
