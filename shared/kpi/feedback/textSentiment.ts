// The package ships no types; tsconfig.tests.json includes only tests/, so the declaration is referenced here.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./sentiment.d.ts" />
/**
 * Offline sentiment of a comment's text, −1…+1, from the `sentiment` package (AFINN-165
 * word list plus the Emoji Sentiment Ranking, English, with single-word negation).
 *
 * Why this package is fine in a browser worker: it is plain ES5 CommonJS whose only
 * requires are its own JSON word lists. It touches a Node global (`process.nextTick`) only
 * when `analyze` is given a callback, and `require('../languages/' + code)` only for a
 * language other than English — neither is used here. It keeps its word lists in module
 * state and `analyze(…, { extras })` would write into them, so extras are never passed.
 * tests/unit/kpi/survey/textSentiment.test.ts bundles this file for the browser and runs it
 * where no `process`/`require` exists.
 *
 * Normalization: AFINN sums word scores (−5…+5 each), so a long angry comment sums far
 * below −5. x / √(x² + 15) (VADER's normalization, α = 15) maps the sum onto (−1, 1)
 * smoothly and keeps 0 at 0: "great" (+3) → 0.61, "damaged" (−3) → −0.61.
 */
import Sentiment from 'sentiment';

const analyzer = new Sentiment();
const ALPHA = 15;

/** Below this magnitude a sentiment counts as neutral (VADER's ±0.05). */
export const NEUTRAL_BAND = 0.05;

export const normalizeAfinn = (sum: number): number => (sum === 0 ? 0 : sum / Math.sqrt(sum * sum + ALPHA));

export interface TextSentiment {
  /** −1…+1. */
  sentiment: number;
  /** The AFINN sum before normalization. */
  afinn: number;
  positive: string[];
  negative: string[];
}

export function analyzeText(text: string): TextSentiment {
  const r = analyzer.analyze(text);
  return { sentiment: normalizeAfinn(r.score), afinn: r.score, positive: r.positive, negative: r.negative };
}

/** −1…+1 from the words of `text`; 0 for text with no scored word. */
export const textSentiment = (text: string): number => analyzeText(text).sentiment;

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

export function sentimentLabel(sentiment: number): SentimentLabel {
  return sentiment >= NEUTRAL_BAND ? 'positive' : sentiment <= -NEUTRAL_BAND ? 'negative' : 'neutral';
}
