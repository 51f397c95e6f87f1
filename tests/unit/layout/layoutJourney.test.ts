import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadJourney } from '../../../shared/file/loadJourney';
import { GEOMETRY, layoutJourney, scoreAtY } from '../../../shared/layout/layoutJourney';
import { smoothPath } from '../../../shared/layout/smoothPath';
import { approximateMeasure, wrapText } from '../../../shared/layout/textMeasure';

const sample = () => {
  const r = loadJourney(readFileSync('assets/samples/northwind-outdoor.journey', 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value.journey;
};

describe('layoutJourney', () => {
  const j = sample();
  const layout = layoutJourney(j);

  it('places stages left to right and lanes top to bottom, without gaps', () => {
    expect(layout.stages[0]!.x).toBe(GEOMETRY.laneHeaderWidth);
    layout.stages.slice(1).forEach((s, i) => expect(s.x).toBe(layout.stages[i]!.x + layout.stages[i]!.width));
    expect(layout.lanes[0]!.y).toBe(GEOMETRY.stageHeaderHeight);
    layout.lanes.slice(1).forEach((l, i) => expect(l.y).toBe(layout.lanes[i]!.y + layout.lanes[i]!.height));
  });

  it('puts every card box inside its cell, cards of a cell stacked without overlap', () => {
    const stages = new Map(layout.stages.map((s) => [s.id, s]));
    const lanes = new Map(layout.lanes.map((l) => [l.id, l]));
    const boxes = [...layout.cards.values()];
    expect(boxes.length).toBe(Object.values(j.cards).filter((c) => c.kind !== 'emotion').length);
    for (const b of boxes) {
      const s = stages.get(b.stageId)!;
      const l = lanes.get(b.laneId)!;
      expect(b.x).toBeGreaterThanOrEqual(s.x);
      expect(b.x + b.width).toBeLessThanOrEqual(s.x + s.width);
      expect(b.y).toBeGreaterThanOrEqual(l.y);
      expect(b.y + b.height).toBeLessThanOrEqual(l.y + l.height);
      for (const o of boxes) if (o !== b && o.stageId === b.stageId && o.laneId === b.laneId) expect(o.y + o.height <= b.y || b.y + b.height <= o.y).toBe(true);
    }
  });

  it('draws one curve per visible curve through its points, higher score higher up', () => {
    expect(layout.curves.map((c) => c.id).sort()).toEqual(Object.keys(j.curves).sort());
    for (const p of layout.emotionPoints.values()) {
      const lane = layout.lanes.find((l) => l.id === p.laneId)!;
      expect(scoreAtY(lane.band!, p.y, j.settings.emotionScale)).toBe(p.score);
    }
  });

  it('collapsing a stage narrows it and hides its cards', () => {
    const k = sample();
    k.stages.stage_consider!.collapsed = true;
    const l2 = layoutJourney(k);
    expect(l2.stages[1]!.width).toBe(GEOMETRY.collapsedStageWidth);
    expect([...l2.cards.values()].some((c) => c.stageId === 'stage_consider')).toBe(false);
  });

  it('a persona filter shows cards for that persona and for everyone', () => {
    const k = sample();
    const raj = Object.values(k.cards).find((c) => c.personaId)?.id;
    k.settings.personaFilter = 'persona_tom';
    const l2 = layoutJourney(k);
    if (raj) expect(l2.cards.has(raj)).toBe(k.cards[raj]!.personaId === 'persona_tom');
    expect(l2.cards.size).toBeGreaterThan(20);
  });
});

describe('wrapText', () => {
  it('never returns more lines than allowed, each within the width (words longer than a line are split)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 40, max: 400 }), fc.integer({ min: 1, max: 6 }), (text, width, maxLines) => {
      const lines = wrapText(text, width, 13, approximateMeasure, maxLines);
      expect(lines.length).toBeLessThanOrEqual(maxLines);
      for (const l of lines) expect(approximateMeasure(l.replace(/…$/, ''), 13) <= width || [...l].length <= 2).toBe(true);
    }), { numRuns: 500 });
  });
  it('keeps every word when there is room, and marks a cut with an ellipsis', () => {
    expect(wrapText('Adds shoes to cart', 400, 13, approximateMeasure, 3)).toEqual(['Adds shoes to cart']);
    const cut = wrapText('one two three four five six seven eight nine ten', 60, 13, approximateMeasure, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
  });
});

describe('smoothPath', () => {
  it('passes through every point and never overshoots between two points (monotone)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 2, maxLength: 8 }), (ys) => {
      const pts = ys.map((y, i) => ({ x: i * 100, y }));
      const d = smoothPath(pts);
      const segs = [...d.matchAll(/C([-\d.]+),([-\d.]+) ([-\d.]+),([-\d.]+) ([-\d.]+),([-\d.]+)/g)];
      expect(segs).toHaveLength(pts.length - 1);
      segs.forEach((m, i) => {
        const [c1, c2] = [Number(m[2]), Number(m[4])];
        const lo = Math.min(pts[i]!.y, pts[i + 1]!.y) - 1e-6;
        const hi = Math.max(pts[i]!.y, pts[i + 1]!.y) + 1e-6;
        expect(Number(m[6])).toBeCloseTo(pts[i + 1]!.y, 1);
        expect(c1 >= lo && c1 <= hi && c2 >= lo && c2 <= hi).toBe(true);
      });
    }), { numRuns: 300 });
  });
});
