/**
 * Amplitude funnel API response (`api/2/funnels`; the UI CSV layout is undocumented). One
 * series: scopes are the event names; a group-by gives `event / group=<value>` per series
 * and no total (series are never summed). Counts are `cumulativeRaw`; `avgTransTimes` /
 * `medianTransTimes` are MILLIseconds from the previous step (index 0 = 0 → missing).
 */
import type { ImportOptions, KpiSource, SourceInput, SourceResult } from '../../types';
import { checkStated, funnelMetrics, stepScopes } from '../../funnel/funnelMetrics';
import { looksLikeAmplitudeFunnel, readAmplitudeFunnel } from '../../json/funnelJson';
import { emptyResult, finish, MetricSink } from './common';

export const amplitudeSource: KpiSource = {
  id: 'amplitude',
  label: 'Amplitude funnel',
  recognize: (input: SourceInput) => (input.json !== undefined && looksLikeAmplitudeFunnel(input.json) ? 0.95 : 0),
  extract(input: SourceInput, _options: ImportOptions): SourceResult {
    const result = emptyResult('amplitude');
    const sink = new MetricSink();
    const read = readAmplitudeFunnel(input.json);
    if (!read.ok) { result.errors.push({ line: 0, message: read.message }); return finish(result, sink); }
    const grouped = read.value.length > 1 || read.value.some((s) => s.group !== undefined);
    read.value.forEach((s, k) => {
      const names = stepScopes(s.events);
      const suffix = grouped ? ` / group=${s.group ?? `series ${k + 1}`}` : '';
      const ms = (v: number | null | undefined): number | null => (v === null || v === undefined ? null : v / 1000);
      const steps = s.events.map((_, i) => ({
        scope: `${names[i]}${suffix}`,
        users: s.counts[i] ?? null,
        ...(s.avgMs ? { timeFromPrevious: ms(s.avgMs[i]) } : {}),
        ...(s.medianMs ? { medianTimeFromPrevious: ms(s.medianMs[i]) } : {}),
      }));
      const metrics = funnelMetrics(steps);
      sink.addAll(metrics);
      result.rowsRead += steps.length;
      result.rowsImported += steps.length;
      steps.forEach((st, i) => {
        const conv = metrics.find((m) => m.scope === st.scope && m.metric === 'conversion')?.value ?? null;
        const overall = metrics.find((m) => m.scope === st.scope && m.metric === 'overallConversion')?.value ?? null;
        for (const msg of [checkStated(`"${st.scope}" stepByStep`, s.stepByStep?.[i], conv), checkStated(`"${st.scope}" cumulative`, s.cumulative?.[i], overall)]) if (msg) result.notes.push(msg);
      });
    });
    if (grouped) result.notes.push('grouped funnel: one series per group value, no total (groups are never summed)');
    return finish(result, sink);
  },
};
