import { memo } from 'react';
import { Handle, Position, useStore, type NodeProps, type Node, type ReactFlowState } from '@xyflow/react';
import { useDocumentStore } from '../../store/documentStore';
import { useUiStore } from '../../store/uiStore';
import { CardEditor } from './CardEditor';
import { CardHeader } from './cardViews';
import { buildKpiLayer } from '../../../shared/kpi/binding/kpiLayer';
import type { ChipBox } from '../../../shared/layout/layoutChips';
import { KpiChips } from '../kpi/KpiChips';

export type CardNodeData = { cardId: string; titleLines: string[]; bodyLines: string[]; comments: number; kpiChips: ChipBox[] };

/**
 * Below this zoom a card's text is under 4 px high: cards draw as their colored box only.
 * On a large map seen whole, that is a fifth of the elements to style, lay out and paint on
 * every pan frame. The selector is a boolean, so a node re-renders only when the zoom crosses it.
 */
export const FAR_ZOOM = 0.3;
const seenFromFar = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM;

/** One card on the canvas. Subscribes to its own record only, so editing one card re-renders one node. */
function CardNodeView({ data, selected }: NodeProps<Node<CardNodeData, 'card'>>) {
  const card = useDocumentStore((s) => s.journey.cards[data.cardId]);
  const editing = useUiStore((s) => s.editingCardId === data.cardId);
  const far = useStore(seenFromFar);
  // The layer is memoized by the bindings and datasets records, so this is stable between edits.
  const values = useDocumentStore((s) => (data.kpiChips.length ? buildKpiLayer(s.journey).byTarget.get(`card:${data.cardId}`) : undefined));
  if (!card) return null;
  return (
    <>
    {/* Handles sit outside the card box: the box clips its overflow, and a half-clipped handle is hard to grab. */}
    <Handle type="target" position={Position.Left} className="wm-handle" />
    <div className={`wm-card wm-card-${card.kind}${selected ? ' is-selected' : ''}`} data-card-id={card.id} data-testid="card" aria-label={`${card.kind}: ${card.title}`}>
      {(!far || editing) && <>
      <div className="wm-card-head">
        <CardHeader card={card} />
        {card.votes > 0 && <span className="wm-votes" title={`${card.votes} votes`}>● {card.votes}</span>}
        {data.comments > 0 && (
          <span className="wm-comment-count" title={`${data.comments} open comment(s)`}>
            <svg width="11" height="11" viewBox="0 0 16 16" aria-hidden><path d="M2 2h12v9H6l-4 3z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" /></svg> {data.comments}
          </span>
        )}
      </div>
      {editing ? <CardEditor card={card} /> : (
        <>
          <div className="wm-card-title">{data.titleLines.map((l, i) => <div key={i}>{l}</div>)}</div>
          {data.bodyLines.length > 0 && <div className="wm-card-body">{data.bodyLines.map((l, i) => <div key={i}>{l}</div>)}</div>}
        </>
      )}
      <KpiChips chips={data.kpiChips} values={values} />
      </>}
    </div>
    <Handle type="source" position={Position.Right} className="wm-handle" />
    </>
  );
}

export const CardNode = memo(CardNodeView);
