import { describe, expect, it } from 'vitest';
import { newCard } from '../../../shared/model/journey';
import { seededIdSource } from '../../../shared/model/ids';
import { addCard, deleteCards, duplicateCards, moveCard, updateCard } from '../../../shared/model/operations';
import { cellOrders, cellTitles, dense, expectConsistent, expectDenseCells, northwind } from './fixtures';

const S = { discover: 'stage_discover', consider: 'stage_consider', purchase: 'stage_purchase' };
const L = { actions: 'lane_actions', touchpoints: 'lane_touchpoints', pains: 'lane_pains' };

describe('moveCard', () => {
  it('reorders within a cell and keeps order dense', () => {
    const j = northwind();
    const before = cellTitles(j, S.discover, L.touchpoints);
    moveCard(j, 'card_tp_blog', S.discover, L.touchpoints, 0);
    expect(cellTitles(j, S.discover, L.touchpoints)).toEqual([before[3], before[0], before[1], before[2]]);
    expect(cellOrders(j, S.discover, L.touchpoints)).toEqual(dense(4));
  });

  it('moves to another cell at an index, and appends without one', () => {
    const j = northwind();
    moveCard(j, 'card_tp_ads', S.consider, L.touchpoints, 1);
    expect(j.cards.card_tp_ads).toMatchObject({ stageId: S.consider, laneId: L.touchpoints, order: 1 });
    expect(cellTitles(j, S.consider, L.touchpoints)[1]).toBe('Instagram ad: Summit Trail Runner X');
    moveCard(j, 'card_tp_home', S.consider, L.touchpoints);
    expect(cellTitles(j, S.consider, L.touchpoints).at(-1)).toBe('Home page');
    expect(cellOrders(j, S.consider, L.touchpoints)).toEqual(dense(5));
  });

  it('clamps the index into the cell', () => {
    const j = northwind();
    moveCard(j, 'card_tp_home', S.discover, L.touchpoints, 99);
    expect(cellTitles(j, S.discover, L.touchpoints).at(-1)).toBe('Home page');
    moveCard(j, 'card_tp_home', S.discover, L.touchpoints, -5);
    expect(cellTitles(j, S.discover, L.touchpoints)[0]).toBe('Home page');
  });

  it('ignores unknown cards, stages and lanes', () => {
    const j = northwind();
    const copy = structuredClone(j);
    moveCard(j, 'card_nope', S.discover, L.actions);
    moveCard(j, 'card_tp_home', 'stage_nope', L.actions);
    moveCard(j, 'card_tp_home', S.discover, 'lane_nope');
    expect(j).toEqual(copy);
  });

  // Was a bug (found by this test): the source cell kept a gap, orders [1, 2, 3].
  it('moving to another cell keeps order dense in the source cell too', () => {
    const j = northwind();
    moveCard(j, 'card_tp_ads', S.consider, L.touchpoints);
    expect(cellOrders(j, S.consider, L.touchpoints)).toEqual(dense(4));
    expect(cellOrders(j, S.discover, L.touchpoints)).toEqual(dense(3));
  });
});

describe('addCard', () => {
  it('inserts at an index, renumbers the cell and copies the input', () => {
    const j = northwind();
    const card = newCard(j, { stageId: S.discover, laneId: L.actions, title: 'Asks a friend' }, seededIdSource(5));
    addCard(j, card, 0);
    expect(cellTitles(j, S.discover, L.actions)[0]).toBe('Asks a friend');
    expect(cellOrders(j, S.discover, L.actions)).toEqual(dense(3));
    expect(j.cards[card.id]).not.toBe(card);
    expect(j.cards[card.id]!.kind).toBe('action');
    expectConsistent(j);
  });

  it('appends at the end by default', () => {
    const j = northwind();
    const card = newCard(j, { stageId: S.discover, laneId: L.pains, title: 'Ads feel generic' }, seededIdSource(6));
    addCard(j, card);
    expect(cellTitles(j, S.discover, L.pains)).toEqual(['No filter for shoe width', 'Ads feel generic']);
    expect(j.cards[card.id]).toMatchObject({ kind: 'painPoint', severity: 3, touchpointIds: [] });
  });

  // Was a bug (found here): the card was stored before the cell was checked.
  it('refuses a card whose stage or lane does not exist', () => {
    const j = northwind();
    const card = newCard(j, { stageId: 'stage_gone', laneId: L.actions, title: 'Orphan' }, seededIdSource(11));
    addCard(j, card);
    expect(j.cards[card.id]).toBeUndefined();
    expectConsistent(j);
  });
});

describe('updateCard', () => {
  it('changes the given fields only', () => {
    const j = northwind();
    updateCard(j, 'card_tp_home', { title: 'Start page', tags: ['seo'], owner: 'Web team' });
    expect(j.cards.card_tp_home).toMatchObject({ title: 'Start page', tags: ['seo'], owner: 'Web team', channel: 'web', kind: 'touchpoint', stageId: S.discover });
  });

  it('ignores unknown cards', () => {
    const j = northwind();
    const copy = structuredClone(j);
    updateCard(j, 'card_nope', { title: 'x' });
    expect(j).toEqual(copy);
  });
});

describe('duplicateCards', () => {
  it('copies beside the originals with new ids and the same content', () => {
    const j = northwind();
    const created = duplicateCards(j, ['card_tp_home', 'card_pp_size'], seededIdSource(9));
    expect(created).toHaveLength(2);
    for (const id of created) expect(['card_tp_home', 'card_pp_size']).not.toContain(id);
    const [home, size] = created.map((id) => j.cards[id]!);
    expect(home).toMatchObject({ title: 'Home page', channel: 'web', stageId: S.discover, order: 2 });
    expect(cellTitles(j, S.discover, L.touchpoints)).toEqual(['Instagram ad: Summit Trail Runner X', 'Home page', 'Home page', 'Trail running collection', 'Blog: how to choose trail shoes']);
    expect(size).toMatchObject({ kind: 'painPoint', severity: 4, touchpointIds: ['card_tp_pdp'] });
    // A deep copy: editing the copy leaves the original alone.
    if (size?.kind === 'painPoint') size.touchpointIds.push('card_tp_search');
    expect(j.cards.card_pp_size).toMatchObject({ touchpointIds: ['card_tp_pdp'] });
    expectDenseCells(j);
    expectConsistent(j);
  });

  it('copies into a given cell, at its end', () => {
    const j = northwind();
    const [id] = duplicateCards(j, ['card_tp_home'], seededIdSource(2), { stageId: S.purchase, laneId: L.touchpoints });
    expect(j.cards[id!]).toMatchObject({ stageId: S.purchase, laneId: L.touchpoints, order: 4 });
    expect(j.cards.card_tp_home!.stageId).toBe(S.discover);
  });

  it('skips unknown ids and gives unique ids each time', () => {
    const j = northwind();
    const ids = seededIdSource(3);
    const a = duplicateCards(j, ['card_nope', 'card_tp_home'], ids);
    const b = duplicateCards(j, ['card_tp_home'], ids);
    expect(a).toHaveLength(1);
    expect(new Set([...a, ...b]).size).toBe(2);
  });
});

describe('deleteCards', () => {
  it('deletes cards with their connections, pain-point links, comments and bindings', () => {
    const j = northwind();
    j.datasets.ds_1 = { id: 'ds_1', name: 'GA4', source: 'ga4-funnel', fileName: 'f.csv', importedAt: '2024-06-01', rowsRead: 1, rowsImported: 1, errors: [], metrics: [], feedback: [], options: {} };
    j.bindings.b_1 = { id: 'b_1', datasetId: 'ds_1', scope: 'Checkout', metric: 'conversion', target: { type: 'card', id: 'card_tp_checkout' }, higherIsBetter: true };
    j.bindings.b_2 = { id: 'b_2', datasetId: 'ds_1', scope: 'Cart', metric: 'conversion', target: { type: 'card', id: 'card_tp_cart' }, higherIsBetter: true };
    deleteCards(j, ['card_tp_checkout', 'card_pp_account']);
    expect(j.cards.card_tp_checkout).toBeUndefined();
    expect(j.cards.card_pp_account).toBeUndefined();
    expect(Object.values(j.connections).some((c) => c.sourceId === 'card_tp_checkout' || c.targetId === 'card_tp_checkout')).toBe(false);
    expect(Object.keys(j.connections)).toHaveLength(8);
    expect(j.comments.comment_1).toBeUndefined();
    expect(j.comments.comment_2).toBeDefined();
    expect(j.bindings.b_1).toBeUndefined();
    expect(j.bindings.b_2).toBeDefined();
    expectConsistent(j);
  });

  it('keeps order dense in every cell it deleted from', () => {
    const j = northwind();
    deleteCards(j, ['card_tp_ads', 'card_tp_collection', 'card_pp_size']);
    expect(cellTitles(j, S.discover, L.touchpoints)).toEqual(['Home page', 'Blog: how to choose trail shoes']);
    expect(cellOrders(j, S.discover, L.touchpoints)).toEqual(dense(2));
    expect(cellOrders(j, S.consider, L.pains)).toEqual(dense(1));
    expectDenseCells(j);
  });

  it('removes a deleted touchpoint from the pain points that named it', () => {
    const j = northwind();
    deleteCards(j, ['card_tp_pdp']);
    expect(j.cards.card_pp_size).toMatchObject({ touchpointIds: [] });
    expectConsistent(j);
  });

  it('does nothing for unknown ids', () => {
    const j = northwind();
    const copy = structuredClone(j);
    deleteCards(j, ['card_nope']);
    deleteCards(j, []);
    expect(j).toEqual(copy);
  });
});
