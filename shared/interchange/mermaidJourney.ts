/**
 * Mermaid `journey` diagrams, the text format docs sites render:
 *
 *   journey
 *     title Buying trail shoes
 *     section Discover
 *       See an ad: 4: Maya
 *
 * Import: sections become stages, tasks become action cards, each task's 1–5 score becomes
 * an emotion point (on a 1–5 scale), actors become personas. Errors name the line.
 * Export: the map's actions (or touchpoints) as tasks, scored from the stage's emotion.
 */
import type { Card, Journey } from '../model/schema';
import { createEmptyJourney, newCard, newCurve, newLane, newStage, orderedLanes, orderedStages } from '../model/journey';
import { addCard, insertLane, insertStage } from '../model/operations';
import { STAGE_PALETTE } from '../theme/theme';
import type { InterchangeResult } from './ojf';
import { stageKindFromName } from './guessKinds';

export function importMermaidJourney(input: string): InterchangeResult {
  const lines = input.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('%%'));
  if (first === -1 || lines[first]!.trim() !== 'journey') return { ok: false, message: `Line ${first + 1}: a Mermaid journey starts with the word "journey".` };
  const j = createEmptyJourney('Imported journey');
  const actions = newLane(j, 'actions');
  insertLane(j, actions);
  const emotions = newLane(j, 'emotions');
  insertLane(j, emotions);
  const curve = newCurve(j, 'As-is', '#7c3aed');
  j.curves[curve.id] = curve;
  j.settings.emotionScale = { min: 1, max: 5 };
  const personas = new Map<string, string>();
  let stageId: string | null = null;
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const at = `Line ${i + 1}`;
    if (line === '' || line.startsWith('%%')) continue;
    if (line.startsWith('title ')) { j.settings.title = line.slice(6).trim().slice(0, 500); continue; }
    if (line.startsWith('accTitle') || line.startsWith('accDescr')) continue;
    if (line.startsWith('section ')) {
      const name = line.slice(8).trim().slice(0, 500);
      const s = newStage(j, stageKindFromName(name), name);
      insertStage(j, s);
      stageId = s.id;
      continue;
    }
    const m = /^(.+?):\s*(-?\d+(?:\.\d+)?)\s*(?::\s*(.*))?$/.exec(line);
    if (!m) return { ok: false, message: `${at}: expected "Task: score: actors", found "${line.slice(0, 80)}".` };
    if (!stageId) {
      const s = newStage(j, 'custom', 'Journey');
      insertStage(j, s);
      stageId = s.id;
    }
    const score = Number(m[2]);
    if (score < 1 || score > 5) return { ok: false, message: `${at}: a task's score is 1 to 5, found ${m[2]}.` };
    const actors = (m[3] ?? '').split(',').map((a) => a.trim()).filter(Boolean);
    for (const a of actors) {
      if (!personas.has(a)) {
        const id = `persona_${personas.size + 1}`;
        personas.set(a, id);
        j.personas[id] = { id, name: a.slice(0, 500), role: '', goals: [], frustrations: [], color: STAGE_PALETTE[personas.size % STAGE_PALETTE.length]! };
      }
    }
    const title = m[1]!.trim().slice(0, 500);
    const card = newCard(j, { stageId, laneId: actions.id, title }) as Card;
    if (actors.length === 1) card.personaId = personas.get(actors[0]!)!;
    else if (actors.length > 1) card.tags = actors.slice(0, 100);
    addCard(j, card);
    const point = newCard(j, { stageId, laneId: emotions.id, title, kind: 'emotion' }) as Card;
    if (point.kind === 'emotion') { point.score = score; point.curveId = curve.id; }
    addCard(j, point);
  }
  if (Object.keys(j.stages).length === 0) return { ok: false, message: 'The journey has no sections or tasks.' };
  return { ok: true, journey: j, notes: [] };
}

const clean = (s: string) => s.replace(/[:#;\r\n]+/g, ' ').replace(/\s+/g, ' ').trim() || 'Untitled';

export function exportMermaidJourney(j: Journey): { text: string; notes: string[] } {
  const lanes = orderedLanes(j);
  const taskLane = lanes.find((l) => l.kind === 'actions') ?? lanes.find((l) => l.kind === 'touchpoints');
  const { min, max } = j.settings.emotionScale;
  const firstCurve = Object.values(j.curves).filter((c) => c.visible).sort((a, b) => a.order - b.order)[0];
  const toFive = (s: number) => Math.min(5, Math.max(1, Math.round(1 + ((s - min) / (max - min)) * 4)));
  const out = ['journey', `  title ${clean(j.settings.title)}`];
  const actor = Object.values(j.personas)[0]?.name ?? 'Customer';
  for (const s of orderedStages(j)) {
    out.push(`  section ${clean(s.name)}`);
    const points = Object.values(j.cards).filter((c) => c.kind === 'emotion' && c.stageId === s.id && (!firstCurve || c.curveId === firstCurve.id));
    const mood = points.length ? points.reduce((sum, c) => sum + (c.kind === 'emotion' ? c.score : 0), 0) / points.length : (min + max) / 2;
    const tasks = taskLane ? Object.values(j.cards).filter((c) => c.stageId === s.id && c.laneId === taskLane.id).sort((a, b) => a.order - b.order) : [];
    for (const t of tasks) {
      const who = t.personaId && j.personas[t.personaId] ? j.personas[t.personaId]!.name : actor;
      // A point named like the task scores it (maps imported from Mermaid round-trip exactly); else the stage's mood.
      const own = points.find((p) => p.title === t.title);
      const score = own?.kind === 'emotion' ? own.score : mood;
      out.push(`    ${clean(t.title)}: ${toFive(score)}: ${clean(who)}`);
    }
  }
  const notes = ['Mermaid journeys hold tasks with a 1–5 score and actors; other lanes, pain points, connections and comments are not part of the format.'];
  return { text: `${out.join('\n')}\n`, notes };
}
