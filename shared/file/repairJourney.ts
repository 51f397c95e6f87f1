/**
 * The lenient pass of loading: takes a migrated document that failed strict validation
 * and repairs what can be repaired without guessing at the user's intent: missing fields
 * get defaults, out-of-range numbers are clamped, unknown card kinds become notes (text
 * kept), unsafe keys and records that stay invalid are dropped, dangling references are
 * removed. Every change is reported with its path. It never throws on any JSON input.
 */
import {
  bindingSchema, cardSchema, commentSchema, connectionSchema, curveSchema, datasetSchema,
  type Journey, laneSchema, MAX_TEXT, MAX_TITLE, personaSchema, settingsSchema, stageSchema,
} from '../model/schema';
import { CARD_KIND_REGISTRY } from '../model/kinds/registry';
import { CARD_KINDS, type CardKind, LANE_KINDS, STAGE_KINDS } from '../model/vocabulary';
import { formatPath, isPlainObject, recordPath, UNSAFE_KEYS } from '../util/path';
import type { ZodType } from 'zod';

export interface Repair { path: string; message: string }

const has = (o: Record<string, unknown>, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function clampInt(v: unknown, min: number, max: number, fallback: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) return fallback;
  return Math.min(max, Math.max(min, Math.round(v)));
}

/** Defaults and clamps applied to a record before it is validated. */
type Fixer = (r: Record<string, unknown>, id: string, note: (field: string, message: string) => void) => void;

const text = (limit: number, fallback = ''): ((r: Record<string, unknown>, field: string, note: (f: string, m: string) => void) => void) =>
  (r, field, note) => {
    const v = r[field];
    if (v === undefined) { r[field] = fallback; return; }
    if (typeof v !== 'string') { r[field] = fallback; note(field, `expected text, found ${typeof v}; replaced with "${fallback}"`); return; }
    if (v.length > limit) { r[field] = v.slice(0, limit); note(field, `text longer than ${limit} characters was cut`); }
  };
const title = text(MAX_TITLE);
const body = text(MAX_TEXT);

function fillBase(r: Record<string, unknown>, id: string, note: (f: string, m: string) => void, index: number) {
  if (r.id !== id) { if (has(r, 'id')) note('id', `id "${String(r.id)}" did not match its key; set to "${id}"`); r.id = id; }
  if (typeof r.order !== 'number' || !Number.isFinite(r.order)) { if (has(r, 'order')) note('order', 'not a number; placed at the end'); r.order = 1_000_000 + index; }
}

const fixStage: Fixer = (r, _id, note) => {
  title(r, 'name', note);
  if (!STAGE_KINDS.includes(r.kind as never)) { if (has(r, 'kind')) note('kind', `unknown stage kind "${String(r.kind)}"; set to custom`); r.kind = 'custom'; }
  if (typeof r.collapsed !== 'boolean') r.collapsed = false;
  if (r.width !== undefined && (typeof r.width !== 'number' || r.width < 120 || r.width > 2000)) { note('width', 'out of range; reset'); delete r.width; }
};
const fixLane: Fixer = (r, _id, note) => {
  title(r, 'name', note);
  if (!LANE_KINDS.includes(r.kind as never)) { if (has(r, 'kind')) note('kind', `unknown lane kind "${String(r.kind)}"; set to notes`); r.kind = 'notes'; }
  if (typeof r.collapsed !== 'boolean') r.collapsed = false;
  if (r.minHeight !== undefined && (typeof r.minHeight !== 'number' || r.minHeight < 40 || r.minHeight > 4000)) { note('minHeight', 'out of range; reset'); delete r.minHeight; }
};
const fixCard: Fixer = (r, _id, note) => {
  if (!CARD_KINDS.includes(r.kind as CardKind)) {
    note('kind', `unknown card kind "${String(r.kind)}"; kept as a note`);
    const keep = ['id', 'stageId', 'laneId', 'order', 'title', 'body', 'tags', 'owner', 'links', 'personaId', 'evidence', 'votes', 'color', 'aliases'];
    for (const k of Object.keys(r)) if (!keep.includes(k)) delete r[k];
    r.kind = 'note';
  }
  title(r, 'title', note);
  body(r, 'body', note);
  if (!Array.isArray(r.tags)) r.tags = [];
  r.tags = (r.tags as unknown[]).filter((t) => typeof t === 'string').slice(0, 100);
  if (!Array.isArray(r.links)) r.links = [];
  if (!['observed', 'assumed', 'proposed'].includes(r.evidence as string)) r.evidence = 'assumed';
  r.votes = clampInt(r.votes, 0, 10_000, 0);
  const defaults = CARD_KIND_REGISTRY[r.kind as CardKind].defaults() as Record<string, unknown>;
  for (const [k, v] of Object.entries(defaults)) if (r[k] === undefined) r[k] = v;
  if (r.kind === 'painPoint') {
    const s = clampInt(r.severity, 1, 5, 3);
    if (s !== r.severity) note('severity', `severity ${JSON.stringify(r.severity)} is not 1–5; set to ${s}`);
    r.severity = s;
    if (!Array.isArray(r.touchpointIds)) r.touchpointIds = [];
  }
  if (r.kind === 'touchpoint' && typeof r.channel !== 'string') r.channel = 'web';
};

const passthrough: Fixer = () => {};
const fixPersona: Fixer = (r, _id, note) => {
  title(r, 'name', note); title(r, 'role', note);
  for (const f of ['goals', 'frustrations']) if (!Array.isArray(r[f])) r[f] = [];
  if (typeof r.color !== 'string') r.color = '#2563eb';
};
const fixComment: Fixer = (r, _id, note) => {
  body(r, 'text', note); title(r, 'author', note);
  if (typeof r.resolved !== 'boolean') r.resolved = false;
  if (typeof r.createdAt !== 'string') r.createdAt = '1970-01-01T00:00:00.000Z';
};

const COLLECTION_RULES: { name: keyof Journey & string; schema: ZodType; fix: Fixer; ordered: boolean }[] = [
  { name: 'stages', schema: stageSchema, fix: fixStage, ordered: true },
  { name: 'lanes', schema: laneSchema, fix: fixLane, ordered: true },
  { name: 'curves', schema: curveSchema, fix: passthrough, ordered: true },
  { name: 'personas', schema: personaSchema, fix: fixPersona, ordered: false },
  { name: 'cards', schema: cardSchema, fix: fixCard, ordered: true },
  { name: 'connections', schema: connectionSchema, fix: passthrough, ordered: false },
  { name: 'datasets', schema: datasetSchema, fix: passthrough, ordered: false },
  { name: 'bindings', schema: bindingSchema, fix: passthrough, ordered: false },
  { name: 'comments', schema: commentSchema, fix: fixComment, ordered: false },
];

function firstIssue(schema: ZodType, value: unknown): string | null {
  const r = schema.safeParse(value);
  if (r.success) return null;
  const issue = r.error.issues[0]!;
  return `${formatPath(issue.path as (string | number)[]) || '(record)'}: ${issue.message}`;
}

export function repairJourney(input: unknown): { journey: Journey; repairs: Repair[] } | { failure: string } {
  if (!isPlainObject(input)) return { failure: 'the document is not an object' };
  const repairs: Repair[] = [];
  const out: Record<string, unknown> = {};
  out.id = typeof input.id === 'string' && input.id.length > 0 && input.id.length <= 100 ? input.id : 'journey_repaired';
  if (out.id !== input.id) repairs.push({ path: 'id', message: 'missing or invalid; a new id was given' });

  const settingsIn = isPlainObject(input.settings) ? { ...input.settings } : {};
  if (!isPlainObject(input.settings)) repairs.push({ path: 'settings', message: 'missing; defaults used' });
  const settings: Record<string, unknown> = {
    title: typeof settingsIn.title === 'string' ? settingsIn.title.slice(0, MAX_TITLE) : 'Untitled journey',
    theme: ['system', 'light', 'dark'].includes(settingsIn.theme as string) ? settingsIn.theme : 'system',
    emotionScale: settingsIn.emotionScale,
  };
  if (typeof settingsIn.description === 'string') settings.description = settingsIn.description.slice(0, MAX_TEXT);
  if (typeof settingsIn.personaFilter === 'string') settings.personaFilter = settingsIn.personaFilter;
  const scale = settingsIn.emotionScale;
  if (!(isPlainObject(scale) && settingsSchema.shape.emotionScale.safeParse(scale).success)) {
    settings.emotionScale = { min: -2, max: 2 };
    repairs.push({ path: 'settings.emotionScale', message: 'missing or invalid; set to −2…+2' });
  }
  out.settings = settings;

  for (const rule of COLLECTION_RULES) {
    const raw = input[rule.name];
    const records: Record<string, unknown> = {};
    if (raw !== undefined && !isPlainObject(raw)) repairs.push({ path: rule.name, message: 'expected records keyed by id; ignored' });
    const entries = isPlainObject(raw) ? Object.entries(raw) : [];
    entries.forEach(([key, value], index) => {
      const path = recordPath(rule.name, key);
      if (UNSAFE_KEYS.has(key) || key.length === 0 || key.length > 100) {
        repairs.push({ path, message: 'unsafe or invalid record id; record dropped' });
        return;
      }
      if (!isPlainObject(value)) { repairs.push({ path, message: 'not a record; dropped' }); return; }
      const r: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (UNSAFE_KEYS.has(k)) repairs.push({ path: `${path}.${k}`, message: 'unsafe field dropped' });
        else r[k] = v;
      }
      const note = (field: string, message: string) => repairs.push({ path: `${path}.${field}`, message });
      if (rule.ordered) fillBase(r, key, note, index); else if (r.id !== key) { if (has(r, 'id')) note('id', 'did not match its key; fixed'); r.id = key; }
      rule.fix(r, key, note);
      // Drop fields the schema does not know (strict schemas would otherwise reject the record).
      const strictIssue = firstIssue(rule.schema, r);
      if (strictIssue && /Unrecognized key/.test(strictIssue)) {
        const parsed = rule.schema.safeParse(r);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
              for (const k of issue.keys) { delete r[k]; note(k, 'unknown field dropped'); }
            }
          }
        }
      }
      const problem = firstIssue(rule.schema, r);
      if (problem) { repairs.push({ path, message: `invalid record dropped (${problem})` }); return; }
      records[key] = r;
    });
    out[rule.name] = records;
  }
  const j = out as unknown as Journey;
  dropDanglingReferences(j, repairs);
  return { journey: j, repairs };
}

/** Removes references to records that do not exist; reports each. Also used by the strict pass. */
export function findDanglingReferences(j: Journey): Repair[] {
  // Almost every file is consistent: a read-only scan says so without copying the document
  // (the copy cost twice a JSON.parse of the file). Only when something dangles do we run the
  // repairing pass on a copy, which reports exactly what a repair would change.
  if (!hasDanglingReferences(j)) return [];
  const found: Repair[] = [];
  dropDanglingReferences(structuredCloneJourney(j), found);
  return found;
}

/** True when dropDanglingReferences would change anything: the same checks, without writes. */
export function hasDanglingReferences(j: Journey): boolean {
  for (const card of Object.values(j.cards)) {
    if (!j.stages[card.stageId] || !j.lanes[card.laneId]) return true;
    if (card.personaId !== undefined && !j.personas[card.personaId]) return true;
    if (card.kind === 'painPoint' && card.touchpointIds.some((t) => j.cards[t]?.kind !== 'touchpoint')) return true;
    if (card.kind === 'emotion' && !j.curves[card.curveId]) return true;
  }
  for (const c of Object.values(j.connections)) if (!j.cards[c.sourceId] || !j.cards[c.targetId]) return true;
  for (const curve of Object.values(j.curves)) if (curve.personaId !== undefined && !j.personas[curve.personaId]) return true;
  const targetExists = (t: { type: string; id: string }) =>
    t.type === 'stage' ? !!j.stages[t.id] : t.type === 'lane' ? !!j.lanes[t.id] : t.type === 'card' ? !!j.cards[t.id] : !!j.connections[t.id];
  for (const c of Object.values(j.comments)) if (!targetExists(c.target)) return true;
  for (const b of Object.values(j.bindings)) if (!j.datasets[b.datasetId] || !targetExists(b.target)) return true;
  return j.settings.personaFilter !== undefined && !j.personas[j.settings.personaFilter];
}

function structuredCloneJourney(j: Journey): Journey {
  return JSON.parse(JSON.stringify(j)) as Journey;
}

function dropDanglingReferences(j: Journey, repairs: Repair[]): void {
  const report = (path: string, message: string) => repairs.push({ path, message });
  for (const [id, card] of Object.entries(j.cards)) {
    const p = recordPath('cards', id);
    if (!j.stages[card.stageId]) { report(`${p}.stageId`, `unknown stage "${card.stageId}"; card dropped`); delete j.cards[id]; continue; }
    if (!j.lanes[card.laneId]) { report(`${p}.laneId`, `unknown lane "${card.laneId}"; card dropped`); delete j.cards[id]; continue; }
    if (card.personaId !== undefined && !j.personas[card.personaId]) { report(`${p}.personaId`, `unknown persona "${card.personaId}"; removed`); delete card.personaId; }
    if (card.kind === 'painPoint') {
      const kept = card.touchpointIds.filter((t) => j.cards[t]?.kind === 'touchpoint');
      if (kept.length !== card.touchpointIds.length) {
        report(`${p}.touchpointIds`, `links to missing touchpoints removed: ${card.touchpointIds.filter((t) => !kept.includes(t)).join(', ')}`);
        card.touchpointIds = kept;
      }
    }
    if (card.kind === 'emotion' && !j.curves[card.curveId]) {
      const first = Object.values(j.curves).sort((a, b) => a.order - b.order)[0];
      if (first) { report(`${p}.curveId`, `unknown curve "${card.curveId}"; moved to "${first.name}"`); card.curveId = first.id; }
      else {
        j.curves.curve_asis = { id: 'curve_asis', name: 'As-is', variant: 'asIs', color: '#7c3aed', visible: true, order: 0 };
        report(`${p}.curveId`, `unknown curve "${card.curveId}"; an "As-is" curve was created`);
        card.curveId = 'curve_asis';
      }
    }
  }
  for (const [id, c] of Object.entries(j.connections)) {
    if (!j.cards[c.sourceId] || !j.cards[c.targetId]) {
      report(recordPath('connections', id), `connects a missing card ("${j.cards[c.sourceId] ? c.targetId : c.sourceId}"); dropped`);
      delete j.connections[id];
    }
  }
  for (const [id, curve] of Object.entries(j.curves)) {
    if (curve.personaId !== undefined && !j.personas[curve.personaId]) { report(`${recordPath('curves', id)}.personaId`, `unknown persona "${curve.personaId}"; removed`); delete curve.personaId; }
  }
  const targetExists = (t: { type: string; id: string }) =>
    t.type === 'stage' ? !!j.stages[t.id] : t.type === 'lane' ? !!j.lanes[t.id] : t.type === 'card' ? !!j.cards[t.id] : !!j.connections[t.id];
  for (const [id, c] of Object.entries(j.comments)) {
    if (!targetExists(c.target)) { report(`${recordPath('comments', id)}.target`, `unknown ${c.target.type} "${c.target.id}"; comment dropped`); delete j.comments[id]; }
  }
  for (const [id, b] of Object.entries(j.bindings)) {
    if (!j.datasets[b.datasetId]) { report(`${recordPath('bindings', id)}.datasetId`, `unknown dataset "${b.datasetId}"; binding dropped`); delete j.bindings[id]; continue; }
    if (!targetExists(b.target)) { report(`${recordPath('bindings', id)}.target`, `unknown ${b.target.type} "${b.target.id}"; binding dropped`); delete j.bindings[id]; }
  }
  if (j.settings.personaFilter !== undefined && !j.personas[j.settings.personaFilter]) {
    report('settings.personaFilter', `unknown persona "${j.settings.personaFilter}"; filter cleared`);
    delete j.settings.personaFilter;
  }
}
