/**
 * The load fast path trusts `compileAcceptCheck(journeySchema)`: when it says yes, the parsed
 * JSON becomes the document without zod. So a yes must always mean zod accepts the value and
 * returns it unchanged — on every mutation of a real document we can think of.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generateJourney } from '../../../bench/generateJourney';
import { compileAcceptCheck } from '../../../shared/model/compileAcceptCheck';
import { journeySchema } from '../../../shared/model/schema';
import { instantiateTemplate } from '../../../shared/templates/templates/instantiateTemplate';
import { TEMPLATES } from '../../../shared/templates/templates/templates';

const accepts = compileAcceptCheck(journeySchema);
const json = <T,>(v: T): T => JSON.parse(JSON.stringify(v));
const sample = json(JSON.parse(readFileSync('assets/samples/northwind-outdoor.journey', 'utf8')).document);
const generated = json(generateJourney({ cards: 60, seed: 11 }));

/** Sound: a yes from the check is a yes from zod with an equal output. */
function expectSound(value: unknown) {
  if (!accepts(value)) return;
  const r = journeySchema.safeParse(value);
  expect(r.success, JSON.stringify(r.error?.issues[0])).toBe(true);
  expect(r.data).toEqual(value);
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
/** Values that sit on the schema's edges: lengths around the limits, ints and fractions, bounds. */
const edgy: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(0, -0, 1, -1, 0.5, 5, 6, 40, 39.5, 120, 119, 2000, 2001, 10_000, 10_001, -100, 101, 1e21, Number.MAX_SAFE_INTEGER + 2,
    '', 'x', '#1a2b3c', '#1A2B3G', '#1a2b3c ', 'touchpoint', 'emotion', 'card', 'stage', 'system', 'strong', true, false, null, [], {}),
  fc.nat(700).map((n) => 'a'.repeat(n)),
  fc.constantFrom(99, 100, 101, 499, 500, 501, 19_999, 20_000, 20_001).map((n) => 'b'.repeat(n)),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

/** A random path into the document, then one edit there: replace, delete, add a key, or shorten an array. */
function mutate(doc: Json, walk: number[], op: number, value: Json, key: string): Json {
  const root = structuredClone(doc);
  let node: Json = root;
  for (const step of walk) {
    const children: Json[] = Array.isArray(node) ? node : node && typeof node === 'object' ? Object.values(node) : [];
    const next = children[step % Math.max(1, children.length)];
    if (next === undefined || next === null || typeof next !== 'object') break;
    node = next;
  }
  if (node === null || typeof node !== 'object') return root;
  const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
  const k = keys[walk.at(-1)! % Math.max(1, keys.length)];
  const target = node as Record<string | number, Json>;
  if (op === 0 && k !== undefined) target[k] = value;
  else if (op === 1 && k !== undefined) { if (Array.isArray(node)) node.splice(Number(k), 1); else delete target[k]; }
  else if (op === 2) target[Array.isArray(node) ? node.length : key] = value;
  else if (op === 3 && k !== undefined && typeof target[k] === 'string') target[k] = (target[k] as string) + 'z'.repeat(value === null ? 1 : 600);
  return root;
}

describe('compileAcceptCheck(journeySchema)', () => {
  it('says yes to the documents Waymark writes (or loading would never take the fast path)', () => {
    expect(accepts(sample)).toBe(true);
    expect(accepts(generated)).toBe(true);
    expect(accepts(json(JSON.parse(readFileSync('assets/samples/flowboard-saas-onboarding.journey', 'utf8')).document))).toBe(true);
    expect(TEMPLATES.length).toBeGreaterThan(0);
    for (const t of TEMPLATES) expect(accepts(json(instantiateTemplate(t.spec))), t.id).toBe(true);
  });

  it('never says yes where zod says no or would change the value', () => {
    fc.assert(fc.property(
      fc.constantFrom(sample, generated), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.nat(3), edgy, fc.string({ maxLength: 8 }),
      (doc, walk, op, value, key) => expectSound(mutate(doc as Json, walk, op, value, key)),
    ), { numRuns: 3000 });
    // 3,000 documents checked twice (the compiled check and zod): about 2.5 s alone on 2 cores.
  }, 60_000);

  it('refuses what the schema refuses at its edges', () => {
    const card = Object.values(generated.cards).find((c) => c.kind === 'painPoint')!;
    const withCard = (fields: Record<string, unknown>) => ({ ...generated, cards: { ...generated.cards, [card.id]: { ...card, ...fields } } });
    expect(accepts(withCard({}))).toBe(true);
    expect(accepts(withCard({ severity: 6 }))).toBe(false);
    expect(accepts(withCard({ severity: 2.5 }))).toBe(false);
    expect(accepts(withCard({ severity: 5 }))).toBe(true);
    expect(accepts(withCard({ title: 'x'.repeat(500) }))).toBe(true);
    expect(accepts(withCard({ title: 'x'.repeat(501) }))).toBe(false);
    expect(accepts(withCard({ color: '#12345g' }))).toBe(false);
    expect(accepts(withCard({ kind: 'action' }))).toBe(false); // an action has no severity
    expect(accepts(withCard({ extra: 1 }))).toBe(false);
    expect(accepts(withCard({ owner: undefined }))).toBe(false);
    const { votes: _votes, ...noVotes } = card;
    expect(accepts({ ...generated, cards: { ...generated.cards, [card.id]: noVotes } })).toBe(false);
    // The emotion scale's refine (max > min) is not a check this compiler knows: zod answers it.
    expect(accepts({ ...generated, settings: { ...generated.settings, emotionScale: { min: 2, max: 2 } } })).toBe(false);
  });

  it('answers no for schemas whose output can differ from the input', () => {
    expect(compileAcceptCheck(z.object({ a: z.string().default('x') }))({ a: 'y' })).toBe(false);
    expect(compileAcceptCheck(z.object({ a: z.string().transform((s) => s.trim()) }))({ a: 'y' })).toBe(false);
    expect(compileAcceptCheck(z.object({ a: z.coerce.number() }))({ a: 1 })).toBe(false);
    expect(compileAcceptCheck(z.object({ a: z.string() }).passthrough())({ a: 'y' })).toBe(false);
    expect(compileAcceptCheck(z.object({ a: z.string() }))({ a: 'y', b: 1 })).toBe(false);
    expect(compileAcceptCheck(z.object({ a: z.email() }))({ a: 'not an email' })).toBe(false);
    expect(compileAcceptCheck(z.object({ a: z.string().email() }))({ a: 'me@example.com' })).toBe(true);
  });
});
