/**
 * Emotion curves as the canvas draws them (renderer/canvas/nodes/CurvesNode.tsx): one smooth
 * monotone line per visible curve (shared/layout/smoothPath), each point a disc with a drawn
 * face whose mouth bends with the score, and the point's title under it.
 */
import { smoothPath } from '../layout/smoothPath';
import type { EmotionPointBox } from '../layout/layoutJourney';
import { emotionFace } from '../theme/theme';
import { attrs, esc, num, safeColor } from './escape';
import type { RenderContext } from './svgTypes';
import { wrapText } from '../layout/textMeasure';
import { centeredBaseline, text } from './svgText';
import { emotionLabelsAbove } from '../layout/emotionLabelSides';

function face(x: number, y: number, mood: number, color: string): string {
  const bend = (mood - 0.5) * 8;
  return `<g${attrs({ fill: 'none', stroke: color, 'stroke-width': 1.6, 'stroke-linecap': 'round' })}>`
    + `<circle${attrs({ cx: x - 3.5, cy: y - 2.5, r: 0.9, fill: color })}/>`
    + `<circle${attrs({ cx: x + 3.5, cy: y - 2.5, r: 0.9, fill: color })}/>`
    + `<path${attrs({ d: `M${num(x - 4.5)},${num(y + 3 - bend / 4)} Q${num(x)},${num(y + 3 + bend)} ${num(x + 4.5)},${num(y + 3 - bend / 4)}` })}/>`
    + '</g>';
}

export function drawCurves(ctx: RenderContext): string {
  const { journey, layout, theme, measure, visibleCardIds } = ctx;
  const scale = journey.settings.emotionScale;
  const range = scale.max - scale.min || 1;
  let lines = '';
  let points = '';
  // The point's title under it (or above, see labelAbove), in up to two lines of its share of the stage.
  const label = (title: string, p: EmotionPointBox, above: boolean, width: number) => {
    if (!title) return '';
    const ls = wrapText(title, width, 11, measure, 2);
    const lh = 11 * 1.25;
    // Kept inside the lane: a label that would run past the bottom goes above, and back.
    const lane = layout.lanes.find((l) => l.id === p.laneId);
    const below = p.y + 24 + (ls.length - 1) * lh + 7;
    const top = p.y - 22 - (ls.length - 1) * lh - 7;
    if (lane && !above && below > lane.y + lane.height && top >= lane.y) above = true;
    else if (lane && above && top < lane.y && below <= lane.y + lane.height) above = false;
    const first = above ? p.y - 22 - (ls.length - 1) * lh : p.y + 24;
    return ls.map((l, i) => text(p.x, centeredBaseline(first + i * lh, 11), l, { size: 11, fill: theme.text, anchor: 'middle' })).join('');
  };
  const byCurveLane = new Map<string, EmotionPointBox[]>();
  for (const p of layout.emotionPoints.values()) {
    if (!visibleCardIds.has(p.id)) continue;
    const key = `${p.curveId}|${p.laneId}`;
    const list = byCurveLane.get(key);
    if (list) list.push(p); else byCurveLane.set(key, [p]);
  }
  // Above its point when another curve's point sits just below it (the same rule as the canvas).
  const above = emotionLabelsAbove(layout.emotionPoints, layout.curves, (id) => visibleCardIds.has(id));
  const labelAbove = (p: EmotionPointBox) => above.has(p.id);
  layout.curves.forEach((curve) => {
    if (!curve.visible) return;
    const pts = (byCurveLane.get(`${curve.id}|${curve.laneId}`) ?? []).sort((a, b) => a.x - b.x);
    if (pts.length === 0) return;
    const color = safeColor(curve.color, '#7c3aed');
    // Same path as the layout's when every point is drawn; a selection draws its own subset.
    const d = pts.length === curve.points.length ? curve.path : smoothPath(pts);
    lines += `<path${attrs({ d, fill: 'none', stroke: color, 'stroke-width': 3, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'data-curve-id': curve.id })}/>`;
    for (const p of pts) {
      const card = journey.cards[p.id];
      if (!card) continue;
      const f = emotionFace(p.score, scale);
      const stage = layout.stages.find((s) => s.id === p.stageId);
      const labelMax = stage ? stage.width / Math.max(1, pts.filter((q) => q.stageId === p.stageId).length) - 6 : 160;
      points += `<g${attrs({ 'data-card-id': p.id, 'data-kind': 'emotion', 'data-score': p.score })}><title>${esc(`${card.title} (${f.label}, ${p.score})`)}</title>`
        + `<circle${attrs({ cx: p.x, cy: p.y, r: 11, fill: theme.stageHeaderFill, stroke: color, 'stroke-width': 2.5 })}/>`
        + face(p.x, p.y, (p.score - scale.min) / range, color)
        + label(card.title, p, labelAbove(p), Math.max(40, labelMax))
        + '</g>';
    }
  });
  return lines + points;
}
