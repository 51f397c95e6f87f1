/**
 * Medallia Agent Connect "Export Responses" CSV, FORMATS.md 2.13: `request_sent_at`,
 * `response_received_at` (UTC), `star_rating` 1–5, `comments` (a flag, not the text),
 * `channel`, `tags`, `brand`, employee fields. RFC 4180, delimiter `,` `;` or tab (core's
 * reader sniffs it).
 *
 * - A row with no `response_received_at` and no stars is an invitation without an answer:
 *   it counts for the response rate (`responseRate`, answered / sent), not for the stars.
 * - `channel` and `brand` break the total down. There is no comment text to read.
 * Experience Cloud exports are program-specific (field names per customer): not this source.
 */
import type { ImportIssue, KpiSource, SourceInput, SourceResult } from '../../types';
import { parseDateCell } from '../../cells/parseDate';
import { findColumn } from '../../text/headerRows';
import { dataRows, findGrid, type Grid } from './surveyGrid';
import { cellAt, isBreakdown, linesText, plural } from './surveyCells';
import { reviewResult, type ReviewRecord } from './reviewResult';

const isMedalliaHeader = (h: string[]) => h.includes('star_rating') && h.includes('response_received_at') && h.includes('request_sent_at');

const findMedallia = (input: SourceInput): Grid | undefined => findGrid(input, isMedalliaHeader);

export const medalliaSource: KpiSource = {
  id: 'medallia',
  label: 'Medallia (Agent Connect)',
  recognize: (input) => (findMedallia(input) ? 1 : 0),
  extract(input): SourceResult {
    const grid = findMedallia(input);
    if (!grid) throw new Error('Not a Medallia Agent Connect export');
    const header = grid.rows[0]!.cells;
    const errors: ImportIssue[] = [];
    const notes: string[] = [];
    const checked = dataRows(grid, 1, header.length);
    errors.push(...checked.errors);
    notes.push(...checked.notes);
    const [iStars, iReceived, iChannel, iBrand] = ['star_rating', 'response_received_at', 'channel', 'brand'].map((n) => findColumn(header, n)) as [number, number, number, number];
    const segmentCols = [iChannel, iBrand].filter((i) => i >= 0 && isBreakdown(checked.rows.map((r) => cellAt(r.cells, i))));
    const unanswered: number[] = [];
    const records: ReviewRecord[] = [];
    for (const row of checked.rows) {
      const c = row.cells;
      if (!cellAt(c, iReceived) && !cellAt(c, iStars)) { unanswered.push(row.line); continue; }
      const rec: ReviewRecord = { line: row.line, stars: cellAt(c, iStars), segments: {} };
      const date = parseDateCell(cellAt(c, iReceived), undefined, true);
      if (date) rec.date = date;
      for (const i of segmentCols) { const v = cellAt(c, i); if (v) rec.segments[header[i]!.trim()] = v; }
      records.push(rec);
    }
    if (unanswered.length) notes.push(`${plural(unanswered.length, 'invitation')} without a response (${linesText(unanswered)}): counted in the response rate only`);
    if (findColumn(header, 'comments') >= 0) notes.push('"comments" is a flag in this export; no comment text to read');
    const result = reviewResult('medallia', records, segmentCols.map((i) => header[i]!.trim()), checked.read, errors, notes);
    const sent = checked.rows.length;
    result.metrics.push({ scope: 'total', metric: 'responseRate', value: sent ? records.length / sent : null, unit: 'fraction', n: sent });
    return result;
  },
};
