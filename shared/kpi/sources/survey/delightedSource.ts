/**
 * Delighted survey responses, FORMATS.md 2.12 (API fields; the UI CSV's column names were
 * not found): `id`, `person`, `survey_type` (nps | csat | ces | 5star …), `score`, `comment`,
 * `permalink`, `created_at` / `updated_at` as Unix epoch **seconds**, `person_properties{}`
 * (flattened `person_properties.plan` columns in CSV), `notes`, `tags`. Read from the API
 * JSON (an array of responses) or a CSV with those columns.
 *
 * - nps 0–10; csat 1–5 (options.csatScale); ces on options.cesScale (default 7), higher =
 *   easier unless options.cesHigherIsEasier is false; 5star as stars. Without a
 *   survey_type column every response is NPS (Delighted's original survey), noted.
 * - Other survey types (smileys, thumbs, enps, pmf) are not read: excluded, lines noted.
 * - `person_properties.touchpoint` (or options.touchpointField) scopes a response; other
 *   properties with repeated values break the total down (`total / plan=team`).
 */
import type { ImportIssue, KpiSource, SourceResult } from '../../types';
import { fromEpoch } from '../../cells/parseDate';
import { DEFAULT_CSAT_SCALE, isScaleAnswer } from '../../survey/csatScore';
import { isNpsAnswer } from '../../survey/npsScore';
import type { SurveyQuestions, SurveyResponse } from '../../survey/surveyMetrics';
import { isBreakdown, linesText, periodOf, plural, readAnswer } from './surveyCells';
import { responseFeedback, surveyResult } from './surveyResult';
import { flatTable } from './flatTable';

const PROPS = 'person_properties.';

type Slot = 'nps' | 'csat' | 'ces' | 'stars';
const READERS: Record<string, (csat: number, ces: number) => [Slot, (v: number) => boolean, string]> = {
  nps: () => ['nps', isNpsAnswer, '0–10'],
  csat: (k) => ['csat', (v) => isScaleAnswer(v, k), `1–${k}`],
  ces: (_, k) => ['ces', (v) => isScaleAnswer(v, k), `1–${k}`],
  '5star': () => ['stars', (v) => isScaleAnswer(v, 5), '1–5'],
};
const isDelighted = (c: string[]) => c.includes('score') && c.includes('created_at') && (c.includes('permalink') || c.includes('survey_type') || c.some((x) => x.startsWith(PROPS)));

export const delightedSource: KpiSource = {
  id: 'delighted',
  label: 'Delighted',
  recognize: (input) => (flatTable(input, 'responses', isDelighted) ? 1 : 0),
  extract(input, options): SourceResult {
    const t = flatTable(input, 'responses', isDelighted);
    if (!t) throw new Error('Not Delighted responses');
    const errors: ImportIssue[] = [...t.errors];
    const notes = [...t.notes];
    const csatScale = typeof options.csatScale === 'number' ? options.csatScale : DEFAULT_CSAT_SCALE;
    const ces = { scale: typeof options.cesScale === 'number' ? options.cesScale : 7, higherIsEasier: options.cesHigherIsEasier !== false };
    const hasType = t.columns.includes('survey_type');
    if (!hasType) notes.push('No survey_type column: every score read as NPS (0–10)');
    const tpKey = `${PROPS}${typeof options.touchpointField === 'string' ? options.touchpointField.toLowerCase() : 'touchpoint'}`;
    const props = t.columns.filter((c) => c.startsWith(PROPS) && c !== tpKey && isBreakdown(t.records.map((r) => r.fields[c] ?? '')));
    const seen = new Set<string>();
    // A readAnswer error already names the line; rows excluded for it are not imported.
    const skipped = new Map<string, number[]>();
    const responses: (SurveyResponse & { texts: string[]; at?: string })[] = [];
    for (const rec of t.records) {
      const f = rec.fields;
      const type = (f.survey_type ?? 'nps').toLowerCase();
      const r: SurveyResponse & { texts: string[]; at?: string } = { line: rec.line, finished: true, segments: {}, items: {}, texts: [f.comment ?? ''] };
      const read = READERS[type];
      if (!read) { skipped.set(type, [...(skipped.get(type) ?? []), rec.line]); continue; }
      const [slot, valid, range] = read(csatScale, ces.scale);
      // The score is the whole response: without a valid one there is nothing to import.
      const score = f.score ?? '';
      if (score === '') { errors.push({ line: rec.line, message: `no score; response excluded` }); continue; }
      const v = readAnswer(score, rec.line, `score (${type})`, valid, range, errors);
      if (v === undefined) continue;
      r[slot] = v;
      seen.add(type);
      if (f.id) r.respondentId = f.id;
      if (f[tpKey]) r.touchpoint = f[tpKey];
      for (const p of props) if (f[p]) r.segments[p.slice(PROPS.length)] = f[p];
      const at = /^\d+(\.\d+)?$/.test(f.created_at ?? '') ? fromEpoch(Number(f.created_at), 's') : undefined;
      if (at) r.at = at;
      responses.push(r);
    }
    for (const [type, lines] of skipped) notes.push(`${plural(lines.length, 'response')} of survey type "${type}" not read (${linesText(lines)})`);
    const q: SurveyQuestions = {
      nps: seen.has('nps'), csat: seen.has('csat') ? csatScale : false, ces: seen.has('ces') ? ces : false, stars: seen.has('5star') ? 5 : false,
      items: [], segments: props.map((p) => p.slice(PROPS.length)),
    };
    if (q.ces !== false) notes.push(`CES on 1–${ces.scale}, ${ces.higherIsEasier ? 'higher' : 'lower'} = easier`);
    const period = periodOf(responses.map((r) => r.at));
    const feedback = responses.flatMap((r) => responseFeedback(r, q, r.texts));
    return surveyResult({ source: 'delighted', rowsRead: t.read, responses, questions: q, feedback, errors, notes, ...(period ? { period } : {}) });
  },
};
