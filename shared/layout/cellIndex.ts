/**
 * The cards of each cell (`stageId|laneId`), in their order: the first step of the layout.
 * Documents are immutable with structural sharing, so an edit leaves every card it did not
 * touch the same object. The index is kept per persona filter and updated from the last
 * one by identity: a one-card edit at 5,000 cards re-sorts the one or two cells it touched,
 * and every other cell keeps its array — which lets the cell layout cache by that array.
 */
import type { Card, Journey } from '../model/schema';
import { cardIsVisible } from './cardIsVisible';

export type CellIndex = ReadonlyMap<string, readonly Card[]>;

export const cellKey = (stageId: string, laneId: string) => `${stageId}|${laneId}`;

interface IndexState { cards: Journey['cards']; count: number; cells: Map<string, readonly Card[]> }

/** Last index per persona filter ('' = everyone). A handful of filters at most. */
const states = new Map<string, IndexState>();
/** Past this share of changed cards, a fresh grouping is cheaper than patching. */
const PATCH_LIMIT = 0.25;

const byOrder = (a: Card, b: Card) => a.order - b.order || (a.id < b.id ? -1 : 1);

export function cellIndex(cards: Journey['cards'], personaFilter: string | null | undefined): CellIndex {
  const filter = personaFilter ?? '';
  const prev = states.get(filter);
  if (prev?.cards === cards) return prev.cells;
  const next = (prev && patchIndex(prev, cards, filter)) ?? groupCells(cards, filter);
  states.set(filter, next);
  return next.cells;
}

function groupCells(cards: Journey['cards'], filter: string): IndexState {
  const cells = new Map<string, Card[]>();
  let count = 0;
  for (const id in cards) {
    const card = cards[id]!;
    count++;
    if (!cardIsVisible(card, filter)) continue;
    const key = cellKey(card.stageId, card.laneId);
    const list = cells.get(key);
    if (list) list.push(card); else cells.set(key, [card]);
  }
  for (const list of cells.values()) list.sort(byOrder);
  return { cards, count, cells };
}

/** The index for `cards` from the last one, or null when too much changed to be worth it. */
function patchIndex(prev: IndexState, cards: Journey['cards'], filter: string): IndexState | null {
  const limit = Math.max(16, prev.count * PATCH_LIMIT);
  const changes: [Card | undefined, Card | undefined][] = [];
  let count = 0;
  let kept = 0;
  for (const id in cards) {
    count++;
    const card = cards[id]!;
    const old = prev.cards[id];
    if (old !== undefined) kept++;
    if (card !== old && changes.push([old, card]) > limit) return null;
  }
  if (kept < prev.count) {
    for (const id in prev.cards) if (cards[id] === undefined && changes.push([prev.cards[id], undefined]) > limit) return null;
  }
  const cells = new Map(prev.cells);
  const touched = new Map<string, Card[]>();
  const editable = (key: string) => {
    let list = touched.get(key);
    if (!list) { list = [...(cells.get(key) ?? [])]; touched.set(key, list); }
    return list;
  };
  for (const [old, card] of changes) {
    if (old && cardIsVisible(old, filter)) {
      const list = editable(cellKey(old.stageId, old.laneId));
      const at = list.indexOf(old);
      if (at >= 0) list.splice(at, 1);
    }
    if (card && cardIsVisible(card, filter)) editable(cellKey(card.stageId, card.laneId)).push(card);
  }
  for (const [key, list] of touched) {
    if (list.length) cells.set(key, list.sort(byOrder)); else cells.delete(key);
  }
  return { cards, count, cells };
}
