/**
 * Connections between cards, with the canvas's geometry: React Flow's default bezier from
 * the source card's right handle to the target card's left handle (xyflow getBezierPath,
 * curvature 0.25, handles 5 units outside the box), so an edge prints where it is drawn on
 * screen. (shared/layout/smoothPath's connectionPath routes differently and the canvas does
 * not use it.) a closed arrowhead at the target (drawn
 * as a polygon, not a marker, so every SVG consumer agrees) and the label on a surface chip.
 */
import type { CardBox } from '../layout/layoutJourney';
import { attrs, num } from './escape';
import type { RenderContext } from './svgTypes';
import { CONNECTION_LABEL, setConnectionLabel } from './connectionLabel';
import { centeredBaseline, text } from './svgText';

/** Beyond a connection's control points: half its stroke and its arrowhead, with room to spare. */
const HULL_PAD = 10;
/** Half the canvas handle (10 units, centered on the card's edge). */
const HANDLE = 5;

function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
}

/** React Flow's default edge between two card boxes: path, label point, and the end tangent. */
export function canvasEdgePath(a: Pick<CardBox, 'x' | 'y' | 'width' | 'height'>, b: Pick<CardBox, 'x' | 'y' | 'width' | 'height'>): { d: string; labelX: number; labelY: number; endAngle: number; tip: [number, number]; hull: { left: number; top: number; right: number; bottom: number } } {
  const sx = a.x + a.width + HANDLE;
  const sy = a.y + a.height / 2;
  const tx = b.x - HANDLE;
  const ty = b.y + b.height / 2;
  const c1x = sx + controlOffset(tx - sx);
  const c2x = tx - controlOffset(tx - sx);
  return {
    d: `M${num(sx)},${num(sy)} C${num(c1x)},${num(sy)} ${num(c2x)},${num(ty)} ${num(tx)},${num(ty)}`,
    labelX: sx * 0.125 + c1x * 0.375 + c2x * 0.375 + tx * 0.125,
    labelY: sy * 0.5 + ty * 0.5,
    // The end tangent is horizontal (control point level with the target), pointing right.
    endAngle: 0,
    tip: [tx, ty],
    // A cubic lies inside the hull of its control points.
    hull: { left: Math.min(sx, c1x, c2x, tx), top: Math.min(sy, ty), right: Math.max(sx, c1x, c2x, tx), bottom: Math.max(sy, ty) },
  };
}

/** Where a connection's label sits, for layers that add to it (drop-off labels). */
export interface ConnectionGeometry { id: string; labelX: number; labelY: number }

export function connectionGeometry(ctx: RenderContext): ConnectionGeometry[] {
  const out: ConnectionGeometry[] = [];
  for (const c of Object.values(ctx.journey.connections)) {
    const a = ctx.layout.cards.get(c.sourceId);
    const b = ctx.layout.cards.get(c.targetId);
    if (!a || !b || !ctx.visibleCardIds.has(a.id) || !ctx.visibleCardIds.has(b.id)) continue;
    const p = canvasEdgePath(a, b);
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
    const p = canvasEdgePath(a, b);
    const tip = p.tip;
    const ang = p.endAngle;
    // React Flow's ArrowClosed at 18 units, in stroke-width units of the 1.6 edge.
    const len = 7.5;
    const half = 5.5;
    const bx = tip[0] - Math.cos(ang) * len;
    const by = tip[1] - Math.sin(ang) * len;
    const px = -Math.sin(ang) * half;
    const py = Math.cos(ang) * half;
    const line = `<g${attrs({ 'data-connection-id': c.id })}>`
      + `<path${attrs({ d: p.d, fill: 'none', stroke: theme.connection, 'stroke-width': 1.6 })}/>`
      + `<path${attrs({ d: `M${num(tip[0])},${num(tip[1])} L${num(bx + px)},${num(by + py)} L${num(bx - px)},${num(by - py)} Z`, fill: theme.connection, stroke: theme.connection, 'stroke-width': 1, 'stroke-linejoin': 'round' })}/>`
      + '</g>';
    // Kept aside with its hull (and room for the stroke and arrowhead) where the exporter
    // draws in strips or pages, so each draws only the connections that cross it.
    const { left, top, right, bottom } = p.hull;
    paths += ctx.deferBlock ? ctx.deferBlock(line, top - HULL_PAD, bottom + HULL_PAD, left - HULL_PAD, right + HULL_PAD) : line;
    // A connection with data gets the data label instead (kpiLayer.drawConnectionData).
    const set = c.label && !dataConnectionIds.has(c.id) ? setConnectionLabel(c.label, measure) : null;
    if (set && set.lines.length > 0) {
      const { width: w, height: h, lines } = set;
      const { fontSize, lineHeight } = CONNECTION_LABEL;
      const firstMiddle = p.labelY - ((lines.length - 1) * lineHeight) / 2;
      const label = `<rect${attrs({ x: p.labelX - w / 2, y: p.labelY - h / 2, width: w, height: h, rx: 2, fill: theme.stageHeaderFill })}/>`
        + lines.map((line, i) => text(p.labelX, centeredBaseline(firstMiddle + i * lineHeight, fontSize), line, { size: fontSize, fill: theme.text, anchor: 'middle' })).join('');
      labels += ctx.deferBlock ? ctx.deferBlock(label, p.labelY - h / 2 - 1, p.labelY + h / 2 + 1, p.labelX - w / 2 - 1, p.labelX + w / 2 + 1) : label;
    }
  }
  return { lines: paths, labels };
}
