/**
 * Builds a journey from a compact, readable description with keys instead of ids.
 * Samples and templates are written this way; ids derive from the keys, so the same
 * description always gives the same document (and the same file bytes).
 */
import type { Card, Comment, Journey } from '../model/schema';
import { cardKindDef } from '../model/kinds/registry';
import { DEFAULT_CARD_KIND_FOR_LANE, type CardKind, type CurveVariant, type Evidence, type LaneKind, type StageKind } from '../model/vocabulary';

export interface JourneySpec {
  id: string;
  title: string;
  description?: string;
  emotionScale?: { min: number; max: number };
  personas?: { key: string; name: string; role: string; goals?: string[]; frustrations?: string[]; quote?: string; color: string }[];
  stages: { key: string; name: string; kind: StageKind; description?: string; color?: string }[];
  lanes: { key: string; name?: string; kind: LaneKind }[];
  curves?: { key: string; name: string; variant?: CurveVariant; persona?: string; color: string }[];
  /** Cards, in order within each cell. */
  cards: CardSpec[];
  connections?: { from: string; to: string; label?: string }[];
  comments?: { on: { type: 'stage' | 'lane' | 'card'; key: string }; author: string; text: string; at: string; resolved?: boolean }[];
}

export interface CardSpec {
  key?: string;
  stage: string;
  lane: string;
  kind?: CardKind;
  title: string;
  body?: string;
  channel?: string;
  severity?: number;
  touchpoints?: string[];
  score?: number;
  curve?: string;
  evidence?: Evidence;
  tags?: string[];
  owner?: string;
  persona?: string;
  votes?: number;
  aliases?: string[];
  metric?: string;
  value?: number;
  unit?: string;
  target?: number;
  impact?: number;
  effort?: number;
}

const LANE_LABEL: Record<LaneKind, string> = {
  actions: 'Customer actions', touchpoints: 'Touchpoints', thoughts: 'Thoughts & questions', emotions: 'Emotions',
  painPoints: 'Pain points', opportunities: 'Opportunities', kpis: 'KPIs', backstage: 'Backstage', notes: 'Notes',
};

export function buildJourney(spec: JourneySpec): Journey {
  const sid = (k: string) => `stage_${k}`;
  const lid = (k: string) => `lane_${k}`;
  const pid = (k: string) => `persona_${k}`;
  const cvid = (k: string) => `curve_${k}`;
  const j: Journey = {
    id: spec.id,
    settings: { title: spec.title, emotionScale: spec.emotionScale ?? { min: -2, max: 2 }, theme: 'system', ...(spec.description ? { description: spec.description } : {}) },
    stages: {}, lanes: {}, cards: {}, connections: {}, curves: {}, personas: {}, datasets: {}, bindings: {}, comments: {},
  };
  for (const p of spec.personas ?? []) {
    j.personas[pid(p.key)] = { id: pid(p.key), name: p.name, role: p.role, goals: p.goals ?? [], frustrations: p.frustrations ?? [], color: p.color, ...(p.quote ? { quote: p.quote } : {}) };
  }
  spec.stages.forEach((s, i) => {
    j.stages[sid(s.key)] = { id: sid(s.key), name: s.name, kind: s.kind, order: i, collapsed: false, ...(s.description ? { description: s.description } : {}), ...(s.color ? { color: s.color } : {}) };
  });
  spec.lanes.forEach((l, i) => {
    j.lanes[lid(l.key)] = { id: lid(l.key), name: l.name ?? LANE_LABEL[l.kind], kind: l.kind, order: i, collapsed: false };
  });
  (spec.curves ?? []).forEach((c, i) => {
    j.curves[cvid(c.key)] = { id: cvid(c.key), name: c.name, variant: c.variant ?? 'asIs', color: c.color, visible: true, order: i, ...(c.persona ? { personaId: pid(c.persona) } : {}) };
  });
  const cellCount = new Map<string, number>();
  spec.cards.forEach((c, i) => {
    const lane = spec.lanes.find((l) => l.key === c.lane);
    if (!lane) throw new Error(`card "${c.title}": unknown lane "${c.lane}"`);
    if (!spec.stages.some((s) => s.key === c.stage)) throw new Error(`card "${c.title}": unknown stage "${c.stage}"`);
    const kind = c.kind ?? DEFAULT_CARD_KIND_FOR_LANE[lane.kind];
    const cell = `${c.stage}|${c.lane}`;
    const order = cellCount.get(cell) ?? 0;
    cellCount.set(cell, order + 1);
    const id = `card_${c.key ?? `${c.stage}_${c.lane}_${i}`}`;
    const card = {
      id, kind, stageId: sid(c.stage), laneId: lid(c.lane), order, title: c.title, body: c.body ?? '',
      tags: c.tags ?? [], links: [], evidence: c.evidence ?? 'observed', votes: c.votes ?? 0,
      ...(c.owner ? { owner: c.owner } : {}), ...(c.persona ? { personaId: pid(c.persona) } : {}), ...(c.aliases ? { aliases: c.aliases } : {}),
      ...cardKindDef(kind).defaults(),
    } as Record<string, unknown>;
    if (kind === 'touchpoint') card.channel = c.channel ?? 'web';
    if (kind === 'painPoint') { card.severity = c.severity ?? 3; card.touchpointIds = (c.touchpoints ?? []).map((t) => `card_${t}`); }
    if (kind === 'emotion') { card.score = c.score ?? 0; card.curveId = cvid(c.curve ?? spec.curves?.[0]?.key ?? 'asis'); }
    if (kind === 'kpi') { card.metric = c.metric ?? c.title; if (c.value !== undefined) card.value = c.value; if (c.unit) card.unit = c.unit; if (c.target !== undefined) card.target = c.target; }
    if (kind === 'opportunity') { if (c.impact) card.impact = c.impact; if (c.effort) card.effort = c.effort; }
    j.cards[id] = card as Card;
  });
  (spec.connections ?? []).forEach((c, i) => {
    const id = `conn_${i + 1}`;
    j.connections[id] = { id, sourceId: `card_${c.from}`, targetId: `card_${c.to}`, ...(c.label ? { label: c.label } : {}) };
  });
  (spec.comments ?? []).forEach((c, i) => {
    const target = c.on.type === 'stage' ? sid(c.on.key) : c.on.type === 'lane' ? lid(c.on.key) : `card_${c.on.key}`;
    const id = `comment_${i + 1}`;
    j.comments[id] = { id, target: { type: c.on.type, id: target }, author: c.author, text: c.text, createdAt: c.at, resolved: c.resolved ?? false } as Comment;
  });
  return j;
}
