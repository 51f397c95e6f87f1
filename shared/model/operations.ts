/**
 * Document operations: pure mutations of a (draft) journey. The renderer's commands call
 * these inside the document store's `change`, so undo and redo come from immer patches.
 * They keep the document consistent (no dangling references left behind).
 */
import type { Card, Journey } from './schema';
import { cellCards } from './journey';

/** Moves a card to a cell, before the card at `index` of that cell (at the end by default). */
export function moveCard(j: Journey, cardId: string, stageId: string, laneId: string, index?: number): void {
  const card = j.cards[cardId];
  if (!card || !j.stages[stageId] || !j.lanes[laneId]) return;
  const others = cellCards(j, stageId, laneId).filter((c) => c.id !== cardId);
  const at = index === undefined ? others.length : Math.max(0, Math.min(index, others.length));
  others.splice(at, 0, card);
  card.stageId = stageId;
  card.laneId = laneId;
  others.forEach((c, i) => { if (j.cards[c.id]!.order !== i) j.cards[c.id]!.order = i; });
}

export function updateCard(j: Journey, cardId: string, fields: Partial<Omit<Card, 'id' | 'kind'>>): void {
  const card = j.cards[cardId];
  if (!card) return;
  Object.assign(card, fields);
}

/** Deletes cards and everything that pointed at them (connections, links, comments, bindings). */
export function deleteCards(j: Journey, ids: readonly string[]): void {
  const gone = new Set(ids.filter((id) => j.cards[id]));
  if (gone.size === 0) return;
  for (const id of gone) delete j.cards[id];
  for (const [id, c] of Object.entries(j.connections)) if (gone.has(c.sourceId) || gone.has(c.targetId)) delete j.connections[id];
  for (const card of Object.values(j.cards)) {
    if (card.kind === 'painPoint' && card.touchpointIds.some((t) => gone.has(t))) card.touchpointIds = card.touchpointIds.filter((t) => !gone.has(t));
  }
  for (const [id, c] of Object.entries(j.comments)) if (c.target.type === 'card' && gone.has(c.target.id)) delete j.comments[id];
  for (const [id, b] of Object.entries(j.bindings)) if (b.target.type === 'card' && gone.has(b.target.id)) delete j.bindings[id];
}
