/**
 * Connections between cards: the shared cubic (shared/layout/smoothPath connectionPath) from
 * the source's right side to the target's left side, a closed arrowhead at the target (drawn
 * as a polygon, not a marker, so every SVG consumer agrees) and the label on a surface chip.
 */
import { connectionPath } from '../layout/smoothPath';
import { attrs, num } from './escape';
import type { RenderContext } from './svgTypes';
import { centeredBaseline, fit, text } from './svgText';

const LABEL = 11;

/** Where a connection's label sits, for layers that add to it (drop-off labels). */
export interface ConnectionGeometry { id: string; labelX: number; labelY: number }

export function connectionGeometry(ctx: RenderContext): ConnectionGeometry[] {
  const out: ConnectionGeometry[] = [];
  for (const c of Object.values(ctx.journey.connections)) {
    const a = ctx.layout.cards.get(c.sourceId);
    const b = ctx.layout.cards.get(c.targetId);
    if (!a || !b || !ctx.visibleCardIds.has(a.id) || !ctx.visibleCardIds.has(b.id)) continue;
    const p = connectionPath(a, b);
    out.push({ id: c.id, labelX: p.labelX, labelY: p.labelY });
  }
  return out;
}

/** Lines and arrowheads (under the cards) and labels (over them, so a label is never hidden). */
export function drawConnections(ctx: RenderContext, dataConnectionIds: ReadonlySet<string> = new Set()): { lines: string; labels: string } {
  const { journey, layout, theme, measure, visibleCardIds } = ctx;
  let paths = '';
  let labels = '';
  const sorted = Object.values(journey.connections).sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  for (const c of sorted) {
    const a = layout.cards.get(c.sourceId);
    const b = layout.cards.get(c.targetId);
    if (!a || !b || !visibleCardIds.has(a.id) || !visibleCardIds.has(b.id)) continue;
    const p = connectionPath(a, b);
    const tip = p.d.split(' ').pop()!.split(',').map(Number) as [number, number];
    const ang = p.endAngle;
    const len = 9;
    const half = 4.5;
    const bx = tip[0] - Math.cos(ang) * len;
    const by = tip[1] - Math.sin(ang) * len;
    const px = -Math.sin(ang) * half;
    const py = Math.cos(ang) * half;
    paths += `<g${attrs({ 'data-connection-id': c.id })}>`
      + `<path${attrs({ d: p.d, fill: 'none', stroke: theme.connection, 'stroke-width': 1.6 })}/>`
      + `<path${attrs({ d: `M${num(tip[0])},${num(tip[1])} L${num(bx + px)},${num(by + py)} L${num(bx - px)},${num(by - py)} Z`, fill: theme.connection, stroke: theme.connection, 'stroke-width': 1, 'stroke-linejoin': 'round' })}/>`
      + '</g>';
    // A connection with data gets the data label instead (kpiLayer.drawConnectionData).
    if (c.label && !dataConnectionIds.has(c.id)) {
      const t = fit(measure, c.label, LABEL, false, 180);
      const w = measure(t, LABEL) + 8;
      const h = LABEL + 6;
      labels += `<rect${attrs({ x: p.labelX - w / 2, y: p.labelY - h / 2, width: w, height: h, rx: 2, fill: theme.stageHeaderFill })}/>`
        + text(p.labelX, centeredBaseline(p.labelY, LABEL), t, { size: LABEL, fill: theme.text, anchor: 'middle' });
    }
  }
  return { lines: paths, labels };
}
