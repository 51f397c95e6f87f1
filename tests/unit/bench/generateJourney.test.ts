import { describe, expect, it } from 'vitest';
import { generateGa4PagesCsv, generateJourney } from '../../../bench/generateJourney';
import { loadJourney } from '../../../shared/file/loadJourney';
import { serializeJourney } from '../../../shared/file/serializeJourney';

/** The benchmark generator: same options, same bytes; a journey the loader accepts as written. */
describe('bench generateJourney', () => {
  it('is deterministic', () => {
    const a = serializeJourney(generateJourney({ cards: 300, connections: 120, seed: 3 }));
    const b = serializeJourney(generateJourney({ cards: 300, connections: 120, seed: 3 }));
    expect(a).toBe(b);
    expect(serializeJourney(generateJourney({ cards: 300, connections: 120, seed: 4 }))).not.toBe(a);
  });

  it.each([[500, undefined], [1000, 2000], [2000, 300]])('makes %i cards (%s connections) that load as valid', (cards, connections) => {
    const journey = generateJourney({ cards, connections, seed: 1 });
    expect(Object.keys(journey.cards)).toHaveLength(cards);
    expect(Object.keys(journey.connections)).toHaveLength(connections ?? Math.round(cards * 0.4));
    const kinds = new Set(Object.values(journey.cards).map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['action', 'emotion', 'kpi', 'note', 'opportunity', 'painPoint', 'thought', 'touchpoint']);
    expect(Object.keys(journey.bindings).length).toBeGreaterThan(0);
    const loaded = loadJourney(new TextEncoder().encode(serializeJourney(journey)));
    expect(loaded.ok && loaded.value.status).toBe('valid');
    if (loaded.ok) expect(loaded.value.repairs).toEqual([]);
  });

  it('writes a GA4 pages report with the requested rows', () => {
    const csv = generateGa4PagesCsv(1000).join('');
    const lines = csv.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('#'))).toHaveLength(9);
    expect(lines[9]).toMatch(/^Page path and screen class,Views,Active users,/);
    expect(lines).toHaveLength(10 + 1000);
    expect(csv).toBe(generateGa4PagesCsv(1000).join(''));
  });
});
