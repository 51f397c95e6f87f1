import { memo } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import type { CurveLayout, EmotionPointBox } from '../../../shared/layout/layoutJourney';
import { emotionFace } from '../../../shared/theme/theme';


export type CurvesNodeData = {
  width: number; height: number;
  curves: CurveLayout[];
  points: (EmotionPointBox & { title: string; color: string })[];
  scale: { min: number; max: number };
};

/** A drawn face (no emoji font needed): the mouth bends with the mood, 0 (worst) to 1 (best). */
function Face({ x, y, mood, color }: { x: number; y: number; mood: number; color: string }) {
  const bend = (mood - 0.5) * 8;
  return (
    <g className="wm-face" stroke={color}>
      <circle cx={x - 3.5} cy={y - 2.5} r={0.9} fill={color} />
      <circle cx={x + 3.5} cy={y - 2.5} r={0.9} fill={color} />
      <path d={`M${x - 4.5},${y + 3 - bend / 4} Q${x},${y + 3 + bend} ${x + 4.5},${y + 3 - bend / 4}`} />
    </g>
  );
}

/** Emotion curves: one smooth line per visible curve through its points, with faces. */
function CurvesNodeView({ data }: NodeProps<Node<CurvesNodeData, 'curves'>>) {
  return (
    <svg className="wm-curves" width={data.width} height={data.height} data-testid="emotion-curves" aria-label="Emotion curves">
      {data.curves.filter((c) => c.visible).map((c) => (
        <path key={`${c.id}-${c.laneId}`} d={c.path} fill="none" stroke={c.color} strokeWidth={3} strokeLinecap="round" className="wm-curve" data-testid="emotion-curve" />
      ))}
      {data.points.map((p) => {
        const face = emotionFace(p.score, data.scale);
        return (
          <g key={p.id} className="wm-emotion-point" data-testid="emotion-point">
            <title>{`${p.title} (${face.label}, ${p.score})`}</title>
            <circle cx={p.x} cy={p.y} r={11} fill="var(--wm-surface)" stroke={p.color} strokeWidth={2.5} />
            <Face x={p.x} y={p.y} mood={(p.score - data.scale.min) / (data.scale.max - data.scale.min)} color={p.color} />
            <text x={p.x} y={p.y + 28} textAnchor="middle" className="wm-emotion-label">{p.title}</text>
          </g>
        );
      })}
    </svg>
  );
}

export const CurvesNode = memo(CurvesNodeView);
