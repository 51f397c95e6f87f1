/**
 * Metadata from preamble/comment lines: `Key: value` fields and the reporting period, in
 * the forms GA4 (`Start date: 20240501` / `End date: 20240531`), Universal Analytics
 * (`20190401-20190430`) and Adobe (`Date: May 1, 2024 - May 31, 2024`) write.
 */
import { parseDateCell, parseDateRange } from '../cells/parseDate';
import type { CommentLine } from './splitTables';

/** `Key: value` comment lines as a map keyed by the lower-cased key (first occurrence wins). */
export function preambleFields(comments: readonly CommentLine[]): Map<string, string> {
  const fields = new Map<string, string>();
  for (const c of comments) {
    const m = /^([^:]{1,60}):\s*(.*)$/.exec(c.text);
    if (m) {
      const key = m[1]!.trim().toLowerCase();
      if (!fields.has(key)) fields.set(key, m[2]!.trim());
    }
  }
  return fields;
}

/** The reporting period a preamble states, as ISO dates, or undefined. */
export function periodFromComments(comments: readonly CommentLine[]): { start: string; end: string } | undefined {
  const f = preambleFields(comments);
  const start = f.get('start date');
  const end = f.get('end date');
  if (start && end) {
    const s = parseDateCell(start);
    const e = parseDateCell(end);
    if (s && e) return { start: s, end: e };
  }
  for (const key of ['date', 'date range', 'dates', 'period', 'zeitraum']) {
    const v = f.get(key);
    const r = v ? parseDateRange(v) : undefined;
    if (r) return r;
  }
  for (const c of comments) {
    const r = parseDateRange(c.text);
    if (r) return r;
  }
  return undefined;
}
