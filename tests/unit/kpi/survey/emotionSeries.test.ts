import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emotionSeries, toEmotionScale, unitSentiment } from '../../../../shared/kpi/feedback/emotionSeries';
import type { MetricValue } from '../../../../shared/model/schema';
import { qualtricsSource } from '../../../../shared/kpi/sources/survey/qualtricsSource';
import { delimitedInput, sampleBytes } from './fixtures';

const m = (scope: string, metric: string, value: number | null, n?: number): MetricValue => ({ scope, metric, value, unit: 'score', ...(n === undefined ? {} : { n }) });

describe('data-driven emotion series', () => {
  it('maps −1…+1 linearly onto the map scale', () => {
    expect(toEmotionScale(-1, { min: -5, max: 5 })).toBe(-5);
    expect(toEmotionScale(0, { min: -5, max: 5 })).toBe(0);
    expect(toEmotionScale(1, { min: 1, max: 7 })).toBe(7);
    expect(toEmotionScale(0, { min: 1, max: 7 })).toBe(4);
  });

  it('reads each metric on its own scale', () => {
    expect(unitSentiment('nps', 25)).toBe(0.25);
    expect(unitSentiment('csat', 0.75)).toBe(0.5);
    expect(unitSentiment('csatMean', 4)).toBe(0.5);
    expect(unitSentiment('stars', 1)).toBe(-1);
    expect(unitSentiment('ces', 5.5)).toBe(0.5);
    expect(unitSentiment('ces', 2.5, { cesHigherIsEasier: false })).toBe(0.5);
    expect(unitSentiment('sessions', 3)).toBeUndefined();
  });

  it('one metric for the whole series, steps in the given order, missing values left out', () => {
    const metrics = [
      m('total', 'csatMean', 3.6), m('Checkout', 'csatMean', 4, 4), m('Checkout', 'nps', 25), m('Delivery', 'csatMean', null, 0),
      m('Delivery', 'nps', 33.3), m('Returns', 'csatMean', 3, 3), m('total / plan=team', 'csatMean', 5),
    ];
    const series = emotionSeries(metrics, { min: -5, max: 5 });
    expect(series.map((p) => [p.scope, p.metric, p.score])).toEqual([['Checkout', 'csatMean', 2.5], ['Returns', 'csatMean', 0]]);
    const ordered = emotionSeries(metrics, { min: -5, max: 5 }, { metric: 'nps', scopes: ['Delivery', 'Checkout'] });
    expect(ordered.map((p) => p.scope)).toEqual(['Delivery', 'Checkout']);
    expect(ordered[1]).toEqual({ scope: 'Checkout', metric: 'nps', value: 25, score: 1.25 });
    expect(emotionSeries(metrics, { min: -5, max: 5 }, { metric: 'csatMean', minN: 4 }).map((p) => p.scope)).toEqual(['Checkout']);
    // With n ≥ 4 CSAT covers one step and NPS two: the series takes the metric covering most steps.
    expect(emotionSeries(metrics, { min: -5, max: 5 }, { minN: 4 }).map((p) => [p.scope, p.metric])).toEqual([['Checkout', 'nps'], ['Delivery', 'nps']]);
    expect(emotionSeries([m('A', 'sessions', 10)], { min: -5, max: 5 })).toEqual([]);
  });

  it('stays on the scale and keeps the order of the values', () => {
    const scale = fc.tuple(fc.integer({ min: -100, max: 99 }), fc.integer({ min: 1, max: 100 })).map(([min, d]) => ({ min, max: Math.min(100, min + d) }));
    fc.assert(fc.property(scale, fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 2, maxLength: 20 }), (sc, values) => {
      const series = emotionSeries(values.map((v, i) => m(`s${i}`, 'nps', v)), sc);
      expect(series).toHaveLength(values.length);
      series.forEach((p, i) => {
        expect(p.score).toBeGreaterThanOrEqual(sc.min - 1e-9);
        expect(p.score).toBeLessThanOrEqual(sc.max + 1e-9);
        if (i > 0 && values[i]! > values[i - 1]!) expect(p.score).toBeGreaterThanOrEqual(series[i - 1]!.score);
      });
    }));
  });
});

describe('emotion series from an imported survey', () => {
  it('Qualtrics sample, touchpoints in map order on a −5…+5 scale: CSAT mean 4.00 / 3.67 / 3.00 → 2.5 / 1.67 / 0', () => {
    const file = 'qualtrics_post_purchase_may2024.csv';
    const r = qualtricsSource.extract(delimitedInput(file, sampleBytes(file)), {});
    const series = emotionSeries(r.metrics, { min: -5, max: 5 }, { scopes: ['Checkout', 'Delivery', 'Returns'] });
    expect(series.map((p) => [p.scope, p.metric, Number(p.score.toFixed(2)), p.n])).toEqual([
      ['Checkout', 'csatMean', 2.5, 4], ['Delivery', 'csatMean', 1.67, 3], ['Returns', 'csatMean', 0, 3],
    ]);
    const nps = emotionSeries(r.metrics, { min: 1, max: 7 }, { metric: 'nps', scopes: ['Checkout', 'Delivery', 'Returns'] });
    expect(nps.map((p) => Number(p.score.toFixed(2)))).toEqual([4, 5, 4]);
  });
});
