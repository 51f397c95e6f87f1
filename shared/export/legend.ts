/**
 * The legend: the card kinds the map uses (swatch in the kind's colors), the visible emotion
 * curves (a line in the curve's color), pain severity, and KPI status colors when KPIs show.
 * Items flow left to right and wrap at `width`.
 */
import type { KpiLayer } from '../kpi/binding/kpiLayer';
import { CARD_KIND_REGISTRY } from '../model/kinds/registry';
import { CARD_KINDS } from '../model/vocabulary';
import { orderedCurves } from '../model/journey';
import { attrs, safeColor } from './escape';
import type { RenderContext } from './svgTypes';
import { baseline, centeredBaseline, fit, text } from './svgText';

const SIZE = 11;
const ROW = 20;

export function drawLegend(ctx: RenderContext, x: number, y: number, width: number, kpis: KpiLayer | null): { svg: string; height: number } {
  const { journey, theme, measure, visibleCardIds } = ctx;
  const items: { w: number; draw: (ix: number, cy: number) => string }[] = [];
  const kinds = new Set<string>();
  for (const id of visibleCardIds) { const c = journey.cards[id]; if (c) kinds.add(c.kind); }
  for (const kind of CARD_KINDS) {
    if (kind === 'emotion' || !kinds.has(kind)) continue;
    const k = theme.kinds[kind];
    const label = CARD_KIND_REGISTRY[kind].label;
    items.push({ w: 18 + measure(label, SIZE) + 16, draw: (ix, cy) => `<rect${attrs({ x: ix, y: cy - 6, width: 14, height: 12, rx: 3, fill: k.fill, stroke: k.stroke })}/><rect${attrs({ x: ix, y: cy - 6, width: 3, height: 12, fill: k.accent })}/>` + text(ix + 18, centeredBaseline(cy, SIZE), label, { size: SIZE, fill: theme.text }) });
  }
  const pointCurves = new Set<string>();
  for (const p of ctx.layout.emotionPoints.values()) if (visibleCardIds.has(p.id)) pointCurves.add(p.curveId);
  for (const c of orderedCurves(journey)) {
    if (!c.visible || !pointCurves.has(c.id)) continue;
    const color = safeColor(c.color, '#7c3aed');
    const label = c.name || 'Emotion curve';
    items.push({ w: 26 + measure(label, SIZE) + 16, draw: (ix, cy) => `<line${attrs({ x1: ix, y1: cy, x2: ix + 20, y2: cy, stroke: color, 'stroke-width': 3, 'stroke-linecap': 'round' })}/>` + text(ix + 26, centeredBaseline(cy, SIZE), label, { size: SIZE, fill: theme.text }) });
  }
  if (kinds.has('painPoint')) {
    const label = 'S1–S5 severity (S4+ in red)';
    items.push({ w: measure(label, SIZE) + 16, draw: (ix, cy) => text(ix, centeredBaseline(cy, SIZE), label, { size: SIZE, fill: theme.text }) });
  }
  if (kpis) {
    // As the canvas's data legend: status colors, the drop-off mark, the sources.
    for (const [label, color] of [['meets target', theme.statusGood], ['within 10 %', theme.statusWarn], ['off target', theme.statusBad]] as const) {
      items.push({ w: 14 + measure(label, SIZE) + 16, draw: (ix, cy) => `<rect${attrs({ x: ix, y: cy - 5, width: 10, height: 10, rx: 2, fill: color })}/>` + text(ix + 14, centeredBaseline(cy, SIZE), label, { size: SIZE, fill: theme.text }) });
    }
    items.push({ w: measure('▼ drop-off', SIZE) + 16, draw: (ix, cy) => text(ix, centeredBaseline(cy, SIZE), '▼', { size: SIZE, fill: theme.statusBad }) + text(ix + measure('▼ ', SIZE), centeredBaseline(cy, SIZE), 'drop-off', { size: SIZE, fill: theme.text }) });
    for (const d of kpis.datasets) {
      const label = `Source: ${d.name}${d.period ? ` (${d.period.start} – ${d.period.end})` : ''}`;
      items.push({ w: Math.min(width, measure(label, SIZE) + 16), draw: (ix, cy) => text(ix, centeredBaseline(cy, SIZE), fit(measure, label, SIZE, false, width - 16), { size: SIZE, fill: theme.mutedText }) });
    }
  }
  if (items.length === 0) return { svg: '', height: 0 };
  let out = text(x, baseline(y, 13), 'Legend', { size: 13, weight: 700, fill: theme.text });
  let ix = x;
  let cy = y + 13 * 1.35 + 4 + ROW / 2;
  for (const item of items) {
    if (ix > x && ix + item.w > x + width) { ix = x; cy += ROW; }
    out += item.draw(ix, cy);
    ix += item.w;
  }
  return { svg: `<g data-layer="legend">${out}</g>`, height: cy + ROW / 2 - y };
}
