import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportMermaidJourney, importMermaidJourney } from '../../../shared/interchange/mermaidJourney';
import { exportOjf, importOjf, type InterchangeResult } from '../../../shared/interchange/ojf';
import { findDanglingReferences } from '../../../shared/file/repairJourney';
import { journeySchema, type Journey } from '../../../shared/model/schema';
import { orderedLanes, orderedStages } from '../../../shared/model/journey';
import { buildJourney } from '../../../shared/templates/buildJourney';
import { northwindOutdoor } from '../../../shared/templates/samples/northwindOutdoor';

function valid(r: InterchangeResult): Journey {
  if (!r.ok) throw new Error(r.message);
  expect(journeySchema.safeParse(r.journey).success).toBe(true);
  expect(findDanglingReferences(r.journey)).toEqual([]);
  return r.journey;
}
const titles = (j: Journey, kind?: string) => Object.values(j.cards).filter((c) => !kind || c.kind === kind).map((c) => c.title).sort();

// The example from the OpenJourney Format specification.
const SPEC_EXAMPLE = JSON.stringify({
  version: '1.0',
  stages: [{ id: 's1', name: 'Discovery' }, { id: 's2', name: 'Purchase' }],
  swimlanes: [{ id: 'sl1', name: 'User Action' }, { id: 'sl2', name: 'Emotional State' }],
  nodes: [
    { stageId: 's1', swimlaneId: 'sl1', title: 'Search for Product', description: 'User uses the search bar to find a specific item.', score: 5, isMomentOfTruth: true, icon: 'search', iconColor: '#4f46e5', tags: ['Search', 'Desktop'] },
    { stageId: 's2', swimlaneId: 'sl2', title: 'Anxiety', description: 'User is worried about payment security.', severity: 'medium', sentiment: 'anxious', purpose: 'pain-point', tags: ['Checkout', 'Trust'] },
  ],
});

describe('OpenJourney Format (.ojf)', () => {
  it('imports the specification example', () => {
    const j = valid(importOjf(SPEC_EXAMPLE));
    expect(orderedStages(j).map((s) => [s.name, s.kind])).toEqual([['Discovery', 'awareness'], ['Purchase', 'decision']]);
    expect(orderedLanes(j).map((l) => [l.name, l.kind])).toEqual([['User Action', 'actions'], ['Emotional State', 'emotions']]);
    const pain = Object.values(j.cards).find((c) => c.title === 'Anxiety')!;
    expect(pain).toMatchObject({ kind: 'painPoint', severity: 3, body: 'User is worried about payment security.' });
    expect(pain.tags).toEqual(['Checkout', 'Trust', 'anxious']);
    expect(Object.values(j.cards).find((c) => c.title === 'Search for Product')!.tags).toContain('moment of truth');
  });

  it('round-trips a Waymark map: stages, lanes, every card title, severities and scores', () => {
    const source = buildJourney(northwindOutdoor);
    const { text, notes } = exportOjf(source);
    expect(notes.join(' ')).toMatch(/connection/);
    const back = valid(importOjf(text));
    expect(orderedStages(back).map((s) => s.name)).toEqual(orderedStages(source).map((s) => s.name));
    expect(orderedLanes(back).map((l) => l.name)).toEqual(orderedLanes(source).map((l) => l.name));
    expect(titles(back)).toEqual(titles(source));
    expect(titles(back, 'painPoint')).toEqual(titles(source, 'painPoint'));
    const sourceScores = Object.values(source.cards).flatMap((c) => (c.kind === 'emotion' ? [[c.title, c.score]] : [])).sort();
    const backScores = Object.values(back.cards).flatMap((c) => (c.kind === 'emotion' ? [[c.title, c.score / 2.5]] : [])).sort();
    expect(backScores).toEqual(sourceScores); // −2…+2 maps onto −5…+5
  });

  it('refuses what is not OJF, saying where', () => {
    expect(importOjf('{')).toEqual({ ok: false, message: 'This .ojf file is not valid JSON.' });
    const r = importOjf(JSON.stringify({ version: '1.0', stages: [], swimlanes: [], nodes: [{ stageId: 1 }] }));
    expect(r.ok || r.message).toMatch(/^Not an OpenJourney file: nodes\.0\.stageId/);
  });
});

describe('Mermaid journey', () => {
  const EXAMPLE = `journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
`;

  it('imports the Mermaid documentation example', () => {
    const j = valid(importMermaidJourney(EXAMPLE));
    expect(j.settings.title).toBe('My working day');
    expect(orderedStages(j).map((s) => s.name)).toEqual(['Go to work', 'Go home']);
    expect(titles(j, 'action')).toEqual(['Do work', 'Go downstairs', 'Go upstairs', 'Make tea', 'Sit down']);
    expect(Object.values(j.cards).filter((c) => c.kind === 'emotion').map((c) => (c.kind === 'emotion' ? c.score : 0)).sort()).toEqual([1, 3, 5, 5, 5]);
    expect(Object.values(j.personas).map((p) => p.name).sort()).toEqual(['Cat', 'Me']);
    expect(j.settings.emotionScale).toEqual({ min: 1, max: 5 });
  });

  it('names the line of a malformed task or an out-of-range score', () => {
    expect(importMermaidJourney('journey\n  section A\n  Make tea five\n')).toEqual({ ok: false, message: 'Line 3: expected "Task: score: actors", found "Make tea five".' });
    expect(importMermaidJourney('journey\nsection A\nTea: 9: Me')).toEqual({ ok: false, message: "Line 3: a task's score is 1 to 5, found 9." });
    expect(importMermaidJourney('graph TD\nA-->B').ok).toBe(false);
  });

  it('exports a map that Mermaid-style import reads back with the same sections and tasks', () => {
    const source = buildJourney(northwindOutdoor);
    const { text } = exportMermaidJourney(source);
    expect(text.startsWith('journey\n  title Northwind Outdoor buying trail shoes online\n  section Discover\n')).toBe(true);
    const back = valid(importMermaidJourney(text));
    expect(orderedStages(back).map((s) => s.name)).toEqual(orderedStages(source).map((s) => s.name));
    expect(titles(back, 'action')).toEqual(titles(source).filter((t) => Object.values(source.cards).some((c) => c.title === t && c.laneId === 'lane_actions')).map((t) => t.replace(/[:#;]/g, ' ').replace(/\s+/g, ' ').trim()).sort());
  });

  it('round-trips its own example exactly (tasks, scores, actors)', () => {
    const j = valid(importMermaidJourney(EXAMPLE));
    const again = valid(importMermaidJourney(exportMermaidJourney(j).text));
    const scores = (x: Journey) => Object.values(x.cards).flatMap((c) => (c.kind === 'emotion' ? [`${c.title}=${c.score}`] : [])).sort();
    expect(scores(again)).toEqual(scores(j));
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => {
      const r = importMermaidJourney(`journey\n${s}`);
      if (r.ok) valid(r); else expect(r.message.length).toBeGreaterThan(0);
      const o = importOjf(s);
      if (!o.ok) expect(o.message.length).toBeGreaterThan(0);
    }), { numRuns: 500 });
  });
});
