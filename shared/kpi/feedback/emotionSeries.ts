/**
 * A data-driven emotion curve: per-step scores (NPS, CSAT, sentiment, stars, CES by scope)
 * placed on a map's emotion scale, for the app to draw beside the workshop curve.
 *
 * Each value is first read as −1…+1 — NPS / 100; CSAT top-2-box f → 2f − 1; a mean on a
 * 1…k rating (csatMean, stars) → (x − mid) / (mid − 1); sentiment as is; CES like a rating
 * after turning it so easy is high — then mapped linearly onto min…max (−1 → min, 0 → the
 * middle, +1 → max). Scopes without a usable value are left out, never drawn as 0.
 */
import type { EmotionScale, MetricValue } from '../../model/schema';

export type EmotionMetric = 'nps' | 'csat' | 'csatMean' | 'sentiment' | 'stars' | 'ces';

/**
 * When no metric is named, the series uses the one that covers most of the steps, ties going
 * to the first here: a step-level rating (CSAT mean, stars) says most directly how a step
 * felt; NPS is about the relationship; text sentiment is the noisiest reading. One metric
 * for the whole series, so that two points of the curve are always comparable.
 */
export const EMOTION_METRIC_PREFERENCE: readonly EmotionMetric[] = ['csatMean', 'stars', 'csat', 'nps', 'sentiment', 'ces'];

export interface EmotionSeriesOptions {
  /** The metric to draw; default: the one covering most steps (see EMOTION_METRIC_PREFERENCE). */
  metric?: EmotionMetric;
  /** The steps in map order; default: scopes in the order they first appear. 'total' and breakdowns (`a / b=c`) are skipped unless listed. */
  scopes?: readonly string[];
  /** Scale of csatMean values (default 5) and of stars (default 5). */
  csatScale?: number;
  starsScale?: number;
  /** CES scale length (default 7) and direction (default higher = easier). */
  cesScale?: number;
  cesHigherIsEasier?: boolean;
  /** Minimum n for a value to be drawn (default 1). */
  minN?: number;
}

export interface EmotionPoint {
  scope: string;
  /** On the map's scale, min…max. */
  score: number;
  metric: EmotionMetric;
  value: number;
  n?: number;
}

const clamp = (x: number) => Math.max(-1, Math.min(1, x));
const onRating = (x: number, k: number) => (x - (1 + k) / 2) / ((k - 1) / 2);

/** A metric value read as −1…+1, or undefined when the metric is not an emotion metric. */
export function unitSentiment(metric: string, value: number, o: EmotionSeriesOptions = {}): number | undefined {
  switch (metric) {
    case 'nps': return clamp(value / 100);
    case 'csat': return clamp(2 * value - 1);
    case 'csatMean': return clamp(onRating(value, o.csatScale ?? 5));
    case 'stars': return clamp(onRating(value, o.starsScale ?? 5));
    case 'sentiment': return clamp(value);
    case 'ces': {
      const k = o.cesScale ?? 7;
      return clamp(onRating(o.cesHigherIsEasier === false ? k + 1 - value : value, k));
    }
    default: return undefined;
  }
}

/** −1…+1 onto min…max. */
export const toEmotionScale = (u: number, { min, max }: EmotionScale): number => min + ((u + 1) / 2) * (max - min);

export function emotionSeries(metrics: readonly MetricValue[], scale: EmotionScale, options: EmotionSeriesOptions = {}): EmotionPoint[] {
  const minN = options.minN ?? 1;
  const usable = metrics.filter((m) => m.value !== null && Number.isFinite(m.value) && (m.n === undefined || m.n >= minN));
  const order = options.scopes ?? [...new Set(usable.map((m) => m.scope))].filter((s) => s !== 'total' && !s.includes(' / '));
  const name = options.metric ?? pickMetric(usable, order);
  if (!name) return [];
  const out: EmotionPoint[] = [];
  for (const scope of order) {
    const m = usable.find((v) => v.scope === scope && v.metric === name);
    if (!m) continue;
    const point: EmotionPoint = { scope, score: toEmotionScale(unitSentiment(name, m.value!, options)!, scale), metric: name, value: m.value! };
    if (m.n !== undefined) point.n = m.n;
    out.push(point);
  }
  return out;
}

function pickMetric(usable: readonly MetricValue[], scopes: readonly string[]): EmotionMetric | undefined {
  let best: EmotionMetric | undefined;
  let bestCount = 0;
  for (const name of EMOTION_METRIC_PREFERENCE) {
    const count = scopes.filter((s) => usable.some((v) => v.scope === s && v.metric === name)).length;
    if (count > bestCount) { best = name; bestCount = count; }
  }
  return best;
}
