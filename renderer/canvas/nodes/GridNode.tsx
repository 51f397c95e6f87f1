import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import type { JourneyLayout } from '../../../shared/layout/layoutJourney';
import { GEOMETRY } from '../../../shared/layout/layoutJourney';
import { LANE_ICONS } from '../../../shared/theme/theme';
import type { Lane, Stage } from '../../../shared/model/schema';

export type GridNodeData = { layout: JourneyLayout; stages: Record<string, Stage>; lanes: Record<string, Lane> };

/** The map's frame: stage columns with headers, lane rows with titles, cell borders. */
function GridNodeView({ data }: NodeProps<Node<GridNodeData, 'grid'>>) {
  const { layout, stages, lanes } = data;
  const g = GEOMETRY;
  return (
    <div className="wm-grid" style={{ width: layout.width, height: layout.height }}>
      {layout.lanes.map((l) => (
        <div key={l.id} className={`wm-lane-band wm-band-${l.index % 2}`} style={{ top: l.y, height: l.height, width: layout.width }}>
          <div className="wm-lane-title" style={{ width: g.laneHeaderWidth, height: l.height }} data-testid="lane-title">
            <span className="wm-lane-icon" aria-hidden>{LANE_ICONS[lanes[l.id]!.kind]}</span>{lanes[l.id]!.name}
          </div>
        </div>
      ))}
      {layout.stages.map((s) => (
        <div key={s.id} className="wm-stage-col" style={{ left: s.x, width: s.width, height: layout.height }}>
          <div className="wm-stage-head" style={{ height: g.stageHeaderHeight, borderTopColor: s.color }} data-testid="stage-title">
            <span className="wm-stage-index" style={{ background: s.color }}>{s.index + 1}</span>
            <span className="wm-stage-name">{stages[s.id]!.name}</span>
          </div>
        </div>
      ))}
    </div>
  );
}

export const GridNode = memo(GridNodeView);
