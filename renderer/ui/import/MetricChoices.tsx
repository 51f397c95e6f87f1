import { useMemo } from 'react';
import { formatMetric } from '../../../shared/kpi/binding/formatMetric';
import { metricDef } from '../../../shared/kpi/metricCatalog';
import type { MetricValue } from '../../../shared/model/schema';

/** Parses a target as the user writes it: "30%" or "0.3" for a rate, "4.2" for a score, "120" for seconds. */
export function parseGoal(text: string, unit: string): number | undefined {
  const t = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!t) return undefined;
  const percent = t.endsWith('%');
  const n = Number(percent ? t.slice(0, -1) : t);
  if (!Number.isFinite(n)) return undefined;
  return unit === 'fraction' && (percent || n > 1) ? n / 100 : n;
}

/** Which metrics of the file to show on the map, and a target for each. */
export function MetricChoices({ metrics, excluded, goals, onExcluded, onGoals }: {
  metrics: readonly MetricValue[];
  excluded: ReadonlySet<string>; goals: ReadonlyMap<string, number>;
  onExcluded(next: ReadonlySet<string>): void; onGoals(next: ReadonlyMap<string, number>): void;
}) {
  const distinct = useMemo(() => {
    const seen = new Map<string, string>();
    for (const m of metrics) if (!seen.has(m.metric)) seen.set(m.metric, m.unit);
    return [...seen];
  }, [metrics]);
  return (
    <ul className="wm-metric-choices">
      {distinct.map(([metric, unit]) => {
        const label = metricDef(metric)?.label ?? metric;
        const goal = goals.get(metric);
        return (
          <li key={metric}>
            <label className="wm-inline">
              <input type="checkbox" checked={!excluded.has(metric)} onChange={(e) => {
                const next = new Set(excluded);
                if (e.target.checked) next.delete(metric); else next.add(metric);
                onExcluded(next);
              }} /> {label}
            </label>
            <input className="wm-goal" aria-label={`Target for ${label}`} placeholder={unit === 'fraction' ? 'target, e.g. 30%' : 'target'}
              defaultValue={goal === undefined ? '' : unit === 'fraction' ? `${goal * 100}%` : String(goal)}
              onBlur={(e) => {
                const next = new Map(goals);
                const v = parseGoal(e.target.value, unit);
                if (v === undefined) next.delete(metric); else next.set(metric, v);
                onGoals(next);
                if (v !== undefined) e.target.value = formatMetric(v, unit, metric);
              }} />
          </li>
        );
      })}
    </ul>
  );
}
