/**
 * The data layer of a map: for each stage, card and connection, the imported values bound
 * to it, formatted, with their target, delta and status, and the dataset and period they
 * come from. The canvas, the legend and the export all read this one view, so a number
 * looks the same everywhere. Memoized by the (immutable) bindings and datasets records.
 */
import type { Binding, Dataset, Journey, MetricValue } from '../../model/schema';
import { metricDef } from '../metricCatalog';
import { formatDelta, formatMetric } from './formatMetric';

export type KpiStatus = 'good' | 'warn' | 'bad' | 'none';

export interface BoundValue {
  bindingId: string;
  target: Binding['target'];
  metric: string;
  label: string;
  short: string;
  value: number | null;
  unit: string;
  n?: number;
  text: string;
  goal?: number;
  goalText?: string;
  deltaText?: string;
  status: KpiStatus;
  higherIsBetter: boolean;
  scope: string;
  dataset: { id: string; name: string; fileName: string; source: string; period?: { start: string; end: string } };
}

export interface KpiLayer {
  /** Keyed by `targetKey(target)`. */
  byTarget: ReadonlyMap<string, readonly BoundValue[]>;
  /** Every bound metric, in first-seen order (for the legend and the heat-strip picker). */
  metrics: readonly string[];
  /** Datasets that have at least one binding, for the legend's sources. */
  datasets: readonly Dataset[];
}

export const targetKey = (t: Binding['target']) => `${t.type}:${t.id}`;

/** How far short of a target still counts as "close" (amber) rather than "off" (red). */
const WARN_BAND = 0.1;

export function statusOf(value: number | null, goal: number | undefined, higherIsBetter: boolean): KpiStatus {
  if (value === null || goal === undefined) return 'none';
  const ahead = higherIsBetter ? value - goal : goal - value;
  if (ahead >= 0) return 'good';
  return -ahead <= Math.abs(goal) * WARN_BAND ? 'warn' : 'bad';
}

const metricIndexCache = new WeakMap<Dataset, Map<string, MetricValue>>();
function metricIndex(d: Dataset): Map<string, MetricValue> {
  let index = metricIndexCache.get(d);
  if (!index) {
    index = new Map();
    for (const m of d.metrics) index.set(`${m.scope}\u0000${m.metric}`, m);
    metricIndexCache.set(d, index);
  }
  return index;
}

export function boundValue(b: Binding, d: Dataset): BoundValue | null {
  const m = metricIndex(d).get(`${b.scope}\u0000${b.metric}`);
  if (!m) return null;
  const def = metricDef(b.metric);
  const unit = m.unit;
  const v: BoundValue = {
    bindingId: b.id, target: b.target, metric: b.metric, label: def?.label ?? b.metric, short: def?.short ?? b.metric,
    value: m.value, unit, text: formatMetric(m.value, unit, b.metric), status: statusOf(m.value, b.goal, b.higherIsBetter),
    higherIsBetter: b.higherIsBetter, scope: b.scope,
    dataset: { id: d.id, name: d.name, fileName: d.fileName, source: d.source, ...(d.period ? { period: d.period } : {}) },
  };
  if (m.n !== undefined) v.n = m.n;
  if (b.goal !== undefined) {
    v.goal = b.goal;
    v.goalText = formatMetric(b.goal, unit, b.metric);
    if (m.value !== null) v.deltaText = formatDelta(m.value - b.goal, unit, b.metric);
  }
  return v;
}

const layerCache = new WeakMap<Journey['bindings'], { datasets: Journey['datasets']; layer: KpiLayer }>();

export function buildKpiLayer(journey: Pick<Journey, 'bindings' | 'datasets'>): KpiLayer {
  const hit = layerCache.get(journey.bindings);
  if (hit && hit.datasets === journey.datasets) return hit.layer;
  const byTarget = new Map<string, BoundValue[]>();
  const metrics: string[] = [];
  const used = new Map<string, Dataset>();
  for (const b of Object.values(journey.bindings)) {
    const d = journey.datasets[b.datasetId];
    if (!d) continue;
    const v = boundValue(b, d);
    if (!v) continue;
    const key = targetKey(b.target);
    const list = byTarget.get(key);
    if (list) list.push(v); else byTarget.set(key, [v]);
    if (!metrics.includes(b.metric)) metrics.push(b.metric);
    used.set(d.id, d);
  }
  const layer: KpiLayer = { byTarget, metrics, datasets: [...used.values()] };
  layerCache.set(journey.bindings, { datasets: journey.datasets, layer });
  return layer;
}

/** A one-line description of where a number comes from, for tooltips and notes. */
export function describeSource(v: BoundValue): string {
  const period = v.dataset.period ? ` · ${v.dataset.period.start} – ${v.dataset.period.end}` : '';
  const n = v.n !== undefined ? ` · n = ${v.n}` : '';
  const goal = v.goalText ? ` · target ${v.goalText} (${v.deltaText ?? '–'})` : '';
  return `${v.label}: ${v.text}${goal}${n}\n${v.dataset.name} (${v.dataset.fileName})${period} · “${v.scope}”`;
}

export interface StageHeat {
  stageId: string;
  value: number | null;
  text: string;
  /** 0 = best stage of the map, 1 = worst, for the strip's color. */
  heat: number | null;
  /** Where the value comes from: a binding on the stage itself, or the worst of its cards. */
  from: 'stage' | 'worst card' | null;
}

/**
 * One value per stage for a heat strip: the stage's own binding of `metric`, else the worst
 * value among the stage's cards (a stage is as strained as its weakest touchpoint). Counts
 * of users are never summed across cards: users are de-duplicated per card, not per stage.
 */
export function stageHeat(journey: Pick<Journey, 'stages' | 'cards' | 'bindings' | 'datasets'>, metric: string): StageHeat[] {
  const layer = buildKpiLayer(journey);
  // The bindings carry the direction for their dataset (a CES where lower is easier, say).
  const bound = [...layer.byTarget.values()].flat().find((v) => v.metric === metric);
  const higher = bound?.higherIsBetter ?? metricDef(metric)?.higherIsBetter ?? true;
  const worse = (a: number, b: number) => (higher ? Math.min(a, b) : Math.max(a, b));
  const perStage = new Map<string, { value: number; from: StageHeat['from']; unit: string }>();
  for (const [key, values] of layer.byTarget) {
    for (const v of values) {
      if (v.metric !== metric || v.value === null) continue;
      if (key.startsWith('stage:')) perStage.set(v.target.id, { value: v.value, from: 'stage', unit: v.unit });
      else if (key.startsWith('card:')) {
        const card = journey.cards[v.target.id];
        if (!card) continue;
        const prev = perStage.get(card.stageId);
        if (prev?.from === 'stage') continue;
        perStage.set(card.stageId, { value: prev ? worse(prev.value, v.value) : v.value, from: 'worst card', unit: v.unit });
      }
    }
  }
  const values = [...perStage.values()].map((p) => p.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return Object.values(journey.stages).sort((a, b) => a.order - b.order).map((s) => {
    const p = perStage.get(s.id);
    if (!p) return { stageId: s.id, value: null, text: '–', heat: null, from: null };
    const t = hi === lo ? 0.5 : (p.value - lo) / (hi - lo);
    return { stageId: s.id, value: p.value, text: formatMetric(p.value, p.unit, metric), heat: higher ? 1 - t : t, from: p.from };
  });
}
