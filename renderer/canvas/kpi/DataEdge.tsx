import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { buildKpiLayer, describeSource } from '../../../shared/kpi/binding/kpiLayer';
import { dataEdgeText } from '../../../shared/export/kpiLayer';
import { useDocumentStore } from '../../store/documentStore';

export type DataEdgeData = { connectionId: string };

/**
 * A connection carrying funnel data: the drop-off of the step it leaves and the conversion of
 * the step it reaches (the text is the export's, dataEdgeText), with the sources on hover.
 */
function DataEdgeView(props: EdgeProps<Edge<DataEdgeData, 'data'>>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, style, label, data } = props;
  const values = useDocumentStore((s) => buildKpiLayer(s.journey).byTarget.get(`connection:${data?.connectionId ?? id}`));
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const parts = dataEdgeText(values, typeof label === 'string' ? label : undefined);
  const tip = values?.map(describeSource).join('\n\n') ?? '';
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} />
      <EdgeLabelRenderer>
        <div className="wm-data-edge-label nodrag nopan" data-testid="drop-off" title={tip} aria-label={tip.replace(/\n/g, '. ')}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
          {parts?.label ? <span>{parts.label} · </span> : null}
          {parts?.drop ? <span className="wm-drop">{parts.drop}</span> : null}
          {parts?.conversion ? <span>{parts.drop ? ' · ' : ''}{parts.conversion}</span> : null}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const DataEdge = memo(DataEdgeView);
