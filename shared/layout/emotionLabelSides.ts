/**
 * Which side of its point an emotion label goes. Below by default; above when a point of
 * another visible curve sits just below it at the same step (two curves scored alike), so
 * the two labels never print over each other. The canvas and the export both ask this.
 */
import type { CurveLayout, EmotionPointBox } from './layoutJourney';

/** Points closer than this (canvas units) horizontally count as the same step. */
const SAME_STEP_X = 70;
/** A point this far below (or less) would collide with a label printed under this one. */
const LABEL_CLEARANCE_Y = 34;

export function emotionLabelsAbove(points: ReadonlyMap<string, EmotionPointBox>, curves: readonly CurveLayout[], isShown: (id: string) => boolean = () => true): Set<string> {
  const order = new Map<string, number>();
  curves.forEach((c, i) => { if (c.visible && !order.has(c.id)) order.set(c.id, i); });
  const drawn = [...points.values()].filter((p) => order.has(p.curveId) && isShown(p.id));
  const above = new Set<string>();
  for (const p of drawn) {
    const mine = order.get(p.curveId)!;
    if (drawn.some((o) => o.id !== p.id && Math.abs(o.x - p.x) < SAME_STEP_X && o.y - p.y >= 0 && o.y - p.y < LABEL_CLEARANCE_Y
      && (o.y > p.y || order.get(o.curveId)! > mine))) above.add(p.id);
  }
  return above;
}
