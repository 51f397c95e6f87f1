/**
 * Stable serialization: the envelope fields in a fixed order, every object below with
 * sorted keys, two-space indentation and a final newline. The same journey always gives
 * the same bytes, so a map kept in git has small, readable diffs.
 *
 * Maps are saved, and snapshotted for crash recovery a second after every change, far more
 * often than most of their records change. Documents are immutable with structural sharing,
 * so each record entry (a card, a dataset…) keeps its text in a WeakMap by identity: after a
 * one-card edit, serializing a 10,000-card map writes one card anew and joins the rest.
 */
import type { Journey } from '../model/schema';
import { CURRENT_SCHEMA_VERSION, JOURNEY_FORMAT } from './envelope';

export const APP_VERSION = '0.1.0';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined) continue;
      // A key named "__proto__" (JSON.parse makes it an own key) assigned would set the
      // copy's prototype and vanish from the file; defined, it stays a key.
      if (key === '__proto__') Object.defineProperty(out, key, { value: sortKeys(v), enumerable: true, writable: true, configurable: true });
      else out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** `value` as stable JSON whose first line starts at `indent` (later lines carry it). */
function stable(value: unknown, indent: string): string {
  const text = JSON.stringify(sortKeys(value), null, 2);
  return indent && text.includes('\n') ? text.replace(/\n/g, `\n${indent}`) : text;
}

/**
 * One entry of a record (`      "card_1": {…}`), indented for its place three levels deep
 * (envelope → document → record → entry). JSON.stringify writes it already indented inside
 * a wrapper, and the line is sliced out of that one flat string: a regex-indented copy is a
 * rope in V8, and joining 5,000 ropes on every save cost more than writing them afresh.
 */
const WRAP_HEAD = '{\n  "x": {\n    "x": {\n'.length;
const WRAP_TAIL = '\n    }\n  }\n}'.length;
function entryLine(key: string, value: object): string {
  const text = JSON.stringify({ x: { x: { [key]: sortKeys(value) } } }, null, 2);
  return text.slice(WRAP_HEAD, text.length - WRAP_TAIL);
}

/**
 * Only deeply frozen entries are cached: the store's documents are (immer freezes what it
 * produces), and a deeply frozen object can never change under its cached text, so the
 * verdict is checked once, on a miss. Anything else is written afresh every time.
 */
const entryText = new WeakMap<object, { key: string; line: string }>();

function entry(key: string, value: object): string {
  const cached = entryText.get(value);
  if (cached?.key === key) return cached.line;
  const line = entryLine(key, value);
  if (deeplyFrozen(value)) entryText.set(value, { key, line });
  return line;
}

function deeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (!Object.isFrozen(value)) return false;
  for (const key in value) if (!deeplyFrozen((value as Record<string, unknown>)[key])) return false;
  return true;
}

/**
 * Keys in the order the plain serializer writes them (it sorts, then JSON.stringify walks the
 * object): JavaScript lists array-index keys ("0", "17") first, in numeric order, then the
 * others in the order given, here sorted.
 */
function orderedKeys(value: Record<string, unknown>): string[] {
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  const index = keys.filter(isIndex);
  const rest = index.length ? keys.filter((k) => !isIndex(k)) : keys;
  return [...index.sort((a, b) => Number(a) - Number(b)), ...rest.sort()];
}
const isIndex = (k: string) => { const n = Number(k); return n >>> 0 === n && n !== 4294967295 && String(n) === k; };

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A document field, indented for its place, onto `out`: a record of objects (cards by id…) entry by entry. */
function field(value: unknown, out: string[]): void {
  if (!isObject(value)) { out.push(stable(value, '    ')); return; }
  const keys = orderedKeys(value);
  if (!keys.length) { out.push('{}'); return; }
  if (!keys.every((k) => isObject(value[k]))) { out.push(stable(value, '    ')); return; }
  out.push('{\n');
  keys.forEach((k, i) => { if (i) out.push(',\n'); out.push(entry(k, value[k] as object)); });
  out.push('\n    }');
}

/**
 * The pieces go into one list joined once at the end: one flat string of the file's size.
 * Joined field by field and then concatenated, the text was a rope of large pieces, which the
 * save flattens into another full copy before encoding it.
 */
export function serializeJourney(journey: Journey, createdWith = `Waymark ${APP_VERSION}`): string {
  const doc = journey as unknown as Record<string, unknown>;
  const keys = orderedKeys(doc);
  const out = [`{\n  "format": ${JSON.stringify(JOURNEY_FORMAT)},\n  "schemaVersion": ${JSON.stringify(CURRENT_SCHEMA_VERSION)},\n  "createdWith": ${JSON.stringify(createdWith)},\n  "document": `];
  if (!keys.length) out.push('{}');
  else {
    out.push('{\n');
    keys.forEach((k, i) => { out.push(`${i ? ',\n' : ''}    ${JSON.stringify(k)}: `); field(doc[k], out); });
    out.push('\n  }');
  }
  out.push('\n}\n');
  return out.join('');
}
