/**
 * Print has no hover: the chips show values, so the targets list under the legend spells out
 * each bound value that has a target — where it is, value against target, the delta colored
 * by status, and the dataset and period it comes from.
 */
import type { BoundValue, KpiLayer } from '../kpi/binding/kpiLayer';
import type { Journey } from '../model/schema';
import { attrs } from './escape';
import { statusColor } from './kpiLayer';
import type { RenderContext } from './svgTypes';
import { baseline, centeredBaseline, fit, text } from './svgText';

const SIZE = 11;
const ROW = 17;
const MAX_ROWS = 60;

function where(journey: Journey, v: BoundValue): string {
  const t = v.target;
  if (t.type === 'stage') return `Stage ${journey.stages[t.id]?.name ?? t.id}`;
  if (t.type === 'card') return journey.cards[t.id]?.title || 'Untitled';
  const c = journey.connections[t.id];
  return c ? `${journey.cards[c.sourceId]?.title ?? '?'} → ${journey.cards[c.targetId]?.title ?? '?'}` : t.id;
}

export function drawTargets(ctx: RenderContext, layer: KpiLayer, x: number, y: number, width: number): { svg: string; height: number } {
  const { journey, theme, measure, visibleCardIds } = ctx;
  const shown = (v: BoundValue) => v.target.type !== 'card' || visibleCardIds.has(v.target.id);
  const values = [...layer.byTarget.values()].flat().filter((v) => v.goal !== undefined && shown(v));
  if (values.length === 0) return { svg: '', height: 0 };
  let out = text(x, baseline(y, 13), 'Targets', { size: 13, weight: 700, fill: theme.text });
  let cy = y + 13 * 1.35 + 4 + ROW / 2;
  const col = Math.min(260, width * 0.3);
  for (const v of values.slice(0, MAX_ROWS)) {
    const color = statusColor(v.status, theme) ?? theme.mutedText;
    const base = centeredBaseline(cy, SIZE);
    const figures = `${v.label} ${v.text} · target ${v.goalText}`;
    const delta = v.deltaText ? ` ${v.deltaText}` : '';
    const figuresW = measure(figures, SIZE);
    const period = v.dataset.period ? ` (${v.dataset.period.start} – ${v.dataset.period.end})` : '';
    out += `<g${attrs({ 'data-target-row': v.bindingId, 'data-status': v.status })}>`
      + `<circle${attrs({ cx: x + 4, cy, r: 4, fill: color })}/>`
      + text(x + 14, base, fit(measure, where(journey, v), SIZE, true, col - 20), { size: SIZE, weight: 600, fill: theme.text })
      + text(x + col, base, figures, { size: SIZE, fill: theme.text })
      + (delta ? text(x + col + figuresW, base, delta.replace(/^ /, '\u00a0'), { size: SIZE, weight: 700, fill: color }) : '')
      + text(x + col + figuresW + measure(delta, SIZE, true) + 12, base, fit(measure, `${v.dataset.name}${period}`, SIZE, false, Math.max(0, width - col - figuresW - 60)), { size: SIZE, fill: theme.mutedText })
      + '</g>';
    cy += ROW;
  }
  if (values.length > MAX_ROWS) {
    out += text(x, centeredBaseline(cy, SIZE), `… and ${values.length - MAX_ROWS} more (see the Markdown report)`, { size: SIZE, fill: theme.mutedText });
    cy += ROW;
  }
  return { svg: `<g data-layer="targets">${out}</g>`, height: cy - ROW / 2 - y };
}
