import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadJourney } from '../../shared/file/loadJourney';
import { findDanglingReferences } from '../../shared/file/repairJourney';
import { journeySchema, type Journey } from '../../shared/model/schema';
import { deleteCards, moveCard, updateCard } from '../../shared/model/operations';
import { useDocumentStore } from '../../renderer/store/documentStore';
import { useUiStore } from '../../renderer/store/uiStore';
import { type Command, commandArb, recipeFor } from './historyCommands';

function loadSample(): Journey {
  const r = loadJourney(readFileSync('assets/samples/northwind-outdoor.journey', 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value.journey;
}
const SAMPLE = loadSample();
const fresh = (): Journey => structuredClone(SAMPLE);
const store = () => useDocumentStore.getState();

/** Deep equality that short-cuts on shared (structurally shared) subtrees; undefined-valued keys count. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Stages, lanes and each cell's cards must be ordered exactly 0..n-1; lists what is not. */
function denseOrderProblems(j: Journey): string[] {
  const groups = new Map<string, number[]>([['stages', Object.values(j.stages).map((s) => s.order)], ['lanes', Object.values(j.lanes).map((l) => l.order)]]);
  for (const c of Object.values(j.cards)) {
    const key = `${c.stageId}|${c.laneId}`;
    groups.set(key, [...(groups.get(key) ?? []), c.order]);
  }
  return [...groups].filter(([, orders]) => orders.sort((a, b) => a - b).some((o, i) => o !== i)).map(([key, orders]) => `${key}: ${orders.join(',')}`);
}

/** Runs one command through the store; returns how many undo steps it should have added (0 or 1). */
function run(cmd: Command): number {
  const before = store().journey;
  if (cmd.op === 'gesture') {
    store().beginGesture('Drag');
    for (const step of cmd.steps) {
      const recipe = recipeFor(store().journey, step);
      if (recipe) store().change(step.op, recipe, 'merge');
    }
    store().endGesture();
  } else {
    const recipe = recipeFor(store().journey, cmd);
    if (recipe) store().change(cmd.op, recipe);
  }
  return store().journey === before ? 0 : 1;
}

describe('undo/redo history (property)', () => {
  beforeEach(() => store().load(fresh()));

  it('undo all restores the start exactly; redo all restores the end exactly (1,000 random sequences)', () => {
    fc.assert(fc.property(fc.array(commandArb, { minLength: 1, maxLength: 25, size: 'max' }), (cmds) => {
      store().load(fresh());
      const start = store().journey;
      const states: Journey[] = [start];
      for (const cmd of cmds) if (run(cmd) === 1) states.push(store().journey);
      const end = store().journey;
      // Every effective command (a whole gesture included) is exactly one step.
      expect(store().past.length).toBe(states.length - 1);
      expect(store().gesture).toBeNull();
      // The result is a valid, consistent document.
      expect(journeySchema.safeParse(end).success).toBe(true);
      expect(findDanglingReferences(end)).toEqual([]);
      expect(denseOrderProblems(end)).toEqual([]);

      for (let k = states.length - 2; k >= 0; k--) {
        store().undo();
        if (!same(store().journey, states[k])) expect(store().journey).toStrictEqual(states[k]);
      }
      expect(store().past).toEqual([]);
      expect(store().journey).toStrictEqual(SAMPLE);

      for (let k = 1; k < states.length; k++) {
        store().redo();
        if (!same(store().journey, states[k])) expect(store().journey).toStrictEqual(states[k]);
      }
      expect(store().future).toEqual([]);
      expect(store().journey).toStrictEqual(end);
    }), { numRuns: 1000 });
  }, 60_000);

  it('undo and redo interleaved with edits keep history exact (300 random sequences)', () => {
    const step = fc.oneof({ weight: 3, arbitrary: commandArb }, fc.constantFrom('undo' as const, 'redo' as const));
    fc.assert(fc.property(fc.array(step, { minLength: 1, maxLength: 25, size: 'max' }), (cmds) => {
      store().load(fresh());
      for (const cmd of cmds) {
        if (cmd === 'undo') store().undo(); else if (cmd === 'redo') store().redo(); else run(cmd);
      }
      while (store().future.length > 0) store().redo();
      const end = store().journey;
      expect(denseOrderProblems(end)).toEqual([]);
      while (store().past.length > 0) store().undo();
      expect(store().journey).toStrictEqual(SAMPLE);
      while (store().future.length > 0) store().redo();
      expect(store().journey).toStrictEqual(end);
    }), { numRuns: 300 });
  }, 60_000);

  // Was a bug (found here): redo did not close an open gesture, and undo then threw.
  it('a redo during an open gesture still undoes back to the start', () => {
    const start = store().journey;
    store().change('Delete', (d) => deleteCards(d, ['card_tp_home']));
    store().undo();
    store().beginGesture('Drag');
    store().change('Move', (d) => moveCard(d, 'card_tp_home', 'stage_consider', 'lane_touchpoints', 0), 'merge');
    store().redo();
    store().endGesture();
    while (store().past.length > 0) store().undo();
    expect(store().journey).toStrictEqual(start);
  });

  it('a gesture of several merged changes is exactly one undo step', () => {
    const start = store().journey;
    const card = Object.values(start.cards).find((c) => c.kind === 'touchpoint')!;
    const stages = Object.values(start.stages).sort((a, b) => a.order - b.order);
    store().change('Rename', (d) => updateCard(d, card.id, { title: 'Renamed' }));
    const afterRename = store().journey;
    store().beginGesture('Drag card');
    for (const s of stages) store().change('Move', (d) => moveCard(d, card.id, s.id, card.laneId, 0), 'merge');
    store().endGesture();
    expect(store().past.map((s) => s.label)).toEqual(['Rename', 'Drag card']);
    expect(store().journey.cards[card.id]!.stageId).toBe(stages.at(-1)!.id);
    store().undo();
    expect(store().journey).toStrictEqual(afterRename);
    store().undo();
    expect(store().journey).toStrictEqual(start);
  });

  it('an empty gesture adds no step, and undo closes an open gesture first', () => {
    const card = Object.keys(store().journey.cards)[0]!;
    store().beginGesture('Nothing');
    store().endGesture();
    expect(store().past).toEqual([]);
    store().beginGesture('Edit');
    store().change('Title', (d) => updateCard(d, card, { title: 'A' }), 'merge');
    store().change('Title', (d) => updateCard(d, card, { title: 'B' }), 'merge');
    store().undo();
    expect(store().gesture).toBeNull();
    expect(store().journey).toStrictEqual(SAMPLE);
    store().redo();
    expect(store().journey.cards[card]!.title).toBe('B');
  });

  // Was a bug (found here): history held [record, gesture] in the wrong order.
  it('a recorded change during an open gesture still undoes back to the start', () => {
    const start = store().journey;
    const card = Object.keys(start.cards)[0]!;
    store().beginGesture('Drag');
    store().change('Title', (d) => updateCard(d, card, { title: 'X' }), 'merge');
    store().change('Title', (d) => updateCard(d, card, { title: 'Y' }));
    store().endGesture();
    while (store().past.length > 0) store().undo();
    expect(store().journey).toStrictEqual(start);
  });

  it('a new change after undo clears the redo stack', () => {
    const card = Object.keys(store().journey.cards)[0]!;
    store().change('A', (d) => updateCard(d, card, { title: 'A' }));
    store().undo();
    expect(store().future).toHaveLength(1);
    store().change('B', (d) => updateCard(d, card, { title: 'B' }));
    expect(store().future).toEqual([]);
    store().redo();
    expect(store().journey.cards[card]!.title).toBe('B');
  });

  it('load() starts with an empty history', () => {
    const card = Object.keys(store().journey.cards)[0]!;
    store().change('A', (d) => updateCard(d, card, { title: 'A' }));
    store().change('B', (d) => updateCard(d, card, { title: 'B' }));
    store().undo();
    store().beginGesture('Open gesture');
    store().load(fresh());
    expect(store().past).toEqual([]);
    expect(store().future).toEqual([]);
    expect(store().gesture).toBeNull();
    expect(store().revision).toBe(0);
    store().undo();
    store().redo();
    expect(store().journey).toStrictEqual(SAMPLE);
  });

  it('selection lives in the UI store and never enters history', () => {
    const ids = Object.keys(store().journey.cards).slice(0, 3);
    const doc = store().journey;
    useUiStore.getState().select(ids, { stageId: 'stage_discover', laneId: 'lane_actions' });
    expect(store().journey).toBe(doc);
    expect(store().past).toEqual([]);
    expect(store().revision).toBe(0);
    store().change('Rename', (d) => updateCard(d, ids[0]!, { title: 'X' }));
    useUiStore.getState().select([]);
    useUiStore.getState().select([ids[1]!]);
    expect(store().past).toHaveLength(1);
    store().undo();
    expect(useUiStore.getState().selectedIds).toEqual([ids[1]]);
    expect(Object.keys(store())).not.toContain('selectedIds');
  });

  it("'ignore' changes leave history alone", () => {
    const card = Object.keys(store().journey.cards)[0]!;
    store().change('Hover', (d) => updateCard(d, card, { votes: 3 }), 'ignore');
    expect(store().past).toEqual([]);
    expect(store().revision).toBe(1);
    expect(store().journey.cards[card]!.votes).toBe(3);
  });

  it('a change with no effect adds no step', () => {
    const card = Object.keys(store().journey.cards)[0]!;
    const title = store().journey.cards[card]!.title;
    store().change('Same', (d) => updateCard(d, card, { title }));
    expect(store().past).toEqual([]);
    expect(store().revision).toBe(0);
  });
});
