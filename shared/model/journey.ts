/**
 * Small pure helpers over a journey: an empty map, record factories and ordered views.
 * Everything that reads "the stages in order" goes through here, so order has one meaning.
 */
import { cardKindDef } from './kinds/registry';
import type { Card, CardOf, Curve, Journey, Lane, Stage } from './schema';
import { createId, type IdSource, randomIdSource } from './ids';
import type { CardKind, LaneKind, StageKind } from './vocabulary';
import { DEFAULT_CARD_KIND_FOR_LANE, LANE_KIND_LABELS, STAGE_KIND_LABELS } from './vocabulary';

export const DEFAULT_EMOTION_SCALE = { min: -2, max: 2 } as const;

export function createEmptyJourney(title = 'Untitled journey', ids: IdSource = randomIdSource): Journey {
  return {
    id: createId('journey', ids),
    settings: { title, emotionScale: { ...DEFAULT_EMOTION_SCALE }, theme: 'system' },
    stages: {}, lanes: {}, cards: {}, connections: {}, curves: {}, personas: {},
    datasets: {}, bindings: {}, comments: {},
  };
}

const byOrder = <T extends { order: number; id: string }>(a: T, b: T) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const orderedStages = (j: Journey): Stage[] => Object.values(j.stages).sort(byOrder);
export const orderedLanes = (j: Journey): Lane[] => Object.values(j.lanes).sort(byOrder);
export const orderedCurves = (j: Journey): Curve[] => Object.values(j.curves).sort(byOrder);

/** Cards of one cell (stage × lane), in order. */
export function cellCards(j: Pick<Journey, 'cards'>, stageId: string, laneId: string): Card[] {
  return Object.values(j.cards).filter((c) => c.stageId === stageId && c.laneId === laneId).sort(byOrder);
}

/** All cards grouped by cell key `stageId|laneId`, each group in order: one pass for layout. */
export function cardsByCell(j: Journey): Map<string, Card[]> {
  const map = new Map<string, Card[]>();
  for (const card of Object.values(j.cards)) {
    const key = cellKey(card.stageId, card.laneId);
    const list = map.get(key);
    if (list) list.push(card); else map.set(key, [card]);
  }
  for (const list of map.values()) list.sort(byOrder);
  return map;
}

export const cellKey = (stageId: string, laneId: string) => `${stageId}|${laneId}`;

/** An order value after every existing one. */
export function nextOrder(items: Iterable<{ order: number }>): number {
  let max = -1;
  for (const item of items) if (item.order > max) max = item.order;
  return Math.floor(max) + 1;
}

export function newStage(j: Journey, kind: StageKind, name = STAGE_KIND_LABELS[kind], ids: IdSource = randomIdSource): Stage {
  return { id: createId('stage', ids), name, kind, order: nextOrder(Object.values(j.stages)), collapsed: false };
}

export function newLane(j: Journey, kind: LaneKind, name = LANE_KIND_LABELS[kind], ids: IdSource = randomIdSource): Lane {
  return { id: createId('lane', ids), name, kind, order: nextOrder(Object.values(j.lanes)), collapsed: false };
}

export function newCurve(j: Journey, name: string, color: string, ids: IdSource = randomIdSource): Curve {
  return { id: createId('curve', ids), name, variant: 'asIs', color, visible: true, order: nextOrder(Object.values(j.curves)) };
}

export interface NewCardInput {
  stageId: string;
  laneId: string;
  title?: string;
  kind?: CardKind;
}

/** A new card in a cell, of the lane's natural kind unless told, placed after the cell's cards. */
export function newCard(j: Journey, input: NewCardInput, ids: IdSource = randomIdSource): Card {
  const lane = j.lanes[input.laneId];
  const kind: CardKind = input.kind ?? (lane ? DEFAULT_CARD_KIND_FOR_LANE[lane.kind] : 'note');
  const base = {
    id: createId('card', ids),
    stageId: input.stageId,
    laneId: input.laneId,
    order: nextOrder(cellCards(j, input.stageId, input.laneId)),
    title: input.title ?? '',
    body: '',
    tags: [],
    links: [],
    evidence: 'assumed' as const,
    votes: 0,
  };
  const card = { ...base, kind, ...cardKindDef(kind).defaults() } as Card;
  if (card.kind === 'emotion' && !card.curveId) {
    const curve = orderedCurves(j)[0];
    (card as CardOf<'emotion'>).curveId = curve?.id ?? '';
  }
  return card;
}

/** The emotion points of one curve, in stage order then step order. */
export function curvePoints(j: Journey, curveId: string): CardOf<'emotion'>[] {
  const stageIndex = new Map(orderedStages(j).map((s, i) => [s.id, i]));
  return Object.values(j.cards)
    .filter((c): c is CardOf<'emotion'> => c.kind === 'emotion' && c.curveId === curveId && stageIndex.has(c.stageId))
    .sort((a, b) => (stageIndex.get(a.stageId)! - stageIndex.get(b.stageId)!) || a.order - b.order || (a.id < b.id ? -1 : 1));
}

export function clampScore(score: number, scale: { min: number; max: number }): number {
  return Math.min(scale.max, Math.max(scale.min, score));
}
