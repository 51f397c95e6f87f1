/** The map's data layer: suggesting a mapping by name, the bindings it makes, values, status and heat. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDataset, datasetFromImport, refreshDataset, removeDataset, setMetricGoal } from '../../../shared/kpi/binding/datasetOperations';
import { formatDelta, formatMetric } from '../../../shared/kpi/binding/formatMetric';
import { buildKpiLayer, describeSource, stageHeat, statusOf, targetKey } from '../../../shared/kpi/binding/kpiLayer';
import { dataEdgeParts } from '../../../shared/export/kpiLayer';
import { normalizeLabel } from '../../../shared/kpi/binding/matchLabel';
import { bindingsFromMapping, suggestMapping } from '../../../shared/kpi/binding/suggestMapping';
import { funnelMetrics } from '../../../shared/kpi/funnel/funnelMetrics';
import { isPrimaryMetric } from '../../../shared/kpi/metricCatalog';
import type { KpiImport } from '../../../shared/kpi/types';
import { seededIdSource } from '../../../shared/model/ids';
import { addConnection, deleteCards, deleteConnections } from '../../../shared/model/operations';
import type { Journey, MetricValue } from '../../../shared/model/schema';
import { expectConsistent, northwind } from '../model/fixtures';
import { importSample } from '../kpi/kpiTestUtil';
import { buildJourney } from '../../../shared/templates/buildJourney';
import { flowboard as flowboardSpec } from '../../../shared/templates/samples/flowboard';

const flowboard = (): Journey => buildJourney(flowboardSpec);

const m = (scope: string, metric: string, value: number | null, unit: string, n?: number): MetricValue => ({ scope, metric, value, unit, ...(n === undefined ? {} : { n }) });

/**
 * A GA4-funnel import as the importers write it (funnelMetrics: a step's conversion is INTO
 * it, its drop-off is what leaves it), with a device breakdown, a total, a stage and a stray
 * scope. Only the wizard's default metrics (the primary ones) are bound.
 */
const steps = funnelMetrics([{ scope: '1. View product', users: 18620 }, { scope: '2. Add to cart', users: 5214 }, { scope: '3. Begin checkout', users: 3380 }]);
const funnel: KpiImport = {
  source: 'ga4-funnel', fileName: 'funnel.csv', rowsRead: 20, rowsImported: 20, errors: [], notes: [], feedback: [], options: { partialResponses: 'include', source: undefined },
  period: { start: '2024-05-01', end: '2024-05-31' },
  metrics: [
    ...steps,
    m('2. Add to cart / device=mobile', 'users', 2720, 'count'),
    m('total', 'overallConversion', 0.1336, 'fraction'),
    m('Discover', 'sessions', 54087, 'count'),
    m('Nothing by that name', 'users', 3, 'count'),
  ],
};
const notPrimary = (metrics: readonly MetricValue[]) => new Set(metrics.map((x) => x.metric).filter((x) => !isPrimaryMetric(x)));

function withFunnel(goals?: Map<string, number>, imp: KpiImport = funnel, journey: Journey = northwind()): { j: Journey; datasetId: string } {
  const j = journey;
  const mapping = suggestMapping(j, imp.metrics);
  const dataset = datasetFromImport(imp, { id: 'ds_funnel', name: 'Checkout funnel', importedAt: '2024-06-01T00:00:00Z' });
  const skip = notPrimary(imp.metrics);
  const excluded = new Map(mapping.map((r) => [r.scope, skip] as const));
  addDataset(j, dataset, bindingsFromMapping(j, dataset, { mapping, excluded, ...(goals ? { goals } : {}) }, seededIdSource(3)));
  return { j, datasetId: dataset.id };
}

const cardTitled = (j: Journey, title: string) => Object.values(j.cards).find((c) => c.title === title)!;

describe('suggestMapping', () => {
  it('maps scopes to cards by alias or title and to stages by name; leaves breakdowns, totals and unknown names unmapped', () => {
    const j = northwind();
    const rows = new Map(suggestMapping(j, funnel.metrics).map((r) => [r.scope, r]));
    expect(rows.get('1. View product')!.target).toEqual({ type: 'card', id: cardTitled(j, 'Product page – Summit Trail Runner X').id });
    expect(rows.get('1. View product')!.matchedBy).toBe('alias');
    expect(rows.get('2. Add to cart')!.target).toEqual({ type: 'card', id: cardTitled(j, 'Cart').id });
    expect(rows.get('Discover')!.target).toEqual({ type: 'stage', id: Object.values(j.stages).find((s) => s.name === 'Discover')!.id });
    expect(rows.get('2. Add to cart / device=mobile')!.target).toBeNull();
    expect(rows.get('total')!.target).toBeNull();
    expect(rows.get('Nothing by that name')!.target).toBeNull();
    expect(rows.get('1. View product')!.metrics).toEqual(['stepIndex', 'users', 'conversion', 'completionRate', 'dropOff', 'dropOffRate', 'overallConversion']);
  });

  it('normalizes case, accents, step numbers, spaces and a trailing slash, and nothing else', () => {
    expect(normalizeLabel('  2.  Add to CART ')).toBe('add to cart');
    expect(normalizeLabel('Café Crème')).toBe('cafe creme');
    expect(normalizeLabel('/checkout/')).toBe('/checkout');
    expect(normalizeLabel('/')).toBe('/');
    expect(normalizeLabel('Add to carts')).not.toBe(normalizeLabel('Add to cart'));
  });
});

describe('bindingsFromMapping', () => {
  it('binds each mapped metric to its card or stage; the unmapped breakdown, total and unknown scope nowhere', () => {
    const { j } = withFunnel();
    expectConsistent(j);
    const product = cardTitled(j, 'Product page – Summit Trail Runner X');
    expect(buildKpiLayer(j).byTarget.get(targetKey({ type: 'card', id: product.id }))!.map((v) => [v.metric, v.text])).toEqual([['users', '18,620'], ['conversion', '100.0%'], ['dropOffRate', '72.0%']]);
    expect(Object.values(j.bindings).some((b) => b.scope.includes('device') || b.scope === 'total' || b.scope === 'Nothing by that name')).toBe(false);
  });

  it('an arrow from one step to the next shows the drop-off of the step it leaves and the conversion of the step it reaches (failed before: "72.0% drop-off · 100.0% continue")', () => {
    const { j } = withFunnel();
    const [product, cart, checkout] = ['Product page – Summit Trail Runner X', 'Cart', 'Checkout'].map((t) => cardTitled(j, t).id);
    const layer = buildKpiLayer(j);
    const on = (from: string, to: string) => {
      const link = Object.values(j.connections).find((c) => c.sourceId === from && c.targetId === to)!;
      return layer.byTarget.get(targetKey({ type: 'connection', id: link.id }))!.map((v) => [v.scope, v.metric, v.text]);
    };
    expect(on(product!, cart!)).toEqual([['1. View product', 'dropOffRate', '72.0%'], ['2. Add to cart', 'conversion', '28.0%']]);
    expect(on(cart!, checkout!)).toEqual([['2. Add to cart', 'dropOffRate', '35.2%'], ['3. Begin checkout', 'conversion', '64.8%']]);
    expect(dataEdgeParts(j, layer, Object.values(j.connections).find((c) => c.sourceId === product && c.targetId === cart)!.id)).toMatchObject({ drop: '▼ 72.0% drop-off', conversion: '28.0% continue' });
  });

  it('the real exports (GA4 funnel exploration on Northwind, Mixpanel funnel on Flowboard): on every arrow that shows both, drop-off and continue add up to 100 %', () => {
    for (const [file, journey, arrows] of [
      ['ga4_funnel_exploration_checkout_may2024.csv', northwind(), 4],
      ['mixpanel_funnels_signup_may2024.json', flowboard(), 4],
    ] as const) {
      const imp = importSample(file);
      const { j } = withFunnel(undefined, imp, journey);
      const layer = buildKpiLayer(j);
      let both = 0;
      for (const c of Object.values(j.connections)) {
        const values = layer.byTarget.get(targetKey({ type: 'connection', id: c.id })) ?? [];
        const drop = values.find((v) => v.metric === 'dropOffRate');
        const on = values.find((v) => v.metric === 'conversion');
        if (!drop || !on) continue;
        both++;
        expect(drop.value! + on.value!, `${file}: ${drop.scope} → ${on.scope}`).toBeCloseTo(1, 9);
      }
      expect(both, file).toBe(arrows);
    }
  });

  it('an arrow that skips a step, goes back, or joins steps of different breakdowns gets no funnel numbers', () => {
    const j = northwind();
    const [product, cart, checkout] = ['Product page – Summit Trail Runner X', 'Cart', 'Checkout'].map((t) => cardTitled(j, t).id);
    addConnection(j, { id: 'conn_skip', sourceId: product!, targetId: checkout! });
    addConnection(j, { id: 'conn_back', sourceId: checkout!, targetId: cart! });
    // The mobile breakdown of step 2 mapped onto Cart: step 1 (all devices) → step 2 (mobile) is not one move.
    const mobile: KpiImport = { ...funnel, metrics: [...steps.filter((x) => !x.scope.startsWith('2.')), ...funnelMetrics([{ scope: '1. X / device=mobile', users: 9000 }, { scope: '2. Add to cart / device=mobile', users: 2720 }]).filter((x) => x.scope.startsWith('2.'))] };
    const mapping = suggestMapping(j, mobile.metrics).map((r) => (r.scope === '2. Add to cart / device=mobile' ? { ...r, target: { type: 'card' as const, id: cart! } } : r));
    const bindings = bindingsFromMapping(j, { id: 'd', metrics: mobile.metrics }, { mapping }, seededIdSource(1));
    const onArrows = bindings.filter((b) => b.target.type === 'connection');
    const arrow = (id: string) => Object.values(j.connections).find((c) => c.id === id)!;
    expect(onArrows.map((b) => arrow(b.target.id)).filter((c) => c.id === 'conn_skip' || c.id === 'conn_back')).toEqual([]);
    expect(onArrows.filter((b) => arrow(b.target.id).targetId === cart || arrow(b.target.id).sourceId === cart)).toEqual([]);
  });

  it('data that is not a funnel (no step order) puts nothing on arrows', () => {
    const j = northwind();
    const pages = [m('Product page – Summit Trail Runner X', 'conversion', 0.4, 'fraction'), m('Cart', 'conversion', 0.3, 'fraction'), m('Cart', 'dropOffRate', 0.2, 'fraction')];
    const bindings = bindingsFromMapping(j, { id: 'd', metrics: pages }, { mapping: suggestMapping(j, pages) }, seededIdSource(1));
    expect(bindings.length).toBe(3);
    expect(bindings.filter((b) => b.target.type === 'connection')).toEqual([]);
  });

  it('leaves out metrics the user unchecked, on cards and on arrows, and carries targets per metric', () => {
    const j = northwind();
    const mapping = suggestMapping(j, funnel.metrics);
    const excluded = new Map(mapping.map((r) => [r.scope, new Set([...notPrimary(funnel.metrics), ...(r.scope === '1. View product' ? ['dropOffRate'] : [])])]));
    const bindings = bindingsFromMapping(j, { id: 'd', metrics: funnel.metrics }, { mapping, excluded, goals: new Map([['conversion', 0.3]]) }, seededIdSource(1));
    expect(bindings.filter((b) => b.scope === '1. View product').map((b) => [b.metric, b.target.type])).toEqual([['users', 'card'], ['conversion', 'card']]);
    const product = cardTitled(j, 'Product page – Summit Trail Runner X').id;
    const firstArrow = bindings.filter((b) => b.target.type === 'connection' && j.connections[b.target.id]!.sourceId === product);
    expect(firstArrow.map((b) => [b.scope, b.metric])).toEqual([['2. Add to cart', 'conversion']]);
    expect(bindings.filter((b) => b.metric === 'conversion').every((b) => b.goal === 0.3)).toBe(true);
    expect(bindings.find((b) => b.metric === 'dropOffRate' && b.scope === '2. Add to cart')!.higherIsBetter).toBe(false);
  });
});

describe('the KPI layer', () => {
  it('colors a value by its target: met is good, within 10 % is amber, further off is red; lower-is-better flips it', () => {
    expect(statusOf(0.3, 0.28, true)).toBe('good');
    expect(statusOf(0.27, 0.28, true)).toBe('warn');
    expect(statusOf(0.2, 0.28, true)).toBe('bad');
    expect(statusOf(0.2, 0.28, false)).toBe('good');
    expect(statusOf(null, 0.28, true)).toBe('none');
    expect(statusOf(0.2, undefined, true)).toBe('none');
  });

  it('gives every number its target, delta and source (dataset, file, period, scope)', () => {
    const { j } = withFunnel(new Map([['conversion', 0.3]]));
    const cart = cardTitled(j, 'Cart');
    const conv = buildKpiLayer(j).byTarget.get(`card:${cart.id}`)!.find((v) => v.metric === 'conversion')!;
    expect(conv).toMatchObject({ text: '28.0%', goalText: '30.0%', deltaText: '-2.0 pt', status: 'warn' });
    const tip = describeSource(conv);
    expect(tip).toContain('Checkout funnel (funnel.csv)');
    expect(tip).toContain('2024-05-01 – 2024-05-31');
    expect(tip).toContain('“2. Add to cart”');
  });

  it('is rebuilt only when bindings or datasets change', () => {
    const { j } = withFunnel();
    expect(buildKpiLayer(j)).toBe(buildKpiLayer(j));
    const changed = { ...j, bindings: { ...j.bindings } };
    expect(buildKpiLayer(changed)).not.toBe(buildKpiLayer(j));
  });

  it('heat per stage: the stage’s own value wins, else its worst card; counts are never summed', () => {
    const { j } = withFunnel();
    const heat = new Map(stageHeat(j, 'users').map((h) => [h.stageId, h]));
    const consider = Object.values(j.stages).find((s) => s.name === 'Consider')!;
    const purchase = Object.values(j.stages).find((s) => s.name === 'Purchase')!;
    const cartStage = cardTitled(j, 'Cart').stageId;
    const productStage = cardTitled(j, 'Product page – Summit Trail Runner X').stageId;
    expect(productStage).toBe(consider.id);
    expect(heat.get(consider.id)).toMatchObject({ value: 18620, from: 'worst card' });
    // Cart (5,214) and Checkout (3,380) are both in Purchase: the worst, not the sum (8,594).
    expect(cartStage).toBe(purchase.id);
    expect(heat.get(purchase.id)).toMatchObject({ value: 3380, text: '3,380', from: 'worst card' });
    expect(heat.get(purchase.id)!.heat).toBe(1);
    expect(heat.get(consider.id)!.heat).toBe(0);
    const discover = Object.values(j.stages).find((s) => s.name === 'Discover')!;
    expect(stageHeat(j, 'sessions').find((h) => h.stageId === discover.id)).toMatchObject({ value: 54087, from: 'stage' });
  });
});

describe('dataset operations', () => {
  it('refresh keeps the mapping and reports what the new file no longer has', () => {
    const { j, datasetId } = withFunnel();
    const fresh = datasetFromImport({ ...funnel, metrics: funnel.metrics.filter((x) => x.scope !== '3. Begin checkout').map((x) => (x.metric === 'users' ? { ...x, value: (x.value ?? 0) + 1 } : x)) }, { id: 'other', name: 'renamed', importedAt: '2024-07-01' });
    const report = refreshDataset(j, datasetId, fresh);
    // Each lost value once, though Begin checkout's conversion shows on its card and on the arrow into it.
    expect(report.missing).toEqual(['users', 'conversion', 'dropOffRate'].map((metric) => ({ scope: '3. Begin checkout', metric })));
    expect(j.datasets[datasetId]!.name).toBe('Checkout funnel');
    expect(buildKpiLayer(j).byTarget.get(`card:${cardTitled(j, 'Cart').id}`)![0]!.value).toBe(5215);
    expectConsistent(j);
  });

  it('targets are set per metric across the dataset; removing the dataset removes its bindings', () => {
    const { j, datasetId } = withFunnel();
    setMetricGoal(j, datasetId, 'users', 10_000);
    expect(Object.values(j.bindings).filter((b) => b.metric === 'users').every((b) => b.goal === 10_000)).toBe(true);
    setMetricGoal(j, datasetId, 'users', undefined);
    expect(Object.values(j.bindings).some((b) => 'goal' in b)).toBe(false);
    removeDataset(j, datasetId);
    expect(j.bindings).toEqual({});
    expect(j.datasets).toEqual({});
  });

  it('deleting a connection, or a card it joins, removes the bindings on that connection (failed before: they dangled)', () => {
    const { j } = withFunnel();
    const connIds = Object.values(j.bindings).filter((b) => b.target.type === 'connection').map((b) => b.target.id);
    expect(connIds.length).toBeGreaterThan(0);
    deleteConnections(j, [connIds[0]!]);
    expectConsistent(j);
    const again = withFunnel().j;
    deleteCards(again, [cardTitled(again, 'Cart').id]);
    expectConsistent(again);
  });

  it('stores the import report, and says so when something had to be cut', () => {
    const errors = Array.from({ length: 10_005 }, (_, i) => ({ line: i + 2, message: 'wrong field count' }));
    const d = datasetFromImport({ ...funnel, errors }, { id: 'd', name: 'n', importedAt: 't' });
    expect(d.errors).toHaveLength(10_000);
    expect(d.errors.at(-1)!.message).toMatch(/6 more rows not imported/);
    expect(d.options).toEqual({ partialResponses: 'include' });
    expect(d.period).toEqual(funnel.period);
  });
});

describe('formatMetric', () => {
  it('writes each unit the way a reader expects', () => {
    expect(formatMetric(0.1336, 'fraction')).toBe('13.4%');
    expect(formatMetric(18620, 'count')).toBe('18,620');
    expect(formatMetric(61.8, 'seconds')).toBe('61.8 s');
    expect(formatMetric(412.7, 'seconds')).toBe('6.9 min');
    expect(formatMetric(86400.9, 'seconds')).toBe('24.0 h');
    expect(formatMetric(9.09, 'score', 'nps')).toBe('+9.1');
    expect(formatMetric(-12, 'score', 'nps')).toBe('-12.0');
    expect(formatMetric(3.6, 'score', 'csatMean')).toBe('3.60');
    expect(formatMetric(3.2, 'stars')).toBe('3.2 ★');
    expect(formatMetric(287413.55, 'currency:GBP')).toBe('£287,414');
    expect(formatMetric(98.5, 'currency:EUR')).toBe('€98.50');
    expect(formatMetric(1234567.89, 'currency:SEK')).toBe('1,234,568 SEK');
    expect(formatMetric(null, 'count')).toBe('–');
    expect(formatDelta(-0.023, 'fraction')).toBe('-2.3 pt');
    expect(formatDelta(-5, 'score', 'nps')).toBe('−5.00');
  });

  it('never throws and never prints NaN, for any number and unit', () => {
    fc.assert(fc.property(fc.double(), fc.constantFrom('fraction', 'count', 'seconds', 'score', 'stars', 'currency:GBP', 'currency', 'widgets', ''), (v, unit) => {
      const text = formatMetric(v, unit);
      expect(text).not.toMatch(/NaN|undefined/);
    }), { numRuns: 2000 });
  });
});

describe('trimImport', () => {
  it('lists the first row errors and says how many more there were; small imports pass untouched', async () => {
    const { trimImport } = await import('../../../shared/kpi/binding/trimImport');
    const errors = Array.from({ length: 5 }, (_, i) => ({ line: i + 2, message: 'bad' }));
    const cut = trimImport({ ...funnel, errors }, 3);
    expect(cut.errors).toEqual([{ line: 2, message: 'bad' }, { line: 3, message: 'bad' }, { line: 0, message: '…and 3 more rows not imported' }]);
    expect(cut.notes.at(-1)).toBe('5 rows were reported; the first 2 are listed.');
    expect(trimImport(funnel)).toBe(funnel);
  });
});
