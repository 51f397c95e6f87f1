import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { buildKpiLayer, describeSource } from '../../../shared/kpi/binding/kpiLayer';
import { useDocumentStore } from '../../store/documentStore';

export type DataEdgeData = { connectionId: string };

/**
 * A connection carrying funnel data: the step's drop-off (or conversion) on the arrow
 * between the two steps, with the source of the number on hover.
 */
function DataEdgeView(props: EdgeProps<Edge<DataEdgeData, 'data'>>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, style, label, data } = props;
  const values = useDocumentStore((s) => buildKpiLayer(s.journey).byTarget.get(`connection:${data?.connectionId ?? id}`));
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const drop = values?.find((v) => v.metric === 'dropOffRate') ?? values?.find((v) => v.metric === 'dropOff');
  const conversion = values?.find((v) => v.metric === 'conversion');
  const tip = values?.map(describeSource).join('\n\n') ?? '';
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} />
      <EdgeLabelRenderer>
        <div className="wm-data-edge-label nodrag nopan" data-testid="drop-off" title={tip} aria-label={tip.replace(/\n/g, '. ')}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
          {label ? <span>{String(label)} · </span> : null}
          {drop ? <span className="wm-drop">▼ {drop.text} drop-off</span> : null}
          {conversion ? <span>{drop ? ' · ' : ''}{conversion.text} continue</span> : null}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const DataEdge = memo(DataEdgeView);
