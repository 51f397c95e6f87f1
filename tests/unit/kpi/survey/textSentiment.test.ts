import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';
import fc from 'fast-check';
import { analyzeText, normalizeAfinn, sentimentLabel, textSentiment } from '../../../../shared/kpi/feedback/textSentiment';
import { scoreSentiment } from '../../../../shared/kpi/feedback/scoreSentiment';
import { feedbackItem } from '../../../../shared/kpi/feedback/feedbackItem';
import { sentimentMetrics } from '../../../../shared/kpi/feedback/sentimentMetrics';

describe('text sentiment (sentiment 5.0.2, AFINN)', () => {
  it('reads positive, negative and neutral comments, with one-word negation', () => {
    expect(textSentiment('Delivery was a day early, great packaging.')).toBeGreaterThan(0.05);
    expect(textSentiment('Parcel arrived damaged, still waiting on a refund')).toBeLessThan(-0.05);
    expect(textSentiment('Order number 4711')).toBe(0);
    expect(textSentiment('not good')).toBeLessThan(0);
    expect(analyzeText('great').afinn).toBe(3);
  });

  it('normalizes the AFINN sum with x/√(x²+15): odd, monotone, inside (−1, 1)', () => {
    expect(normalizeAfinn(0)).toBe(0);
    expect(normalizeAfinn(3)).toBeCloseTo(3 / Math.sqrt(24), 12);
    fc.assert(fc.property(fc.integer({ min: -500, max: 500 }), fc.integer({ min: 1, max: 50 }), (x, d) => {
      expect(Math.abs(normalizeAfinn(x))).toBeLessThan(1);
      expect(normalizeAfinn(-x)).toBeCloseTo(-normalizeAfinn(x), 12);
      expect(normalizeAfinn(x + d)).toBeGreaterThan(normalizeAfinn(x));
    }));
  });

  it('any text gives a finite value in −1…1', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      const v = textSentiment(s);
      expect(Number.isFinite(v) && v >= -1 && v <= 1).toBe(true);
    }));
  });

  it('runs bundled for the browser where no process or require exists (a worker)', async () => {
    const entry = fileURLToPath(new URL('../../../../shared/kpi/feedback/textSentiment.ts', import.meta.url));
    const out = await build({ entryPoints: [entry], bundle: true, write: false, platform: 'browser', format: 'iife', globalName: 'lib', logLevel: 'silent' });
    const code = out.outputFiles[0]!.text;
    const sandbox: Record<string, unknown> = {};
    vm.runInNewContext(`${code}\nresult = lib.textSentiment('Delivery was a day early, great packaging.');\nhas = [typeof process, typeof require];`, sandbox);
    expect(sandbox.has).toEqual(['undefined', 'undefined']);
    expect(sandbox.result).toBe(textSentiment('Delivery was a day early, great packaging.'));
  });

  it('also as Vite (the app\'s bundler) builds it for the page and its worker', async () => {
    const { build: viteBuild } = await import('vite');
    const entry = fileURLToPath(new URL('../../../../shared/kpi/feedback/textSentiment.ts', import.meta.url));
    const out = await viteBuild({
      configFile: false, logLevel: 'silent', root: fileURLToPath(new URL('.', import.meta.url)),
      build: { write: false, minify: false, lib: { entry, formats: ['iife'], name: 'lib', fileName: () => 'lib.js' } },
    });
    const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
    const code = outputs[0]!.output.find((o) => o.type === 'chunk')!.code!;
    const sandbox: Record<string, unknown> = {};
    vm.runInNewContext(`${code}\nresult = lib.textSentiment('Parcel arrived damaged');`, sandbox);
    expect(sandbox.result).toBe(textSentiment('Parcel arrived damaged'));
  }, 30_000);
});

describe('score-derived sentiment', () => {
  it('stars: 1 → −1, 3 → 0, 5 → +1, so 4–5 positive, 3 neutral, 1–2 negative', () => {
    const r = (s: number) => scoreSentiment(s, { kind: 'rating', scale: 5 });
    expect([1, 2, 3, 4, 5].map(r)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect([1, 2, 3, 4, 5].map((s) => sentimentLabel(r(s)))).toEqual(['negative', 'negative', 'neutral', 'positive', 'positive']);
  });

  it('NPS follows the categories: every detractor negative, passives neutral, promoters positive', () => {
    for (let s = 0; s <= 10; s++) {
      const label = sentimentLabel(scoreSentiment(s, { kind: 'nps' }));
      expect(label).toBe(s <= 6 ? 'negative' : s <= 8 ? 'neutral' : 'positive');
    }
    expect(scoreSentiment(0, { kind: 'nps' })).toBe(-1);
    expect(scoreSentiment(10, { kind: 'nps' })).toBe(1);
    expect(() => scoreSentiment(11, { kind: 'nps' })).toThrow(RangeError);
  });

  it('CES: easy is positive whichever end is easy', () => {
    expect(scoreSentiment(1, { kind: 'ces', scale: 7, higherIsEasier: false })).toBe(1);
    expect(scoreSentiment(7, { kind: 'ces', scale: 7, higherIsEasier: true })).toBe(1);
    expect(scoreSentiment(4, { kind: 'ces', scale: 7, higherIsEasier: false })).toBe(0);
  });

  it('is monotone in the score on any rating scale', () => {
    fc.assert(fc.property(fc.integer({ min: 3, max: 11 }).chain((k) => fc.tuple(fc.constant(k), fc.integer({ min: 1, max: k - 1 }))), ([k, s]) => {
      expect(scoreSentiment(s + 1, { kind: 'rating', scale: k })).toBeGreaterThan(scoreSentiment(s, { kind: 'rating', scale: k }));
    }));
  });
});

describe('feedback items', () => {
  it('the score wins over the words when there is one; text sentiment otherwise', () => {
    const withScore = feedbackItem({ scope: 'Returns', text: 'Great, just great. Still no refund.', score: 2, scoreKind: { kind: 'nps' } })!;
    expect(textSentiment(withScore.text)).toBeGreaterThan(0);
    expect(withScore.sentiment).toBe(scoreSentiment(2, { kind: 'nps' }));
    expect(withScore.score).toBe(2);
    const textOnly = feedbackItem({ scope: 'total', text: 'Great, just great.' })!;
    expect(textOnly.sentiment).toBe(textSentiment('Great, just great.'));
    expect(textOnly.score).toBeUndefined();
  });

  it('keeps the text verbatim and makes no item of empty text', () => {
    const text = 'Line one.\nHe said "no", twice.  ';
    expect(feedbackItem({ scope: 's', text, respondentId: 'R_1' })).toMatchObject({ text, respondentId: 'R_1' });
    expect(feedbackItem({ scope: 's', text: '  \n ' })).toBeUndefined();
    expect(feedbackItem({ scope: 's', text: undefined })).toBeUndefined();
  });

  it('per-scope sentiment metrics: mean and label counts, plus a total', () => {
    const items = [
      { scope: 'A', text: 'x', sentiment: 1 }, { scope: 'A', text: 'y', sentiment: 0 }, { scope: 'B', text: 'z', sentiment: -0.5 },
    ];
    const ms = sentimentMetrics(items);
    const get = (scope: string, metric: string) => ms.find((m) => m.scope === scope && m.metric === metric)?.value;
    expect(get('total', 'sentiment')).toBeCloseTo(0.5 / 3, 12);
    expect(get('A', 'sentiment')).toBe(0.5);
    expect([get('total', 'positiveFeedback'), get('total', 'neutralFeedback'), get('total', 'negativeFeedback')]).toEqual([1, 1, 1]);
    expect(ms.filter((m) => m.scope === 'total' && m.metric === 'sentiment')).toHaveLength(1);
  });
});
