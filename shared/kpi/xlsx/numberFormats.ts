/**
 * Spreadsheet number formats: the built-in IDs (9 `0%`, 10 `0.00%`, 14 the locale's short
 * date…) and what a format code says about its cells: a date, a percentage (the cell holds
 * a fraction), a currency (`[$£-809]#,##0.00` → GBP).
 */
import { currencyCode } from '../cells/currency';

/** Built-in number formats (ECMA-376 §18.8.30). 14 is shown locale-dependently; we read it as a date. */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy h:mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
  27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: 'm-d-yy', 31: 'yyyy"年"m"月"d"日"', 32: 'h"時"mm"分"', 33: 'h"時"mm"分"ss"秒"',
  34: 'yyyy"年"m"月"', 35: 'm"月"d"日"', 36: 'yyyy"年"m"月"', 50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"',
  54: 'm"月"d"日"', 55: 'yyyy"年"m"月"', 56: 'm"月"d"日"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
};

/** The format code without quoted text, escapes and `[…]` sections (colours, locales, conditions). */
function bare(code: string): string {
  return code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '').replace(/_.|\*./g, '');
}

/**
 * Whether a format shows its number as a calendar date or date-time: it has a day or year
 * part. Time-only formats (`h:mm`) and elapsed times (`[h]:mm:ss`) stay numbers.
 */
export function isDateFormat(code: string): boolean {
  return /[dy]/i.test(bare(code.split(';')[0] ?? ''));
}

/** Whether a format shows its number as a percentage (the cell holds a fraction). */
export function isPercentFormat(code: string): boolean {
  return bare(code.split(';')[0] ?? '').includes('%');
}

/** The ISO currency a format displays (`[$£-809]` → GBP, `"$"#,##0`, `#,##0 €`), or undefined. */
export function currencyFromFormat(code: string): string | undefined {
  const bracket = /\[\$([^\]-]*)(?:-[0-9A-Fa-f]+)?\]/.exec(code);
  if (bracket && bracket[1]) {
    const c = currencyCode(bracket[1]) ?? currencyCode(bracket[1].trim());
    if (c) return c;
  }
  const quoted = /"([^"]+)"/.exec(code);
  if (quoted) { const c = currencyCode(quoted[1]!.trim()); if (c) return c; }
  for (const sym of ['US$', '£', '€', '$', '¥', '₹', 'CHF']) if (code.includes(sym)) return currencyCode(sym);
  return undefined;
}
