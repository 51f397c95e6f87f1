/**
 * Apple App Store reviews, FORMATS.md 2.18. App Store Connect has no CSV export of reviews;
 * the route is the App Store Connect API `customerReviews`: JSON `{ data: [{ type:
 * 'customerReviews', id, attributes: { rating, title, body, reviewerNickname, createdDate,
 * territory } }] }`, or a CSV made from it with those attribute names as columns.
 *
 * - rating 1–5 (stars); `territory` breaks the total down; the review id is the respondent
 *   reference (a nickname is not an identifier).
 */
import type { ImportIssue, KpiSource, SourceInput, SourceResult } from '../../types';
import { parseDateCell } from '../../cells/parseDate';
import { findColumn } from '../../text/headerRows';
import { dataRows, findGrid, type Grid } from './surveyGrid';
import { cellAt, isBreakdown } from './surveyCells';
import { reviewResult, type ReviewRecord } from './reviewResult';

interface ApiReview { type?: unknown; id?: unknown; attributes?: Record<string, unknown> }

function apiReviews(json: unknown): ApiReview[] | undefined {
  const data = Array.isArray(json) ? json : (json as { data?: unknown } | null)?.data;
  if (!Array.isArray(data) || data.length === 0) return undefined;
  const ok = data.every((d: ApiReview) => d && typeof d === 'object' && d.type === 'customerReviews' && d.attributes && typeof d.attributes === 'object');
  return ok ? (data as ApiReview[]) : undefined;
}

const isAppStoreHeader = (h: string[]) => ['rating', 'title', 'body', 'createddate'].every((x) => h.includes(x)) && (h.includes('reviewernickname') || h.includes('territory'));

const findCsv = (input: SourceInput): Grid | undefined => findGrid(input, isAppStoreHeader);

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

export const appStoreSource: KpiSource = {
  id: 'app-store',
  label: 'Apple App Store reviews',
  recognize: (input) => (apiReviews(input.json) || findCsv(input) ? 1 : 0),
  extract(input): SourceResult {
    const errors: ImportIssue[] = [];
    const notes: string[] = [];
    const records: ReviewRecord[] = [];
    let rowsRead = 0;
    const api = apiReviews(input.json);
    if (api) {
      api.forEach((d, i) => {
        const a = d.attributes!;
        // JSON has no lines: `line` is the review's 1-based position in `data`.
        const rec: ReviewRecord = { line: i + 1, stars: text(a.rating), title: text(a.title), text: text(a.body), segments: {} };
        const date = parseDateCell(text(a.createdDate));
        if (date) rec.date = date;
        if (text(d.id)) rec.respondentId = text(d.id);
        if (text(a.territory)) rec.segments.territory = text(a.territory);
        records.push(rec);
      });
      rowsRead = api.length;
      notes.push('App Store Connect API JSON: "line" in errors is the review\'s position in data[]');
    } else {
      const grid = findCsv(input);
      if (!grid) throw new Error('Not App Store reviews');
      const header = grid.rows[0]!.cells;
      const checked = dataRows(grid, 1, header.length);
      errors.push(...checked.errors);
      notes.push(...checked.notes);
      const [iRating, iTitle, iBody, iDate, iTerritory, iId] = ['rating', 'title', 'body', 'createdDate', 'territory', 'id'].map((n) => findColumn(header, n)) as [number, number, number, number, number, number];
      for (const row of checked.rows) {
        const c = row.cells;
        const rec: ReviewRecord = { line: row.line, stars: cellAt(c, iRating), title: c[iTitle] ?? '', text: c[iBody] ?? '', segments: {} };
        const date = parseDateCell(cellAt(c, iDate));
        if (date) rec.date = date;
        if (cellAt(c, iId)) rec.respondentId = cellAt(c, iId);
        if (cellAt(c, iTerritory)) rec.segments.territory = cellAt(c, iTerritory);
        records.push(rec);
      }
      rowsRead = checked.read;
    }
    const segmentKeys = isBreakdown(records.map((r) => r.segments.territory ?? '')) ? ['territory'] : [];
    if (!segmentKeys.length) for (const r of records) delete r.segments.territory;
    return reviewResult('app-store', records, segmentKeys, rowsRead, errors, notes);
  },
};
