/**
 * Document operations: pure mutations of a (draft) journey. The renderer's commands call
 * these inside the document store's `change`, so undo and redo come from immer patches.
 * They keep the document consistent (no dangling references left behind).
 */
import type { Card, Comment, Connection, Journey, Lane, Persona, Stage } from './schema';
import { cellCards, orderedLanes, orderedStages } from './journey';
import { createId, type IdSource, randomIdSource } from './ids';
import { current, type Draft, isDraft } from 'immer';

/**
 * The plain current value of a (possibly draft) record. Inside an immer recipe, walking
 * `j.cards` makes a draft (a proxy) of every card it touches; reading the cells of a
 * 5,000-card map that way cost 20 ms to change a handful of cards.
 */
function plain<T extends object>(value: T): T {
  return isDraft(value) ? (current(value as Draft<T>) as T) : value;
}

/** Moves a card to a cell, before the card at `index` of that cell (at the end by default). */
export function moveCard(j: Journey, cardId: string, stageId: string, laneId: string, index?: number): void {
  const card = j.cards[cardId];
  if (!card || !j.stages[stageId] || !j.lanes[laneId]) return;
  const view = { cards: plain(j.cards) };
  const from = { stageId: card.stageId, laneId: card.laneId };
  const others = cellCards(view, stageId, laneId).filter((c) => c.id !== cardId);
  const at = index === undefined ? others.length : Math.max(0, Math.min(index, others.length));
  others.splice(at, 0, view.cards[cardId]!);
  card.stageId = stageId;
  card.laneId = laneId;
  others.forEach((c, i) => { if (c.order !== i) j.cards[c.id]!.order = i; });
  // Close the gap the card left in its old cell, so order stays 0..n-1 everywhere.
  if (from.stageId !== stageId || from.laneId !== laneId) {
    cellCards(view, from.stageId, from.laneId).filter((c) => c.id !== cardId).forEach((c, i) => { if (c.order !== i) j.cards[c.id]!.order = i; });
  }
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
  const cells = new Map<string, { stageId: string; laneId: string }>();
  for (const id of gone) { const c = j.cards[id]!; cells.set(`${c.stageId}|${c.laneId}`, { stageId: c.stageId, laneId: c.laneId }); }
  for (const id of gone) delete j.cards[id];
  for (const cell of cells.values()) cellCards(j, cell.stageId, cell.laneId).forEach((c, i) => { if (c.order !== i) j.cards[c.id]!.order = i; });
  deleteConnections(j, Object.values(j.connections).filter((c) => gone.has(c.sourceId) || gone.has(c.targetId)).map((c) => c.id));
  for (const card of Object.values(j.cards)) {
    if (card.kind === 'painPoint' && card.touchpointIds.some((t) => gone.has(t))) card.touchpointIds = card.touchpointIds.filter((t) => !gone.has(t));
  }
  for (const [id, c] of Object.entries(j.comments)) if (c.target.type === 'card' && gone.has(c.target.id)) delete j.comments[id];
  for (const [id, b] of Object.entries(j.bindings)) if (b.target.type === 'card' && gone.has(b.target.id)) delete j.bindings[id];
}

// ---- Stages and lanes -------------------------------------------------------------


/** Inserts a stage at `index` in stage order (at the end by default). */
export function insertStage(j: Journey, stage: Stage, index?: number): void {
  const list = orderedStages(j);
  const at = index === undefined ? list.length : Math.max(0, Math.min(index, list.length));
  list.splice(at, 0, stage);
  j.stages[stage.id] = stage;
  list.forEach((s, i) => { if (j.stages[s.id]!.order !== i) j.stages[s.id]!.order = i; });
}

export function insertLane(j: Journey, lane: Lane, index?: number): void {
  const list = orderedLanes(j);
  const at = index === undefined ? list.length : Math.max(0, Math.min(index, list.length));
  list.splice(at, 0, lane);
  j.lanes[lane.id] = lane;
  list.forEach((l, i) => { if (j.lanes[l.id]!.order !== i) j.lanes[l.id]!.order = i; });
}

export function moveStage(j: Journey, id: string, index: number): void {
  const stage = j.stages[id];
  if (!stage) return;
  delete j.stages[id];
  insertStage(j, stage, index);
}

export function moveLane(j: Journey, id: string, index: number): void {
  const lane = j.lanes[id];
  if (!lane) return;
  delete j.lanes[id];
  insertLane(j, lane, index);
}

export function updateStage(j: Journey, id: string, fields: Partial<Omit<Stage, 'id' | 'order'>>): void {
  const s = j.stages[id];
  if (s) Object.assign(s, fields);
}

export function updateLane(j: Journey, id: string, fields: Partial<Omit<Lane, 'id' | 'order'>>): void {
  const l = j.lanes[id];
  if (l) Object.assign(l, fields);
}

/** Deletes a stage with its cards (and what pointed at them or at the stage). */
export function deleteStage(j: Journey, id: string): void {
  if (!j.stages[id]) return;
  deleteCards(j, Object.values(j.cards).filter((c) => c.stageId === id).map((c) => c.id));
  delete j.stages[id];
  dropTargets(j, 'stage', id);
  orderedStages(j).forEach((s, i) => { if (s.order !== i) j.stages[s.id]!.order = i; });
}

export function deleteLane(j: Journey, id: string): void {
  if (!j.lanes[id]) return;
  deleteCards(j, Object.values(j.cards).filter((c) => c.laneId === id).map((c) => c.id));
  delete j.lanes[id];
  dropTargets(j, 'lane', id);
  orderedLanes(j).forEach((l, i) => { if (l.order !== i) j.lanes[l.id]!.order = i; });
}

function dropTargets(j: Journey, type: 'stage' | 'lane', id: string): void {
  for (const [cid, c] of Object.entries(j.comments)) if (c.target.type === type && c.target.id === id) delete j.comments[cid];
  for (const [bid, b] of Object.entries(j.bindings)) if (b.target.type === type && b.target.id === id) delete j.bindings[bid];
}

// ---- Cards --------------------------------------------------------------------------

export function addCard(j: Journey, card: Card, index?: number): void {
  if (!j.stages[card.stageId] || !j.lanes[card.laneId]) return; // never store a card pointing at nothing
  j.cards[card.id] = { ...card };
  moveCard(j, card.id, card.stageId, card.laneId, index);
}

/** Copies cards (new ids), into a cell when given, else beside the originals. Returns the new ids. */
export function duplicateCards(j: Journey, ids: readonly string[], ids$: IdSource = randomIdSource, into?: { stageId: string; laneId: string }): string[] {
  const created: string[] = [];
  for (const id of ids) {
    const src = j.cards[id];
    if (!src) continue;
    const copy = JSON.parse(JSON.stringify(src)) as Card;
    copy.id = createId('card', ids$);
    if (into) { copy.stageId = into.stageId; copy.laneId = into.laneId; }
    const index = into ? undefined : src.order + 1;
    addCard(j, copy, index);
    created.push(copy.id);
  }
  return created;
}

export function setEmotionScore(j: Journey, id: string, score: number): void {
  const c = j.cards[id];
  if (c?.kind !== 'emotion') return;
  const { min, max } = j.settings.emotionScale;
  c.score = Math.round(Math.min(max, Math.max(min, score)) * 2) / 2;
}

/** Links a pain point to a touchpoint (or unlinks it). */
export function togglePainTouchpoint(j: Journey, painId: string, touchpointId: string): void {
  const p = j.cards[painId];
  if (p?.kind !== 'painPoint' || j.cards[touchpointId]?.kind !== 'touchpoint') return;
  p.touchpointIds = p.touchpointIds.includes(touchpointId) ? p.touchpointIds.filter((t) => t !== touchpointId) : [...p.touchpointIds, touchpointId];
}

// ---- Connections, personas, comments ------------------------------------------------

export function addConnection(j: Journey, c: Connection): void {
  if (c.sourceId === c.targetId || !j.cards[c.sourceId] || !j.cards[c.targetId]) return;
  if (Object.values(j.connections).some((x) => x.sourceId === c.sourceId && x.targetId === c.targetId)) return;
  j.connections[c.id] = c;
}

export function updateConnection(j: Journey, id: string, fields: Partial<Omit<Connection, 'id'>>): void {
  const c = j.connections[id];
  if (!c) return;
  const next = { ...c, ...fields };
  if (!j.cards[next.sourceId] || !j.cards[next.targetId] || next.sourceId === next.targetId) return;
  Object.assign(c, fields);
  if (c.label === '') delete c.label;
}

export function deleteConnections(j: Journey, ids: readonly string[]): void {
  const gone = new Set(ids);
  for (const id of ids) delete j.connections[id];
  for (const [bid, b] of Object.entries(j.bindings)) if (b.target.type === 'connection' && gone.has(b.target.id)) delete j.bindings[bid];
}

export function upsertPersona(j: Journey, p: Persona): void {
  j.personas[p.id] = p;
}

export function deletePersona(j: Journey, id: string): void {
  if (!j.personas[id]) return;
  delete j.personas[id];
  for (const c of Object.values(j.cards)) if (c.personaId === id) delete c.personaId;
  for (const c of Object.values(j.curves)) if (c.personaId === id) delete c.personaId;
  if (j.settings.personaFilter === id) delete j.settings.personaFilter;
}

export function addComment(j: Journey, c: Comment): void {
  const t = c.target;
  const exists = t.type === 'stage' ? j.stages[t.id] : t.type === 'lane' ? j.lanes[t.id] : j.cards[t.id];
  if (!exists) return;
  j.comments[c.id] = c;
}

export function setCommentResolved(j: Journey, id: string, resolved: boolean): void {
  const c = j.comments[id];
  if (c) c.resolved = resolved;
}

/** Changes the emotion scale, mapping every score linearly onto the new scale. */
export function setEmotionScale(j: Journey, min: number, max: number): void {
  // The same rule as the schema (emotionScaleSchema): whole numbers within ±100, max above min.
  if (!(max > min) || !Number.isInteger(min) || !Number.isInteger(max) || min < -100 || max > 100) return;
  const old = j.settings.emotionScale;
  for (const c of Object.values(j.cards)) {
    if (c.kind !== 'emotion') continue;
    const t = (c.score - old.min) / (old.max - old.min);
    c.score = Math.round((min + t * (max - min)) * 2) / 2;
  }
  j.settings.emotionScale = { min, max };
}
