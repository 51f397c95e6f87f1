import { memo } from 'react';
import { BaseEdge, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { interMeasure } from '../../shared/layout/textMeasure';

const LABEL_SIZE = 11;
const LABEL_PAD_X = 4;
const LABEL_HEIGHT = 16;

/**
 * A connection between two cards, with its label on a plate at the curve's middle. The label
 * is sized with Inter's advance widths (the layout's measurer): React Flow's own edge label
 * reads its box from the DOM (getBBox), one forced layout per label whenever edges mount,
 * which was most of the time of zooming a large map back in.
 */
function ConnectionEdgeView({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, style, label }: EdgeProps<Edge>) {
  const [path, x, y] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const text = typeof label === 'string' && label ? label : null;
  const width = text ? Math.ceil(interMeasure(text, LABEL_SIZE)) + 2 * LABEL_PAD_X : 0;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} />
      {text && (
        <g className="wm-connection-label" transform={`translate(${x - width / 2} ${y - LABEL_HEIGHT / 2})`}>
          <rect width={width} height={LABEL_HEIGHT} rx={3} className="react-flow__edge-textbg" />
          <text x={width / 2} y={LABEL_HEIGHT / 2} dy="0.35em" textAnchor="middle" className="react-flow__edge-text">{text}</text>
        </g>
      )}
    </>
  );
}

export const ConnectionEdge = memo(ConnectionEdgeView);
