import { memo, useMemo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { CONNECTION_LABEL, setConnectionLabel } from '../../shared/export/connectionLabel';
import { interMeasure } from '../../shared/layout/textMeasure';

/**
 * A connection between two cards, with its label on a plate at the curve's middle, above the
 * cards as in the export (shared/export/connections.ts: "a label is never hidden"): between
 * cards in neighbouring stages the curve's middle is often over a card. The label is an
 * HTML element centred by CSS, so nothing is measured from the DOM (React Flow's own SVG
 * edge label reads its box with getBBox, one forced layout per label as edges mount). Its
 * lines are the export's (setConnectionLabel): short labels wrap into the gap between two
 * neighbouring stages' cards instead of covering their text.
 */
/** The plate's type and padding, from the numbers the export sets the label with. */
const PLATE = {
  fontSize: CONNECTION_LABEL.fontSize,
  lineHeight: `${CONNECTION_LABEL.lineHeight}px`,
  padding: `${CONNECTION_LABEL.paddingY}px ${CONNECTION_LABEL.paddingX}px`,
  maxWidth: CONNECTION_LABEL.maxWidth,
} as const;

function ConnectionEdgeView({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, style, label }: EdgeProps<Edge>) {
  const [path, x, y] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const text = typeof label === 'string' && label ? label : null;
  const set = useMemo(() => (text ? setConnectionLabel(text, interMeasure) : null), [text]);
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} />
      {set && set.lines.length > 0 && (
        <EdgeLabelRenderer>
          <div className="wm-connection-label nodrag nopan" title={text ?? undefined} style={{ ...PLATE, transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}>
            {set.lines.map((line, i) => <span key={i}>{line}</span>)}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const ConnectionEdge = memo(ConnectionEdgeView);
