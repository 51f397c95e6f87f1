/** The import wizard's small decisions: which metrics start checked, how a typed target reads, which comments a card shows. */
import { describe, expect, it } from 'vitest';
import { defaultExcluded } from '../../renderer/ui/import/ImportWizard';
import { parseGoal } from '../../renderer/ui/import/MetricChoices';
import { feedbackFor } from '../../renderer/ui/inspector/FeedbackSection';
import type { Binding, Dataset } from '../../shared/model/schema';

describe('defaultExcluded', () => {
  it('leaves the secondary metrics of a known tool unchecked and keeps the headline ones', () => {
    const off = defaultExcluded(['users', 'conversion', 'dropOffRate', 'stepIndex', 'completionRate', 'users', 'promoters']);
    expect([...off].sort()).toEqual(['completionRate', 'promoters', 'stepIndex']);
  });
  it('keeps every column of a table of the user’s own metrics', () => {
    expect(defaultExcluded(['Visitors', 'Signups'])).toEqual(new Set());
  });
});

describe('parseGoal', () => {
  it('reads rates as percentages or fractions, and other units as numbers', () => {
    expect(parseGoal('30%', 'fraction')).toBeCloseTo(0.3);
    expect(parseGoal('30', 'fraction')).toBeCloseTo(0.3);
    expect(parseGoal('0.3', 'fraction')).toBeCloseTo(0.3);
    expect(parseGoal('4,2', 'score')).toBeCloseTo(4.2);
    expect(parseGoal(' 120 ', 'seconds')).toBe(120);
    expect(parseGoal('', 'score')).toBeUndefined();
    expect(parseGoal('soon', 'score')).toBeUndefined();
  });
});

describe('feedbackFor', () => {
  const dataset = (id: string, feedback: Dataset['feedback']): Dataset => ({
    id, name: id, source: 'qualtrics', fileName: `${id}.csv`, importedAt: '', rowsRead: 1, rowsImported: 1, errors: [], metrics: [], feedback, options: {},
  });
  const bind = (id: string, datasetId: string, scope: string, cardId: string): Binding => ({ id, datasetId, scope, metric: 'csat', target: { type: 'card', id: cardId }, higherIsBetter: true });

  it('shows the comments of the scopes mapped onto the card, most negative first, from every dataset', () => {
    const datasets = {
      a: dataset('a', [{ scope: 'Checkout', text: 'fine', sentiment: 0.2 }, { scope: 'Delivery', text: 'late', sentiment: -0.8 }, { scope: 'Checkout', text: 'awful', sentiment: -0.9 }]),
      b: dataset('b', [{ scope: 'Kasse', text: 'gut', sentiment: 0.5 }]),
    };
    const bindings = { x: bind('x', 'a', 'Checkout', 'card1'), y: bind('y', 'b', 'Kasse', 'card1'), z: bind('z', 'a', 'Delivery', 'card2') };
    expect(feedbackFor({ datasets, bindings }, 'card1').map((f) => f.text)).toEqual(['awful', 'fine', 'gut']);
    expect(feedbackFor({ datasets, bindings }, 'card2').map((f) => f.text)).toEqual(['late']);
    expect(feedbackFor({ datasets, bindings }, 'card3')).toEqual([]);
  });
});
