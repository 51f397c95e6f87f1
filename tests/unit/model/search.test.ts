import { describe, expect, it } from 'vitest';
import { moveLane, moveStage } from '../../../shared/model/operations';
import type { Journey } from '../../../shared/model/schema';
import { findInJourney, foldText } from '../../../shared/model/search';
import { buildJourney } from '../../../shared/templates/buildJourney';
import { northwind } from './fixtures';

/** A small map where the word "marker" sits in every kind of field, once each. */
function markerMap(): Journey {
  const j = buildJourney({
    id: 'journey_s', title: 'Marker map', description: 'About the marker study',
    personas: [{ key: 'p', name: 'Marker Mia', role: 'marker role', goals: ['a goal', 'goal marker'], frustrations: ['marker pain'], quote: 'Quote with marker', color: '#112233' }],
    stages: [
      { key: 'a', name: 'Stage marker A', kind: 'awareness', description: 'desc marker' },
      { key: 'b', name: 'Stage B', kind: 'decision' },
    ],
    lanes: [{ key: 'tp', name: 'Touch marker', kind: 'touchpoints' }, { key: 'k', kind: 'kpis' }],
    cards: [
      { key: 't1', stage: 'a', lane: 'tp', title: 'Title marker', body: 'Body marker', channel: 'marker-channel', owner: 'Owner marker', tags: ['x', 'tag marker'], aliases: ['/marker'] },
      { key: 't2', stage: 'b', lane: 'tp', title: 'Plain' },
      { key: 'k1', stage: 'a', lane: 'k', title: 'KPI', metric: 'markerRate' },
    ],
    connections: [{ from: 't1', to: 't2', label: 'marker link' }],
    comments: [{ on: { type: 'card', key: 't1' }, author: 'Marker bot', text: 'comment marker', at: '2024-01-01' }],
  });
  j.cards.card_t1!.links = [{ label: 'Marker doc', url: 'https://example.com/marker' }];
  return j;
}

const where = (j: Journey, q: string) => findInJourney(j, q).map((m) => `${m.type}:${m.id}:${m.field}`);

describe('findInJourney: fields', () => {
  it('finds text in every kind of field, in reading order', () => {
    expect(where(markerMap(), 'marker')).toEqual([
      'settings:journey_s:title', 'settings:journey_s:description',
      'stage:stage_a:name', 'stage:stage_a:description',
      'lane:lane_tp:name',
      'card:card_t1:title', 'card:card_t1:body', 'card:card_t1:tags[1]', 'card:card_t1:owner',
      'card:card_t1:links[0].label', 'card:card_t1:links[0].url', 'card:card_t1:aliases[0]', 'card:card_t1:channel',
      'card:card_k1:metric',
      'connection:conn_1:label',
      'comment:comment_1:author', 'comment:comment_1:text',
      'persona:persona_p:name', 'persona:persona_p:role', 'persona:persona_p:goals[1]', 'persona:persona_p:frustrations[0]', 'persona:persona_p:quote',
    ]);
  });

  it('limits to the given types and count', () => {
    const j = markerMap();
    expect(findInJourney(j, 'marker', { types: ['persona', 'lane'] }).map((m) => m.type)).toEqual(['lane', 'persona', 'persona', 'persona', 'persona', 'persona']);
    expect(findInJourney(j, 'marker', { limit: 3 })).toHaveLength(3);
  });

  it('finds nothing for an empty or blank query, or a missing word', () => {
    const j = markerMap();
    expect(findInJourney(j, '')).toEqual([]);
    expect(findInJourney(j, '   ')).toEqual([]);
    expect(findInJourney(j, 'zebra')).toEqual([]);
  });
});

describe('findInJourney: case and accents', () => {
  const j = buildJourney({
    id: 'journey_a', title: 'Café CRÈME',
    stages: [{ key: 's', name: 'Ärger im Büro', kind: 'support' }],
    lanes: [{ key: 'l', kind: 'notes' }],
    cards: [{ key: 'c', stage: 's', lane: 'l', title: 'Cafe\u0301 décomposé' }, { key: 'd', stage: 's', lane: 'l', title: 'ÉCOLE façade' }],
  });

  it('ignores case and accents on both sides', () => {
    expect(where(j, 'cafe')).toEqual(['settings:journey_a:title', 'card:card_c:title']);
    expect(where(j, 'CAFÉ')).toEqual(['settings:journey_a:title', 'card:card_c:title']);
    expect(where(j, 'creme')).toEqual(['settings:journey_a:title']);
    expect(where(j, 'arger im buro')).toEqual(['stage:stage_s:name']);
    expect(where(j, 'ecole FACADE')).toEqual(['card:card_d:title']);
  });

  it('reports offsets in the original text, covering decomposed accents', () => {
    const [title] = findInJourney(j, 'creme');
    expect(title).toMatchObject({ index: 5, length: 5 });
    expect('Café CRÈME'.slice(title!.index, title!.index + title!.length)).toBe('CRÈME');
    const card = findInJourney(j, 'café', { types: ['card'] })[0]!;
    expect(card).toMatchObject({ index: 0, length: 5 });
  });

  it('folds text without changing what it maps back to', () => {
    const f = foldText('Ça VA');
    expect(f.text).toBe('ca va');
    expect(f.starts).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('findInJourney: occurrences and snippets', () => {
  it('reports each occurrence in a field, with its offset', () => {
    const j = buildJourney({
      id: 'journey_o', title: 'x',
      stages: [{ key: 's', name: 'S', kind: 'custom' }], lanes: [{ key: 'l', kind: 'notes' }],
      cards: [{ key: 'c', stage: 's', lane: 'l', title: 'Checkout', body: 'The checkout is slow. A second checkout page is slower.' }],
    });
    const body = findInJourney(j, 'checkout').filter((m) => m.field === 'body');
    expect(body.map((m) => m.index)).toEqual([4, 31]);
  });

  it('cuts long text around the match and marks the cut', () => {
    const j = markerMap();
    j.cards.card_t1!.body = `${'a'.repeat(100)} needle ${'b'.repeat(100)}`;
    const [m] = findInJourney(j, 'needle', { context: 10 });
    expect(m!.snippet).toBe(`…${'a'.repeat(9)} needle ${'b'.repeat(9)}…`);
    expect(m!.snippet.slice(m!.snippetIndex, m!.snippetIndex + 6)).toBe('needle');
  });

  it('collapses line breaks in snippets and keeps the match position right', () => {
    const j = markerMap();
    j.cards.card_t1!.body = 'line one\n\n  line two needle';
    const [m] = findInJourney(j, 'needle');
    expect(m!.snippet).toBe('line one line two needle');
    expect(m!.snippet.slice(m!.snippetIndex, m!.snippetIndex + 6)).toBe('needle');
  });
});

describe('findInJourney: reading order', () => {
  it('orders cards by stage (left to right), then lane (top to bottom), then order', () => {
    const j = northwind();
    moveStage(j, 'stage_loyalty', 0);
    moveLane(j, 'lane_kpis', 0);
    const rank = (id: string) => {
      const c = j.cards[id]!;
      return [j.stages[c.stageId]!.order, j.lanes[c.laneId]!.order, c.order];
    };
    const before = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
    const ranks = findInJourney(j, 'e', { types: ['card'] }).map((m) => rank(m.id));
    expect(ranks.length).toBeGreaterThan(50);
    for (let i = 1; i < ranks.length; i++) expect(before(ranks[i - 1]!, ranks[i]!)).toBeLessThanOrEqual(0);
    expect(ranks[0]![0]).toBe(0); // the loyalty stage, moved first, is read first
    const first = findInJourney(j, 'churn')[0]!;
    expect(j.cards[first.id]!.stageId).toBe('stage_loyalty');
  });

  it('follows the map when stages and lanes move', () => {
    const j = markerMap();
    j.cards.card_t2!.title = 'Title marker too';
    expect(where(j, 'title marker')).toEqual(['card:card_t1:title', 'card:card_t2:title']);
    moveStage(j, 'stage_b', 0);
    expect(where(j, 'title marker')).toEqual(['card:card_t2:title', 'card:card_t1:title']);
    expect(where(j, 'stage').slice(0, 2)).toEqual(['stage:stage_b:name', 'stage:stage_a:name']);
    moveLane(j, 'lane_k', 0);
    expect(where(j, 'marker').filter((w) => w.startsWith('card:')).slice(0, 2)).toEqual(['card:card_t2:title', 'card:card_k1:metric']);
  });

  it('orders cards within a cell by their order', () => {
    const j = northwind();
    const ids = findInJourney(j, 'Reads', { types: ['card'] }).map((m) => m.id);
    expect(ids).toEqual(['card_discover_actions_1', 'card_consider_actions_14']);
  });
});
