/**
 * Random editing commands for the undo/redo property test. A command names its targets by
 * "picks" (small numbers), resolved against the document when it runs, so every generated
 * sequence stays meaningful however earlier commands changed the map. New ids come from a
 * counter outside the recipe, so recipes are deterministic.
 */
import fc from 'fast-check';
import type { Draft } from 'immer';
import type { Card, Journey } from '../../shared/model/schema';
import { newCard, newLane, newStage, orderedLanes, orderedStages } from '../../shared/model/journey';
import * as ops from '../../shared/model/operations';
import { LANE_KINDS, STAGE_KINDS } from '../../shared/model/vocabulary';

type Pick = number;
type GestureStep =
  | { op: 'moveCard'; c: Pick; s: Pick; l: Pick; at: number | null }
  | { op: 'editCard'; c: Pick; title: string; tag: string | null }
  | { op: 'score'; c: Pick; score: number };

export type Command =
  | GestureStep
  | { op: 'addCard'; s: Pick; l: Pick; at: number | null; title: string }
  | { op: 'duplicate'; c: Pick[]; into: { s: Pick; l: Pick } | null }
  | { op: 'deleteCards'; c: Pick[] }
  | { op: 'insertStage'; kind: (typeof STAGE_KINDS)[number]; at: number | null; name: string }
  | { op: 'moveStage'; s: Pick; at: number }
  | { op: 'renameStage'; s: Pick; name: string; description: string | null }
  | { op: 'deleteStage'; s: Pick }
  | { op: 'insertLane'; kind: (typeof LANE_KINDS)[number]; at: number | null; name: string }
  | { op: 'moveLane'; l: Pick; at: number }
  | { op: 'renameLane'; l: Pick; name: string; collapsed: boolean }
  | { op: 'deleteLane'; l: Pick }
  | { op: 'togglePain'; p: Pick; t: Pick }
  | { op: 'connect'; a: Pick; b: Pick; label: string | null }
  | { op: 'relabel'; k: Pick; label: string }
  | { op: 'disconnect'; k: Pick[] }
  | { op: 'persona'; p: Pick | null; name: string; goal: string }
  | { op: 'deletePersona'; p: Pick }
  | { op: 'comment'; on: 'stage' | 'lane' | 'card'; t: Pick; text: string }
  | { op: 'resolve'; k: Pick; resolved: boolean }
  | { op: 'scale'; min: number; max: number }
  | { op: 'gesture'; steps: GestureStep[] };

const pick = fc.nat(200);
const at = fc.option(fc.nat(12), { nil: null });
const words = fc.string({ minLength: 0, maxLength: 12 });

const gestureStep: fc.Arbitrary<GestureStep> = fc.oneof(
  fc.record({ op: fc.constant('moveCard' as const), c: pick, s: pick, l: pick, at }),
  fc.record({ op: fc.constant('editCard' as const), c: pick, title: words, tag: fc.option(words, { nil: null }) }),
  fc.record({ op: fc.constant('score' as const), c: pick, score: fc.integer({ min: -24, max: 24 }).map((n) => n / 2) }),
);

export const commandArb: fc.Arbitrary<Command> = fc.oneof(
  gestureStep,
  fc.record({ op: fc.constant('addCard' as const), s: pick, l: pick, at, title: words }),
  fc.record({ op: fc.constant('duplicate' as const), c: fc.array(pick, { minLength: 1, maxLength: 3 }), into: fc.option(fc.record({ s: pick, l: pick }), { nil: null }) }),
  fc.record({ op: fc.constant('deleteCards' as const), c: fc.array(pick, { minLength: 1, maxLength: 3 }) }),
  fc.record({ op: fc.constant('insertStage' as const), kind: fc.constantFrom(...STAGE_KINDS), at, name: words }),
  fc.record({ op: fc.constant('moveStage' as const), s: pick, at: fc.nat(8) }),
  fc.record({ op: fc.constant('renameStage' as const), s: pick, name: words, description: fc.option(words, { nil: null }) }),
  fc.record({ op: fc.constant('deleteStage' as const), s: pick }),
  fc.record({ op: fc.constant('insertLane' as const), kind: fc.constantFrom(...LANE_KINDS), at, name: words }),
  fc.record({ op: fc.constant('moveLane' as const), l: pick, at: fc.nat(10) }),
  fc.record({ op: fc.constant('renameLane' as const), l: pick, name: words, collapsed: fc.boolean() }),
  fc.record({ op: fc.constant('deleteLane' as const), l: pick }),
  fc.record({ op: fc.constant('togglePain' as const), p: pick, t: pick }),
  fc.record({ op: fc.constant('connect' as const), a: pick, b: pick, label: fc.option(words, { nil: null }) }),
  fc.record({ op: fc.constant('relabel' as const), k: pick, label: words }),
  fc.record({ op: fc.constant('disconnect' as const), k: fc.array(pick, { minLength: 1, maxLength: 2 }) }),
  fc.record({ op: fc.constant('persona' as const), p: fc.option(pick, { nil: null }), name: words, goal: words }),
  fc.record({ op: fc.constant('deletePersona' as const), p: pick }),
  fc.record({ op: fc.constant('comment' as const), on: fc.constantFrom('stage' as const, 'lane' as const, 'card' as const), t: pick, text: words }),
  fc.record({ op: fc.constant('resolve' as const), k: pick, resolved: fc.boolean() }),
  fc.record({ op: fc.constant('scale' as const), min: fc.integer({ min: -10, max: 0 }), max: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ op: fc.constant('gesture' as const), steps: fc.array(gestureStep, { minLength: 1, maxLength: 5 }) }),
);

const sortedIds = (rec: Record<string, unknown>) => Object.keys(rec).sort();
const choose = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

let counter = 0;
/** Unique, deterministic-per-process id digits. */
export const counterIds = () => `p${(counter++).toString(36).padStart(8, '0')}`;

/**
 * Resolves a command against the current document and returns the recipe to run, or null
 * when it has nothing to act on. Gestures are handled by the caller.
 */
export function recipeFor(j: Journey, cmd: Exclude<Command, { op: 'gesture' }>): ((d: Draft<Journey>) => void) | null {
  const cards = sortedIds(j.cards);
  const stages = orderedStages(j).map((s) => s.id);
  const lanes = orderedLanes(j).map((l) => l.id);
  const card = (n: Pick) => choose(cards, n);
  const cardsOf = (kind: Card['kind']) => cards.filter((id) => j.cards[id]!.kind === kind);
  switch (cmd.op) {
    case 'moveCard': {
      const c = card(cmd.c); const s = choose(stages, cmd.s); const l = choose(lanes, cmd.l);
      return c && s && l ? (d) => ops.moveCard(d, c, s, l, cmd.at ?? undefined) : null;
    }
    case 'editCard': {
      const c = card(cmd.c);
      return c ? (d) => ops.updateCard(d, c, { title: cmd.title, ...(cmd.tag !== null ? { tags: [cmd.tag] } : {}) }) : null;
    }
    case 'score': {
      const c = choose(cardsOf('emotion'), cmd.c);
      return c ? (d) => ops.setEmotionScore(d, c, cmd.score) : null;
    }
    case 'addCard': {
      const s = choose(stages, cmd.s); const l = choose(lanes, cmd.l);
      if (!s || !l) return null;
      const created = newCard(j, { stageId: s, laneId: l, title: cmd.title }, counterIds);
      return (d) => ops.addCard(d, created, cmd.at ?? undefined);
    }
    case 'duplicate': {
      const ids = cmd.c.map(card).filter((c): c is string => !!c);
      const s = cmd.into && choose(stages, cmd.into.s); const l = cmd.into && choose(lanes, cmd.into.l);
      const into = s && l ? { stageId: s, laneId: l } : undefined;
      const fresh = ids.map(() => counterIds());
      return ids.length ? (d) => { let i = 0; ops.duplicateCards(d, ids, () => fresh[i++]!, into); } : null;
    }
    case 'deleteCards': {
      const ids = cmd.c.map(card).filter((c): c is string => !!c);
      return ids.length ? (d) => ops.deleteCards(d, ids) : null;
    }
    case 'insertStage': {
      const stage = { ...newStage(j, cmd.kind, cmd.name, counterIds) };
      return (d) => ops.insertStage(d, stage, cmd.at ?? undefined);
    }
    case 'moveStage': { const s = choose(stages, cmd.s); return s ? (d) => ops.moveStage(d, s, cmd.at) : null; }
    case 'renameStage': {
      const s = choose(stages, cmd.s);
      return s ? (d) => ops.updateStage(d, s, { name: cmd.name, ...(cmd.description !== null ? { description: cmd.description } : {}) }) : null;
    }
    case 'deleteStage': { const s = choose(stages, cmd.s); return s ? (d) => ops.deleteStage(d, s) : null; }
    case 'insertLane': {
      const lane = newLane(j, cmd.kind, cmd.name, counterIds);
      return (d) => ops.insertLane(d, lane, cmd.at ?? undefined);
    }
    case 'moveLane': { const l = choose(lanes, cmd.l); return l ? (d) => ops.moveLane(d, l, cmd.at) : null; }
    case 'renameLane': { const l = choose(lanes, cmd.l); return l ? (d) => ops.updateLane(d, l, { name: cmd.name, collapsed: cmd.collapsed }) : null; }
    case 'deleteLane': { const l = choose(lanes, cmd.l); return l ? (d) => ops.deleteLane(d, l) : null; }
    case 'togglePain': {
      const p = choose(cardsOf('painPoint'), cmd.p); const t = choose(cardsOf('touchpoint'), cmd.t);
      return p && t ? (d) => ops.togglePainTouchpoint(d, p, t) : null;
    }
    case 'connect': {
      const a = card(cmd.a); const b = card(cmd.b);
      const id = `conn_${counterIds()}`;
      return a && b ? (d) => ops.addConnection(d, { id, sourceId: a, targetId: b, ...(cmd.label !== null ? { label: cmd.label } : {}) }) : null;
    }
    case 'relabel': { const k = choose(sortedIds(j.connections), cmd.k); return k ? (d) => ops.updateConnection(d, k, { label: cmd.label }) : null; }
    case 'disconnect': {
      const ids = cmd.k.map((n) => choose(sortedIds(j.connections), n)).filter((c): c is string => !!c);
      return ids.length ? (d) => ops.deleteConnections(d, ids) : null;
    }
    case 'persona': {
      const existing = cmd.p === null ? undefined : choose(sortedIds(j.personas), cmd.p);
      const base = existing ? j.personas[existing]! : { id: `persona_${counterIds()}`, name: '', role: 'Customer', goals: [], frustrations: [], color: '#336699' };
      const persona = { ...base, name: cmd.name, goals: [...base.goals, cmd.goal] };
      return (d) => ops.upsertPersona(d, persona);
    }
    case 'deletePersona': { const p = choose(sortedIds(j.personas), cmd.p); return p ? (d) => ops.deletePersona(d, p) : null; }
    case 'comment': {
      const t = choose(cmd.on === 'stage' ? stages : cmd.on === 'lane' ? lanes : cards, cmd.t);
      if (!t) return null;
      const comment = { id: `comment_${counterIds()}`, target: { type: cmd.on, id: t }, author: 'Tester', text: cmd.text, createdAt: '2024-06-01T10:00:00.000Z', resolved: false };
      return (d) => ops.addComment(d, comment);
    }
    case 'resolve': { const k = choose(sortedIds(j.comments), cmd.k); return k ? (d) => ops.setCommentResolved(d, k, cmd.resolved) : null; }
    case 'scale': return (d) => ops.setEmotionScale(d, cmd.min, cmd.max);
  }
}
