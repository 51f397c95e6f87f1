/**
 * The data-driven emotion curve of a map: one point per stage from a measured feeling
 * (CSAT, NPS, CES, stars, sentiment) bound to the stage or its cards, put on the map's
 * emotion scale by the importer's own reading of each metric (shared/kpi/feedback/
 * emotionSeries.ts: a metric's natural range, never rescaled by the values seen), to be
 * drawn beside the curve the workshop drew.
 */
import type { Journey } from '../../model/schema';
import { toEmotionScale, unitSentiment } from '../feedback/emotionSeries';
import { stageHeat } from './kpiLayer';

export interface DataCurvePoint { stageId: string; score: number; text: string }

/** The per-stage scores of `metric` on the map's emotion scale, for stages that have a value. */
export function dataCurvePoints(journey: Pick<Journey, 'stages' | 'cards' | 'bindings' | 'datasets' | 'settings'>, metric: string): DataCurvePoint[] {
  // Scale options (CES length and direction) travel with the dataset the values come from.
  const source = Object.values(journey.datasets).find((d) => d.metrics.some((m) => m.metric === metric));
  const options = {
    ...(typeof source?.options['cesScale'] === 'number' ? { cesScale: source.options['cesScale'] } : {}),
    ...(source?.options['cesHigherIsEasier'] === false ? { cesHigherIsEasier: false } : {}),
  };
  return stageHeat(journey, metric).flatMap((h) => {
    if (h.value === null) return [];
    const u = unitSentiment(metric, h.value, options);
    if (u === undefined) return [];
    return [{ stageId: h.stageId, score: Math.round(toEmotionScale(u, journey.settings.emotionScale) * 10) / 10, text: h.text }];
  });
}
