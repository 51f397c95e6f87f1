/**
 * Zendesk satisfaction ratings, FORMATS.md 2.15 (API fields, flattened to CSV or the API's
 * `{ satisfaction_ratings: [...] }` JSON): `id, assignee_id, group_id, requester_id,
 * ticket_id, score, comment, reason, reason_id, created_at, updated_at`.
 *
 * - score good / bad: CSAT = good / (good + bad). `offered` = asked, no answer: not in CSAT,
 *   counted in the response rate (answered / offered-or-answered). `unoffered` = never
 *   asked: in neither, noted.
 * - Customizable CSAT numbers 1–5 fold as Explore does: 4–5 good, 1–3 bad (the number is
 *   kept as the comment's score).
 * - `group_id` breaks the total down; comments carry good → +1 / bad → −1 sentiment (or
 *   the 1–5 score's), scope 'total'.
 */
import type { FeedbackItem, ImportIssue, KpiSource, SourceResult } from '../../types';
import type { MetricValue } from '../../../model/schema';
import { inferDateOrder, parseDateCell } from '../../cells/parseDate';
import { breakdownScope, groupBreakdown } from '../../survey/groupBreakdown';
import { feedbackItem } from '../../feedback/feedbackItem';
import { sentimentMetrics } from '../../feedback/sentimentMetrics';
import { isBreakdown, linesText, periodOf, plural } from './surveyCells';
import { flatTable } from './flatTable';
import { clipFeedback } from './surveyResult';

const isZendesk = (c: string[]) => c.includes('score') && c.includes('ticket_id') && (c.includes('requester_id') || c.includes('assignee_id'));

interface Rating { line: number; answer?: 'good' | 'bad'; offered: boolean; group?: string }

function scopeMetrics(scope: string, rs: readonly Rating[]): MetricValue[] {
  const answered = rs.filter((r) => r.answer).length;
  const good = rs.filter((r) => r.answer === 'good').length;
  const asked = answered + rs.filter((r) => r.offered).length;
  return [
    { scope, metric: 'responses', value: answered, unit: 'count' },
    { scope, metric: 'csat', value: answered ? good / answered : null, unit: 'fraction', n: answered },
    { scope, metric: 'responseRate', value: asked ? answered / asked : null, unit: 'fraction', n: asked },
  ];
}

export const zendeskCsatSource: KpiSource = {
  id: 'zendesk-csat',
  label: 'Zendesk CSAT',
  recognize: (input) => (flatTable(input, 'satisfaction_ratings', isZendesk) ? 1 : 0),
  extract(input, options): SourceResult {
    const t = flatTable(input, 'satisfaction_ratings', isZendesk);
    if (!t) throw new Error('Not Zendesk satisfaction ratings');
    const errors: ImportIssue[] = [...t.errors];
    const notes = [...t.notes];
    // API dates are ISO; an Excel re-saved block writes 02/05/2024 09:00 (order from the column, else options.dateOrder).
    const inferred = inferDateOrder(t.records.map((r) => r.fields.created_at ?? ''));
    const dateOrder = inferred.order ?? (options.dateOrder === 'DMY' || options.dateOrder === 'MDY' ? options.dateOrder : undefined);
    if (inferred.ambiguous && !inferred.order && !dateOrder) notes.push('Some dates could be DMY or MDY and no date decides: left out of the period (set options.dateOrder)');
    const groupKey = isBreakdown(t.records.map((r) => r.fields.group_id ?? '')) ? 'group_id' : undefined;
    const ratings: Rating[] = [];
    const unoffered: number[] = [];
    const feedback: FeedbackItem[] = [];
    const dates: (string | undefined)[] = [];
    for (const rec of t.records) {
      const f = rec.fields;
      const s = (f.score ?? '').toLowerCase();
      const r: Rating = { line: rec.line, offered: false };
      if (groupKey && f.group_id) r.group = f.group_id;
      let item: FeedbackItem | undefined;
      if (s === 'good' || s === 'bad') {
        r.answer = s;
        item = feedbackItem({ scope: 'total', text: f.comment, ...(f.id ? { respondentId: f.id } : {}) });
        if (item) item.sentiment = s === 'good' ? 1 : -1;
      } else if (/^[1-5]$/.test(s)) {
        r.answer = Number(s) >= 4 ? 'good' : 'bad';
        item = feedbackItem({ scope: 'total', text: f.comment, score: Number(s), scoreKind: { kind: 'rating', scale: 5 }, ...(f.id ? { respondentId: f.id } : {}) });
      } else if (s === 'offered') r.offered = true;
      else if (s === 'unoffered') { unoffered.push(rec.line); continue; }
      else { errors.push({ line: rec.line, message: `score "${f.score ?? ''}" is not good, bad, offered, unoffered or 1–5; rating excluded` }); continue; }
      if (item) feedback.push(item);
      ratings.push(r);
      dates.push(parseDateCell(f.created_at ?? '', dateOrder, true));
    }
    if (unoffered.length) notes.push(`${plural(unoffered.length, 'ticket')} never offered a survey (unoffered, ${linesText(unoffered)}): in neither CSAT nor the response rate`);
    const offered = ratings.filter((r) => r.offered).length;
    if (offered) notes.push(`${plural(offered, 'survey')} offered without an answer: counted in the response rate, not in CSAT`);
    const metrics = scopeMetrics('total', ratings);
    if (groupKey) for (const [g, rs] of groupBreakdown(ratings, (r) => r.group)) metrics.push(...scopeMetrics(breakdownScope('total', groupKey, g), rs));
    clipFeedback(feedback, notes);
    metrics.push(...sentimentMetrics(feedback));
    const answered = ratings.filter((r) => r.answer);
    const period = periodOf(dates);
    const result: SourceResult = {
      source: 'zendesk-csat', rowsRead: t.read, rowsImported: ratings.length, errors, notes, metrics, feedback,
    };
    if (period) result.period = period;
    if (answered.length === 0) notes.push('No answered rating: CSAT is missing');
    return result;
  },
};
