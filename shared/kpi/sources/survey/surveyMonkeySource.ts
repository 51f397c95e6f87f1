/**
 * SurveyMonkey "All individual responses" export (expanded), FORMATS.md 2.10: row 1 the
 * question text (blank over the further columns of a matrix or multiple-choice question),
 * row 2 `Response` / `Open-Ended Response` / `Other (please specify)` / the matrix row or
 * choice label. Answers are choice text.
 *
 * - Question text is forward-filled over the blank row-1 cells of answer columns.
 * - A `Response` column on the ease scale (Very difficult = 1 … Very easy = 5) is CES; on
 *   the satisfaction scale, CSAT; 0–10 numbers under "recommend", NPS; numbers under
 *   "easy"/"effort"/"difficult" CES (options.cesScale, default 7; "effort"/"difficult" =
 *   lower is easier unless options.cesHigherIsEasier), under "satisf…"/"rate" CSAT
 *   (options.csatScale, default 5); other single choices
 *   are breakdowns of the total (`total / <question>=<choice>`), the `Other (please specify)`
 *   text standing in when no listed choice was picked.
 * - A matrix on the satisfaction scale gives per-row CSAT, on the ease scale per-row CES;
 *   each row label is its own scope.
 * - Open-ended answers are comments (scope 'total').
 * - Empty cells are skipped answers (counted per question in the notes); text that is not
 *   on the question's scale is an error on its line, never mapped by guess.
 * - Dates: `MM/DD/YYYY hh:mm:ss AM/PM` in the sample (not verified, FORMATS.md [A]): the
 *   order is read from the column where a day over 12 decides it, else options.dateOrder
 *   ('MDY' | 'DMY'), else MDY — said in a note.
 */
import type { ImportIssue, KpiSource, SourceInput, SourceResult } from '../../types';
import { inferDateOrder, parseDateCell, type DateOrder } from '../../cells/parseDate';
import { forwardFill, normalizeHeader } from '../../text/headerRows';
import { choiceScaleLength, choiceScore, type ChoiceScaleKind } from '../../survey/choiceScales';
import { isNpsAnswer } from '../../survey/npsScore';
import { DEFAULT_CSAT_SCALE, isScaleAnswer } from '../../survey/csatScore';
import type { SurveyQuestions, SurveyResponse } from '../../survey/surveyMetrics';
import { dataRows, findGrid, type Grid, type GridRow } from './surveyGrid';
import { cellAt, hasRepeats, isBlank, linesText, periodOf, readAnswer } from './surveyCells';
import { responseFeedback, surveyResult } from './surveyResult';

const RESPONSE = 'response';
const OPEN = 'open-ended response';
const OTHER = /^other \(please specify\)$/;

const EASE = /\beas(y|ier|e)\b|effort|difficult/i;
const RATING = /satisf|\brat(e|ing)\b/i;

/** A single rating question: answers as choice text on a known scale, or as numbers 1…scale. */
interface Rated { q: Question; kind: ChoiceScaleKind | 'number'; scale: number; higherIsEasier: boolean }

const isMonkeyHeader = (h: string[]) => h.includes('respondent id') && h.includes('collector id');

/** Row 2 is the answer-label row: blank under the respondent columns, labels over the answers. */
function findMonkey(input: SourceInput): Grid | undefined {
  const g = findGrid(input, isMonkeyHeader);
  if (!g || g.rows.length < 2) return undefined;
  const id = g.rows[0]!.cells.map(normalizeHeader).indexOf('respondent id');
  const second = g.rows[1]!.cells;
  return (second[id] ?? '').trim() === '' && second.some((c) => c.trim() !== '') ? g : undefined;
}

interface Question { text: string; cols: number[]; labels: string[] }

function questions(row1: readonly string[], row2: readonly string[]): Question[] {
  const filled = forwardFill(row1);
  const out: Question[] = [];
  row2.forEach((label, i) => {
    if (label.trim() === '') return;
    const text = filled[i] ?? '';
    const last = out[out.length - 1];
    if (last && (row1[i] ?? '').trim() === '' && last.text === text) { last.cols.push(i); last.labels.push(label.trim()); }
    else out.push({ text, cols: [i], labels: [label.trim()] });
  });
  return out;
}

/** The choice scale most of a column set's answers are on (at least half of them), if any. */
function scaleOf(rows: readonly GridRow[], cols: readonly number[]): ChoiceScaleKind | undefined {
  const values = rows.flatMap((r) => cols.map((i) => cellAt(r.cells, i))).filter((v) => !isBlank(v));
  if (!values.length) return undefined;
  let best: ChoiceScaleKind | undefined;
  let fits = 0;
  for (const kind of ['ease', 'satisfaction'] as const) {
    const k = values.filter((v) => choiceScore(v, kind) !== undefined).length;
    if (k > fits) { best = kind; fits = k; }
  }
  return fits * 2 >= values.length ? best : undefined;
}

function readChoice(cell: string, kind: ChoiceScaleKind, line: number, what: string, errors: ImportIssue[]): number | undefined {
  if (isBlank(cell)) return undefined;
  const v = choiceScore(cell, kind);
  if (v === undefined) errors.push({ line, message: `${what}: "${cell}" is not on the ${kind} scale; answer left out` });
  return v;
}

export const surveyMonkeySource: KpiSource = {
  id: 'surveymonkey',
  label: 'SurveyMonkey',
  recognize: (input) => (findMonkey(input) ? 1 : 0),
  extract(input, options): SourceResult {
    const grid = findMonkey(input);
    if (!grid) throw new Error('Not a SurveyMonkey export');
    const row1 = grid.rows[0]!.cells;
    const row2 = grid.rows[1]!.cells;
    const errors: ImportIssue[] = [];
    const notes: string[] = [];
    const checked = dataRows(grid, 2, Math.max(row1.length, row2.length));
    errors.push(...checked.errors);
    notes.push(...checked.notes);
    const rows = checked.rows;
    const h = row1.map(normalizeHeader);
    const iId = h.indexOf('respondent id');

    let nps: Question | undefined;
    let csat: Rated | undefined;
    let ces: Rated | undefined;
    const csatScale = typeof options.csatScale === 'number' ? options.csatScale : DEFAULT_CSAT_SCALE;
    const cesScale = typeof options.cesScale === 'number' ? options.cesScale : 7;
    const matrices: { q: Question; kind: ChoiceScaleKind }[] = [];
    const choices: { q: Question; other: number }[] = [];
    const open: Question[] = [];
    for (const q of questions(row1, row2)) {
      const labels = q.labels.map(normalizeHeader);
      if (labels.length === 1 && labels[0] === OPEN) { open.push(q); continue; }
      if (labels[0] === RESPONSE) {
        const other = q.cols[labels.findIndex((l) => OTHER.test(l))] ?? -1;
        const main = [q.cols[0]!];
        const kind = other < 0 ? scaleOf(rows, main) : undefined;
        const numeric = rows.every((r) => { const v = cellAt(r.cells, main[0]!); return isBlank(v) || /^\d+$/.test(v); });
        if (other < 0 && numeric && /recommend/i.test(q.text) && !nps) nps = q;
        else if (kind === 'ease' && !ces) ces = { q, kind, scale: choiceScaleLength(kind), higherIsEasier: true };
        else if (kind === 'satisfaction' && !csat) csat = { q, kind, scale: choiceScaleLength(kind), higherIsEasier: true };
        else if (other < 0 && numeric && EASE.test(q.text) && !ces) {
          const higherIsEasier = typeof options.cesHigherIsEasier === 'boolean' ? options.cesHigherIsEasier : !/effort|difficult/i.test(q.text);
          ces = { q, kind: 'number', scale: cesScale, higherIsEasier };
        } else if (other < 0 && numeric && RATING.test(q.text) && !csat) csat = { q, kind: 'number', scale: csatScale, higherIsEasier: true };
        else choices.push({ q, other });
        continue;
      }
      const kind = scaleOf(rows, q.cols);
      if (kind) matrices.push({ q, kind });
      else notes.push(`Not read (a multiple-answer question): "${q.text}"`);
    }

    const items = matrices.flatMap(({ q, kind }) => q.cols.map((i, k) => ({
      i, kind, scope: q.labels[k]!, scale: choiceScaleLength(kind),
      ...(kind === 'ease' ? { ces: { scale: choiceScaleLength(kind), higherIsEasier: true } } : {}),
    })));
    const customCols = h.map((x, i) => (/^custom data \d+$/.test(x) ? i : -1)).filter((i) => i >= 0);
    const segmentCustom: number[] = [];
    for (const i of customCols) {
      const values = rows.map((r) => cellAt(r.cells, i));
      const distinct = [...new Set(values)];
      if (distinct.length === 1 && distinct[0] !== '') notes.push(`${row1[i]} = ${distinct[0]} on every row`);
      else if (hasRepeats(values)) segmentCustom.push(i);
    }
    const q: SurveyQuestions = {
      nps: nps !== undefined,
      csat: csat ? csat.scale : false,
      ces: ces ? { scale: ces.scale, higherIsEasier: ces.higherIsEasier } : false,
      stars: false,
      items: items.map(({ scope, scale, ces: c }) => (c ? { scope, scale, ces: c } : { scope, scale })),
      segments: [...segmentCustom.map((i) => row1[i]!.trim()), ...choices.map((c) => c.q.text.trim())],
    };
    if (ces?.kind === 'ease') notes.push(`CES: "${ces.q.text}" from choice text, Very difficult = 1 … Very easy = 5`);
    else if (ces) notes.push(`CES: "${ces.q.text}" on 1–${ces.scale}, ${ces.higherIsEasier ? 'higher' : 'lower'} = easier`);
    if (csat?.kind === 'number') notes.push(`CSAT: "${csat.q.text}" on 1–${csat.scale}, top-2-box = ${csat.scale - 1}–${csat.scale}`);

    const skipped = new Map<string, number[]>();
    const skip = (what: string, line: number) => skipped.set(what, [...(skipped.get(what) ?? []), line]);
    const responses: (SurveyResponse & { texts: string[] })[] = [];
    for (const row of rows) {
      const cells = row.cells;
      const r: SurveyResponse & { texts: string[] } = { line: row.line, finished: true, segments: {}, items: {}, texts: open.map((o) => cells[o.cols[0]!] ?? '') };
      const id = cellAt(cells, iId);
      if (id) r.respondentId = id;
      if (nps) {
        const v = readAnswer(cellAt(cells, nps.cols[0]!), row.line, 'NPS', isNpsAnswer, '0–10', errors);
        if (v !== undefined) r.nps = v; else if (isBlank(cellAt(cells, nps.cols[0]!))) skip('NPS', row.line);
      }
      for (const [slot, x] of [['ces', ces], ['csat', csat]] as const) {
        if (!x) continue;
        const cell = cellAt(cells, x.q.cols[0]!);
        const v = x.kind === 'number'
          ? readAnswer(cell, row.line, slot.toUpperCase(), (n) => isScaleAnswer(n, x.scale), `1–${x.scale}`, errors)
          : readChoice(cell, x.kind, row.line, slot.toUpperCase(), errors);
        if (v !== undefined) r[slot] = v; else if (isBlank(cell)) skip(slot.toUpperCase(), row.line);
      }
      for (const it of items) {
        const cell = cellAt(cells, it.i);
        const v = readChoice(cell, it.kind, row.line, it.scope, errors);
        if (v !== undefined) r.items[it.scope] = v; else if (isBlank(cell)) skip(it.scope, row.line);
      }
      for (const i of segmentCustom) { const v = cellAt(cells, i); if (v) r.segments[row1[i]!.trim()] = v; }
      for (const c of choices) {
        const v = cellAt(cells, c.q.cols[0]!) || cellAt(cells, c.other);
        if (v) r.segments[c.q.text.trim()] = v;
      }
      responses.push(r);
    }
    for (const c of choices.filter((x) => x.other >= 0)) {
      const others = rows.filter((r) => !cellAt(r.cells, c.q.cols[0]!) && cellAt(r.cells, c.other));
      if (others.length) notes.push(`"${c.q.text.trim()}": ${others.length} answer${others.length === 1 ? '' : 's'} from "Other (please specify)" (${linesText(others.map((r) => r.line))})`);
    }
    for (const [what, lines] of skipped) notes.push(`${what}: ${lines.length} skipped (${linesText(lines)})`);

    const iStart = h.indexOf('start date');
    const iEnd = h.indexOf('end date');
    const dateCells = rows.flatMap((r) => [cellAt(r.cells, iStart), cellAt(r.cells, iEnd)]);
    const inferred = inferDateOrder(dateCells);
    const order: DateOrder = inferred.order ?? (options.dateOrder === 'DMY' ? 'DMY' : 'MDY');
    if (!inferred.order && inferred.ambiguous) notes.push(`Dates read as ${order === 'MDY' ? 'MM/DD/YYYY' : 'DD/MM/YYYY'} (no date in the file decides; options.dateOrder)`);
    const period = periodOf(dateCells.map((d) => (d ? parseDateCell(d, order) : undefined)));

    const feedback = responses.flatMap((r) => responseFeedback(r, q, r.texts));
    return surveyResult({ source: 'surveymonkey', rowsRead: checked.read, responses, questions: q, feedback, errors, notes, ...(period ? { period } : {}) });
  },
};
