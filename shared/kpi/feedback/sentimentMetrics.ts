/**
 * Per-scope sentiment of the feedback: the mean (`sentiment`, −1…+1, n = items with a
 * sentiment) and how many items are positive, neutral and negative.
 */
import type { MetricValue } from '../../model/schema';
import type { FeedbackItem } from '../types';
import { groupBreakdown } from '../survey/groupBreakdown';
import { sentimentLabel } from './textSentiment';

export function sentimentMetrics(feedback: readonly FeedbackItem[], withTotal = true): MetricValue[] {
  const scored = feedback.filter((f) => f.sentiment !== undefined);
  const groups = groupBreakdown(scored, (f) => f.scope);
  const entries: [string, FeedbackItem[]][] = [...groups];
  if (withTotal && !groups.has('total')) entries.unshift(['total', scored]);
  return entries.flatMap(([scope, items]) => {
    const values = items.map((f) => f.sentiment!);
    const count = (label: string) => values.filter((v) => sentimentLabel(v) === label).length;
    return [
      { scope, metric: 'sentiment', value: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null, unit: 'score', n: values.length },
      { scope, metric: 'positiveFeedback', value: count('positive'), unit: 'count' },
      { scope, metric: 'neutralFeedback', value: count('neutral'), unit: 'count' },
      { scope, metric: 'negativeFeedback', value: count('negative'), unit: 'count' },
    ];
  });
}
