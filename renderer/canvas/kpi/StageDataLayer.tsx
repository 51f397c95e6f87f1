import { memo } from 'react';
import { GEOMETRY, type JourneyLayout } from '../../../shared/layout/layoutJourney';
import { buildKpiLayer, stageHeat } from '../../../shared/kpi/binding/kpiLayer';
import { metricDef } from '../../../shared/kpi/metricCatalog';
import { useDocumentStore } from '../../store/documentStore';
import { KpiChips } from './KpiChips';
import { heatColor } from '../../../shared/theme/heatColor';

/** Stage-level data: the heat strip under the stage headers and the stage tiles in the KPI lane. */
function StageDataLayerView({ layout }: { layout: JourneyLayout }) {
  const bindings = useDocumentStore((s) => s.journey.bindings);
  const datasets = useDocumentStore((s) => s.journey.datasets);
  const stages = useDocumentStore((s) => s.journey.stages);
  const cards = useDocumentStore((s) => s.journey.cards);
  const view = useDocumentStore((s) => s.journey.settings.kpiView);
  const heatMetric = view?.heatMetric;
  if (view?.hidden || Object.keys(bindings).length === 0) return null;
  const layer = buildKpiLayer({ bindings, datasets });
  const heat = heatMetric ? stageHeat({ bindings, datasets, stages, cards }, heatMetric) : [];
  const label = heatMetric ? metricDef(heatMetric)?.label ?? heatMetric : '';
  return (
    <>
      {heat.map((h) => {
        const box = layout.stages.find((s) => s.id === h.stageId);
        if (!box || h.heat === null) return null;
        const tip = `${label}: ${h.text} (${h.from === 'stage' ? 'stage value' : 'weakest touchpoint of the stage'})`;
        return <div key={h.stageId} className="wm-heat" data-testid="heat-strip" title={tip} aria-label={tip}
          style={{ left: box.x + 6, top: GEOMETRY.stageHeaderHeight - 9, width: box.width - 12, background: heatColor(h.heat) }} />;
      })}
      {[...layout.stageTiles.values()].map((t) => (
        <div key={t.stageId} className="wm-stage-tile" data-testid="stage-tile" style={{ left: t.x, top: t.y, width: t.width, height: t.height }}>
          <span className="wm-stage-tile-title">Stage data</span>
          <div style={{ position: 'absolute', left: GEOMETRY.cardPaddingX, top: GEOMETRY.cardPaddingY + 18 }}>
            <KpiChips chips={t.chips} values={layer.byTarget.get(`stage:${t.stageId}`)} />
          </div>
        </div>
      ))}
    </>
  );
}

export const StageDataLayer = memo(StageDataLayerView);
