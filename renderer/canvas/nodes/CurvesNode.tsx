import { memo, useCallback } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import type { CurveLayout, DataCurveLayout, EmotionPointBox } from '../../../shared/layout/layoutJourney';
import { metricDef } from '../../../shared/kpi/metricCatalog';
import { scoreAtY } from '../../../shared/layout/layoutJourney';
import { setEmotionScore, updateCard } from '../../../shared/model/operations';
import { InlineName } from '../headers/InlineName';
import { emotionFace } from '../../../shared/theme/theme';
import { useDocumentStore } from '../../store/documentStore';
import { useUiStore } from '../../store/uiStore';
import { useHeaderDrag } from '../headers/useHeaderDrag';

export type CurvePoint = EmotionPointBox & { title: string; color: string; band: { top: number; height: number }; labelAbove: boolean };
export type CurvesNodeData = { width: number; height: number; curves: CurveLayout[]; points: CurvePoint[]; scale: { min: number; max: number }; dataCurve: DataCurveLayout | null };

/** The data-driven curve: dashed, in the data color, each point naming its measured value. */
function DataCurve({ curve }: { curve: DataCurveLayout }) {
  const name = metricDef(curve.metric)?.short ?? curve.metric;
  return (
    <g data-testid="data-curve" aria-label={`Data curve: ${name}`}>
      <path d={curve.path} className="wm-data-curve" stroke="var(--wm-kpi-accent)" />
      {curve.points.map((p) => (
        <g key={p.stageId}>
          <title>{`${name} ${p.text} → ${p.score} on the emotion scale`}</title>
          <rect x={p.x - 5} y={p.y - 5} width={10} height={10} transform={`rotate(45 ${p.x} ${p.y})`} fill="var(--wm-surface)" stroke="var(--wm-kpi-accent)" strokeWidth={2} />
          <text x={p.x + 9} y={p.y - 8} className="wm-emotion-label" fill="var(--wm-kpi-accent)">{`${name} ${p.text}`}</text>
        </g>
      ))}
    </g>
  );
}

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

/** One emotion point: click selects it, dragging up or down sets its score (one undo step). */
function EmotionPoint({ p, scale }: { p: CurvePoint; scale: { min: number; max: number } }) {
  const selected = useUiStore((s) => s.selectedIds.includes(p.id));
  const editing = useUiStore((s) => s.editingCardId === p.id);
  const readOnly = useDocumentStore((s) => s.readOnly);
  const face = emotionFace(p.score, scale);
  const onMove = useCallback(({ dy }: { dy: number }) => {
    const score = scoreAtY(p.band, p.y + dy, scale);
    useDocumentStore.getState().change('Set emotion score', (d) => setEmotionScore(d, p.id, score), 'merge');
  }, [p, scale]);
  const drag = useHeaderDrag({
    onStart: () => {
      useUiStore.getState().select([p.id], { stageId: p.stageId, laneId: p.laneId });
      if (!readOnly) useDocumentStore.getState().beginGesture('Set emotion score');
    },
    onMove: readOnly ? undefined : onMove,
    onEnd: () => useDocumentStore.getState().endGesture(),
  });
  return (
    <g className={`wm-emotion-point nopan nodrag${selected ? ' is-selected' : ''}`} onDoubleClick={(e) => { e.stopPropagation(); if (!readOnly) useUiStore.getState().editCard(p.id); }} data-testid="emotion-point" data-card-id={p.id} data-score={p.score}
      onPointerDown={drag} role="slider" aria-label={`Emotion: ${p.title}`} aria-valuemin={scale.min} aria-valuemax={scale.max} aria-valuenow={p.score} aria-valuetext={`${face.label} (${p.score})`}>
      <title>{`${p.title} (${face.label}, ${p.score})`}</title>
      <circle cx={p.x} cy={p.y} r={16} fill="transparent" />
      <circle cx={p.x} cy={p.y} r={11} fill="var(--wm-surface)" stroke={p.color} strokeWidth={selected ? 4 : 2.5} />
      <Face x={p.x} y={p.y} mood={(p.score - scale.min) / (scale.max - scale.min)} color={p.color} />
      {editing ? (
        <foreignObject x={p.x - 80} y={p.y + 16} width={160} height={34} className="wm-emotion-edit">
          <InlineName value={p.title} label="Emotion label"
            onCommit={(v) => { useDocumentStore.getState().change('Edit title', (d) => updateCard(d, p.id, { title: v })); useUiStore.getState().editCard(null); }}
            onCancel={() => useUiStore.getState().editCard(null)} />
        </foreignObject>
      ) : <text x={p.x} y={p.labelAbove ? p.y - 19 : p.y + 28} textAnchor="middle" className="wm-emotion-label">{p.title}</text>}
    </g>
  );
}

/** Emotion curves: one smooth line per visible curve through its points. */
function CurvesNodeView({ data }: NodeProps<Node<CurvesNodeData, 'curves'>>) {
  return (
    <svg className="wm-curves" width={data.width} height={data.height} data-testid="emotion-curves" aria-label="Emotion curves">
      {data.curves.filter((c) => c.visible).map((c) => (
        <path key={`${c.id}-${c.laneId}`} d={c.path} fill="none" stroke={c.color} strokeWidth={3} strokeLinecap="round" className="wm-curve" data-testid="emotion-curve" data-curve-id={c.id} />
      ))}
      {data.dataCurve && <DataCurve curve={data.dataCurve} />}
      {data.points.map((p) => <EmotionPoint key={p.id} p={p} scale={data.scale} />)}
    </svg>
  );
}

export const CurvesNode = memo(CurvesNodeView);
