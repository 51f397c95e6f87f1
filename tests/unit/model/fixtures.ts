/** Shared helpers for the model tests: a fresh Northwind journey and consistency checks. */
import { expect } from 'vitest';
import { findDanglingReferences } from '../../../shared/file/repairJourney';
import { cardsByCell, orderedLanes, orderedStages } from '../../../shared/model/journey';
import { journeySchema, type Card, type Journey } from '../../../shared/model/schema';
import { buildJourney } from '../../../shared/templates/buildJourney';
import { northwindOutdoor } from '../../../shared/templates/samples/northwindOutdoor';

export const northwind = (): Journey => buildJourney(northwindOutdoor);

/** The `order` values of one cell's cards, in order. */
export const cellOrders = (j: Journey, stageId: string, laneId: string): number[] =>
  Object.values(j.cards).filter((c) => c.stageId === stageId && c.laneId === laneId).map((c) => c.order).sort((a, b) => a - b);

export const cellTitles = (j: Journey, stageId: string, laneId: string): string[] =>
  Object.values(j.cards).filter((c) => c.stageId === stageId && c.laneId === laneId).sort((a, b) => a.order - b.order).map((c) => c.title);

export const dense = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Valid against the schema, no dangling references, stages and lanes ordered 0..n-1. */
export function expectConsistent(j: Journey): void {
  const parsed = journeySchema.safeParse(j);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0])).toBe(true);
  expect(findDanglingReferences(j)).toEqual([]);
  expect(orderedStages(j).map((s) => s.order)).toEqual(dense(Object.keys(j.stages).length));
  expect(orderedLanes(j).map((l) => l.order)).toEqual(dense(Object.keys(j.lanes).length));
}

/** Every cell's card orders are exactly 0..n-1. */
export function expectDenseCells(j: Journey): void {
  for (const [key, list] of cardsByCell(j)) expect([key, list.map((c) => c.order)]).toEqual([key, dense(list.length)]);
}

export const cardsWhere = (j: Journey, f: (c: Card) => boolean): Card[] => Object.values(j.cards).filter(f);
