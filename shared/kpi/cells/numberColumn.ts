/**
 * A whole numeric column at once: missing tokens → null, locale decided for the column,
 * percent strings → fractions (decided per column: if its cells carry `%`, the column is a
 * percentage column; magnitude never decides), currency collected. Unparseable cells are
 * listed, not guessed.
 */
import { isMissingToken } from './missing';
import { scanNumericCell } from './currency';
import { detectNumberLocale, EN_LOCALE, isPlainCell, isPlainDecimal, parseNumberCore, type NumberLocale } from './parseNumber';

export interface NumberColumn {
  /** One per cell: the number (fraction for a percent column), or null when missing/invalid. */
  values: (number | null)[];
  /** Cells that are neither missing nor a number in the column's locale (index into the input). */
  invalid: { index: number; text: string }[];
  locale: NumberLocale;
  /** Whether a cell decided the locale (else the fallback was used). */
  localeDecided: boolean;
  /** Whether the column is written as percentages (`12.5%`): values were divided by 100. */
  percent: boolean;
  /** The currency (ISO code) the cells carry, if any; `currencies` lists all seen. */
  currency?: string;
  currencies: string[];
}

export interface NumberColumnOptions {
  /** Locale used when the column's own cells do not decide (e.g. the file's other columns). */
  fallback?: NumberLocale;
  /** Force the locale (skip detection). */
  locale?: NumberLocale;
}

/** Reads a column of number cells; see the module comment. */
export function readNumberColumn(cells: readonly string[], options: NumberColumnOptions = {}): NumberColumn {
  const decision = options.locale
    ? { locale: options.locale, decided: true }
    : detectNumberLocale(cells, options.fallback ?? EN_LOCALE);
  const locale = decision.locale;
  const dotDecimal = locale.decimal === '.';
  const values: (number | null)[] = new Array(cells.length);
  const invalid: { index: number; text: string }[] = [];
  const currencies: string[] = [];
  let percentCells = 0;
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i]!;
    if (isPlainCell(text)) {
      // the common case, without allocating: `1234`, `-0.5`, `3,215`
      const neg = text.charCodeAt(0) === 45;
      const core = neg ? text.slice(1) : text;
      const v = isPlainDecimal(core, dotDecimal) ? Number(core) : parseNumberCore(core, locale);
      if (Number.isNaN(v)) { values[i] = null; invalid.push({ index: i, text }); } else values[i] = neg ? -v : v;
      continue;
    }
    if (isMissingToken(text)) { values[i] = null; continue; }
    const s = scanNumericCell(text);
    if (!s) { values[i] = null; invalid.push({ index: i, text }); continue; }
    if (s.percent) percentCells++;
    if (s.currency && !currencies.includes(s.currency)) currencies.push(s.currency);
    values[i] = s.negative ? -parseNumberCore(s.core, locale) : parseNumberCore(s.core, locale);
    if (Number.isNaN(values[i])) { values[i] = null; invalid.push({ index: i, text }); }
  }
  const percent = percentCells > 0;
  if (percent) {
    // a percentage column: every number in it is on the 0–100 scale, `%` written or not
    for (let i = 0; i < values.length; i++) {
      const s = values[i] === null ? undefined : scanNumericCell(cells[i]!);
      if (s) values[i] = (s.negative ? -1 : 1) * parseNumberCore(s.core, locale, -2);
    }
  }
  const out: NumberColumn = { values, invalid, locale, localeDecided: decision.decided, percent, currencies };
  if (currencies.length > 0) out.currency = currencies[0]!;
  return out;
}

/** A percent cell as a fraction (`12,5 %` → 0.125 with a decimal-comma locale); NaN if not one. */
export function parsePercentCell(cell: string, locale: NumberLocale = EN_LOCALE): number {
  const s = scanNumericCell(cell);
  if (!s || !s.percent) return NaN;
  const v = parseNumberCore(s.core, locale, -2);
  return s.negative ? -v : v;
}
