/**
 * Dates in the forms the tools write, returned as ISO-8601 (`2024-05-31`, or
 * `2024-05-31T10:21:44` with a time, `Z` appended when the text says UTC): `YYYYMMDD` (GA4),
 * `YYYY-MM-DD[ HH:MM[:SS]]`, ISO with zone, `31/05/2024` or `5/31/2024` (order decided per
 * column), `31.05.2024` (German), `May 1, 2024`, `1 May 2024`, Adobe ranges
 * `May 1, 2024 - May 31, 2024`, epoch seconds/milliseconds, and xlsx serials (1900 and 1904).
 */

export type DateOrder = 'DMY' | 'MDY';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function validYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 9999) return false;
  const dim = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= dim;
}

function iso(y: number, m: number, d: number, time?: { h: number; min: number; s: number }, utc = false): string | undefined {
  if (!validYmd(y, m, d)) return undefined;
  const date = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (!time) return date;
  if (time.h > 23 || time.min > 59 || time.s > 59) return undefined;
  return `${date}T${pad(time.h)}:${pad(time.min)}:${pad(time.s)}${utc ? 'Z' : ''}`;
}

function readTime(rest: string | undefined): { h: number; min: number; s: number } | undefined | null {
  if (!rest) return undefined;
  const m = /^\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?\s*$/.exec(rest);
  if (!m) return null;
  let h = Number(m[1]);
  if (m[4]) {
    if (h < 1 || h > 12) return null;
    const pm = m[4].toLowerCase() === 'pm';
    h = (h % 12) + (pm ? 12 : 0);
  }
  return { h, min: Number(m[2]), s: Number(m[3] ?? 0) };
}

const NUMERIC_DMY = /^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[ T,]+(.*))?$/;

/** The two leading numbers of a `a/b/yyyy` date (for order inference), or undefined. */
function slashParts(cell: string): [number, number, string] | undefined {
  const m = NUMERIC_DMY.exec(cell);
  return m ? [Number(m[1]), Number(m[3]), m[2]!] : undefined;
}

/**
 * Decides DMY vs MDY for a column of `a/b/yyyy` dates from the cells that can only be read
 * one way (a first number over 12 ⇒ DMY, a second over 12 ⇒ MDY). `order` is undefined and
 * `ambiguous` true when no cell decides; `conflict` when cells disagree. Dotted dates
 * (`31.05.2024`) are always DMY.
 */
export function inferDateOrder(cells: Iterable<string>): { order: DateOrder | undefined; ambiguous: boolean; conflict: boolean } {
  let dmy = 0;
  let mdy = 0;
  let any = false;
  for (const c of cells) {
    const p = slashParts(c);
    if (!p) continue;
    any = true;
    if (p[2] === '.') { dmy++; continue; }
    if (p[0] > 12 && p[1] <= 12) dmy++;
    else if (p[1] > 12 && p[0] <= 12) mdy++;
  }
  if (dmy && mdy) return { order: dmy >= mdy ? 'DMY' : 'MDY', ambiguous: false, conflict: true };
  if (dmy) return { order: 'DMY', ambiguous: false, conflict: false };
  if (mdy) return { order: 'MDY', ambiguous: false, conflict: false };
  return { order: undefined, ambiguous: any, conflict: false };
}

/**
 * Parses one date cell to ISO; undefined when it is not a date (or an impossible one, e.g.
 * 31/02). `order` (the column's, from `inferDateOrder` or the user) decides `a/b/yyyy`
 * cells and is binding: a cell it cannot read is not a date. Without it, only cells one
 * order alone can read are read. `utc` marks times as UTC (Typeform, Zendesk).
 */
export function parseDateCell(cell: string, order?: DateOrder, utc = false): string | undefined {
  const s = cell.trim();
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}| ?UTC)?)?$/.exec(s);
  if (m) {
    const time = m[4] ? { h: Number(m[4]), min: Number(m[5]), s: Number(m[6] ?? 0) } : undefined;
    const zone = m[7]?.trim();
    if (zone && zone !== 'Z' && zone !== 'UTC' && time) {
      const d = new Date(`${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}T${pad(time.h)}:${pad(time.min)}:${pad(time.s)}${zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`}`);
      return Number.isNaN(d.getTime()) ? undefined : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
    return iso(Number(m[1]), Number(m[2]), Number(m[3]), time, utc || zone === 'Z' || zone === 'UTC');
  }
  m = NUMERIC_DMY.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    const time = readTime(m[5]);
    if (time === null) return undefined;
    // the column's order, when known, is binding (13/04 in an MDY column is no date); else only a
    // cell that one order alone can read is read
    const ord: DateOrder | undefined = m[2] === '.' ? 'DMY' : order ?? (a > 12 ? 'DMY' : b > 12 ? 'MDY' : a === b ? 'DMY' : undefined);
    if (!ord) return undefined;
    return ord === 'DMY' ? iso(y, b, a, time, utc) : iso(y, a, b, time, utc);
  }
  m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(s);
  if (m) {
    const mon = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
    return mon < 0 ? undefined : iso(Number(m[3]), mon + 1, Number(m[2]));
  }
  m = /^(\d{1,2})\.? ([A-Za-z]{3,9})\.? (\d{4})$/.exec(s);
  if (m) {
    const mon = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase());
    return mon < 0 ? undefined : iso(Number(m[3]), mon + 1, Number(m[1]));
  }
  return undefined;
}

/**
 * A date range: Adobe's `May 1, 2024 - May 31, 2024`, UA's `20190401-20190430`, or
 * `2024-05-01 – 2024-05-31`. Undefined when it is not one.
 */
export function parseDateRange(text: string, order?: DateOrder): { start: string; end: string } | undefined {
  const s = text.trim();
  const compact = /^(\d{8})\s*[-–]\s*(\d{8})$/.exec(s);
  const parts = compact ? [compact[1]!, compact[2]!] : s.split(/\s+[-–—]\s+|\s+to\s+/);
  if (parts.length !== 2) return undefined;
  const start = parseDateCell(parts[0]!, order);
  const end = parseDateCell(parts[1]!, order);
  return start && end ? { start, end } : undefined;
}

/** Unix epoch seconds or milliseconds → ISO-8601 UTC (`…Z`). The unit comes from the source. */
export function fromEpoch(value: number, unit: 's' | 'ms'): string | undefined {
  const d = new Date(unit === 's' ? value * 1000 : value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().replace(/\.000Z$/, 'Z');
}

/**
 * An xlsx date serial → ISO. 1900 system: day 1 = 1900-01-01, with Excel's phantom
 * 1900-02-29 (serial 60) kept for compatibility; 1904 system (`workbookPr date1904`): day 0 =
 * 1904-01-01. A fraction is the time of day; whole days give a date only.
 */
export function fromExcelSerial(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return undefined;
  let days = Math.floor(serial);
  const secs = Math.round((serial - days) * 86400);
  if (!date1904) {
    if (days === 60) return undefined; // 1900-02-29 does not exist
    if (days < 60) days += 1; // before the phantom day
  }
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const ms = base + days * 86_400_000 + Math.min(secs, 86_399) * 1000 + (secs === 86_400 ? 1000 : 0);
  const iso8601 = new Date(ms).toISOString();
  return secs === 0 ? iso8601.slice(0, 10) : iso8601.slice(0, 19);
}
