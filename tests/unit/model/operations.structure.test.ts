import { describe, expect, it } from 'vitest';
import { newLane, newStage, orderedLanes, orderedStages } from '../../../shared/model/journey';
import { seededIdSource } from '../../../shared/model/ids';
import {
  deleteLane, deleteStage, insertLane, insertStage, moveLane, moveStage, updateLane, updateStage,
} from '../../../shared/model/operations';
import { dense, expectConsistent, northwind } from './fixtures';

const stageNames = (j: ReturnType<typeof northwind>) => orderedStages(j).map((s) => s.name);
const laneNames = (j: ReturnType<typeof northwind>) => orderedLanes(j).map((l) => l.name);

describe('insertStage / moveStage / updateStage', () => {
  it('inserts a stage at an index and renumbers densely', () => {
    const j = northwind();
    const stage = newStage(j, 'onboarding', 'Set up', seededIdSource(1));
    insertStage(j, stage, 1);
    expect(stageNames(j)).toEqual(['Discover', 'Set up', 'Consider', 'Purchase', 'Post-purchase', 'Loyalty']);
    expect(orderedStages(j).map((s) => s.order)).toEqual(dense(6));
    expectConsistent(j);
  });

  it('appends by default and clamps out-of-range indexes', () => {
    const j = northwind();
    insertStage(j, newStage(j, 'advocacy', 'Advocate', seededIdSource(2)));
    insertStage(j, newStage(j, 'custom', 'First', seededIdSource(3)), -4);
    insertStage(j, newStage(j, 'custom', 'Last', seededIdSource(4)), 100);
    expect(stageNames(j)).toEqual(['First', 'Discover', 'Consider', 'Purchase', 'Post-purchase', 'Loyalty', 'Advocate', 'Last']);
    expectConsistent(j);
  });

  it('moves a stage left and right, keeping its cards', () => {
    const j = northwind();
    const cards = Object.values(j.cards).filter((c) => c.stageId === 'stage_loyalty').length;
    moveStage(j, 'stage_loyalty', 0);
    expect(stageNames(j)).toEqual(['Loyalty', 'Discover', 'Consider', 'Purchase', 'Post-purchase']);
    moveStage(j, 'stage_discover', 4);
    expect(stageNames(j)).toEqual(['Loyalty', 'Consider', 'Purchase', 'Post-purchase', 'Discover']);
    expect(Object.values(j.cards).filter((c) => c.stageId === 'stage_loyalty')).toHaveLength(cards);
    expectConsistent(j);
  });

  it('updates fields but never the id or order', () => {
    const j = northwind();
    updateStage(j, 'stage_consider', { name: 'Compare', kind: 'custom', description: 'Side by side', collapsed: true, width: 400 });
    expect(j.stages.stage_consider).toMatchObject({ id: 'stage_consider', order: 1, name: 'Compare', kind: 'custom', collapsed: true, width: 400 });
  });

  it('ignores unknown stages', () => {
    const j = northwind();
    const copy = structuredClone(j);
    moveStage(j, 'stage_nope', 0);
    updateStage(j, 'stage_nope', { name: 'x' });
    deleteStage(j, 'stage_nope');
    expect(j).toEqual(copy);
  });
});

describe('deleteStage', () => {
  it('deletes its cards and everything pointing at them or at the stage', () => {
    const j = northwind();
    j.datasets.ds = { id: 'ds', name: 'GA4', source: 'ga4-funnel', fileName: 'f.csv', importedAt: '2024-06-01', rowsRead: 1, rowsImported: 1, errors: [], metrics: [], feedback: [], options: {} };
    j.bindings.on_stage = { id: 'on_stage', datasetId: 'ds', scope: 'total', metric: 'users', target: { type: 'stage', id: 'stage_purchase' }, higherIsBetter: true };
    j.bindings.on_card = { id: 'on_card', datasetId: 'ds', scope: 'Cart', metric: 'users', target: { type: 'card', id: 'card_tp_cart' }, higherIsBetter: true };
    j.bindings.elsewhere = { id: 'elsewhere', datasetId: 'ds', scope: 'Home', metric: 'users', target: { type: 'card', id: 'card_tp_home' }, higherIsBetter: true };
    j.comments.on_stage = { id: 'on_stage', target: { type: 'stage', id: 'stage_purchase' }, author: 'A', text: 'x', createdAt: '2024-01-01', resolved: false };
    deleteStage(j, 'stage_purchase');
    expect(j.stages.stage_purchase).toBeUndefined();
    expect(Object.values(j.cards).some((c) => c.stageId === 'stage_purchase')).toBe(false);
    expect(j.cards.card_tp_checkout).toBeUndefined();
    // Connections into and out of the stage's cards (pdp → cart, confirm → delivery) are gone.
    expect(Object.values(j.connections).map((c) => `${c.sourceId}>${c.targetId}`)).toEqual([
      'card_tp_ads>card_tp_pdp', 'card_tp_home>card_tp_collection', 'card_tp_collection>card_tp_pdp',
      'card_tp_delivery>card_tp_repeat', 'card_tp_repeat>card_tp_orders',
    ]);
    expect(j.comments.comment_1).toBeUndefined(); // was on the account pain point
    expect(j.comments.on_stage).toBeUndefined();
    expect(j.comments.comment_2).toBeDefined();
    expect(Object.keys(j.bindings)).toEqual(['elsewhere']);
    expect(stageNames(j)).toEqual(['Discover', 'Consider', 'Post-purchase', 'Loyalty']);
    expectConsistent(j);
  });

  it('leaves an empty map valid when every stage is deleted', () => {
    const j = northwind();
    for (const s of Object.keys(j.stages)) deleteStage(j, s);
    expect(j.cards).toEqual({});
    expect(j.connections).toEqual({});
    expect(j.comments).toEqual({});
    expectConsistent(j);
  });
});

describe('insertLane / moveLane / updateLane / deleteLane', () => {
  it('inserts and moves lanes, keeping order dense', () => {
    const j = northwind();
    insertLane(j, newLane(j, 'notes', 'Research notes', seededIdSource(7)), 2);
    expect(laneNames(j).slice(0, 4)).toEqual(['Customer actions', 'Touchpoints', 'Research notes', 'Thoughts & questions']);
    moveLane(j, 'lane_kpis', 0);
    expect(laneNames(j)[0]).toBe('KPIs');
    insertLane(j, newLane(j, 'backstage', 'Systems', seededIdSource(8)));
    expect(laneNames(j).at(-1)).toBe('Systems');
    expect(orderedLanes(j).map((l) => l.order)).toEqual(dense(10));
    expectConsistent(j);
  });

  it('updates fields but never the id or order', () => {
    const j = northwind();
    updateLane(j, 'lane_opps', { name: 'Ideas', collapsed: true, minHeight: 200 });
    expect(j.lanes.lane_opps).toMatchObject({ id: 'lane_opps', order: 5, name: 'Ideas', collapsed: true, minHeight: 200, kind: 'opportunities' });
    const copy = structuredClone(j);
    updateLane(j, 'lane_nope', { name: 'x' });
    moveLane(j, 'lane_nope', 0);
    deleteLane(j, 'lane_nope');
    expect(j).toEqual(copy);
  });

  it('deleting a lane deletes its cards, their links and the comments on the lane', () => {
    const j = northwind();
    j.comments.on_lane = { id: 'on_lane', target: { type: 'lane', id: 'lane_touchpoints' }, author: 'A', text: 'x', createdAt: '2024-01-01', resolved: false };
    deleteLane(j, 'lane_touchpoints');
    expect(Object.values(j.cards).some((c) => c.kind === 'touchpoint')).toBe(false);
    expect(j.connections).toEqual({});
    expect(j.comments.on_lane).toBeUndefined();
    for (const c of Object.values(j.cards)) if (c.kind === 'painPoint') expect(c.touchpointIds).toEqual([]);
    expect(laneNames(j)).not.toContain('Touchpoints');
    expectConsistent(j);
  });
});
