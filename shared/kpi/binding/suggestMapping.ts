/**
 * The import wizard's first proposal: which stage or card each scope of an imported
 * dataset belongs to, found by name — a card's aliases (page paths, event names, survey
 * labels) or title, else a stage's name. Breakdowns (`Add to cart / device=mobile`) and the
 * file's totals are left unmapped: binding them too would show the same users twice.
 * The user confirms or corrects every row; nothing is bound behind their back.
 */
import type { Binding, Dataset, Journey, MetricValue } from '../../model/schema';
import { createId, type IdSource, randomIdSource } from '../../model/ids';
import { metricDef } from '../metricCatalog';
import { normalizeLabel, splitScope } from './matchLabel';

export type MappingTarget = { type: 'stage'; id: string } | { type: 'card'; id: string };

export interface ScopeMapping {
  scope: string;
  /** The metrics this scope has in the dataset, in file order. */
  metrics: string[];
  target: MappingTarget | null;
  /** Why the target was proposed ('alias', 'title', 'stage'), or null when unmapped. */
  matchedBy: 'alias' | 'title' | 'stage' | null;
}

/** One row per distinct scope of the dataset, in file order. */
export function suggestMapping(journey: Journey, metrics: readonly MetricValue[]): ScopeMapping[] {
  const byAlias = new Map<string, string>();
  const byTitle = new Map<string, string>();
  for (const card of Object.values(journey.cards)) {
    if (card.kind === 'emotion') continue;
    for (const alias of card.aliases ?? []) if (!byAlias.has(normalizeLabel(alias))) byAlias.set(normalizeLabel(alias), card.id);
    if (!byTitle.has(normalizeLabel(card.title))) byTitle.set(normalizeLabel(card.title), card.id);
  }
  const byStage = new Map(Object.values(journey.stages).map((s) => [normalizeLabel(s.name), s.id]));

  const rows = new Map<string, ScopeMapping>();
  for (const m of metrics) {
    let row = rows.get(m.scope);
    if (!row) {
      row = { scope: m.scope, metrics: [], target: null, matchedBy: null };
      const { breakdown } = splitScope(m.scope);
      const key = normalizeLabel(m.scope);
      if (breakdown === null && key !== 'total') {
        const alias = byAlias.get(key);
        const title = byTitle.get(key);
        const stage = byStage.get(key);
        if (alias) { row.target = { type: 'card', id: alias }; row.matchedBy = 'alias'; }
        else if (title) { row.target = { type: 'card', id: title }; row.matchedBy = 'title'; }
        else if (stage) { row.target = { type: 'stage', id: stage }; row.matchedBy = 'stage'; }
      }
      rows.set(m.scope, row);
    }
    if (!row.metrics.includes(m.metric)) row.metrics.push(m.metric);
  }
  return [...rows.values()];
}

/**
 * Funnel metrics shown on the arrow from one step's card to the next step's card: the drop-off
 * of the step it leaves (users lost between the two) and the conversion of the step it
 * reaches (its share of the step before). Both describe the same move: 72 % drop off, 28 %
 * continue. (A step's own conversion is INTO it, so on its outgoing arrow it would be wrong.)
 */
const LEAVING_METRICS = new Set(['dropOffRate', 'dropOff']);
const REACHING_METRICS = new Set(['conversion']);

/** Each funnel step's position (its `stepIndex` value), by scope. */
function funnelSteps(metrics: readonly MetricValue[]): Map<string, number> {
  const steps = new Map<string, number>();
  for (const m of metrics) if (m.metric === 'stepIndex' && m.value !== null && Number.isInteger(m.value)) steps.set(m.scope, m.value);
  return steps;
}

export interface MappingChoice {
  mapping: readonly ScopeMapping[];
  /** Metrics to leave out, per scope (unchecked in the wizard). */
  excluded?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Targets per metric name. */
  goals?: ReadonlyMap<string, number>;
  /** The dataset's stored options: they say, e.g., that this file's CES is "lower = easier". */
  options?: Readonly<Record<string, string | number | boolean | undefined>>;
}

/** Whether a larger value of `metric` is better, for this dataset. */
export function higherIsBetter(metric: string, options: MappingChoice['options'] = {}): boolean {
  if (metric === 'ces' && options['cesHigherIsEasier'] === false) return false;
  return metricDef(metric)?.higherIsBetter ?? true;
}

/**
 * The bindings a confirmed mapping makes: one per mapped (scope, metric), plus, for a funnel,
 * the flow metrics on each connection from a step's card to the NEXT step's card (stepIndex
 * n to n + 1, same breakdown), so drop-off shows on the arrow between them. A connection between steps that
 * do not follow each other (a skip, a way back) or between cards of data that is not a
 * funnel gets none: no number on it would describe it. Metrics the user left out stay out.
 */
export function bindingsFromMapping(journey: Journey, dataset: Pick<Dataset, 'id' | 'metrics'>, choice: MappingChoice, ids: IdSource = randomIdSource): Binding[] {
  const datasetId = dataset.id;
  const out: Binding[] = [];
  const cardScopes = new Map<string, string>();
  const make = (scope: string, metric: string, target: Binding['target']): Binding => {
    const goal = choice.goals?.get(metric);
    const b: Binding = { id: createId('bind', ids), datasetId, scope, metric, target, higherIsBetter: higherIsBetter(metric, choice.options) };
    if (goal !== undefined && Number.isFinite(goal)) b.goal = goal;
    return b;
  };
  for (const row of choice.mapping) {
    if (!row.target) continue;
    const exists = row.target.type === 'card' ? journey.cards[row.target.id] : journey.stages[row.target.id];
    if (!exists) continue;
    const skip = choice.excluded?.get(row.scope);
    for (const metric of row.metrics) if (!skip?.has(metric)) out.push(make(row.scope, metric, row.target));
    if (row.target.type === 'card') cardScopes.set(row.target.id, row.scope);
  }
  const steps = funnelSteps(dataset.metrics);
  const rows = new Map(choice.mapping.map((r) => [r.scope, r]));
  const kept = (scope: string, metric: string) => rows.get(scope)!.metrics.includes(metric) && !choice.excluded?.get(scope)?.has(metric);
  for (const c of Object.values(journey.connections)) {
    const from = cardScopes.get(c.sourceId);
    const to = cardScopes.get(c.targetId);
    if (from === undefined || to === undefined) continue;
    const a = steps.get(from);
    const b = steps.get(to);
    // Steps of one funnel: "2. Add to cart / device=mobile" does not follow "1. View product".
    if (a === undefined || b !== a + 1 || splitScope(from).breakdown !== splitScope(to).breakdown) continue;
    const target = { type: 'connection' as const, id: c.id };
    for (const metric of LEAVING_METRICS) if (kept(from, metric)) out.push(make(from, metric, target));
    for (const metric of REACHING_METRICS) if (kept(to, metric)) out.push(make(to, metric, target));
  }
  return out;
}
