import { memo } from 'react';
import { Handle, Position, type NodeProps, type Node } from '@xyflow/react';
import { useDocumentStore } from '../../store/documentStore';
import { CardHeader } from './cardViews';

export type CardNodeData = { cardId: string; titleLines: string[]; bodyLines: string[] };

/** One card on the canvas. Subscribes to its own record only, so editing one card re-renders one node. */
function CardNodeView({ data, selected }: NodeProps<Node<CardNodeData, 'card'>>) {
  const card = useDocumentStore((s) => s.journey.cards[data.cardId]);
  if (!card) return null;
  return (
    <div className={`wm-card wm-card-${card.kind}${selected ? ' is-selected' : ''}`} data-card-id={card.id} data-testid="card" aria-label={`${card.kind}: ${card.title}`}>
      <Handle type="target" position={Position.Left} className="wm-handle" isConnectable={false} />
      <div className="wm-card-head"><CardHeader card={card} />{card.votes > 0 && <span className="wm-votes" title={`${card.votes} votes`}>● {card.votes}</span>}</div>
      <div className="wm-card-title">{data.titleLines.map((l, i) => <div key={i}>{l}</div>)}</div>
      {data.bodyLines.length > 0 && <div className="wm-card-body">{data.bodyLines.map((l, i) => <div key={i}>{l}</div>)}</div>}
      <Handle type="source" position={Position.Right} className="wm-handle" isConnectable={false} />
    </div>
  );
}

export const CardNode = memo(CardNodeView);
