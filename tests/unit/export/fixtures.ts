/** Journeys for the export tests: the two samples, and Northwind with imported data bound. */
import { readFileSync } from 'node:fs';
import { addDataset, datasetFromImport } from '../../../shared/kpi/binding/datasetOperations';
import { bindingsFromMapping, suggestMapping } from '../../../shared/kpi/binding/suggestMapping';
import { funnelMetrics } from '../../../shared/kpi/funnel/funnelMetrics';
import type { KpiImport } from '../../../shared/kpi/types';
import { loadJourney } from '../../../shared/file/loadJourney';
import type { TextMeasurer } from '../../../shared/layout/textMeasure';
import { seededIdSource } from '../../../shared/model/ids';
import type { Journey, MetricValue } from '../../../shared/model/schema';

export const SAMPLES = ['northwind-outdoor', 'flowboard-saas-onboarding'] as const;

export function sample(name: (typeof SAMPLES)[number]): Journey {
  const r = loadJourney(readFileSync(`assets/samples/${name}.journey`, 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value.journey;
}

/** A deterministic measurer: every character 0.6 em (bold 0.65), independent of any font. */
export const fixedMeasure: TextMeasurer = (text, size, bold = false) => [...text].length * size * (bold ? 0.65 : 0.6);

const m = (scope: string, metric: string, value: number, unit: string): MetricValue => ({ scope, metric, value, unit });

/**
 * Northwind with a GA4-style funnel on the purchase touchpoints (users, conversion and
 * drop-off; conversion has a goal of 70 %) and a CSAT survey per stage (goal 80 %).
 */
export function northwindWithData(): Journey {
  const j = sample('northwind-outdoor');
  // As the funnel importers write it (funnelMetrics): a step's conversion is into it, its drop-off what leaves it.
  const funnel: MetricValue[] = funnelMetrics([{ scope: 'Cart', users: 4210 }, { scope: 'Checkout', users: 2779 }, { scope: 'Payment', users: 1445 }, { scope: 'Order confirmation', users: 1069 }])
    .filter((x) => ['stepIndex', 'users', 'conversion', 'dropOffRate'].includes(x.metric));
  const survey: MetricValue[] = [
    m('Discover', 'csat', 0.82, 'fraction'), m('Consider', 'csat', 0.71, 'fraction'), m('Purchase', 'csat', 0.55, 'fraction'),
    m('Post-purchase', 'csat', 0.77, 'fraction'), m('Loyalty', 'csat', 0.9, 'fraction'),
  ];
  const imp = (source: string, fileName: string, metrics: MetricValue[]): KpiImport => ({ source, fileName, rowsRead: metrics.length, rowsImported: metrics.length, errors: [], notes: [], feedback: [], options: {}, metrics, period: { start: '2024-04-01', end: '2024-04-30' } });
  const ids = seededIdSource(11);
  for (const [id, name, source, file, metrics, goals] of [
    ['ds_funnel', 'GA4 checkout funnel', 'ga4-funnel', 'funnel-april.csv', funnel, new Map([['conversion', 0.7]])],
    ['ds_csat', 'Post-visit CSAT', 'qualtrics', 'csat-april.csv', survey, new Map([['csat', 0.8]])],
  ] as const) {
    const d = datasetFromImport(imp(source, file, metrics), { id, name, importedAt: '2024-05-02' });
    const mapping = suggestMapping(j, metrics);
    // As the wizard does by default: the step's position orders the funnel but is not shown.
    const excluded = new Map(mapping.map((r) => [r.scope, new Set(['stepIndex'])] as const));
    addDataset(j, d, bindingsFromMapping(j, d, { mapping, excluded, goals }, ids));
  }
  j.settings.kpiView = { heatMetric: 'csat' };
  return j;
}
