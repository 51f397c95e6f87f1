import { describe, expect, it } from 'vitest';
import { loadJourney } from '../../../shared/file/loadJourney';
import { serializeJourney } from '../../../shared/file/serializeJourney';
import { layoutJourney } from '../../../shared/layout/layoutJourney';
import { curvePoints, orderedCurves, orderedStages } from '../../../shared/model/journey';
import { seededIdSource } from '../../../shared/model/ids';
import { COLLECTIONS, type Journey } from '../../../shared/model/schema';
import { CHANNELS, STAGE_KINDS } from '../../../shared/model/vocabulary';
import { buildJourney } from '../../../shared/templates/buildJourney';
import { instantiateTemplate } from '../../../shared/templates/templates/instantiateTemplate';
import { JOURNEY_TYPES, TEMPLATES, templateById } from '../../../shared/templates/templates/templates';

/** Every id in a journey: the journey's and every record's. */
const allIds = (j: Journey): string[] => [j.id, ...COLLECTIONS.flatMap((name) => Object.keys(j[name]))];

describe('template registry', () => {
  it('offers one template per seed journey type, with unique ids and names', () => {
    expect(TEMPLATES.map((t) => t.journeyType).sort()).toEqual([...JOURNEY_TYPES].sort());
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
    expect(new Set(TEMPLATES.map((t) => t.name)).size).toBe(TEMPLATES.length);
    for (const t of TEMPLATES) expect(t.description.length).toBeGreaterThan(20);
  });

  it('finds templates by id', () => {
    expect(templateById('support-resolution')?.journeyType).toBe('support');
    expect(templateById('nope')).toBeUndefined();
  });
});

for (const template of TEMPLATES) {
  describe(`template "${template.name}"`, () => {
    const journey = instantiateTemplate(template.spec, seededIdSource(42));
    const cards = Object.values(journey.cards);

    it('builds, serializes and re-loads as valid with no repairs', () => {
      const result = loadJourney(serializeJourney(journey));
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value.status).toBe('valid');
      expect(result.value.repairs).toEqual([]);
      expect(result.value.journey).toEqual(journey);
    });

    it('has at least 3 stages (of known kinds), 4 lanes, a persona and 20–40 cards', () => {
      expect(Object.keys(journey.stages).length).toBeGreaterThanOrEqual(3);
      for (const s of Object.values(journey.stages)) expect(STAGE_KINDS).toContain(s.kind);
      expect(Object.keys(journey.lanes).length).toBeGreaterThanOrEqual(4);
      expect(Object.keys(journey.personas).length).toBeGreaterThanOrEqual(1);
      expect(cards.length).toBeGreaterThanOrEqual(20);
      expect(cards.length).toBeLessThanOrEqual(40);
      expect(journey.settings.title).toBe(template.spec.title);
    });

    it('has an emotion curve with a point in every stage, within the scale', () => {
      const curve = orderedCurves(journey)[0];
      expect(curve).toBeDefined();
      const points = curvePoints(journey, curve!.id);
      expect(new Set(points.map((p) => p.stageId))).toEqual(new Set(orderedStages(journey).map((s) => s.id)));
      const { min, max } = journey.settings.emotionScale;
      for (const p of points) expect(p.score >= min && p.score <= max).toBe(true);
      expect(new Set(points.map((p) => p.score)).size).toBeGreaterThan(1);
    });

    it('has every card kind a designer expects: touchpoints with channels, linked pain points, opportunities, KPIs, thoughts', () => {
      const touchpoints = cards.filter((c) => c.kind === 'touchpoint');
      expect(touchpoints.length).toBeGreaterThanOrEqual(4);
      for (const t of touchpoints) if (t.kind === 'touchpoint') expect(CHANNELS as readonly string[]).toContain(t.channel);
      const pains = cards.filter((c) => c.kind === 'painPoint');
      expect(pains.length).toBeGreaterThanOrEqual(3);
      for (const p of pains) {
        if (p.kind !== 'painPoint') continue;
        expect(p.severity).toBeGreaterThanOrEqual(1);
        expect(p.touchpointIds.length).toBeGreaterThan(0);
        for (const t of p.touchpointIds) expect(journey.cards[t]?.kind).toBe('touchpoint');
      }
      expect(cards.filter((c) => c.kind === 'opportunity').length).toBeGreaterThanOrEqual(2);
      expect(cards.filter((c) => c.kind === 'thought').length).toBeGreaterThanOrEqual(2);
      const kpis = cards.filter((c) => c.kind === 'kpi');
      expect(kpis.length).toBeGreaterThanOrEqual(3);
      for (const k of kpis) if (k.kind === 'kpi') { expect(k.metric).not.toBe(''); expect(k.unit).toBeTruthy(); }
      expect(kpis.some((k) => k.kind === 'kpi' && k.target !== undefined)).toBe(true);
      expect(Object.keys(journey.connections).length).toBeGreaterThanOrEqual(3);
    });

    it('lays out on the canvas with every card placed and the curve drawn', () => {
      const layout = layoutJourney(journey);
      // Emotion cards are drawn as points on their curve; every other card as a box.
      expect(layout.emotionPoints.size).toBe(cards.filter((c) => c.kind === 'emotion').length);
      expect(layout.cards.size + layout.emotionPoints.size).toBe(cards.length);
      expect(layout.stages).toHaveLength(Object.keys(journey.stages).length);
      expect(layout.width).toBeGreaterThan(0);
    });

    it('gives fresh ids: two maps from the template share none', () => {
      const a = instantiateTemplate(template.spec);
      const b = instantiateTemplate(template.spec);
      const idsA = allIds(a);
      const idsB = new Set(allIds(b));
      expect(new Set(idsA).size).toBe(idsA.length);
      expect(idsA.filter((id) => idsB.has(id))).toEqual([]);
      // Nor with the template's own deterministic, key-derived ids.
      const keyed = new Set(allIds(buildJourney(template.spec)));
      expect(idsA.filter((id) => keyed.has(id))).toEqual([]);
    });
  });
}

describe('instantiateTemplate', () => {
  const spec = TEMPLATES[1]!.spec;

  it('is deterministic for a given id source and rewrites every reference', () => {
    const a = instantiateTemplate(spec, seededIdSource(7));
    expect(instantiateTemplate(spec, seededIdSource(7))).toEqual(a);
    const ids = new Set(allIds(a));
    for (const c of Object.values(a.cards)) {
      expect(ids.has(c.stageId) && ids.has(c.laneId)).toBe(true);
      if (c.kind === 'emotion') expect(a.curves[c.curveId]).toBeDefined();
    }
    for (const c of Object.values(a.connections)) expect(a.cards[c.sourceId] && a.cards[c.targetId]).toBeTruthy();
    for (const c of Object.values(a.curves)) if (c.personaId) expect(a.personas[c.personaId]).toBeDefined();
    for (const c of Object.values(a.comments)) expect(ids.has(c.target.id)).toBe(true);
  });

  it('keeps the content, order and names of the built template', () => {
    const a = instantiateTemplate(spec, seededIdSource(8));
    expect(orderedStages(a).map((s) => s.name)).toEqual(spec.stages.map((s) => s.name));
    expect(Object.values(a.cards).map((c) => c.title).sort()).toEqual(spec.cards.map((c) => c.title).sort());
  });

  it('takes a title and a timestamp for the example comments', () => {
    const a = instantiateTemplate(spec, seededIdSource(9), { title: 'Our onboarding', createdAt: '2026-01-02T03:04:05.000Z' });
    expect(a.settings.title).toBe('Our onboarding');
    const comments = Object.values(a.comments);
    expect(comments.length).toBeGreaterThan(0);
    for (const c of comments) expect(c.createdAt).toBe('2026-01-02T03:04:05.000Z');
  });
});
