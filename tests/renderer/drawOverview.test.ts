/**
 * The overview of a large map: every card box, its kind's colors, the selected ones outlined
 * in the selection color, every connection once; and a raster that stays within its budget.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateJourney } from '../../bench/generateJourney';
import { layoutJourney } from '../../shared/layout/layoutJourney';
import { lightTheme } from '../../shared/theme/theme';
import { cardAtPoint, drawOverview, overviewScale } from '../../renderer/canvas/overview/drawOverview';

/** A 2D context that records what is drawn. */
function recorder() {
  const calls: { op: string; args: number[]; fill?: string; stroke?: string; lineWidth?: number }[] = [];
  const ctx = {
    fillStyle: '', strokeStyle: '', lineWidth: 1, globalAlpha: 1,
    setTransform: () => undefined, clearRect: () => undefined, beginPath: () => undefined, moveTo: () => undefined, stroke: () => undefined,
    bezierCurveTo: (...args: number[]) => calls.push({ op: 'bezier', args }),
    fillRect(...args: number[]) { calls.push({ op: 'fill', args, fill: this.fillStyle }); },
    strokeRect(...args: number[]) { calls.push({ op: 'stroke', args, stroke: this.strokeStyle, lineWidth: this.lineWidth }); },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

describe('drawOverview', () => {
  const journey = generateJourney({ cards: 700, connections: 300, seed: 9 });
  const layout = layoutJourney(journey);
  const connections = Object.values(journey.connections).filter((c) => layout.cards.has(c.sourceId) && layout.cards.has(c.targetId)).map((c) => [c.sourceId, c.targetId] as const);

  it('draws every card box in its kind colors, the selection outlined, each connection once', () => {
    const selected = [...layout.cards.keys()].slice(0, 3);
    const { ctx, calls } = recorder();
    const drawn = drawOverview(ctx, { layout, connections, selected: new Set(selected) }, lightTheme, 0.2);
    expect(drawn).toBe(layout.cards.size);
    expect(calls.filter((c) => c.op === 'bezier')).toHaveLength(connections.length);
    const outlines = calls.filter((c) => c.op === 'stroke');
    expect(outlines).toHaveLength(layout.cards.size);
    for (const box of layout.cards.values()) {
      const fill = calls.find((c) => c.op === 'fill' && c.args[0] === box.x && c.args[1] === box.y && c.args[2] === box.width);
      expect(fill?.fill).toBe(lightTheme.kinds[box.kind].fill);
    }
    const selectedOutlines = outlines.filter((c) => c.stroke === lightTheme.selection);
    expect(selectedOutlines).toHaveLength(3);
    // Hairlines stay at least one device pixel: 1 / scale in map units.
    expect(Math.min(...outlines.map((c) => c.lineWidth!))).toBeCloseTo(1 / 0.2);
  });

  it('keeps the raster within its pixel budget and never sharper than the far zoom needs', () => {
    expect(overviewScale({ width: 2000, height: 1000 }, 0.29, 0.3, 2)).toBe(0.6);
    expect(overviewScale({ width: 2000, height: 1000 }, 1, 0.3, 2)).toBe(0.6);
    const s = overviewScale({ width: 40_000, height: 30_000 }, 0.29, 0.3, 2);
    expect(40_000 * s * 30_000 * s).toBeLessThanOrEqual(16_000_000 + 1);
  });

  it('draws at the coarsest octave still sharp at the zoom it is seen at', () => {
    const map = { width: 30_000, height: 20_000 };
    // seen whole (zoom 0.05 at ratio 2 wants 0.1 pixels per unit): 0.6 / 4 = 0.15 is the coarsest level above it
    expect(overviewScale(map, 0.05, 0.3, 2)).toBe(0.15);
    expect(overviewScale(map, 0.075, 0.3, 2)).toBe(0.15);
    expect(overviewScale(map, 0.076, 0.3, 2)).toBeCloseTo(Math.min(0.3, Math.sqrt(16_000_000 / 6e8)), 9);
    fc.assert(fc.property(fc.double({ min: 0.001, max: 0.3, noNaN: true }), fc.constantFrom(1, 1.5, 2, 3), (zoom, ratio) => {
      const s = overviewScale({ width: 100, height: 100 }, zoom, 0.3, ratio);
      expect(s).toBeGreaterThanOrEqual(Math.min(zoom * ratio, 0.3 * ratio / 256));
      expect(s).toBeLessThanOrEqual(0.3 * ratio);
      if (s > 0.3 * ratio / 256) expect(s / 2).toBeLessThan(zoom * ratio); // the coarsest such level
    }));
  });

  it('finds the card under a point, and none between cards', () => {
    const box = [...layout.cards.values()][10]!;
    expect(cardAtPoint(layout, box.x + 2, box.y + 2)).toBe(box.id);
    expect(cardAtPoint(layout, 1, 1)).toBeNull();
  });
});
