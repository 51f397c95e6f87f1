/**
 * Mixpanel Funnels Query API response (the UI CSV layout is undocumented). One date bucket:
 * scopes are the step names; several buckets: `step / date=<bucket>` (buckets are never
 * added up). Rates are computed from the counts and checked against the file's ratios;
 * `avg_time` (seconds from the previous step) becomes timeFromPrevious.
 */
import type { ImportOptions, KpiSource, SourceInput, SourceResult } from '../../types';
import { checkStated, funnelMetrics, stepScopes } from '../../funnel/funnelMetrics';
import { looksLikeMixpanelFunnel, readMixpanelFunnel } from '../../json/funnelJson';
import { emptyResult, finish, MetricSink } from './common';

export const mixpanelSource: KpiSource = {
  id: 'mixpanel',
  label: 'Mixpanel funnel',
  recognize: (input: SourceInput) => (input.json !== undefined && looksLikeMixpanelFunnel(input.json) ? 0.95 : 0),
  extract(input: SourceInput, _options: ImportOptions): SourceResult {
    const result = emptyResult('mixpanel');
    const sink = new MetricSink();
    const read = readMixpanelFunnel(input.json);
    if (!read.ok) { result.errors.push({ line: 0, message: read.message }); return finish(result, sink); }
    const buckets = read.value;
    result.title = `Funnel${buckets.length ? ` (${buckets.map((b) => b.date).join(', ')})` : ''}`;
    for (const b of buckets) {
      const names = stepScopes(b.steps.map((s) => s.name));
      const suffix = buckets.length > 1 ? ` / date=${b.date}` : '';
      const steps = b.steps.map((s, i) => ({ scope: `${names[i]}${suffix}`, users: s.count, timeFromPrevious: s.avgTime }));
      const metrics = funnelMetrics(steps);
      sink.addAll(metrics);
      result.rowsRead += b.steps.length;
      result.rowsImported += b.steps.length;
      b.steps.forEach((s, i) => {
        const conv = metrics.find((m) => m.scope === steps[i]!.scope && m.metric === 'conversion')?.value ?? null;
        const overall = metrics.find((m) => m.scope === steps[i]!.scope && m.metric === 'overallConversion')?.value ?? null;
        for (const msg of [checkStated(`${b.date} "${s.name}" step_conv_ratio`, s.stepConv, conv, 1e-6), checkStated(`${b.date} "${s.name}" overall_conv_ratio`, s.overallConv, overall, 1e-6)]) {
          if (msg) result.notes.push(msg);
        }
      });
      const a = b.analysis;
      if (a?.completion !== undefined && a.completion !== b.steps[b.steps.length - 1]?.count) result.notes.push(`${b.date}: analysis.completion ${a.completion} differs from the last step's count`);
      if (a?.startingAmount !== undefined && a.startingAmount !== b.steps[0]?.count) result.notes.push(`${b.date}: analysis.starting_amount ${a.startingAmount} differs from the first step's count`);
      if (b.steps.length > 1) {
        let worst = 0;
        let worstRate = -1;
        for (let i = 0; i + 1 < b.steps.length; i++) {
          const from = b.steps[i]!.count;
          const rate = from ? (from - b.steps[i + 1]!.count) / from : 0;
          if (rate > worstRate) { worstRate = rate; worst = i; }
        }
        result.notes.push(`${b.date}: biggest drop ${worst + 1} → ${worst + 2} (${(worstRate * 100).toFixed(1)} %)`);
      }
    }
    return finish(result, sink);
  },
};
