/**
 * The data layer in print, drawn from the same boxes and values as the canvas
 * (renderer/canvas/kpi/): KPI chips on cards and stage tiles where the shared layout put
 * them (shared/layout/layoutChips), colored by status against the target with the theme's
 * statusGood/Warn/Bad; the heat strip under the stage headers (stageHeat + heatColor); the
 * data-driven emotion curve; drop-off labels on connections bound to funnel metrics.
 * Values and their formatting come from shared/kpi/binding/kpiLayer.ts, never re-derived.
 */
import { buildKpiLayer, describeSource, stageHeat, type BoundValue, type KpiLayer, type KpiStatus } from '../kpi/binding/kpiLayer';
import { metricDef } from '../kpi/metricCatalog';
import { CHIP, type ChipBox } from '../layout/layoutChips';
import { GEOMETRY, TILE_TITLE_HEIGHT, type JourneyLayout } from '../layout/layoutJourney';
import type { Journey } from '../model/schema';
import { heatColor } from '../theme/heatColor';
import { TYPE, type Theme } from '../theme/theme';
import { attrs, esc } from './escape';
import type { ConnectionGeometry } from './connections';
import type { RenderContext } from './svgTypes';
import { centeredBaseline, fit, text } from './svgText';

export function statusColor(status: KpiStatus, theme: Theme): string | null {
  return status === 'good' ? theme.statusGood : status === 'warn' ? theme.statusWarn : status === 'bad' ? theme.statusBad : null;
}

/** The data layer for this render, or null when KPIs are hidden (by option or by the map). */
export function kpiLayerFor(ctx: Pick<RenderContext, 'journey' | 'hidden'>): KpiLayer | null {
  if (ctx.hidden.has('kpis') || ctx.journey.settings.kpiView?.hidden || Object.keys(ctx.journey.bindings).length === 0) return null;
  return buildKpiLayer(ctx.journey);
}

function chip(ctx: RenderContext, c: ChipBox, v: BoundValue | undefined, ox: number, oy: number): string {
  if (!v) return '';
  const { theme, measure } = ctx;
  const color = statusColor(v.status, theme);
  const x = ox + c.x;
  const y = oy + c.y;
  const content = fit(measure, c.text, TYPE.badge, true, c.width - 2 * CHIP.paddingX);
  return `<g${attrs({ 'data-binding-id': v.bindingId, 'data-metric': v.metric, 'data-status': v.status })}><title>${esc(describeSource(v))}</title>`
    + `<rect${attrs({ x: x + 0.5, y: y + 0.5, width: c.width - 1, height: CHIP.height - 1, rx: CHIP.height / 2 - 0.5, fill: theme.stageHeaderFill, stroke: color ?? theme.cellBorder })}/>`
    + (v.status === 'bad' ? `<rect${attrs({ x: x + 1, y: y + 1, width: c.width - 2, height: CHIP.height - 2, rx: CHIP.height / 2 - 1, fill: theme.statusBad, 'fill-opacity': 0.08 })}/>` : '')
    + text(x + CHIP.paddingX, centeredBaseline(y + CHIP.height / 2, TYPE.badge), content, { size: TYPE.badge, weight: 700, fill: color ?? theme.text })
    + '</g>';
}

/** Chips on the cards that have bound values (positions relative to the card, from the layout). */
export function drawCardChips(ctx: RenderContext, layer: KpiLayer): string {
  let out = '';
  for (const box of ctx.layout.cards.values()) {
    if (!box.kpiChips.length || !ctx.visibleCardIds.has(box.id)) continue;
    const byId = new Map((layer.byTarget.get(`card:${box.id}`) ?? []).map((v) => [v.bindingId, v]));
    let chips = '';
    for (const c of box.kpiChips) chips += chip(ctx, c, byId.get(c.bindingId), box.x, box.y);
    // The chips sit inside their card: kept aside with its box, as the card is (renderJourneySvg).
    out += ctx.deferBlock ? ctx.deferBlock(chips, box.y - 1, box.y + box.height + 2, box.x - 1, box.x + box.width + 1) : chips;
  }
  return out;
}

/** Stage tiles ("Stage data" with the stage's chips) at the top of the first KPI lane. */
export function drawStageTiles(ctx: RenderContext, layer: KpiLayer): string {
  const { theme } = ctx;
  const k = theme.kinds.kpi;
  let out = '';
  for (const t of ctx.layout.stageTiles.values()) {
    const byId = new Map((layer.byTarget.get(`stage:${t.stageId}`) ?? []).map((v) => [v.bindingId, v]));
    out += `<g${attrs({ 'data-stage-tile': t.stageId })}>`
      + `<rect${attrs({ x: t.x + 0.5, y: t.y + 0.5, width: t.width - 1, height: t.height - 1, rx: 7.5, fill: k.fill, stroke: k.stroke, 'stroke-dasharray': '4 3' })}/>`
      + text(t.x + 12, centeredBaseline(t.y + 8 + TYPE.badge * TYPE.lineHeight / 2, TYPE.badge), 'STAGE DATA', { size: TYPE.badge, weight: 700, fill: k.text, letterSpacing: 0.04 });
    for (const c of t.chips) out += chip(ctx, c, byId.get(c.bindingId), t.x + GEOMETRY.cardPaddingX, t.y + GEOMETRY.cardPaddingY + TILE_TITLE_HEIGHT);
    out += '</g>';
  }
  return out;
}

/** The heat strip just above the bottom of each stage header, in stage-header coordinates. */
export function drawHeatStrip(ctx: RenderContext, metric: string | undefined): string {
  if (!metric) return '';
  const label = metricDef(metric)?.label ?? metric;
  let out = '';
  for (const h of stageHeat(ctx.journey, metric)) {
    const box = ctx.layout.stages.find((s) => s.id === h.stageId);
    if (!box || h.heat === null) continue;
    const tip = `${label}: ${h.text} (${h.from === 'stage' ? 'stage value' : 'weakest touchpoint of the stage'})`;
    out += `<rect${attrs({ x: box.x + 6, y: GEOMETRY.stageHeaderHeight - 9, width: box.width - 12, height: 6, rx: 3, fill: heatColor(h.heat), 'data-heat-stage': h.stageId })}><title>${esc(tip)}</title></rect>`;
  }
  return out;
}

/** The data-driven emotion curve: dashed, diamonds at each stage, the measured value beside each. */
export function drawDataCurve(ctx: RenderContext, layout: JourneyLayout): string {
  const curve = layout.dataCurve;
  if (!curve) return '';
  const color = ctx.theme.kinds.kpi.accent;
  const name = metricDef(curve.metric)?.short ?? curve.metric;
  let out = `<g data-layer="data-curve"><path${attrs({ d: curve.path, fill: 'none', stroke: color, 'stroke-width': 2.5, 'stroke-dasharray': '6 4' })}/>`;
  for (const p of curve.points) {
    out += `<rect${attrs({ x: p.x - 5, y: p.y - 5, width: 10, height: 10, transform: `rotate(45 ${p.x} ${p.y})`, fill: ctx.theme.stageHeaderFill, stroke: color, 'stroke-width': 2 })}/>`
      + text(p.x + 9, p.y - 8, `${name} ${p.text}`, { size: 11, fill: color });
  }
  return `${out}</g>`;
}

export interface DataEdgeText { label?: string; drop?: string; conversion?: string }

/**
 * The text of a data connection's label from its bound values, for the canvas and the
 * export alike: "label · ▼ 38.0% drop-off · 62.0% continue"; null when none is a funnel value.
 */
export function dataEdgeText(values: readonly BoundValue[] | undefined, label: string | undefined): DataEdgeText | null {
  if (!values?.length) return null;
  const drop = values.find((v) => v.metric === 'dropOffRate') ?? values.find((v) => v.metric === 'dropOff');
  const conversion = values.find((v) => v.metric === 'conversion');
  if (!drop && !conversion) return null;
  return { ...(label ? { label } : {}), ...(drop ? { drop: `▼ ${drop.text} drop-off` } : {}), ...(conversion ? { conversion: `${conversion.text} continue` } : {}) };
}

/** dataEdgeText for a connection of the map. */
export function dataEdgeParts(journey: Journey, layer: KpiLayer, connectionId: string): DataEdgeText | null {
  return dataEdgeText(layer.byTarget.get(`connection:${connectionId}`), journey.connections[connectionId]?.label);
}

/** Data labels on connections (drawn instead of the plain label), as the canvas's DataEdge. */
export function drawConnectionData(ctx: RenderContext, layer: KpiLayer, geometry: ConnectionGeometry[]): string {
  const { theme, measure } = ctx;
  const size = TYPE.badge;
  let out = '';
  for (const g of geometry) {
    const parts = dataEdgeParts(ctx.journey, layer, g.id);
    if (!parts) continue;
    // Runs are separate <text> elements: their edge spaces must be no-break (XML drops plain ones).
    const runs: { t: string; color: string }[] = [];
    if (parts.label) runs.push({ t: `${fit(measure, parts.label, size, true, 140)}\u00a0·\u00a0`, color: theme.text });
    if (parts.drop) runs.push({ t: parts.drop, color: theme.statusBad });
    if (parts.conversion) runs.push({ t: parts.drop ? `\u00a0·\u00a0${parts.conversion}` : parts.conversion, color: theme.text });
    const widths = runs.map((r) => measure(r.t, size, true));
    const w = widths.reduce((a, b) => a + b, 0) + 12;
    const h = size + 6;
    const tip = (layer.byTarget.get(`connection:${g.id}`) ?? []).map(describeSource).join('\n\n');
    let x = g.labelX - w / 2 + 6;
    out += `<g${attrs({ 'data-drop-off': g.id })}><title>${esc(tip)}</title><rect${attrs({ x: g.labelX - w / 2, y: g.labelY - h / 2, width: w, height: h, rx: h / 2, fill: theme.stageHeaderFill, stroke: theme.cellBorder })}/>`;
    runs.forEach((r, i) => { out += text(x, centeredBaseline(g.labelY, size), r.t, { size, weight: 700, fill: r.color }); x += widths[i]!; });
    out += '</g>';
  }
  return out;
}
