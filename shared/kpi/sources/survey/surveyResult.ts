/**
 * The common end of every survey and review source: metrics from the responses (survey
 * math), the comments as feedback with their sentiment, and per-scope sentiment metrics.
 */
import type { FeedbackItem, ImportIssue, SourceResult } from '../../types';
import { MAX_TEXT } from '../../../model/schema';
import type { ScoreKind } from '../../feedback/scoreSentiment';
import { feedbackItem } from '../../feedback/feedbackItem';
import { sentimentMetrics } from '../../feedback/sentimentMetrics';
import { surveyMetrics, type SurveyQuestions, type SurveyResponse } from '../../survey/surveyMetrics';

/**
 * The score that goes with a response's comments, by the survey's headline question:
 * NPS, else CSAT, else stars, else CES (the first the survey has and the respondent answered).
 */
export function commentScore(r: SurveyResponse, q: SurveyQuestions): { score: number; scoreKind: ScoreKind } | undefined {
  if (q.nps && r.nps !== undefined) return { score: r.nps, scoreKind: { kind: 'nps' } };
  if (q.csat !== false && r.csat !== undefined) return { score: r.csat, scoreKind: { kind: 'rating', scale: q.csat } };
  if (q.stars !== false && r.stars !== undefined) return { score: r.stars, scoreKind: { kind: 'rating', scale: q.stars } };
  if (q.ces !== false && r.ces !== undefined) return { score: r.ces, scoreKind: { kind: 'ces', ...q.ces } };
  return undefined;
}

/** The headline question's name, for the note saying where comment sentiment comes from. */
export function commentScoreName(q: SurveyQuestions): string {
  if (q.nps) return 'NPS';
  if (q.csat !== false) return 'CSAT';
  if (q.stars !== false) return 'stars';
  if (q.ces !== false) return 'CES';
  return 'none';
}

/** Comments of one response as feedback, attached to its touchpoint (or 'total'). */
export function responseFeedback(r: SurveyResponse, q: SurveyQuestions, texts: readonly string[]): FeedbackItem[] {
  const scored = commentScore(r, q);
  const items: FeedbackItem[] = [];
  for (const text of texts) {
    const item = feedbackItem({ scope: r.touchpoint ?? 'total', text, ...(scored ?? {}), ...(r.respondentId ? { respondentId: r.respondentId } : {}) });
    if (item) items.push(item);
  }
  return items;
}

export interface SurveyResultInput {
  source: string;
  title?: string;
  period?: { start: string; end: string };
  rowsRead: number;
  responses: SurveyResponse[];
  questions: SurveyQuestions;
  feedback: FeedbackItem[];
  errors: ImportIssue[];
  notes: string[];
}

/** Comments longer than a map stores are cut to MAX_TEXT, with a note saying how many. */
export function clipFeedback(feedback: FeedbackItem[], notes: string[]): void {
  const long = feedback.filter((f) => f.text.length > MAX_TEXT);
  for (const f of long) f.text = f.text.slice(0, MAX_TEXT);
  if (long.length) notes.push(`${long.length} comment${long.length === 1 ? '' : 's'} longer than ${MAX_TEXT} characters cut to ${MAX_TEXT} (the longest a map stores)`);
}

export function surveyResult(x: SurveyResultInput): SourceResult {
  const notes = [...x.notes];
  clipFeedback(x.feedback, notes);
  if (x.feedback.length) {
    notes.push(`${x.feedback.length} comment${x.feedback.length === 1 ? '' : 's'}; sentiment from the respondent's ${commentScoreName(x.questions)} answer where given, else from the text`);
  }
  const result: SourceResult = {
    source: x.source,
    rowsRead: x.rowsRead,
    rowsImported: x.responses.length,
    errors: x.errors,
    notes,
    metrics: [...surveyMetrics(x.responses, x.questions), ...sentimentMetrics(x.feedback)],
    feedback: x.feedback,
  };
  if (x.title !== undefined) result.title = x.title;
  if (x.period) result.period = x.period;
  // The CES reading decided from the file (e.g. Typeform's "effort" = lower is easier) is
  // stored with the dataset, so the map colors and curves it the right way and Refresh reads it the same.
  if (x.questions.ces !== false) result.decidedOptions = { cesScale: x.questions.ces.scale, cesHigherIsEasier: x.questions.ces.higherIsEasier };
  return result;
}
