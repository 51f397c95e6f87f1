/**
 * The metrics Waymark knows by name: what an importer writes into `MetricValue.metric`, and
 * what the map, the legend and the export read back. An importer may write other metric
 * names (a generic column import keeps the column's name); those display with their unit.
 *
 * To show bound values (badges, heat strips, drop-off on connections, the legend), do not
 * re-derive them: `buildKpiLayer`, `stageHeat` and `describeSource` in shared/kpi/binding/kpiLayer.ts
 * give each target's values formatted (`formatMetric`), with target, delta, status and source.
 *
 * Units: 'count', 'fraction' (0–1; shown as a percentage), 'seconds', 'score' (NPS −100…100,
 * CSAT/CES means on their scale), 'stars', 'currency:XXX' (ISO 4217 code, e.g. currency:GBP).
 */
export interface MetricDef {
  label: string;
  short: string;
  unit: string;
  /** Whether a larger value is better; drives badge status against a target. */
  higherIsBetter: boolean;
  /** Shown on the map by default when imported (the wizard pre-checks it); the rest are opt-in. */
  primary?: boolean;
}

export const METRICS = {
  views: { label: 'Views', short: 'Views', unit: 'count', higherIsBetter: true, primary: true },
  users: { label: 'Users', short: 'Users', unit: 'count', higherIsBetter: true, primary: true },
  sessions: { label: 'Sessions', short: 'Sess.', unit: 'count', higherIsBetter: true, primary: true },
  conversion: { label: 'Conversion rate', short: 'Conv.', unit: 'fraction', higherIsBetter: true, primary: true },
  overallConversion: { label: 'Overall conversion', short: 'Overall', unit: 'fraction', higherIsBetter: true },
  dropOff: { label: 'Drop-off', short: 'Drop', unit: 'count', higherIsBetter: false },
  dropOffRate: { label: 'Drop-off rate', short: 'Drop', unit: 'fraction', higherIsBetter: false, primary: true },
  bounceRate: { label: 'Bounce rate', short: 'Bounce', unit: 'fraction', higherIsBetter: false, primary: true },
  timeOnPage: { label: 'Time on page', short: 'Time', unit: 'seconds', higherIsBetter: true, primary: true },
  timeFromPrevious: { label: 'Time from previous step', short: 'Δt', unit: 'seconds', higherIsBetter: false },
  nps: { label: 'Net Promoter Score', short: 'NPS', unit: 'score', higherIsBetter: true, primary: true },
  csat: { label: 'CSAT (top-2-box)', short: 'CSAT', unit: 'fraction', higherIsBetter: true, primary: true },
  csatMean: { label: 'CSAT mean', short: 'CSAT x̄', unit: 'score', higherIsBetter: true },
  ces: { label: 'Customer Effort Score', short: 'CES', unit: 'score', higherIsBetter: true, primary: true },
  churn: { label: 'Churn rate', short: 'Churn', unit: 'fraction', higherIsBetter: false, primary: true },
  cltv: { label: 'Customer lifetime value', short: 'CLTV', unit: 'currency', higherIsBetter: true, primary: true },
  revenue: { label: 'Revenue', short: 'Rev.', unit: 'currency', higherIsBetter: true, primary: true },
  transactions: { label: 'Transactions', short: 'Tx', unit: 'count', higherIsBetter: true },
  keyEvents: { label: 'Key events', short: 'Events', unit: 'count', higherIsBetter: true },
  stars: { label: 'Average rating', short: '★', unit: 'stars', higherIsBetter: true, primary: true },
  responses: { label: 'Responses', short: 'n', unit: 'count', higherIsBetter: true },
  sentiment: { label: 'Sentiment', short: 'Sent.', unit: 'score', higherIsBetter: true },
  promoters: { label: 'Promoters (9–10)', short: 'Prom.', unit: 'count', higherIsBetter: true },
  passives: { label: 'Passives (7–8)', short: 'Pass.', unit: 'count', higherIsBetter: true },
  detractors: { label: 'Detractors (0–6)', short: 'Detr.', unit: 'count', higherIsBetter: false },
  cesEasy: { label: 'Answered easy (top-2-box)', short: 'Easy', unit: 'fraction', higherIsBetter: true },
  positiveFeedback: { label: 'Positive comments', short: '+ cmts', unit: 'count', higherIsBetter: true },
  neutralFeedback: { label: 'Neutral comments', short: '○ cmts', unit: 'count', higherIsBetter: true },
  negativeFeedback: { label: 'Negative comments', short: '− cmts', unit: 'count', higherIsBetter: false },
  responseRate: { label: 'Response rate', short: 'Resp.', unit: 'fraction', higherIsBetter: true },
} as const satisfies Record<string, MetricDef>;

export type KnownMetric = keyof typeof METRICS;

/** Whether a metric shows on the map unless the user unchecks it. */
export const isPrimaryMetric = (metric: string): boolean => metricDef(metric)?.primary === true;

export function metricDef(metric: string): MetricDef | undefined {
  return Object.prototype.hasOwnProperty.call(METRICS, metric) ? METRICS[metric as KnownMetric] : undefined;
}
