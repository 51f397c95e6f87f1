/**
 * Typeform responses CSV, FORMATS.md 2.11: the first column is literally named `#` (the
 * response token) — a header, not a comment line (core's splitTables keeps `#,` lines) —
 * then one column per question, hidden fields, `Start Date (UTC)`, `Submit Date (UTC)`,
 * `Network ID` (and `Tags` in some exports).
 *
 * - Hidden fields are the columns named like Typeform requires hidden-field names
 *   (lower-case letters, digits, `_`): with repeated values they are breakdowns
 *   (`total / plan=team`); an empty value puts the response in no group.
 * - Number columns: NPS when the question says "recommend" (0–10), CES when it says
 *   "effort", "easy" or "difficult" (lower = easier for "effort"/"difficult", options
 *   override; scale options.cesScale, default 7), CSAT when it says "rate", "rating" or
 *   "satisf" (options.csatScale, default 5). Other number columns are not read (noted).
 * - Text columns: a choice question (a breakdown `total / <question>=<choice>`) when
 *   isChoiceColumn says so, else comments; a note says how each text column was read.
 * - Newer exports have `Response Type` (completed / partial): partial responses follow
 *   options.partialResponses (default include).
 */
import type { ImportIssue, KpiSource, SourceInput, SourceResult } from '../../types';
import { parseDateCell } from '../../cells/parseDate';
import { normalizeHeader } from '../../text/headerRows';
import { DEFAULT_CSAT_SCALE, isScaleAnswer } from '../../survey/csatScore';
import { isNpsAnswer } from '../../survey/npsScore';
import { applyPartialPolicy, partialPolicy } from '../../survey/partialPolicy';
import type { SurveyQuestions, SurveyResponse } from '../../survey/surveyMetrics';
import { dataRows, findGrid, type Grid } from './surveyGrid';
import { cellAt, hasRepeats, isBreakdown, isBlank, periodOf, readAnswer } from './surveyCells';
import { responseFeedback, surveyResult } from './surveyResult';

const META = new Set(['#', 'response type', 'start date (utc)', 'stage date (utc)', 'submit date (utc)', 'network id', 'tags', 'ending']);
const HIDDEN = /^[a-z][a-z0-9_]*$/;

const isTypeformHeader = (h: string[]) => h[0] === '#' && h.includes('submit date (utc)');

const findTypeform = (input: SourceInput): Grid | undefined => findGrid(input, isTypeformHeader);

 /**
 * A text column is a choice question when answers repeat, none is longer than 60
 * characters, and there are few distinct answers: at most 5, or at most half the answers.
 * (Free text repeats too — "Nothing", "No" — but has many distinct answers.)
 */
export function isChoiceColumn(values: readonly string[]): boolean {
  if (!hasRepeats(values) || values.some((v) => v.length > 60)) return false;
  const distinct = new Set(values).size;
  return distinct <= 5 || distinct * 2 <= values.length;
}

type Role = 'nps' | 'csat' | 'ces' | 'choice' | 'comment' | 'hidden' | 'unread';

export const typeformSource: KpiSource = {
  id: 'typeform',
  label: 'Typeform',
  recognize: (input) => (findTypeform(input) ? 1 : 0),
  extract(input, options): SourceResult {
    const grid = findTypeform(input);
    if (!grid) throw new Error('Not a Typeform export');
    const header = grid.rows[0]!.cells;
    const h = header.map(normalizeHeader);
    const errors: ImportIssue[] = [];
    const notes: string[] = [];
    const checked = dataRows(grid, 1, header.length);
    errors.push(...checked.errors);
    notes.push(...checked.notes);
    const rows = checked.rows;
    const column = (i: number) => rows.map((r) => cellAt(r.cells, i));

    const csatScale = typeof options.csatScale === 'number' ? options.csatScale : DEFAULT_CSAT_SCALE;
    const cesScale = typeof options.cesScale === 'number' ? options.cesScale : 7;
    let cesHigherIsEasier = true;
    const roles: Role[] = header.map((name, i) => {
      if (META.has(h[i]!)) return 'unread';
      if (HIDDEN.test(name.trim())) return 'hidden';
      const values = column(i).filter((v) => !isBlank(v));
      if (values.length && values.every((v) => /^\d+$/.test(v))) {
        if (/recommend/i.test(name)) return 'nps';
        if (/effort|eas(y|ier)|difficult/i.test(name)) {
          cesHigherIsEasier = typeof options.cesHigherIsEasier === 'boolean' ? options.cesHigherIsEasier : !/effort|difficult/i.test(name);
          return 'ces';
        }
        if (/\brat(e|ing)\b|satisf/i.test(name)) return 'csat';
        return 'unread';
      }
      return isChoiceColumn(values) ? 'choice' : 'comment';
    });
    const first = (role: Role) => roles.indexOf(role);
    const [iNps, iCsat, iCes] = [first('nps'), first('csat'), first('ces')];
    const hidden = roles.map((r, i) => (r === 'hidden' ? i : -1)).filter((i) => i >= 0);
    const segmentCols = [...hidden.filter((i) => isBreakdown(column(i))), ...roles.map((r, i) => (r === 'choice' ? i : -1)).filter((i) => i >= 0)];
    const commentCols = roles.map((r, i) => (r === 'comment' ? i : -1)).filter((i) => i >= 0);
    const unread = roles.map((r, i) => (r === 'unread' && !META.has(h[i]!) ? header[i] : '')).filter(Boolean);
    if (hidden.length) notes.push(`Hidden fields: ${hidden.map((i) => header[i]).join(', ')}`);
    const named = (role: Role) => roles.map((r, i) => (r === role ? `"${header[i]!.trim()}"` : '')).filter(Boolean).join(', ');
    if (roles.includes('choice')) notes.push(`Read as choices (breakdowns): ${named('choice')}`);
    if (roles.includes('comment')) notes.push(`Read as comments: ${named('comment')}`);
    if (unread.length) notes.push(`Not read: ${unread.join(', ')}`);
    if (iCes >= 0) notes.push(`CES: "${header[iCes]}" on 1–${cesScale}, ${cesHigherIsEasier ? 'higher' : 'lower'} = easier`);
    if (iCsat >= 0) notes.push(`CSAT: "${header[iCsat]}" on 1–${csatScale}, top-2-box = ${csatScale - 1}–${csatScale}`);

    const q: SurveyQuestions = {
      nps: iNps >= 0,
      csat: iCsat >= 0 ? csatScale : false,
      ces: iCes >= 0 ? { scale: cesScale, higherIsEasier: cesHigherIsEasier } : false,
      stars: false,
      items: [],
      segments: segmentCols.map((i) => header[i]!.trim()),
    };
    const iToken = h.indexOf('#');
    const iSubmit = h.indexOf('submit date (utc)');
    const iType = h.indexOf('response type');
    const responses: (SurveyResponse & { texts: string[]; submitted?: string })[] = [];
    for (const row of rows) {
      const cells = row.cells;
      const finished = cellAt(cells, iType).toLowerCase() !== 'partial';
      const r: SurveyResponse & { texts: string[]; submitted?: string } = { line: row.line, finished, segments: {}, items: {}, texts: commentCols.map((i) => cells[i] ?? '') };
      const token = cellAt(cells, iToken);
      if (token) r.respondentId = token;
      if (iNps >= 0) { const v = readAnswer(cellAt(cells, iNps), row.line, header[iNps]!, isNpsAnswer, '0–10', errors); if (v !== undefined) r.nps = v; }
      if (iCsat >= 0) { const v = readAnswer(cellAt(cells, iCsat), row.line, header[iCsat]!, (x) => isScaleAnswer(x, csatScale), `1–${csatScale}`, errors); if (v !== undefined) r.csat = v; }
      if (iCes >= 0) { const v = readAnswer(cellAt(cells, iCes), row.line, header[iCes]!, (x) => isScaleAnswer(x, cesScale), `1–${cesScale}`, errors); if (v !== undefined) r.ces = v; }
      for (const i of segmentCols) { const v = cellAt(cells, i); if (v) r.segments[header[i]!.trim()] = v; }
      const submitted = parseDateCell(cellAt(cells, iSubmit), undefined, true);
      if (submitted) r.submitted = submitted;
      responses.push(r);
    }
    const policy = applyPartialPolicy(responses, partialPolicy(options));
    if (policy.note) notes.push(policy.note);
    const kept = policy.kept;
    const period = periodOf(kept.map((r) => r.submitted));
    const feedback = kept.flatMap((r) => responseFeedback(r, q, r.texts));
    return surveyResult({ source: 'typeform', rowsRead: checked.read, responses: kept, questions: q, feedback, errors, notes, ...(period ? { period } : {}) });
  },
};
