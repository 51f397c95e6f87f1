/**
 * The common part of the review sources (Trustpilot, Google Play, App Store, Medallia):
 * star ratings on 1–5, a review text (title and body), a date, breakdown fields. Stars are
 * the score of the review, so its sentiment is star-derived (4–5 positive, 3 neutral, 1–2
 * negative); text sentiment is used only for a review without stars.
 */
import type { ImportIssue, SourceResult } from '../../types';
import { isScaleAnswer } from '../../survey/csatScore';
import type { SurveyQuestions, SurveyResponse } from '../../survey/surveyMetrics';
import { feedbackItem } from '../../feedback/feedbackItem';
import { periodOf, readAnswer } from './surveyCells';
import { surveyResult } from './surveyResult';

export const STAR_SCALE = 5;

export interface ReviewRecord {
  line: number;
  /** The stars cell as written (validated here). */
  stars: string;
  title?: string;
  text?: string;
  /** ISO date of the review. */
  date?: string;
  respondentId?: string;
  /** Breakdown key → value. */
  segments: Record<string, string>;
}

/** Title and body as one feedback text: the title on its own line when both exist. */
export function reviewText(title: string | undefined, body: string | undefined): string | undefined {
  const t = title?.trim() ? title : undefined;
  const b = body?.trim() ? body : undefined;
  return t && b ? `${t}\n${b}` : t ?? b;
}

export function reviewResult(source: string, records: readonly ReviewRecord[], segmentKeys: readonly string[], rowsRead: number, errors: ImportIssue[], notes: string[], title?: string): SourceResult {
  const q: SurveyQuestions = { nps: false, csat: false, ces: false, stars: STAR_SCALE, items: [], segments: [...segmentKeys] };
  const responses: SurveyResponse[] = [];
  const feedback = [];
  for (const rec of records) {
    const stars = readAnswer(rec.stars, rec.line, 'stars', (v) => isScaleAnswer(v, STAR_SCALE), `1–${STAR_SCALE}`, errors);
    const r: SurveyResponse = { line: rec.line, finished: true, segments: rec.segments, items: {} };
    if (stars !== undefined) r.stars = stars;
    if (rec.respondentId) r.respondentId = rec.respondentId;
    responses.push(r);
    const item = feedbackItem({
      scope: 'total', text: reviewText(rec.title, rec.text),
      ...(stars !== undefined ? { score: stars, scoreKind: { kind: 'rating' as const, scale: STAR_SCALE } } : {}),
      ...(rec.respondentId ? { respondentId: rec.respondentId } : {}),
    });
    if (item) feedback.push(item);
  }
  const period = periodOf(records.map((r) => r.date));
  return surveyResult({ source, rowsRead, responses, questions: q, feedback, errors, notes, ...(title ? { title } : {}), ...(period ? { period } : {}) });
}
