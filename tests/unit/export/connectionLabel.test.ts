/** A connection's label, set the same on the canvas and in the export (shared/export/connectionLabel). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONNECTION_LABEL, setConnectionLabel } from '../../../shared/export/connectionLabel';
import { GEOMETRY } from '../../../shared/layout/geometry';
import { interMeasure } from '../../../shared/layout/textMeasure';

const { fontSize, lineHeight, paddingX, paddingY, narrowPlate, maxLines, maxWidth } = CONNECTION_LABEL;
const set = (label: string) => setConnectionLabel(label, interMeasure);

describe('setConnectionLabel', () => {
  it('the narrow plate covers only padding: the gap between two stages\' cards plus each card\'s inner padding', () => {
    expect(narrowPlate).toBeLessThanOrEqual(2 * GEOMETRY.cellPadding + 2 * GEOMETRY.cardPaddingX);
  });

  it('a short label is one line on a narrow plate', () => {
    const s = set('ad click');
    expect(s.lines).toEqual(['ad click']);
    expect(s.width).toBeLessThanOrEqual(narrowPlate);
    expect(s.width).toBeCloseTo(interMeasure('ad click', fontSize) + 2 * paddingX, 5);
    expect(s.height).toBe(lineHeight + 2 * paddingY);
  });

  it('a label of short words wraps into the gap (the sample\'s "add to cart" covered the C of "Cart")', () => {
    const s = set('add to cart');
    expect(s.lines.length).toBeGreaterThan(1);
    expect(s.lines.join(' ')).toBe('add to cart');
    expect(s.width).toBeLessThanOrEqual(narrowPlate);
    expect(s.height).toBe(s.lines.length * lineHeight + 2 * paddingY);
  });

  it('a word too wide for the gap, or more than three lines, gives one line, cut at 180 units', () => {
    expect(set('authentication').lines).toEqual(['authentication']);
    const long = set('retries payment after the card was declined by the bank twice in a row');
    expect(long.lines).toHaveLength(1);
    expect(long.lines[0]!.endsWith('…')).toBe(true);
    expect(long.width).toBeLessThanOrEqual(maxWidth);
  });

  it('spaces and line breaks in the label are one space; an empty label sets nothing', () => {
    expect(set('  ad\n  click ').lines).toEqual(['ad click']);
    expect(set('   ')).toEqual({ lines: [], width: 0, height: 0 });
  });

  it('property: every label is set in whole words on a narrow plate of at most three lines, or on one line within 180 units', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9€%→·-]{1,14}$/);
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
      const label = words.join(' ');
      const s = set(label);
      expect(s.lines.length).toBeGreaterThan(0);
      expect(s.width).toBeLessThanOrEqual(maxWidth + 0.001);
      if (s.width <= narrowPlate && s.lines.length > 1) {
        expect(s.lines.length).toBeLessThanOrEqual(maxLines);
        expect(s.lines.join(' ')).toBe(label);
      } else if (s.lines.length === 1 && !s.lines[0]!.endsWith('…')) {
        expect(s.lines[0]).toBe(label);
      }
      for (const line of s.lines) expect(interMeasure(line, fontSize) + 2 * paddingX).toBeLessThanOrEqual(s.width + 0.001);
    }), { numRuns: 300 });
  });
});
