/**
 * OpenJourney Format (.ojf), the JSON format of the open-source Ptolemy journey mapper:
 * `{ version, persona?, pointOfView?, stages[{id,name}], swimlanes[{id,name}], nodes[{stageId,
 * swimlaneId, title, description, severity low|medium|high, score -5..+5, sentiment, purpose,
 * isMomentOfTruth, tags, ...}] }`. Import maps swimlane names to lane kinds and node purpose
 * to card kinds; export writes every Waymark card as a node. What OJF cannot hold (channels,
 * connections, comments, KPI data) is listed in the report, never silently lost.
 */
import { z } from 'zod';
import type { Card, Journey } from '../model/schema';
import { createEmptyJourney, newCurve, orderedLanes, orderedStages } from '../model/journey';
import { addCard, insertLane, insertStage } from '../model/operations';
import { newCard, newLane, newStage } from '../model/journey';
import { laneKindFromName, stageKindFromName } from './guessKinds';

const text = z.string().max(20_000);
const ojfSchema = z.object({
  version: z.string().max(20),
  persona: text.optional(),
  pointOfView: text.optional(),
  stages: z.array(z.object({ id: z.string().min(1).max(100), name: text }).passthrough()).max(500),
  swimlanes: z.array(z.object({ id: z.string().min(1).max(100), name: text }).passthrough()).max(200),
  nodes: z.array(z.object({
    stageId: z.string().max(100),
    swimlaneId: z.string().max(100),
    title: text.optional(),
    description: text.optional(),
    severity: z.enum(['low', 'medium', 'high']).optional(),
    score: z.number().finite().optional(),
    sentiment: text.optional(),
    purpose: text.optional(),
    isMomentOfTruth: z.boolean().optional(),
    tags: z.array(z.string().max(500)).max(100).optional(),
  }).passthrough()).max(100_000),
}).passthrough();

export type InterchangeResult = { ok: true; journey: Journey; notes: string[] } | { ok: false; message: string };

const SEVERITY: Record<string, number> = { low: 2, medium: 3, high: 4 };

export function importOjf(input: string): InterchangeResult {
  let raw: unknown;
  try { raw = JSON.parse(input); } catch { return { ok: false, message: 'This .ojf file is not valid JSON.' }; }
  const parsed = ojfSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, message: `Not an OpenJourney file: ${issue.path.join('.') || '(root)'}: ${issue.message}` };
  }
  const ojf = parsed.data;
  const notes: string[] = [];
  const j = createEmptyJourney(ojf.pointOfView || ojf.persona || 'Imported journey');
  if (ojf.persona) j.personas.persona_imported = { id: 'persona_imported', name: ojf.persona, role: '', goals: [], frustrations: [], color: '#0891b2' };
  const stageIds = new Map<string, string>();
  for (const s of ojf.stages) { const st = newStage(j, stageKindFromName(s.name), s.name); insertStage(j, st); stageIds.set(s.id, st.id); }
  const laneIds = new Map<string, string>();
  for (const l of ojf.swimlanes) { const ln = newLane(j, laneKindFromName(l.name), l.name); insertLane(j, ln); laneIds.set(l.id, ln.id); }
  const curve = newCurve(j, ojf.persona ? `${ojf.persona} (as-is)` : 'As-is', '#7c3aed');
  j.curves[curve.id] = curve;
  // OJF scores run −5…+5; emotion lanes keep that scale so no score is rounded away.
  if (ojf.nodes.some((n) => n.score !== undefined)) j.settings.emotionScale = { min: -5, max: 5 };
  let skipped = 0;
  ojf.nodes.forEach((n) => {
    const stageId = stageIds.get(n.stageId);
    const laneId = laneIds.get(n.swimlaneId);
    if (!stageId || !laneId) { skipped++; return; }
    const laneKind = j.lanes[laneId]!.kind;
    const kind = n.purpose === 'pain-point' ? 'painPoint' : n.purpose === 'touchpoint' ? 'touchpoint' : laneKind === 'emotions' ? 'emotion' : undefined;
    const card = newCard(j, { stageId, laneId, title: n.title ?? '', ...(kind ? { kind } : {}) }) as Card;
    card.body = n.description ?? '';
    card.tags = [...(n.tags ?? []), ...(n.isMomentOfTruth ? ['moment of truth'] : []), ...(n.sentiment ? [n.sentiment] : [])].slice(0, 100);
    card.evidence = 'observed';
    if (card.kind === 'painPoint' && n.severity) card.severity = SEVERITY[n.severity]!;
    if (card.kind === 'emotion') { card.score = Math.max(-5, Math.min(5, n.score ?? 0)); card.curveId = curve.id; }
    addCard(j, card);
  });
  if (skipped) notes.push(`${skipped} node(s) named a stage or swimlane the file does not define and were left out.`);
  return { ok: true, journey: j, notes };
}

const PURPOSE: Partial<Record<Card['kind'], string>> = { painPoint: 'pain-point', touchpoint: 'touchpoint' };

export function exportOjf(j: Journey): { text: string; notes: string[] } {
  const notes: string[] = [];
  const stages = orderedStages(j);
  const lanes = orderedLanes(j);
  const persona = Object.values(j.personas)[0];
  const scale = j.settings.emotionScale;
  const toOjfScore = (s: number) => Math.round((((s - scale.min) / (scale.max - scale.min)) * 10 - 5) * 10) / 10;
  const nodes = [];
  for (const s of stages) for (const l of lanes) {
    for (const c of Object.values(j.cards).filter((x) => x.stageId === s.id && x.laneId === l.id).sort((a, b) => a.order - b.order)) {
      nodes.push({
        stageId: s.id, swimlaneId: l.id, title: c.title, description: c.body,
        ...(c.kind === 'painPoint' ? { severity: c.severity <= 2 ? 'low' : c.severity === 3 ? 'medium' : 'high' } : {}),
        ...(c.kind === 'emotion' ? { score: toOjfScore(c.score) } : {}),
        ...(PURPOSE[c.kind] ? { purpose: PURPOSE[c.kind] } : {}),
        tags: c.tags,
      });
    }
  }
  if (Object.keys(j.connections).length) notes.push(`${Object.keys(j.connections).length} connection(s) are not part of OJF and were left out.`);
  if (Object.keys(j.comments).length) notes.push(`${Object.keys(j.comments).length} comment(s) are not part of OJF and were left out.`);
  if (Object.keys(j.personas).length > 1) notes.push('OJF holds one persona; the first was written.');
  const doc = {
    version: '1.0',
    ...(persona ? { persona: persona.name } : {}),
    pointOfView: j.settings.title,
    stages: stages.map((s) => ({ id: s.id, name: s.name })),
    swimlanes: lanes.map((l) => ({ id: l.id, name: l.name })),
    nodes,
  };
  return { text: `${JSON.stringify(doc, null, 2)}\n`, notes };
}
