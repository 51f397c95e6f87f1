/**
 * A fast yes/no answer to "would this zod schema accept the value unchanged?", compiled once
 * from the schema itself, so it can never drift from it.
 *
 * Opening a map validates thousands of records; zod builds a fresh copy of every one and
 * collects issues as it goes, which made validation ~3× JSON.parse on its own. Files Waymark
 * wrote are almost always valid, so loading asks this check first: when it says yes, the
 * parsed JSON is the document (the journey's schemas are strict and have no defaults or
 * transforms, so zod's output would equal its input); when it says no, zod runs as before
 * and reports located issues. The check is conservative: anything it does not understand
 * (a transform, a default, a string format it does not know) makes it answer no, or ask zod
 * about just that part. `tests/unit/model/compileAcceptCheck.property.test.ts` holds it to that.
 */
import type { z } from 'zod';

export type AcceptCheck = (value: unknown) => boolean;

interface Def { type: string; checks?: { _zod: { def: CheckDef } }[]; [key: string]: unknown }
interface CheckDef { check: string; minimum?: number; maximum?: number; value?: number; inclusive?: boolean; format?: string; pattern?: RegExp }
type Schema = { _zod: { def: Def } };

const NEVER: AcceptCheck = () => false;

export function compileAcceptCheck(schema: z.ZodType): AcceptCheck {
  return compile(schema as unknown as Schema) ?? NEVER;
}

/** The check for one schema node, or null when the node's output may differ from its input. */
function compile(schema: Schema): AcceptCheck | null {
  const def = schema._zod.def;
  if (def.coerce) return null;
  const base = compileType(def);
  if (!base) return null;
  const checks: AcceptCheck[] = [];
  let askZod = false;
  // Format types (z.email(), z.int()) carry their own check in the def, besides any in `checks`.
  if (typeof def.check === 'string') {
    const own = compileCheck(def as unknown as CheckDef, def.type);
    if (own) checks.push(own); else askZod = true;
  }
  for (const c of def.checks ?? []) {
    const known = compileCheck(c._zod.def, def.type);
    if (known) checks.push(known); else askZod = true;
  }
  // A check this compiler does not know (a refine, say) is zod's to answer, after the cheap ones.
  if (askZod) {
    const zod = schema as unknown as z.ZodType;
    checks.push((v) => zod.safeParse(v).success);
  }
  if (!checks.length) return base;
  return (v) => {
    if (!base(v)) return false;
    for (const check of checks) if (!check(v)) return false;
    return true;
  };
}

function compileType(def: Def): AcceptCheck | null {
  switch (def.type) {
    case 'string': return (v) => typeof v === 'string';
    case 'number': return (v) => typeof v === 'number' && Number.isFinite(v);
    case 'boolean': return (v) => typeof v === 'boolean';
    case 'literal': { const values = new Set(def.values as unknown[]); return (v) => values.has(v); }
    case 'enum': { const values = new Set(Object.values(def.entries as Record<string, unknown>)); return (v) => values.has(v); }
    case 'nullable': { const inner = compile(def.innerType as Schema); return inner && ((v) => v === null || inner(v)); }
    case 'optional': { const inner = compile(def.innerType as Schema); return inner && ((v) => v === undefined || inner(v)); }
    case 'array': {
      const element = compile(def.element as Schema);
      if (!element) return null;
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'record': return compileRecord(def);
    case 'object': return compileObject(def);
    case 'union': return compileUnion(def);
    default: return null;
  }
}

function compileCheck(c: CheckDef, type: string): AcceptCheck | null {
  // `when` is zod's guard for skipping a check (e.g. a length check on a value without a length);
  // checking regardless can only refuse more, never accept more, so it is ignored here.
  const length = type === 'string' || type === 'array';
  switch (c.check) {
    case 'min_length': { const min = c.minimum!; return length ? (v) => (v as { length: number }).length >= min : null; }
    case 'max_length': { const max = c.maximum!; return length ? (v) => (v as { length: number }).length <= max : null; }
    case 'greater_than': { const min = c.value!; return type !== 'number' ? null : c.inclusive ? (v) => (v as number) >= min : (v) => (v as number) > min; }
    case 'less_than': { const max = c.value!; return type !== 'number' ? null : c.inclusive ? (v) => (v as number) <= max : (v) => (v as number) < max; }
    case 'number_format': return c.format === 'safeint' ? (v) => Number.isSafeInteger(v) : null;
    case 'string_format': {
      const pattern = c.pattern;
      if (c.format !== 'regex' || !pattern) return null;
      return (v) => { pattern.lastIndex = 0; return pattern.test(v as string); };
    }
    default: return null;
  }
}

const isPlainRecord = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

function compileObject(def: Def): AcceptCheck | null {
  const shape = def.shape as Record<string, Schema>;
  // Zod keeps unknown keys only with a catchall (and then checks them); a strict object (catchall
  // never) refuses them, a plain one strips them. Either way an extra key means "not unchanged".
  const catchall = def.catchall as Schema | undefined;
  if (catchall && catchall._zod.def.type !== 'never') return null;
  const fields = new Map<string, { check: AcceptCheck; required: boolean }>();
  let required = 0;
  for (const [key, schema] of Object.entries(shape)) {
    const optional = schema._zod.def.type === 'optional';
    const check = compile(optional ? (schema._zod.def.innerType as Schema) : schema);
    if (!check) return null;
    fields.set(key, { check, required: !optional });
    if (!optional) required++;
  }
  // One pass over the value's own keys (V8's fast for-in path), not one keyed read per field:
  // the records of a map come in many shapes, and per-field reads there go megamorphic.
  return (v) => {
    if (!isPlainRecord(v)) return false;
    let seen = 0;
    for (const key in v) {
      const f = fields.get(key);
      // An unknown key, or a key holding undefined (not something JSON writes): not unchanged.
      if (f === undefined) return false;
      const value = v[key];
      if (value === undefined || !f.check(value)) return false;
      if (f.required) seen++;
    }
    return seen === required;
  };
}

function compileRecord(def: Def): AcceptCheck | null {
  const key = compile(def.keyType as Schema);
  const value = compile(def.valueType as Schema);
  if (!key || !value || (def.keyType as Schema)._zod.def.type !== 'string') return null;
  return (v) => {
    if (!isPlainRecord(v)) return false;
    for (const k in v) if (!key(k) || !value(v[k])) return false;
    return true;
  };
}

function compileUnion(def: Def): AcceptCheck | null {
  const options = (def.options as Schema[]).map(compile);
  if (options.some((o) => o === null)) return null;
  const checks = options as AcceptCheck[];
  const discriminator = def.discriminator as string | undefined;
  if (discriminator === undefined) return (v) => checks.some((c) => c(v));
  // Discriminated: the tag picks the one option to check, as zod does.
  const byTag = new Map<unknown, AcceptCheck>();
  for (const [i, option] of (def.options as Schema[]).entries()) {
    const tag = (option._zod.def.shape as Record<string, Schema> | undefined)?.[discriminator]?._zod.def;
    if (tag?.type !== 'literal') return null;
    for (const value of tag.values as unknown[]) if (!byTag.has(value)) byTag.set(value, checks[i]!);
  }
  return (v) => {
    if (!isPlainRecord(v)) return false;
    const check = byTag.get(v[discriminator]);
    return check !== undefined && check(v);
  };
}
