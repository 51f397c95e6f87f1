import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import type { JourneyLayout } from '../../../shared/layout/layoutJourney';
import { LaneHeader } from '../headers/LaneHeader';
import { StageHeader } from '../headers/StageHeader';
import { StageDataLayer } from '../kpi/StageDataLayer';
import { useUiStore } from '../../store/uiStore';
import { useDocumentStore } from '../../store/documentStore';

export type GridNodeData = { layout: JourneyLayout };

/** The map's frame: lane bands, stage columns, and the interactive stage and lane headers. */
function GridNodeView({ data }: NodeProps<Node<GridNodeData, 'grid'>>) {
  const { layout } = data;
  const cell = useUiStore((s) => s.activeCell);
  const stageName = useDocumentStore((s) => (cell ? s.journey.stages[cell.stageId]?.name : undefined));
  const laneName = useDocumentStore((s) => (cell ? s.journey.lanes[cell.laneId]?.name : undefined));
  const stage = cell && layout.stages.find((s) => s.id === cell.stageId);
  const lane = cell && layout.lanes.find((l) => l.id === cell.laneId);
  return (
    <div className="wm-grid" style={{ width: layout.width, height: layout.height }}>
      {layout.lanes.map((l) => (
        <div key={l.id} className={`wm-lane-band wm-band-${l.index % 2}`} style={{ top: l.y, height: l.height, width: layout.width }} />
      ))}
      {layout.stages.map((s) => (
        <div key={s.id} className="wm-stage-col" style={{ left: s.x, width: s.width, height: layout.height }} />
      ))}
      {stage && lane && (
        <div className="wm-active-cell" data-testid="active-cell" role="img" aria-label={`Active cell: ${stageName} × ${laneName}`}
          style={{ left: stage.x + 3, top: lane.y + 3, width: stage.width - 6, height: lane.height - 6 }} />
      )}
      {layout.stages.map((s) => <StageHeader key={s.id} box={s} layout={layout} />)}
      <StageDataLayer layout={layout} />
      {layout.lanes.map((l) => <LaneHeader key={l.id} box={l} layout={layout} />)}
    </div>
  );
}

export const GridNode = memo(GridNodeView);
