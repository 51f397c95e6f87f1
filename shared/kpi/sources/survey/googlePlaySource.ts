/**
 * Google Play review reports (`reviews_<package>_<YYYYMM>.csv` from the developer's Cloud
 * Storage bucket), FORMATS.md 2.17: UTF-16LE with BOM (decoded by core's decodeText), ISO
 * dates plus epoch milliseconds, `Star Rating` 1–5, `Review Title`, `Review Text`. Older
 * files lack some columns, so everything is found by header name.
 *
 * - The review date is `Review Submit Millis Since Epoch` (ms → ISO Z), else the ISO
 *   `Review Submit Date and Time`.
 * - `App Version Name` breaks the total down (`total / App Version Name=3.2.0`).
 * - `Review Link` is kept as the respondent reference (the report has no reviewer id).
 */
import type { ImportIssue, KpiSource, SourceInput, SourceResult } from '../../types';
import { fromEpoch, parseDateCell } from '../../cells/parseDate';
import { findColumn } from '../../text/headerRows';
import { dataRows, findGrid, type Grid } from './surveyGrid';
import { cellAt, isBreakdown } from './surveyCells';
import { reviewResult, type ReviewRecord } from './reviewResult';

const isPlayHeader = (h: string[]) => h.includes('package name') && h.includes('star rating') && h.some((x) => x.startsWith('review submit'));

const findPlay = (input: SourceInput): Grid | undefined => findGrid(input, isPlayHeader);

export const googlePlaySource: KpiSource = {
  id: 'google-play',
  label: 'Google Play reviews',
  recognize: (input) => (findPlay(input) ? 1 : 0),
  extract(input): SourceResult {
    const grid = findPlay(input);
    if (!grid) throw new Error('Not a Google Play review report');
    const header = grid.rows[0]!.cells;
    const errors: ImportIssue[] = [];
    const notes: string[] = [];
    const checked = dataRows(grid, 1, header.length);
    errors.push(...checked.errors);
    notes.push(...checked.notes);
    const col = (name: string) => findColumn(header, name);
    const [iStars, iTitle, iText, iMillis, iDate, iVersion, iLink, iPackage] = ['Star Rating', 'Review Title', 'Review Text', 'Review Submit Millis Since Epoch', 'Review Submit Date and Time', 'App Version Name', 'Review Link', 'Package Name'].map(col) as [number, number, number, number, number, number, number, number];
    const segmentKeys = iVersion >= 0 && isBreakdown(checked.rows.map((r) => cellAt(r.cells, iVersion))) ? ['App Version Name'] : [];
    const records: ReviewRecord[] = checked.rows.map((row) => {
      const c = row.cells;
      const rec: ReviewRecord = { line: row.line, stars: cellAt(c, iStars), segments: {} };
      if (iTitle >= 0) rec.title = c[iTitle] ?? '';
      if (iText >= 0) rec.text = c[iText] ?? '';
      const ms = cellAt(c, iMillis);
      const date = /^\d+$/.test(ms) ? fromEpoch(Number(ms), 'ms') : parseDateCell(cellAt(c, iDate), undefined, true);
      if (date) rec.date = date;
      const link = cellAt(c, iLink);
      if (link) rec.respondentId = link;
      if (segmentKeys.length) { const v = cellAt(c, iVersion); if (v) rec.segments['App Version Name'] = v; }
      return rec;
    });
    const pkg = [...new Set(checked.rows.map((r) => cellAt(r.cells, iPackage)).filter(Boolean))];
    return reviewResult('google-play', records, segmentKeys, checked.read, errors, notes, pkg.length === 1 ? pkg[0] : undefined);
  },
};
