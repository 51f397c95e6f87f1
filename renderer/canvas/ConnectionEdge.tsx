import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';

/**
 * A connection between two cards, with its label on a plate at the curve's middle, above the
 * cards as in the export (shared/export/connections.ts: "a label is never hidden"): between
 * cards in neighbouring stages the curve's middle is often over a card. The label is an
 * HTML element centred by CSS, so nothing is measured from the DOM (React Flow's own SVG
 * edge label reads its box with getBBox, one forced layout per label as edges mount).
 */
function ConnectionEdgeView({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, style, label }: EdgeProps<Edge>) {
  const [path, x, y] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const text = typeof label === 'string' && label ? label : null;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} />
      {text && (
        <EdgeLabelRenderer>
          <div className="wm-connection-label nodrag nopan" title={text} style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}>{text}</div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const ConnectionEdge = memo(ConnectionEdgeView);
