import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { npsCategory, npsScore } from '../../../../shared/kpi/survey/npsScore';
import { csatScore } from '../../../../shared/kpi/survey/csatScore';
import { cesScore } from '../../../../shared/kpi/survey/cesScore';
import { applyPartialPolicy, partialPolicy } from '../../../../shared/kpi/survey/partialPolicy';
import { breakdownScope, groupBreakdown } from '../../../../shared/kpi/survey/groupBreakdown';
import { choiceScore, detectChoiceScale } from '../../../../shared/kpi/survey/choiceScales';
import { surveyMetrics, type SurveyResponse } from '../../../../shared/kpi/survey/surveyMetrics';

const nps = fc.integer({ min: 0, max: 10 });
const shuffled = <T>(xs: T[]) => fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length });

describe('NPS', () => {
  it('categorizes 0–6 / 7–8 / 9–10 and refuses what is not an answer', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
    for (const bad of [-1, 11, 7.5, Number.NaN]) expect(() => npsCategory(bad)).toThrow(RangeError);
  });

  it('is missing, not 0, without answers', () => {
    expect(npsScore([])).toEqual({ n: 0, promoters: 0, passives: 0, detractors: 0, score: null });
  });

  it('equals % 9–10 minus % 0–6 on random answers, within −100…100', () => {
    fc.assert(fc.property(fc.array(nps, { minLength: 1, maxLength: 300 }), (xs) => {
      const r = npsScore(xs);
      const pct = (f: (x: number) => boolean) => (100 * xs.filter(f).length) / xs.length;
      expect(r.score).toBeCloseTo(pct((x) => x >= 9) - pct((x) => x <= 6), 9);
      expect(r.score!).toBeGreaterThanOrEqual(-100);
      expect(r.score!).toBeLessThanOrEqual(100);
      expect(r.promoters + r.passives + r.detractors).toBe(xs.length);
    }));
  });

  it('does not depend on row order', () => {
    fc.assert(fc.property(fc.array(nps, { minLength: 1, maxLength: 60 }).chain((xs) => fc.tuple(fc.constant(xs), shuffled(xs))), ([a, b]) => {
      expect(npsScore(b)).toEqual(npsScore(a));
    }));
  });

  it('adding passives moves the score toward 0 without changing its sign', () => {
    fc.assert(fc.property(fc.array(nps, { minLength: 1, maxLength: 50 }), fc.integer({ min: 1, max: 20 }), (xs, k) => {
      const before = npsScore(xs).score!;
      const after = npsScore([...xs, ...Array<number>(k).fill(7)]).score!;
      expect(Math.abs(after)).toBeLessThanOrEqual(Math.abs(before) + 1e-9);
      expect(Math.sign(after)).toBe(Math.sign(before));
    }));
  });
});

describe('CSAT', () => {
  it('is the top-2-box share and the mean, on a configurable scale', () => {
    expect(csatScore([5, 4, 3, 2, 1])).toEqual({ n: 5, satisfied: 2, topTwo: 0.4, mean: 3 });
    expect(csatScore([7, 6, 5, 1], 7)).toEqual({ n: 4, satisfied: 2, topTwo: 0.5, mean: 19 / 4 });
    expect(csatScore([])).toEqual({ n: 0, satisfied: 0, topTwo: null, mean: null });
    expect(() => csatScore([6])).toThrow(RangeError);
    expect(() => csatScore([1], 2)).toThrow(RangeError);
  });

  it('top-2 share is in 0…1 and the mean on the scale, for any scale and order', () => {
    fc.assert(fc.property(fc.integer({ min: 3, max: 11 }).chain((k) => fc.tuple(fc.constant(k), fc.array(fc.integer({ min: 1, max: k }), { minLength: 1, maxLength: 100 }))), ([k, xs]) => {
      const r = csatScore(xs, k);
      expect(r.topTwo).toBeCloseTo(xs.filter((x) => x >= k - 1).length / xs.length, 12);
      expect(r.mean!).toBeGreaterThanOrEqual(1);
      expect(r.mean!).toBeLessThanOrEqual(k);
      expect(csatScore([...xs].reverse(), k)).toEqual(r);
    }));
  });
});

describe('CES', () => {
  it('keeps the mean on the file scale and counts the easy end in either direction', () => {
    expect(cesScore([7, 6, 2], { scale: 7, higherIsEasier: true })).toEqual({ n: 3, easyCount: 2, easy: 2 / 3, mean: 5 });
    expect(cesScore([1, 2, 6], { scale: 7, higherIsEasier: false })).toEqual({ n: 3, easyCount: 2, easy: 2 / 3, mean: 3 });
    expect(cesScore([5, 4, 1], { scale: 5, higherIsEasier: true }).easyCount).toBe(2);
    expect(() => cesScore([6], { scale: 5, higherIsEasier: true })).toThrow(RangeError);
  });

  it('reversing the direction and mirroring the answers gives the same easy share', () => {
    fc.assert(fc.property(fc.constantFrom(5, 7), fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 80 }), (k, xs) => {
      const a = cesScore(xs, { scale: k, higherIsEasier: true });
      const b = cesScore(xs.map((x) => k + 1 - x), { scale: k, higherIsEasier: false });
      expect(b.easy).toBeCloseTo(a.easy!, 12);
      expect(b.mean).toBeCloseTo(k + 1 - a.mean!, 12);
    }));
  });
});

describe('partial responses', () => {
  const rs = [{ line: 4, finished: true }, { line: 9, finished: false }, { line: 12, finished: true }];

  it('default policy is include, and the note names the lines', () => {
    expect(partialPolicy({})).toBe('include');
    const r = applyPartialPolicy(rs, partialPolicy({}));
    expect(r.kept).toHaveLength(3);
    expect(r.note).toContain('line 9');
    expect(r.note).toContain('included');
  });

  it('exclude keeps finished responses and reports the excluded ones', () => {
    const r = applyPartialPolicy(rs, partialPolicy({ partialResponses: 'exclude' }));
    expect(r.kept.map((x) => x.line)).toEqual([4, 12]);
    expect(r.excluded.map((x) => x.line)).toEqual([9]);
    expect(r.note).toContain('excluded');
  });

  it('names at most ten lines', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ line: i + 2, finished: false }));
    expect(applyPartialPolicy(many, 'include').note).toBe('25 partial responses (lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …) included for the questions answered (partialResponses: include)');
  });

  it('says nothing when every response is finished', () => {
    expect(applyPartialPolicy([rs[0]!], 'exclude').note).toBeUndefined();
  });
});

describe('breakdowns and choice scales', () => {
  it('groups in order of first appearance and skips empty keys', () => {
    const g = groupBreakdown(['b1', 'a1', 'b2', '', 'c1'], (s) => s.slice(0, 1) || undefined);
    expect([...g.keys()]).toEqual(['b', 'a', 'c']);
    expect(g.get('b')).toEqual(['b1', 'b2']);
    expect(breakdownScope('total', 'plan', 'team')).toBe('total / plan=team');
  });

  it('maps choice text only when it is a known label', () => {
    expect(choiceScore('Very easy', 'ease')).toBe(5);
    expect(choiceScore(' neither satisfied nor dissatisfied ', 'satisfaction')).toBe(3);
    expect(choiceScore('Quite easy', 'ease')).toBeUndefined();
    expect(detectChoiceScale(['Easy', '', 'Very difficult'])).toBe('ease');
    expect(detectChoiceScale(['Easy', 'Satisfied'])).toBeUndefined();
  });

  it('the total of surveyMetrics equals the math over all responses, per-group sums equal the total n', () => {
    const response = fc.record({
      nps: fc.option(nps, { nil: undefined }),
      csat: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      touchpoint: fc.constantFrom('Checkout', 'Delivery', undefined),
    });
    fc.assert(fc.property(fc.array(response, { minLength: 1, maxLength: 40 }), (raw) => {
      const rs: SurveyResponse[] = raw.map((r, i) => ({ line: i + 2, finished: true, segments: {}, items: {}, ...r }));
      const ms = surveyMetrics(rs, { nps: true, csat: 5, ces: false, stars: false, items: [], segments: [] });
      const get = (scope: string, metric: string) => ms.find((m) => m.scope === scope && m.metric === metric);
      const scores = raw.flatMap((r) => (r.nps === undefined ? [] : [r.nps]));
      expect(get('total', 'nps')?.value).toBe(npsScore(scores).score);
      expect(get('total', 'nps')?.n).toBe(scores.length);
      const byTp = ['Checkout', 'Delivery'].map((t) => get(t, 'responses')?.value ?? 0);
      expect(byTp.reduce((a, b) => a + b, 0)).toBe(raw.filter((r) => r.touchpoint).length);
    }));
  });
});
