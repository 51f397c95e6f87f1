/**
 * serializeJourney writes record entries from a cache of their text (by identity, deeply
 * frozen entries only). Its bytes must be exactly those of the plain stable serializer —
 * sorted keys at every level, two-space indent — whatever the document and its history.
 */
import fc from 'fast-check';
import { freeze, produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { generateJourney } from '../../../bench/generateJourney';
import { CURRENT_SCHEMA_VERSION, JOURNEY_FORMAT } from '../../../shared/file/envelope';
import { serializeJourney } from '../../../shared/file/serializeJourney';
import { loadJourney } from '../../../shared/file/loadJourney';
import { updateCard } from '../../../shared/model/operations';
import type { Journey } from '../../../shared/model/schema';

/** The reference: sort every object's keys, then one JSON.stringify. */
function reference(journey: unknown, createdWith = 'Waymark 0.1.0'): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.keys(v).sort().flatMap((k) => ((v as Record<string, unknown>)[k] === undefined ? [] : [[k, sortKeys((v as Record<string, unknown>)[k])]])));
    }
    return v;
  };
  return `${JSON.stringify({ format: JOURNEY_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, createdWith, document: sortKeys(journey) }, null, 2)}\n`;
}

describe('serializeJourney', () => {
  const base = generateJourney({ cards: 120, seed: 5 });

  it('writes the envelope the loader expects, and what it writes loads back equal', () => {
    const text = serializeJourney(base);
    const r = loadJourney(text);
    expect(r.ok && r.value.status).toBe('valid');
    expect(r.ok && r.value.journey).toEqual(JSON.parse(JSON.stringify(base)));
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('gives the reference bytes for any JSON document, frozen or not', () => {
    const record = fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }))), { maxKeys: 5 });
    fc.assert(fc.property(fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(record, fc.jsonValue({ maxDepth: 3 })), { maxKeys: 8 }), fc.boolean(), (doc, frozen) => {
      const value = frozen ? freeze(structuredClone(doc), true) : doc;
      const expected = reference(value);
      expect(serializeJourney(value as never)).toBe(expected);
      expect(serializeJourney(value as never)).toBe(expected); // second time from the cache
    }), { numRuns: 400 });
  });

  it('writes a key named "__proto__" like any other (found by the property above)', () => {
    // JSON.parse makes "__proto__" an own key; copying it by assignment set the prototype instead.
    const doc = JSON.parse('{"":{"":{"__proto__":""}},"cards":{"a":{"__proto__":{"x":1}}}}') as object;
    for (const value of [doc, freeze(structuredClone(doc), true)]) {
      const text = serializeJourney(value as never);
      expect(text).toBe(reference(value));
      expect(text.match(/"__proto__"/g)).toHaveLength(2);
    }
  });

  it('follows every edit made through immer, and never reuses the text of an object that can still change', () => {
    let doc = produce(base, () => undefined) as Journey; // frozen, as the store keeps it
    const ids = Object.keys(doc.cards);
    for (let i = 0; i < 30; i++) {
      doc = produce(doc, (d) => { updateCard(d, ids[(i * 7) % ids.length]!, { title: `Edit ${i}`, tags: [`t${i}`] }); });
      expect(serializeJourney(doc)).toBe(reference(doc));
    }
    // An unfrozen document mutated in place between two saves: the second save has the change.
    const loose = structuredClone(base);
    const id = ids[0]!;
    serializeJourney(loose);
    loose.cards[id]!.title = 'Changed in place';
    expect(serializeJourney(loose)).toContain('"title": "Changed in place"');
    // A frozen card whose tags array is not frozen is not cached either.
    const shallow = { ...structuredClone(base), cards: { ...base.cards, [id]: Object.freeze({ ...structuredClone(base.cards[id]!), tags: ['a'] }) } };
    serializeJourney(shallow as Journey);
    (shallow.cards[id]!.tags as string[]).push('b');
    expect(serializeJourney(shallow as Journey)).toMatch(/"tags": \[\s*"a",\s*"b"\s*\]/);
  });
});
