/**
 * Trustpilot review exports, FORMATS.md 2.16 — CSV or, often, an .xlsx sheet: `Review Id`,
 * `Review Created (UTC)`, `Review Title`, `Review Content`, `Review Stars`, `Reference Id`
 * (the business's own customer or order reference), `Location Name`…
 *
 * - Stars 1–5; sentiment star-derived.
 * - `Reference Id` is the respondent: kept as text with its leading zeros ("00012345"). A
 *   sheet that stored it as a number has lost them; that is noted, not reconstructed.
 * - `Review Created (UTC)`: ISO text, or an xlsx date serial (read to ISO, marked Z).
 * - `Location Name`, when present, breaks the total down.
 */
import type { ImportIssue, KpiSource, SourceInput, SourceResult } from '../../types';
import { parseDateCell } from '../../cells/parseDate';
import { findColumn } from '../../text/headerRows';
import { dataRows, findGrid, type Grid } from './surveyGrid';
import { cellAt, isBreakdown, linesText, plural } from './surveyCells';
import { reviewResult, type ReviewRecord } from './reviewResult';

const isTrustpilotHeader = (h: string[]) => h.includes('review stars') && (h.includes('review content') || h.includes('review title')) && (h.includes('review id') || h.includes('review created (utc)'));

const findTrustpilot = (input: SourceInput): Grid | undefined => findGrid(input, isTrustpilotHeader);

export const trustpilotSource: KpiSource = {
  id: 'trustpilot',
  label: 'Trustpilot',
  recognize: (input) => (findTrustpilot(input) ? 1 : 0),
  extract(input): SourceResult {
    const grid = findTrustpilot(input);
    if (!grid) throw new Error('Not a Trustpilot export');
    const header = grid.rows[0]!.cells;
    const errors: ImportIssue[] = [];
    const notes: string[] = [];
    if (grid.sheet !== undefined) notes.push(`Sheet "${grid.sheet}"`);
    const checked = dataRows(grid, 1, header.length);
    errors.push(...checked.errors);
    notes.push(...checked.notes);
    const col = (...names: string[]) => findColumn(header, ...names);
    const [iStars, iTitle, iText, iDate, iRef, iLocation] = [col('Review Stars'), col('Review Title'), col('Review Content'), col('Review Created (UTC)'), col('Reference Id'), col('Location Name')];
    const segmentKeys = iLocation >= 0 && isBreakdown(checked.rows.map((r) => cellAt(r.cells, iLocation))) ? [header[iLocation]!.trim()] : [];
    const numericRefs: number[] = [];
    const noRef: number[] = [];
    const records: ReviewRecord[] = checked.rows.map((row) => {
      const cells = row.cells;
      const rec: ReviewRecord = { line: row.line, stars: cellAt(cells, iStars), segments: {} };
      if (iTitle >= 0) rec.title = cells[iTitle] ?? '';
      if (iText >= 0) rec.text = cells[iText] ?? '';
      const date = parseDateCell(cellAt(cells, iDate), undefined, true);
      if (date) rec.date = date;
      const ref = cellAt(cells, iRef);
      if (ref) rec.respondentId = ref;
      else if (iRef >= 0) noRef.push(row.line);
      if (ref && row.typed?.[iRef]?.type === 'number') numericRefs.push(row.line);
      if (segmentKeys.length) { const v = cellAt(cells, iLocation); if (v) rec.segments[segmentKeys[0]!] = v; }
      return rec;
    });
    if (noRef.length) notes.push(`${plural(noRef.length, 'review')} without a Reference Id (${linesText(noRef)})`);
    if (numericRefs.length) notes.push(`Reference Id stored as a number (${linesText(numericRefs)}): any leading zeros were lost in the file`);
    return reviewResult('trustpilot', records, segmentKeys, checked.read, errors, notes);
  },
};
