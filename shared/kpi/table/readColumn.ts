/**
 * A column of a DataTable as numbers, whatever carried it. String cells go through the
 * locale-aware column reader (one locale per column, percent strings → fractions, currency
 * collected); spreadsheet number cells keep their value, and their format says percent
 * (already a fraction) or currency. Text cells in a spreadsheet column are parsed like CSV
 * cells (`£2,310,400.00`). Durations are read in the unit the source names.
 */
import { isMissingToken } from '../cells/missing';
import { readNumberColumn } from '../cells/numberColumn';
import { parseClockDuration, toSeconds, type DurationUnit } from '../cells/parseDuration';
import { EN_LOCALE, type NumberLocale } from '../cells/parseNumber';
import { currencyFromFormat, isPercentFormat } from '../xlsx/numberFormats';
import type { CellInput } from './TableRows';

export interface ColumnRead {
  /** One per cell: the number (fractions for percentages, seconds for durations) or null. */
  values: (number | null)[];
  /** Cells that are not missing yet not readable as this column's kind (index, text). */
  invalid: { index: number; text: string }[];
  /** Whether the column is a percentage column (strings with `%` or percent-formatted cells). */
  percent: boolean;
  currency?: string;
  locale: NumberLocale;
}

export interface ReadColumnOptions {
  /** Locale when the column's own cells do not decide. */
  fallbackLocale?: NumberLocale;
  /** Read as a duration in this unit (→ seconds). */
  duration?: DurationUnit;
  /** The header says the values are percentage points (`Conversion (%)`): divide plain numbers by 100. */
  percentPoints?: boolean;
}

/** Reads `cells` as a numeric column; see the module comment. */
export function readColumn(cells: readonly CellInput[], options: ReadColumnOptions = {}): ColumnRead {
  const n = cells.length;
  let allText = true;
  for (let i = 0; i < n; i++) if (typeof cells[i] !== 'string') { allText = false; break; }
  if (allText && options.duration !== 'hms') return readTextColumn(cells as readonly string[], options);
  const texts: string[] = new Array(n);
  const typed: (number | null | undefined)[] = new Array(n);
  let percentFormat = false;
  let currency: string | undefined;
  let anyTyped = false;
  for (let i = 0; i < n; i++) {
    const c = cells[i];
    if (typeof c === 'string') { texts[i] = c; continue; }
    texts[i] = '';
    if (c === null || c === undefined) { typed[i] = null; anyTyped = true; continue; }
    if (c.type === 'number') {
      anyTyped = true;
      typed[i] = c.value;
      if (c.format && isPercentFormat(c.format)) percentFormat = true;
      if (c.format && !currency) currency = currencyFromFormat(c.format);
    } else if (c.type === 'string') texts[i] = c.value;
    else { texts[i] = String(c.value); typed[i] = undefined; }
  }
  const invalid: { index: number; text: string }[] = [];
  if (options.duration === 'hms') {
    const values = texts.map((t, i) => {
      if (typed[i] !== undefined) return typed[i] === null ? null : typed[i]! * 86400; // a time cell is a fraction of a day
      if (isMissingToken(t)) return null;
      const v = parseClockDuration(t);
      if (Number.isNaN(v)) { invalid.push({ index: i, text: t }); return null; }
      return v;
    });
    return { values, invalid, percent: false, locale: options.fallbackLocale ?? EN_LOCALE };
  }
  const col = readNumberColumn(texts, options.fallbackLocale ? { fallback: options.fallbackLocale } : {});
  const percent = col.percent || percentFormat;
  const values = col.values;
  for (const bad of col.invalid) if (typed[bad.index] === undefined) invalid.push(bad);
  if (anyTyped) {
    for (let i = 0; i < n; i++) {
      const t = typed[i];
      if (t !== undefined) values[i] = t;
    }
  }
  if (options.percentPoints && !percent) for (let i = 0; i < n; i++) { const v = values[i]; if (v !== null && v !== undefined) values[i] = v / 100; }
  if (options.duration) {
    const unit = options.duration;
    for (let i = 0; i < n; i++) { const v = values[i]; if (v !== null && v !== undefined) values[i] = toSeconds(v, unit); }
  }
  const out: ColumnRead = { values, invalid, percent, locale: col.locale };
  const cur = col.currency ?? currency;
  if (cur) out.currency = cur;
  return out;
}

/** The delimited-file case: every cell a string, read without copying the column. */
function readTextColumn(cells: readonly string[], options: ReadColumnOptions): ColumnRead {
  const col = readNumberColumn(cells, options.fallbackLocale ? { fallback: options.fallbackLocale } : {});
  const values = col.values;
  if (options.percentPoints && !col.percent) for (let i = 0; i < values.length; i++) { const v = values[i]; if (v !== null && v !== undefined) values[i] = v / 100; }
  if (options.duration && options.duration !== 'hms') {
    const unit = options.duration;
    for (let i = 0; i < values.length; i++) { const v = values[i]; if (v !== null && v !== undefined) values[i] = toSeconds(v, unit); }
  }
  const out: ColumnRead = { values, invalid: col.invalid, percent: col.percent, locale: col.locale };
  if (col.currency) out.currency = col.currency;
  return out;
}
