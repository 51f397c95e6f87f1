/**
 * Find in map: every occurrence of a query in the text of a journey, case- and
 * accent-insensitive ("cafe" finds "Café", "CAFÉ" finds "cafe"), in reading order:
 *   map title and description → stage headers (left to right) → lane headers (top to
 *   bottom) → cards (by stage, then lane, then order in the cell) → connection labels
 *   (by the source card's place) → comments (by their target's place) → personas.
 * Offsets (`index`, `length`) refer to the original, unnormalized field text, so the UI
 * can highlight exactly what matched. Pure: no DOM, no Node.
 */
import type { Card, Journey } from './schema';
import { orderedLanes, orderedStages } from './journey';

export type SearchMatchType = 'card' | 'stage' | 'lane' | 'persona' | 'comment' | 'connection' | 'settings';

export interface SearchMatch {
  type: SearchMatchType;
  /** The record id; for `settings`, the journey id. */
  id: string;
  /** The field path inside the record: `title`, `tags[1]`, `links[0].url`, `goals[2]`... */
  field: string;
  /** The text around the match, with `…` where it was cut. */
  snippet: string;
  /** Where the match starts in the field's text (UTF-16 offset). */
  index: number;
  /** How long the match is in the field's text. */
  length: number;
  /** Where the match starts inside `snippet`. */
  snippetIndex: number;
}

export interface SearchOptions {
  /** Only these record types (all by default). */
  types?: readonly SearchMatchType[];
  /** At most this many matches (all by default). */
  limit?: number;
  /** Characters of context kept on each side of a match in the snippet (30 by default). */
  context?: number;
}

/** `starts[k]`/`ends[k]`: the span of the original text that folded char k came from. */
interface Folded { text: string; starts: number[]; ends: number[] }

/** Lower-cases and strips combining marks, remembering where each folded char came from. */
export function foldText(input: string): Folded {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of input) {
    const folded = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    for (let k = 0; k < folded.length; k++) { text += folded[k]; starts.push(i); ends.push(i + ch.length); }
    // A lone combining mark (decomposed input) belongs to the char before it.
    if (folded === '' && ends.length > 0 && ends[ends.length - 1] === i) ends[ends.length - 1] = i + ch.length;
    i += ch.length;
  }
  return { text, starts, ends };
}

interface Field { type: SearchMatchType; id: string; field: string; text: string }

function cardFields(card: Card): [string, string][] {
  const out: [string, string][] = [['title', card.title], ['body', card.body]];
  card.tags.forEach((t, i) => out.push([`tags[${i}]`, t]));
  if (card.owner !== undefined) out.push(['owner', card.owner]);
  card.links.forEach((l, i) => { out.push([`links[${i}].label`, l.label]); out.push([`links[${i}].url`, l.url]); });
  (card.aliases ?? []).forEach((a, i) => out.push([`aliases[${i}]`, a]));
  if (card.kind === 'touchpoint') out.push(['channel', card.channel]);
  if (card.kind === 'kpi') { out.push(['metric', card.metric]); if (card.unit !== undefined) out.push(['unit', card.unit]); }
  return out;
}

/** Every searchable text field of the journey, in reading order. */
export function searchableFields(j: Journey): Field[] {
  const fields: Field[] = [];
  const push = (type: SearchMatchType, id: string, list: [string, string | undefined][]) => {
    for (const [field, text] of list) if (text) fields.push({ type, id, field, text });
  };
  push('settings', j.id, [['title', j.settings.title], ['description', j.settings.description]]);

  const stages = orderedStages(j);
  const lanes = orderedLanes(j);
  const stageIndex = new Map(stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(lanes.map((l, i) => [l.id, i]));
  for (const s of stages) push('stage', s.id, [['name', s.name], ['description', s.description]]);
  for (const l of lanes) push('lane', l.id, [['name', l.name]]);

  // Rank of a card in reading order; cards outside the grid (never in a valid map) go last.
  const big = Number.MAX_SAFE_INTEGER;
  const cardRank = (c: Card): number[] => [stageIndex.get(c.stageId) ?? big, laneIndex.get(c.laneId) ?? big, c.order];
  const compareRanks = (a: number[], b: number[]) => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = (a[i] ?? -1) - (b[i] ?? -1);
      if (d !== 0) return d;
    }
    return 0;
  };
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const cards = Object.values(j.cards).sort((a, b) => compareRanks(cardRank(a), cardRank(b)) || byId(a, b));
  for (const c of cards) push('card', c.id, cardFields(c));

  const rankOfCardId = (id: string) => { const c = j.cards[id]; return c ? cardRank(c) : [big]; };
  const connections = Object.values(j.connections).sort((a, b) =>
    compareRanks(rankOfCardId(a.sourceId), rankOfCardId(b.sourceId)) || compareRanks(rankOfCardId(a.targetId), rankOfCardId(b.targetId)) || byId(a, b));
  for (const c of connections) push('connection', c.id, [['label', c.label]]);

  const targetRank = (t: { type: string; id: string }): number[] =>
    t.type === 'stage' ? [0, stageIndex.get(t.id) ?? big] : t.type === 'lane' ? [1, laneIndex.get(t.id) ?? big] : [2, ...rankOfCardId(t.id)];
  const comments = Object.values(j.comments).sort((a, b) =>
    compareRanks(targetRank(a.target), targetRank(b.target)) || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) || byId(a, b));
  for (const c of comments) push('comment', c.id, [['author', c.author], ['text', c.text]]);

  const personas = Object.values(j.personas).sort((a, b) => a.name.localeCompare(b.name) || byId(a, b));
  for (const p of personas) {
    push('persona', p.id, [
      ['name', p.name], ['role', p.role],
      ...p.goals.map((g, i): [string, string] => [`goals[${i}]`, g]),
      ...p.frustrations.map((f, i): [string, string] => [`frustrations[${i}]`, f]),
      ['quote', p.quote],
    ]);
  }
  return fields;
}

function snippetOf(text: string, start: number, end: number, context: number): { snippet: string; at: number } {
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  // Do not cut a surrogate pair in half.
  if (from > 0 && /[\uDC00-\uDFFF]/.test(text[from] ?? '')) from--;
  if (to < text.length && /[\uDC00-\uDFFF]/.test(text[to] ?? '')) to++;
  const before = from > 0 ? '…' : '';
  const after = to < text.length ? '…' : '';
  const body = text.slice(from, to).replace(/\s+/g, ' ');
  // Whitespace collapsing before the match shifts it; count it on the original slice.
  const at = before.length + text.slice(from, start).replace(/\s+/g, ' ').length;
  return { snippet: `${before}${body}${after}`, at };
}

/** Every occurrence of `query` in the journey's text, in reading order. An empty query finds nothing. */
export function findInJourney(j: Journey, query: string, options: SearchOptions = {}): SearchMatch[] {
  const needle = foldText(query.trim()).text;
  if (needle === '') return [];
  const types = options.types ? new Set(options.types) : null;
  const limit = options.limit ?? Infinity;
  const context = options.context ?? 30;
  const matches: SearchMatch[] = [];
  for (const f of searchableFields(j)) {
    if (types && !types.has(f.type)) continue;
    const folded = foldText(f.text);
    let from = folded.text.indexOf(needle);
    while (from !== -1) {
      if (matches.length >= limit) return matches;
      const start = folded.starts[from]!;
      const end = folded.ends[from + needle.length - 1]!;
      const { snippet, at } = snippetOf(f.text, start, end, context);
      matches.push({ type: f.type, id: f.id, field: f.field, snippet, index: start, length: end - start, snippetIndex: at });
      from = folded.text.indexOf(needle, from + needle.length);
    }
  }
  return matches;
}
