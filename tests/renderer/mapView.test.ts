/**
 * The canvas's view rules for large maps: the fit, and the window of cards React Flow gets.
 * A window that missed part of the view would leave cards undrawn, so the property test
 * throws random viewports at it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateJourney } from '../../bench/generateJourney';
import { layoutJourney } from '../../shared/layout/layoutJourney';
import { cardsInWindow, fitViewport, MIN_ZOOM, windowKey, windowRect } from '../../renderer/canvas/mapView';

describe('fitViewport', () => {
  it('centers a map that fits, at most at 100%', () => {
    const v = fitViewport({ width: 800, height: 400 }, { width: 1600, height: 1000 });
    expect(v.zoom).toBe(1);
    expect(v.x).toBe(400);
    expect(v.y).toBe(300);
    const small = fitViewport({ width: 3200, height: 1000 }, { width: 1600, height: 1000 });
    expect(small.zoom).toBeCloseTo(1600 / (3200 * 1.1));
    expect(small.x).toBeCloseTo((1600 - 3200 * small.zoom) / 2);
  });

  it('shows a map too large for the minimum zoom from its top-left corner, where the journey starts', () => {
    const v = fitViewport({ width: 40_000, height: 30_000 }, { width: 1600, height: 1000 });
    expect(v.zoom).toBe(MIN_ZOOM);
    expect(v.x).toBeCloseTo(1600 * 0.05);
    expect(v.y).toBeCloseTo(1000 * 0.05);
  });
});

describe('the window of cards', () => {
  it('always holds the whole view, whatever the viewport', () => {
    fc.assert(fc.property(
      fc.double({ min: -50_000, max: 50_000, noNaN: true }), fc.double({ min: -50_000, max: 50_000, noNaN: true }),
      fc.double({ min: 0.1, max: 3, noNaN: true }), fc.integer({ min: 300, max: 4000 }), fc.integer({ min: 200, max: 3000 }),
      (tx, ty, zoom, width, height) => {
        const r = windowRect(windowKey([tx, ty, zoom], { width, height }));
        const view = { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
        const eps = 1e-6 * (Math.abs(view.x) + Math.abs(view.y) + view.width + view.height);
        expect(r.x).toBeLessThanOrEqual(view.x + eps);
        expect(r.y).toBeLessThanOrEqual(view.y + eps);
        expect(r.x + r.width).toBeGreaterThanOrEqual(view.x + view.width - eps);
        expect(r.y + r.height).toBeGreaterThanOrEqual(view.y + view.height - eps);
        // …and not much more: about four views, so a drag step touches a few hundred cards.
        expect(r.width * r.height).toBeLessThanOrEqual(view.width * view.height * 4 * 2.1);
      },
    ), { numRuns: 2000 });
  });

  it('keeps its key while the view moves less than half a pane, and changes it past that', () => {
    const pane = { width: 1600, height: 1000 };
    const a = windowKey([0, 0, 1], pane);
    expect(windowKey([-100, -50, 1], pane)).toBe(a);
    expect(windowKey([-1700, 0, 1], pane)).not.toBe(a);
    expect(windowKey([0, 0, 2.5], pane)).not.toBe(a);
  });

  it('holds the cards in it, both ends of their connections, and the cards it must keep', () => {
    const j = generateJourney({ cards: 600, connections: 300, seed: 4 });
    const layout = layoutJourney(j);
    const rect = { x: 0, y: 0, width: 1200, height: 900 };
    const far = [...layout.cards.values()].find((b) => b.x > 2500 && b.y > 2000)!;
    const ids = cardsInWindow(layout, j.connections, rect, [far.id]);
    const meets = (b: { x: number; y: number; width: number; height: number }) => b.x < 1200 && b.x + b.width > 0 && b.y < 900 && b.y + b.height > 0;
    for (const b of layout.cards.values()) if (meets(b)) expect(ids.has(b.id)).toBe(true);
    for (const c of Object.values(j.connections)) {
      const s = layout.cards.get(c.sourceId); const t = layout.cards.get(c.targetId);
      if (s && t && (meets(s) || meets(t))) { expect(ids.has(c.sourceId)).toBe(true); expect(ids.has(c.targetId)).toBe(true); }
    }
    expect(ids.has(far.id)).toBe(true);
    expect(ids.size).toBeLessThan(layout.cards.size);
  });
});
