import { describe, expect, it } from 'vitest';
import {
  addComment, addConnection, deleteConnections, deletePersona, setCommentResolved, setEmotionScale,
  setEmotionScore, togglePainTouchpoint, updateConnection, upsertPersona,
} from '../../../shared/model/operations';
import type { CardOf, Journey } from '../../../shared/model/schema';
import { expectConsistent, northwind } from './fixtures';

const emotions = (j: Journey) => Object.values(j.cards).filter((c): c is CardOf<'emotion'> => c.kind === 'emotion');
const firstEmotion = (j: Journey) => emotions(j).find((c) => c.stageId === 'stage_discover' && c.curveId === 'curve_maya')!;

describe('setEmotionScore', () => {
  it('sets the score, clamped to the scale and rounded to half steps', () => {
    const j = northwind();
    const id = firstEmotion(j).id;
    setEmotionScore(j, id, -1.5);
    expect(j.cards[id]).toMatchObject({ score: -1.5 });
    setEmotionScore(j, id, 0.3);
    expect(j.cards[id]).toMatchObject({ score: 0.5 });
    setEmotionScore(j, id, 9);
    expect(j.cards[id]).toMatchObject({ score: 2 });
    setEmotionScore(j, id, -9);
    expect(j.cards[id]).toMatchObject({ score: -2 });
  });

  it('ignores cards that are not emotions', () => {
    const j = northwind();
    const copy = structuredClone(j);
    setEmotionScore(j, 'card_tp_home', 1);
    setEmotionScore(j, 'card_nope', 1);
    expect(j).toEqual(copy);
  });
});

describe('setEmotionScale', () => {
  it('maps every score linearly onto the new scale', () => {
    const j = northwind();
    const before = new Map(emotions(j).map((c) => [c.id, c.score]));
    setEmotionScale(j, 0, 10);
    expect(j.settings.emotionScale).toEqual({ min: 0, max: 10 });
    for (const c of emotions(j)) expect(c.score).toBe(((before.get(c.id)! + 2) / 4) * 10);
    setEmotionScale(j, -2, 2);
    for (const c of emotions(j)) expect(c.score).toBe(before.get(c.id));
  });

  it('maps the ends of the scale onto the ends and rounds to half steps', () => {
    const j = northwind();
    const [a, b, c] = emotions(j);
    a!.score = -2; b!.score = 2; c!.score = 1;
    setEmotionScale(j, 1, 5);
    expect([a!.score, b!.score, c!.score]).toEqual([1, 5, 4]);
    setEmotionScale(j, 1, 4); // 4 → 1 + 0.75 × 3 = 3.25, shown in half steps
    expect([a!.score, b!.score, c!.score]).toEqual([1, 4, 3.5]);
  });

  // Was a bug (found here): scales the schema rejects were applied.
  it('refuses a scale the schema would reject (not whole, or beyond ±100)', () => {
    const j = northwind();
    setEmotionScale(j, 0.5, 1000);
    setEmotionScale(j, -500, 5);
    expect(j.settings.emotionScale).toEqual({ min: -2, max: 2 });
    expectConsistent(j);
  });

  it('refuses a scale whose max is not above its min', () => {
    const j = northwind();
    const copy = structuredClone(j);
    setEmotionScale(j, 3, 3);
    setEmotionScale(j, 5, -5);
    expect(j).toEqual(copy);
  });
});

describe('togglePainTouchpoint', () => {
  it('links and unlinks a pain point and a touchpoint', () => {
    const j = northwind();
    togglePainTouchpoint(j, 'card_pp_size', 'card_tp_reviews');
    expect(j.cards.card_pp_size).toMatchObject({ touchpointIds: ['card_tp_pdp', 'card_tp_reviews'] });
    togglePainTouchpoint(j, 'card_pp_size', 'card_tp_pdp');
    expect(j.cards.card_pp_size).toMatchObject({ touchpointIds: ['card_tp_reviews'] });
    expectConsistent(j);
  });

  it('refuses anything but a pain point and a touchpoint', () => {
    const j = northwind();
    const copy = structuredClone(j);
    togglePainTouchpoint(j, 'card_tp_home', 'card_tp_pdp');
    togglePainTouchpoint(j, 'card_pp_size', 'card_pp_search');
    togglePainTouchpoint(j, 'card_pp_size', 'card_nope');
    expect(j).toEqual(copy);
  });
});

describe('connections', () => {
  it('adds a connection between two cards', () => {
    const j = northwind();
    addConnection(j, { id: 'conn_new', sourceId: 'card_tp_blog', targetId: 'card_tp_pdp', label: 'read more' });
    expect(j.connections.conn_new).toEqual({ id: 'conn_new', sourceId: 'card_tp_blog', targetId: 'card_tp_pdp', label: 'read more' });
    expectConsistent(j);
  });

  it('refuses self-loops, duplicates and dangling ends', () => {
    const j = northwind();
    const copy = structuredClone(j);
    addConnection(j, { id: 'c1', sourceId: 'card_tp_home', targetId: 'card_tp_home' });
    addConnection(j, { id: 'c2', sourceId: 'card_tp_home', targetId: 'card_tp_collection' });
    addConnection(j, { id: 'c3', sourceId: 'card_tp_home', targetId: 'card_nope' });
    addConnection(j, { id: 'c4', sourceId: 'card_nope', targetId: 'card_tp_home' });
    expect(j).toEqual(copy);
  });

  it('updates label and ends, and drops an emptied label', () => {
    const j = northwind();
    updateConnection(j, 'conn_2', { label: 'browse' });
    expect(j.connections.conn_2!.label).toBe('browse');
    updateConnection(j, 'conn_2', { targetId: 'card_tp_blog' });
    expect(j.connections.conn_2).toMatchObject({ sourceId: 'card_tp_home', targetId: 'card_tp_blog' });
    updateConnection(j, 'conn_2', { label: '' });
    expect(j.connections.conn_2).not.toHaveProperty('label');
  });

  it('refuses updates that would dangle or loop', () => {
    const j = northwind();
    const copy = structuredClone(j);
    updateConnection(j, 'conn_2', { targetId: 'card_nope' });
    updateConnection(j, 'conn_2', { targetId: 'card_tp_home' });
    updateConnection(j, 'conn_nope', { label: 'x' });
    expect(j).toEqual(copy);
  });

  it('deletes connections by id, ignoring unknown ids', () => {
    const j = northwind();
    deleteConnections(j, ['conn_1', 'conn_3', 'conn_nope']);
    expect(Object.keys(j.connections)).toHaveLength(8);
    expect(j.connections.conn_1).toBeUndefined();
    expect(j.connections.conn_2).toBeDefined();
  });
});

describe('personas', () => {
  const ana = { id: 'persona_ana', name: 'Ana', role: 'Student', goals: ['Cheap shoes'], frustrations: [], color: '#123456' };

  it('inserts a new persona and replaces an existing one', () => {
    const j = northwind();
    upsertPersona(j, ana);
    expect(j.personas.persona_ana).toEqual(ana);
    upsertPersona(j, { ...j.personas.persona_tom!, role: 'Gift buyer, 53' });
    expect(j.personas.persona_tom!.role).toBe('Gift buyer, 53');
    expect(Object.keys(j.personas)).toHaveLength(3);
    expectConsistent(j);
  });

  it('deleting a persona clears it from cards, curves and the filter', () => {
    const j = northwind();
    j.cards.card_tp_home!.personaId = 'persona_maya';
    j.settings.personaFilter = 'persona_maya';
    deletePersona(j, 'persona_maya');
    expect(j.personas.persona_maya).toBeUndefined();
    expect(j.cards.card_tp_home).not.toHaveProperty('personaId');
    expect(j.curves.curve_maya).not.toHaveProperty('personaId');
    expect(j.settings).not.toHaveProperty('personaFilter');
    expectConsistent(j);
  });

  it('deleting an unknown persona does nothing', () => {
    const j = northwind();
    const copy = structuredClone(j);
    deletePersona(j, 'persona_nope');
    expect(j).toEqual(copy);
  });
});

describe('comments', () => {
  it('adds a comment and resolves and reopens it', () => {
    const j = northwind();
    addComment(j, { id: 'comment_x', target: { type: 'lane', id: 'lane_kpis' }, author: 'Sam', text: 'Add NPS', createdAt: '2024-06-01T00:00:00.000Z', resolved: false });
    expect(j.comments.comment_x).toMatchObject({ author: 'Sam', resolved: false });
    setCommentResolved(j, 'comment_x', true);
    expect(j.comments.comment_x!.resolved).toBe(true);
    setCommentResolved(j, 'comment_x', false);
    expect(j.comments.comment_x!.resolved).toBe(false);
    expectConsistent(j);
  });

  // Was a bug (found here): comments on missing targets were stored.
  it('refuses a comment whose target does not exist', () => {
    const j = northwind();
    addComment(j, { id: 'comment_y', target: { type: 'card', id: 'card_gone' }, author: 'Sam', text: 'x', createdAt: '2024-06-01T00:00:00.000Z', resolved: false });
    expect(j.comments.comment_y).toBeUndefined();
    expectConsistent(j);
  });

  it('resolving an unknown comment does nothing', () => {
    const j = northwind();
    const copy = structuredClone(j);
    setCommentResolved(j, 'comment_nope', true);
    expect(j).toEqual(copy);
  });
});
