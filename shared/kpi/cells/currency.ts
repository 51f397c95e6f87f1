/**
 * Currency symbols and codes around amounts: `£0.00`, `$1,234`, `US$ 0,00`, `98.450,00 €`,
 * `EUR 12`, `-£5` / `£-5`. Maps symbols to ISO 4217 codes.
 */

/** Symbols (and symbol-like prefixes), longest first so `US$` wins over `$`. */
const SYMBOLS: [string, string][] = [
  ['US$', 'USD'], ['CA$', 'CAD'], ['AU$', 'AUD'], ['NZ$', 'NZD'], ['HK$', 'HKD'], ['R$', 'BRL'], ['A$', 'AUD'], ['C$', 'CAD'],
  ['S$', 'SGD'], ['CHF', 'CHF'], ['zł', 'PLN'], ['Kč', 'CZK'],
  ['$', 'USD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₹', 'INR'], ['₩', 'KRW'], ['₽', 'RUB'], ['₺', 'TRY'], ['₪', 'ILS'],
];

/** The ISO code a currency symbol stands for (`£` → GBP), or undefined. Upper-case 3-letter codes map to themselves. */
export function currencyCode(symbol: string): string | undefined {
  const s = symbol.trim();
  for (const [sym, code] of SYMBOLS) if (sym === s) return code;
  return /^[A-Z]{3}$/.test(s) ? s : undefined;
}

export interface ScannedCell {
  /** The number itself: digits, separators, exponent (no sign, currency or percent). */
  core: string;
  negative: boolean;
  percent: boolean;
  /** ISO code when a currency symbol or code was attached. */
  currency?: string;
}

const SPACE = /^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g;

function stripPrefix(s: string): { rest: string; currency?: string } {
  for (const [sym, code] of SYMBOLS) if (s.startsWith(sym)) return { rest: s.slice(sym.length).replace(SPACE, ''), currency: code };
  const m = /^([A-Z]{3})[\s\u00a0]+/.exec(s);
  if (m && m[1] !== 'NAN') return { rest: s.slice(m[0].length), currency: m[1]! };
  return { rest: s };
}

function stripSuffix(s: string): { rest: string; currency?: string } {
  for (const [sym, code] of SYMBOLS) if (s.endsWith(sym)) return { rest: s.slice(0, -sym.length).replace(SPACE, ''), currency: code };
  const m = /[\s\u00a0]+([A-Z]{3})$/.exec(s);
  if (m) return { rest: s.slice(0, m.index), currency: m[1]! };
  return { rest: s };
}

/**
 * The fast path for the common cell: optional `-`, then only digits, `.` and `,`, starting
 * and ending with a digit (`1234`, `-0.5`, `3,215`, `48.213`). null = use the full scanner.
 */
function scanPlain(cell: string): ScannedCell | null {
  const n = cell.length;
  if (n === 0 || n > 40) return null;
  let i = cell.charCodeAt(0) === 45 ? 1 : 0;
  if (i >= n) return null;
  const first = cell.charCodeAt(i);
  if (first < 48 || first > 57) return null;
  for (; i < n; i++) {
    const c = cell.charCodeAt(i);
    if ((c < 48 || c > 57) && c !== 46 && c !== 44) return null;
  }
  const last = cell.charCodeAt(n - 1);
  if (last < 48 || last > 57) return null;
  return cell.charCodeAt(0) === 45 ? { core: cell.slice(1), negative: true, percent: false } : { core: cell, negative: false, percent: false };
}

/**
 * Splits a numeric-looking cell into sign, currency, percent and the bare number; undefined
 * when nothing number-like is left (text). Accepts `-`/`−`/`+`, accounting `(123)`, a
 * currency before or after (either side of the sign), and a trailing `%` (with or without a
 * space). Locale (which separator is decimal) is decided later, per column.
 */
export function scanNumericCell(cell: string): ScannedCell | undefined {
  const fast = scanPlain(cell);
  if (fast !== null) return fast;
  let s = cell.replace(SPACE, '');
  if (s === '') return undefined;
  let negative = false;
  let currency: string | undefined;
  if (s.startsWith('(') && s.endsWith(')')) { negative = true; s = s.slice(1, -1).replace(SPACE, ''); }
  const sign = (t: string): string => {
    const c = t[0];
    if (c === '-' || c === '−' || c === '\u2012' || c === '–') { negative = !negative; return t.slice(1).replace(SPACE, ''); }
    if (c === '+') return t.slice(1).replace(SPACE, '');
    return t;
  };
  s = sign(s);
  const pre = stripPrefix(s);
  if (pre.currency) { currency = pre.currency; s = sign(pre.rest); }
  let percent = false;
  if (s.endsWith('%')) { percent = true; s = s.slice(0, -1).replace(SPACE, ''); }
  if (!currency) {
    const suf = stripSuffix(s);
    if (suf.currency) { currency = suf.currency; s = suf.rest; }
  }
  if (!percent && s.endsWith('%')) { percent = true; s = s.slice(0, -1).replace(SPACE, ''); }
  if (s.endsWith('-') && !negative) { negative = true; s = s.slice(0, -1); }
  if (!/^[0-9.,\s\u00a0\u202f'’]*[0-9](?:[eE][+-]?[0-9]+)?$|^[.,][0-9]+(?:[eE][+-]?[0-9]+)?$/.test(s)) return undefined;
  if (!/^[0-9.,]/.test(s)) return undefined;
  return currency ? { core: s, negative, percent, currency } : { core: s, negative, percent };
}
