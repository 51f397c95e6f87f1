/**
 * The SVG renderer: snapshots per card kind and of both samples (deterministic measurer),
 * the drawer registry agreeing with the kind registry, and what the picture must contain.
 */
import { describe, expect, it } from 'vitest';
import { CARD_DRAWERS } from '../../../shared/export/cards/cardDrawers';
import { renderJourneySvg } from '../../../shared/export/renderJourneySvg';
import { layoutJourney } from '../../../shared/layout/layoutJourney';
import { CARD_KIND_REGISTRY } from '../../../shared/model/kinds/registry';
import { createEmptyJourney, newCard, newCurve, newLane, newStage } from '../../../shared/model/journey';
import { seededIdSource } from '../../../shared/model/ids';
import type { Card, Journey } from '../../../shared/model/schema';
import { CARD_KINDS, DEFAULT_CARD_KIND_FOR_LANE, LANE_KINDS, type CardKind } from '../../../shared/model/vocabulary';
import { lightTheme } from '../../../shared/theme/theme';
import { fixedMeasure, sample, SAMPLES } from './fixtures';
import { assertWellFormedXml, countAttr, svgTexts } from './svgCheck';

/** One stage, one lane per kind, one card of each kind (emotion: three points on a curve). */
function kindsJourney(): Journey {
  const ids = seededIdSource(3);
  const j = createEmptyJourney('Every kind', ids);
  const stage = newStage(j, 'decision', 'Decide', ids);
  j.stages[stage.id] = stage;
  const curve = newCurve(j, 'As-is', '#7c3aed', ids);
  j.curves[curve.id] = curve;
  for (const kind of CARD_KINDS) {
    const laneKind = LANE_KINDS.find((l) => DEFAULT_CARD_KIND_FOR_LANE[l] === kind)!;
    const lane = newLane(j, laneKind, undefined, ids);
    j.lanes[lane.id] = lane;
    const n = kind === 'emotion' ? 3 : 1;
    for (let i = 0; i < n; i++) {
      const card = newCard(j, { stageId: stage.id, laneId: lane.id, kind, title: `A ${CARD_KIND_REGISTRY[kind].label.toLowerCase()} card ${i + 1}` }, ids);
      if (card.kind === 'emotion') card.score = [-2, 1, 2][i]!;
      if (card.kind === 'painPoint') card.severity = 5;
      if (card.kind === 'touchpoint') card.channel = 'email';
      if (card.kind === 'opportunity') card.impact = 4;
      if (card.kind === 'kpi') Object.assign(card, { value: 42, target: 50, unit: '%' });
      if (kind === 'action') Object.assign(card, { body: 'Body text that runs over more than one line of the card to show the wrap.', votes: 3 });
      j.cards[card.id] = card;
    }
  }
  return j;
}

const cardOf = (j: Journey, kind: CardKind): Card => Object.values(j.cards).find((c) => c.kind === kind)!;

describe('renderJourneySvg', () => {
  it('has an export drawer for every card kind, and no other', () => {
    expect(Object.keys(CARD_DRAWERS).sort()).toEqual(Object.keys(CARD_KIND_REGISTRY).sort());
  });

  describe('each card kind', () => {
    const j = kindsJourney();
    for (const kind of CARD_KINDS) {
      it(`draws a ${kind} card as the canvas does`, async () => {
        const card = cardOf(j, kind);
        const ids = kind === 'emotion' ? Object.values(j.cards).filter((c) => c.kind === 'emotion').map((c) => c.id) : [card.id];
        const svg = renderJourneySvg(j, { scope: { cardIds: ids }, hideLayers: ['legend'] }, fixedMeasure);
        assertWellFormedXml(svg);
        expect(countAttr(svg, 'data-card-id')).toBe(ids.length);
        expect(countAttr(svg, 'data-kind', kind)).toBe(ids.length);
        const texts = svgTexts(svg).join('\n');
        if (kind !== 'emotion') {
          expect(texts).toContain(CARD_KIND_REGISTRY[kind].label.toUpperCase());
          expect(svg).toContain(`fill="${lightTheme.kinds[kind].fill}"`);
          expect(svg).toContain(`fill="${lightTheme.kinds[kind].accent}"`);
        }
        await expect(svg).toMatchFileSnapshot(`__snapshots__/card-${kind}.svg`);
      });
    }

    it('shows kind badges: channel, severity (S4+ in the bad color), impact, KPI value against target', () => {
      const svg = renderJourneySvg(j, {}, fixedMeasure);
      const texts = svgTexts(svg);
      expect(texts).toContain('Email');
      expect(texts).toContain('S5');
      expect(svg).toMatch(new RegExp(`fill="${lightTheme.statusBad}"[^>]*>S5<`));
      expect(texts).toContain('Impact 4');
      // 42 % against a target of 50 %: 16 % short, more than the 10 % warning band.
      expect(svg).toMatch(new RegExp(`fill="${lightTheme.statusBad}"[^>]*>42%<`));
      expect(texts).toContain('● 3');
    });

    it('draws the emotion curve through the points, with a face and the label of each', () => {
      const svg = renderJourneySvg(j, {}, fixedMeasure);
      const layout = layoutJourney(j, { measure: fixedMeasure });
      const curve = layout.curves[0]!;
      expect(svg).toContain(`d="${curve.path}"`);
      expect(curve.path).toMatch(/^M[\d.]+,[\d.]+( C[\d., ]+){2}$/);
      const texts = svgTexts(svg).join(' ');
      for (let i = 1; i <= 3; i++) expect(texts).toContain(`A emotion point card ${i}`);
    });
  });

  for (const name of SAMPLES) {
    it(`renders the ${name} sample (snapshot), every card and stage present`, async () => {
      const j = sample(name);
      const svg = renderJourneySvg(j, { titleBlock: { date: '2024-06-01' } }, fixedMeasure);
      assertWellFormedXml(svg);
      const layout = layoutJourney(j, { measure: fixedMeasure });
      expect(countAttr(svg, 'data-card-id')).toBe(layout.cards.size + layout.emotionPoints.size);
      expect(countAttr(svg, 'data-stage-id')).toBe(Object.keys(j.stages).length);
      const texts = svgTexts(svg);
      for (const s of Object.values(j.stages)) expect(texts).toContain(s.name);
      for (const p of Object.values(j.personas)) expect(texts).toContain(p.name);
      expect(texts).toContain(j.settings.title);
      // The connections with their arrowheads.
      expect(countAttr(svg, 'data-connection-id')).toBe(Object.keys(j.connections).length);
      await expect(svg).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
    });
  }

  it('an empty map and collapsed stages and lanes still give a well-formed picture', () => {
    const empty = renderJourneySvg(createEmptyJourney('Nothing yet', seededIdSource(9)), { titleBlock: {} }, fixedMeasure);
    assertWellFormedXml(empty);
    expect(countAttr(empty, 'data-card-id')).toBe(0);
    expect(svgTexts(empty)).toContain('Nothing yet');
    const j = sample('northwind-outdoor');
    const [stage] = Object.values(j.stages).sort((a, b) => a.order - b.order);
    const lane = Object.values(j.lanes).find((l) => l.kind === 'painPoints')!;
    stage!.collapsed = true;
    lane.collapsed = true;
    const svg = renderJourneySvg(j, {}, fixedMeasure);
    assertWellFormedXml(svg);
    const layout = layoutJourney(j, { measure: fixedMeasure });
    expect(countAttr(svg, 'data-card-id')).toBe(layout.cards.size + layout.emotionPoints.size);
    // Boxes of a collapsed stage or lane are not drawn (emotion points are, as on the canvas).
    for (const c of Object.values(j.cards).filter((c) => c.kind !== 'emotion' && (c.stageId === stage!.id || c.laneId === lane.id))) expect(svg).not.toContain(`data-card-id="${c.id}"`);
    expect(svgTexts(svg)).not.toContain(stage!.name); // a collapsed stage shows its number only
    expect(svgTexts(svg)).toContain(lane.name);
  });

  it('is deterministic', () => {
    const j = sample('northwind-outdoor');
    expect(renderJourneySvg(j, {}, fixedMeasure)).toBe(renderJourneySvg(sample('northwind-outdoor'), {}, fixedMeasure));
  });

  it('sizes the page from the layout: the map plus margins', () => {
    const j = sample('flowboard-saas-onboarding');
    const layout = layoutJourney(j, { measure: fixedMeasure });
    const svg = renderJourneySvg(j, { personaHeader: false, hideLayers: ['legend', 'comments'] }, fixedMeasure);
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    expect(width).toBe(Math.ceil(layout.width + 48));
    expect(height).toBe(Math.ceil(layout.height + 48));
  });
});
