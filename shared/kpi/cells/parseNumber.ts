/**
 * Locale-aware numbers. Which separator is the decimal one is decided per COLUMN from the
 * cells that can only be read one way (`0,42` `38,5` `1.234.567` `68,412.90`), falling back
 * to a file-level hint, never cell by cell: in a column decided as decimal comma, `1.5` is
 * an error, not 1.5. Thousands may be `,` `.` `'`, a space, a no-break or narrow no-break space.
 */
import { scanNumericCell } from './currency';

export interface NumberLocale {
  decimal: '.' | ',';
  /** The grouping separator; ' ' stands for any space (incl. U+00A0, U+202F). */
  thousands: ',' | '.' | ' ' | "'";
}

export const EN_LOCALE: NumberLocale = { decimal: '.', thousands: ',' };
export const DE_LOCALE: NumberLocale = { decimal: ',', thousands: '.' };

export interface LocaleDecision {
  locale: NumberLocale;
  /** false when no cell decided it (all integers or all `1.234`-like): the fallback was used. */
  decided: boolean;
  /** true when cells disagree (some say decimal comma, some decimal point): majority used. */
  conflict: boolean;
}

const SPACES = /[\s\u00a0\u202f]/;

/** Votes one bare number core: 1 = decimal point, -1 = decimal comma, 0 = can't tell. */
function vote(core: string): number {
  const mant = core.indexOf('e') < 0 && core.indexOf('E') < 0 ? core : core.replace(/[eE][+-]?\d+$/, '');
  const hasExp = mant.length !== core.length;
  const lastDot = mant.lastIndexOf('.');
  const lastComma = mant.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? 1 : -1;
  const sepIdx = lastDot >= 0 ? lastDot : lastComma;
  if (sepIdx < 0) return 0;
  const sepVote = lastDot >= 0 ? 1 : -1;
  const sepChar = mant[sepIdx]!;
  if (mant.indexOf(sepChar) !== sepIdx) return -sepVote; // repeated: grouping
  if (hasExp) return sepVote;
  const after = mant.length - sepIdx - 1;
  if (after !== 3) return sepVote;
  const before = mant.slice(0, sepIdx).replace(/[\s\u00a0\u202f']/g, '');
  if (before === '' || before === '0') return sepVote;
  if (SPACES.test(mant) || mant.includes("'")) return sepVote; // space/apostrophe groups, so this is the decimal
  return 0;
}

/**
 * Decides a column's number locale from its cells (currency, sign and `%` are ignored).
 * `fallback` applies when nothing decides, or cells disagree in equal numbers (default:
 * decimal point, `,` thousands).
 */
export function detectNumberLocale(cells: Iterable<string>, fallback: NumberLocale = EN_LOCALE): LocaleDecision {
  let dot = 0;
  let comma = 0;
  let space = false;
  let apostrophe = false;
  let seen = 0;
  for (const cell of cells) {
    let core: string;
    if (isPlainCell(cell)) core = cell;
    else {
      const s = scanNumericCell(cell);
      if (!s) continue;
      core = s.core;
      if (!space && SPACES.test(core)) space = true;
      if (!apostrophe && /['’]/.test(core)) apostrophe = true;
    }
    if (++seen > 100_000) break; // decided on the first 100,000 number cells: a later misfit is a located error, not a re-read
    if (core.indexOf('.') < 0 && core.indexOf(',') < 0) continue;
    const v = vote(core.charCodeAt(0) === 45 ? core.slice(1) : core);
    if (v > 0) dot++;
    else if (v < 0) comma++;
  }
  const decided = dot + comma > 0;
  const decimal: '.' | ',' = comma > dot ? ',' : dot > comma ? '.' : fallback.decimal; // a tie: the fallback decides
  const thousands: NumberLocale['thousands'] = space ? ' ' : apostrophe ? "'" : decimal === ',' ? '.' : ',';
  const locale: NumberLocale = decided || space || apostrophe ? { decimal, thousands } : fallback;
  return { locale, decided, conflict: dot > 0 && comma > 0 };
}

/** A cell of only digits, `.` and `,` (optionally after `-`), digits at both ends: no scanning needed. */
export function isPlainCell(cell: string): boolean {
  const n = cell.length;
  if (n === 0 || n > 40) return false;
  let i = cell.charCodeAt(0) === 45 ? 1 : 0;
  const first = cell.charCodeAt(i);
  const last = cell.charCodeAt(n - 1);
  if (i >= n || first < 48 || first > 57 || last < 48 || last > 57) return false;
  for (; i < n; i++) {
    const c = cell.charCodeAt(i);
    if ((c < 48 || c > 57) && c !== 46 && c !== 44) return false;
  }
  return true;
}

/** Digits with at most one `.` that is the decimal mark (or none): `Number()` reads it exactly. */
export function isPlainDecimal(core: string, dotIsDecimal: boolean): boolean {
  const n = core.length;
  if (n === 0 || n > 30) return false;
  let dots = 0;
  for (let i = 0; i < n; i++) {
    const c = core.charCodeAt(i);
    if (c === 46) { if (!dotIsDecimal || ++dots > 1 || i === n - 1) return false; } else if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Reads a bare number core (no sign/currency/percent) under `locale`; NaN when it does not
 * fit (wrong decimal mark, groups not of 3 digits, stray characters). `pow10` scales by a
 * power of ten in decimal (-2 for a percent: `68,41` → 0.6841 exactly, not 0.68409999…).
 */
export function parseNumberCore(core: string, locale: NumberLocale, pow10 = 0): number {
  if (isPlainDecimal(core, locale.decimal === '.')) return Number(pow10 === 0 ? core : `${core}e${pow10}`);
  let s = core;
  let exp = pow10;
  const e = /[eE]([+-]?\d+)$/.exec(s);
  if (e) { exp += Number(e[1]); s = s.slice(0, e.index); }
  const dec = s.lastIndexOf(locale.decimal);
  let intPart = dec >= 0 ? s.slice(0, dec) : s;
  const frac = dec >= 0 ? s.slice(dec + 1) : '';
  if (dec >= 0 && !/^\d*$/.test(frac)) return NaN;
  if (!/^\d+$/.test(intPart)) {
    const groups = locale.thousands === ' ' ? intPart.split(/[\s\u00a0\u202f]/) : intPart.split(locale.thousands === "'" ? /['’]/ : locale.thousands);
    if (groups.length < 2 || !/^\d{1,3}$/.test(groups[0]!) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) {
      if (!(intPart === '' && frac !== '')) return NaN;
    }
    intPart = groups.join('');
  }
  if (intPart === '' && frac === '') return NaN;
  return Number(`${intPart || '0'}.${frac || '0'}${exp === 0 ? '' : `e${exp}`}`);
}

/**
 * Reads a number cell under `locale`: `1.234,5`, `-12`, `(12)`, `£1,234.56`, `1 234,5 €`.
 * Returns NaN for a cell that is not a number (callers check missing tokens first).
 * A `%` cell gives the number as written (12.5 for `12.5%`); use `parsePercentCell` for fractions.
 */
export function parseLocaleNumber(cell: string, locale: NumberLocale): number {
  const s = scanNumericCell(cell);
  if (!s) return NaN;
  const v = parseNumberCore(s.core, locale);
  return s.negative ? -v : v;
}

/**
 * One locale for a whole table, from all its number-like cells pooled: used as the fallback
 * for columns whose own cells do not decide (`48.213` in a German file whose other columns
 * read `38,5`). `fallback` applies when nothing in the table decides.
 */
export function detectTableLocale(columns: Iterable<Iterable<string>>, fallback: NumberLocale = EN_LOCALE): LocaleDecision {
  function* all(): Generator<string> { for (const c of columns) yield* c; }
  return detectNumberLocale(all(), fallback);
}

/** The locale to assume when nothing in a file decides: decimal comma for `;` files (continental Excel). */
export function defaultLocaleFor(delimiter: string | undefined): NumberLocale {
  return delimiter === ';' ? DE_LOCALE : EN_LOCALE;
}
