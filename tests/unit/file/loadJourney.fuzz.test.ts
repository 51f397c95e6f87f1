import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadJourney, type LoadResult } from '../../../shared/file/loadJourney';
import { journeySchema } from '../../../shared/model/schema';

/**
 * Fuzzing the loader with mutated valid files: whatever the bytes, loading returns a
 * typed result (valid, repaired with a report, or a located error) and never throws or
 * hangs; a repaired journey always passes the schema.
 */
const bases = [
  readFileSync('tests/fixtures/journeys/v1-preview.journey', 'utf8'),
  readFileSync('tests/fixtures/journeys/v3-single-curve.journey', 'utf8'),
  JSON.stringify({ format: 'waymark.journey', schemaVersion: 4, createdWith: 't', document: JSON.parse(readFileSync('tests/fixtures/journeys/v2-severity-words.journey', 'utf8')).document }),
];
const encoder = new TextEncoder();
const WEIRD_VALUES = [null, true, 0, -1, 1e308, '', 'x'.repeat(30_000), [], {}, [[[]]], { __proto__: 1 }, 'NaN', -0];
const UNSAFE = ['__proto__', 'constructor', 'prototype'];

/** A small seeded generator (mulberry32): each case reproduces from the seed fast-check reports. */
interface Rng { nextInt(min: number, max: number): number; nextBoolean(): boolean }
function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { nextInt: (min, max) => min + Math.floor(next() * (max - min + 1)), nextBoolean: () => next() < 0.5 };
}

type Mutation = (text: string, r: Rng) => string | Uint8Array;

const mutations: Mutation[] = [
  (t, r) => t.slice(0, r.nextInt(0, t.length)), // truncation
  (t, r) => { // bit flips
    const b = encoder.encode(t);
    for (let i = r.nextInt(1, 8); i > 0; i--) { const at = r.nextInt(0, b.length - 1); b[at] = b[at]! ^ (1 << r.nextInt(0, 7)); }
    return b;
  },
  (t, r) => { // wrong types at a random path
    const o = JSON.parse(t);
    let node: any = o;
    for (let depth = r.nextInt(1, 4); depth > 0 && node && typeof node === 'object'; depth--) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const k = keys[r.nextInt(0, keys.length - 1)]!;
      if (depth === 1 || typeof node[k] !== 'object' || node[k] === null) { node[k] = WEIRD_VALUES[r.nextInt(0, WEIRD_VALUES.length - 1)]; break; }
      node = node[k];
    }
    return JSON.stringify(o);
  },
  (t, r) => { // deep nesting
    const depth = r.nextInt(1_000, 50_000);
    return t.replace('"document":', `"document": ${'['.repeat(depth)}${']'.repeat(r.nextBoolean() ? depth : depth - 1)}, "x":`);
  },
  (t, r) => t.replace(/"title": "[^"]*"/, `"title": "${'é'.repeat(r.nextInt(1, 400_000))}"`), // huge strings
  (t, r) => { // prototype-pollution keys in records and fields
    const key = UNSAFE[r.nextInt(0, 2)]!;
    const at = r.nextBoolean() ? '"cards": {' : '"kind": ';
    return at === '"cards": {' ? t.replace(at, `${at} "${key}": { "polluted": true },`) : t.replace(at, `"${key}": { "polluted": true }, ${at}`);
  },
  (t, r) => { // duplicate or swapped ids
    const o = JSON.parse(t);
    const cards = o.document.cards;
    if (cards && !Array.isArray(cards)) { const ids = Object.keys(cards); if (ids.length > 1) cards[ids[0]!].id = ids[r.nextInt(1, ids.length - 1)]; }
    return JSON.stringify(o);
  },
];

function check(result: LoadResult) {
  if (result.ok) {
    expect(['valid', 'repaired']).toContain(result.value.status);
    if (result.value.status === 'repaired') expect(result.value.repairs.length).toBeGreaterThan(0);
    if (!result.value.readOnly) expect(journeySchema.safeParse(result.value.journey).success).toBe(true);
  } else {
    expect(result.error.message.length).toBeGreaterThan(0);
    // The loader's last-resort catch must never be what answered: that would be a throw.
    expect(result.error.message).not.toMatch(/^The file could not be read/);
    if (result.error.kind === 'syntax') expect(result.error.line).toBeGreaterThanOrEqual(1);
  }
}

describe('loader fuzz', () => {
  it('10,000 mutated files: no throw, no hang, every result typed and located', () => {
    const counts: Record<string, number> = {};
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bases.length - 1 }), fc.integer({ min: 0, max: mutations.length - 1 }), fc.integer(), (b, m, seed) => {
        const r = rng(seed);
        const input = mutations[m]!(bases[b]!, r);
        const result = loadJourney(input);
        check(result);
        const key = result.ok ? result.value.status : result.error.kind;
        counts[key] = (counts[key] ?? 0) + 1;
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 10_000 },
    );
    // Every kind of outcome was exercised, not just one.
    expect(Object.keys(counts)).toEqual(expect.arrayContaining(['valid', 'repaired', 'syntax']));
    console.log('loader fuzz outcomes:', counts);
  }, 120_000);
});
