import { memo, useId } from 'react';
import { buildKpiLayer } from '../../../shared/kpi/binding/kpiLayer';
import { metricDef } from '../../../shared/kpi/metricCatalog';
import type { JourneySettings } from '../../../shared/model/schema';
import { useDocumentStore } from '../../store/documentStore';

type KpiView = NonNullable<JourneySettings['kpiView']>;

/** Changes how data shows on the map: a map setting, so it is saved with the map and undoable. */
export function setKpiView(label: string, patch: Partial<KpiView>): void {
  useDocumentStore.getState().change(label, (d) => {
    const next: KpiView = { ...d.settings.kpiView, ...patch };
    for (const k of Object.keys(next) as (keyof KpiView)[]) if (next[k] === undefined || next[k] === false || next[k] === '') delete next[k];
    if (Object.keys(next).length) d.settings.kpiView = next; else delete d.settings.kpiView;
  });
}

const label = (metric: string) => metricDef(metric)?.label ?? metric;

/** The legend of the data layer: what the colors mean, where the numbers come from, and the heat/curve pickers. */
function KpiLegendView() {
  const bindings = useDocumentStore((s) => s.journey.bindings);
  const datasets = useDocumentStore((s) => s.journey.datasets);
  const view = useDocumentStore((s) => s.journey.settings.kpiView);
  const readOnly = useDocumentStore((s) => s.readOnly);
  const heatId = useId();
  const curveId = useId();
  if (Object.keys(bindings).length === 0) return null;
  const layer = buildKpiLayer({ bindings, datasets });
  if (view?.hidden) {
    return (
      <aside className="wm-legend" aria-label="Data legend">
        <button type="button" disabled={readOnly} onClick={() => setKpiView('Show data', { hidden: false })}>Show data on the map</button>
      </aside>
    );
  }
  return (
    <aside className="wm-legend" aria-label="Data legend" data-testid="kpi-legend">
      <div className="wm-legend-row">
        <h2>Data</h2>
        <span className="wm-legend-swatch" style={{ background: 'var(--wm-good)' }} /> on target
        <span className="wm-legend-swatch" style={{ background: 'var(--wm-warn)' }} /> within 10 %
        <span className="wm-legend-swatch" style={{ background: 'var(--wm-bad)' }} /> off
        <span style={{ color: 'var(--wm-bad)' }}>▼</span> drop-off
        <button type="button" className="wm-link" disabled={readOnly} onClick={() => setKpiView('Hide data', { hidden: true })}>Hide</button>
      </div>
      <div className="wm-legend-row">
        <label htmlFor={heatId}>Heat strip</label>
        <select id={heatId} value={view?.heatMetric ?? ''} disabled={readOnly} onChange={(e) => setKpiView('Heat strip metric', { heatMetric: e.target.value || undefined })}>
          <option value="">none</option>
          {layer.metrics.map((m) => <option key={m} value={m}>{label(m)}</option>)}
        </select>
        <label htmlFor={curveId}>Data curve</label>
        <select id={curveId} value={view?.curveMetric ?? ''} disabled={readOnly} onChange={(e) => setKpiView('Data curve metric', { curveMetric: e.target.value || undefined })}>
          <option value="">none</option>
          {layer.metrics.filter((m) => CURVE_METRICS.has(m)).map((m) => <option key={m} value={m}>{label(m)}</option>)}
        </select>
      </div>
      <details className="wm-muted" data-testid="kpi-sources">
        <summary>{layer.datasets.length} source{layer.datasets.length === 1 ? '' : 's'}</summary>
        {layer.datasets.map((d) => (
          <div key={d.id} title={`${d.fileName}: ${d.rowsImported} of ${d.rowsRead} rows imported, ${d.errors.length} reported`}>
            {d.name}{d.period ? ` (${d.period.start.slice(0, 10)} – ${d.period.end.slice(0, 10)})` : ''}
          </div>
        ))}
      </details>
    </aside>
  );
}

/** Metrics that say how customers feel, so they can draw a data-driven emotion curve. */
export const CURVE_METRICS = new Set(['csat', 'csatMean', 'nps', 'ces', 'sentiment', 'stars']);

/** Memoized: the canvas re-renders on every drag step, and the legend depends on the document only. */
export const KpiLegend = memo(KpiLegendView);
