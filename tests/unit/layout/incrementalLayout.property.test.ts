/**
 * The layout reuses work between documents (cells by card array, lanes by record). Whatever
 * sequence of edits a user makes, the layout of each document must be exactly the layout a
 * cold start computes from a copy of it that shares nothing.
 */
import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { generateJourney } from '../../../bench/generateJourney';
import { layoutJourney, type JourneyLayout } from '../../../shared/layout/layoutJourney';
import {
  addCard, deleteCards, moveCard, setEmotionScale, setEmotionScore, updateCard, updateLane, updateStage,
} from '../../../shared/model/operations';
import type { Journey } from '../../../shared/model/schema';

const plainLayout = (l: JourneyLayout) => ({
  ...l, cards: [...l.cards.entries()], emotionPoints: [...l.emotionPoints.entries()], stageTiles: [...l.stageTiles.entries()],
});

type Edit = (d: Journey, pick: number) => void;
const at = <T,>(list: readonly T[], pick: number) => list[pick % list.length]!;
const cardIds = (d: Journey) => Object.keys(d.cards).sort();
const EDITS: Record<string, Edit> = {
  retitle: (d, p) => updateCard(d, at(cardIds(d), p), { title: `A longer title that wraps onto more lines ${p}` }),
  body: (d, p) => updateCard(d, at(cardIds(d), p), { body: p % 2 ? 'Body text added here.' : '' }),
  move: (d, p) => moveCard(d, at(cardIds(d), p), at(Object.keys(d.stages).sort(), p >> 3), at(Object.keys(d.lanes).sort(), p >> 5), p % 3),
  delete: (d, p) => deleteCards(d, [at(cardIds(d), p)]),
  add: (d, p) => addCard(d, {
    id: `added-${p}-${cardIds(d).length}`, kind: 'action', title: `New ${p}`, stageId: at(Object.keys(d.stages).sort(), p),
    laneId: at(Object.keys(d.lanes).sort(), p >> 2), order: 0, tags: [], evidence: [], dataAliases: [], votes: 0,
  } as never, p % 2),
  score: (d, p) => { const e = cardIds(d).filter((id) => d.cards[id]!.kind === 'emotion'); if (e.length) setEmotionScore(d, at(e, p), (p % 5) - 2); },
  stageWidth: (d, p) => updateStage(d, at(Object.keys(d.stages).sort(), p), { width: 200 + (p % 4) * 40 }),
  collapseStage: (d, p) => { const id = at(Object.keys(d.stages).sort(), p); updateStage(d, id, { collapsed: !d.stages[id]!.collapsed }); },
  collapseLane: (d, p) => { const id = at(Object.keys(d.lanes).sort(), p); updateLane(d, id, { collapsed: !d.lanes[id]!.collapsed }); },
  laneHeight: (d, p) => updateLane(d, at(Object.keys(d.lanes).sort(), p), { minHeight: 80 + (p % 3) * 60 }),
  persona: (d, p) => { const ids = Object.keys(d.personas).sort(); d.settings.personaFilter = p % 3 === 0 || !ids.length ? undefined : at(ids, p); },
  scale: (d, p) => setEmotionScale(d, p % 2 ? -3 : -2, p % 2 ? 3 : 2),
  kpisHidden: (d, p) => { d.settings.kpiView = { ...(d.settings.kpiView ?? {}), hidden: p % 2 === 0 } as never; },
  dropBinding: (d, p) => { const ids = Object.keys(d.bindings).sort(); if (ids.length) delete d.bindings[at(ids, p)]; },
};

describe('incremental layout', () => {
  it('equals a cold layout of the same document after any sequence of edits', () => {
    const base = generateJourney({ cards: 160, seed: 7 });
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.constantFrom(...Object.keys(EDITS)), fc.nat(10_000)), { minLength: 1, maxLength: 25 }),
      (steps) => {
        // Edit through immer, as the store does, so untouched records stay shared.
        const docs: Journey[] = [base];
        for (const [name, pick] of steps) docs.push(produce(docs.at(-1)!, (d) => { EDITS[name]!(d as Journey, pick); }));
        const warm = docs.map((d) => plainLayout(layoutJourney(d)));
        // A structured clone shares no object with anything laid out before: nothing is reused.
        const cold = docs.map((d) => plainLayout(layoutJourney(structuredClone(d))));
        expect(warm).toEqual(cold);
      },
    ), { numRuns: 150 });
    // 150 sequences of up to 26 documents, each laid out warm and cold: about 5 s alone on 2 cores.
  }, 60_000);

  it('reuses the boxes of lanes above the one an edit touched, and re-lays the edited card', () => {
    const j = generateJourney({ cards: 400, seed: 3 });
    const before = layoutJourney(j);
    const lanes = before.lanes.filter((l) => !l.collapsed);
    const [first, last] = [lanes[0]!, lanes.at(-1)!];
    const edited = [...before.cards.values()].find((b) => b.laneId === last.id)!;
    const above = [...before.cards.values()].find((b) => b.laneId === first.id)!;
    const after = layoutJourney(produce(j, (d) => { updateCard(d, edited.id, { title: 'Renamed' }); }));
    expect(after.cards.get(edited.id)!.titleLines).toEqual(['Renamed']);
    expect(after.cards.get(above.id)).toBe(before.cards.get(above.id));
  });
});
