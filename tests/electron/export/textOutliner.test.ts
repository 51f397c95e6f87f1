/**
 * Text as outlines (textOutliner.ts) must look as resvg draws the same <text>: same glyphs
 * (HarfBuzz shaping with Inter's default features), same place (anchors, letter-spacing,
 * SVG whitespace rules), the same missing-glyph box. Both are rasterized by resvg here and
 * compared pixel by pixel; a glyph a pixel off shows as a large difference.
 */
import { Resvg } from '@resvg/resvg-js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadInterFonts } from '../../../electron/main/services/export/fonts';
import { createRunOutliner, createTextOutliner, svgWhitespace } from '../../../electron/main/services/export/textOutliner';
import { text, type TextOutliner, type TextStyle } from '../../../shared/export/svgText';
import { pixelDifference } from './pngPixels';

const fonts = loadInterFonts();
let outline: TextOutliner;
beforeAll(async () => { outline = await createTextOutliner(fonts); });

const WIDTH = 360;
function pixels(body: string): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="44" font-family="Inter" font-size="13">${body}</svg>`;
  return new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 }, background: 'white',
    font: { loadSystemFonts: false, fontFiles: [fonts.paths.regular, fonts.paths.semibold, fonts.paths.bold], defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
  }).render().pixels;
}
const compare = (x: number, content: string, style: TextStyle) => pixelDifference(pixels(text(x, 30, content, style)), pixels(outline(x, 30, content, style)));

describe('text as outlines', { timeout: 30_000 }, () => {
  const cases: [string, string, TextStyle, number][] = [
    ['a card title, semibold', 'Size chart differs from other brands', { size: 13, weight: 600, fill: '#1f2937' }, 8],
    ['body text, regular, kerning pairs', 'AV To Wa “quote” — 41% ✓', { size: 12, fill: '#374151' }, 8],
    ['bold', 'PAIN POINT S4 ● 5', { size: 10.5, weight: 700, fill: '#dc2626' }, 8],
    ['letter-spaced, anchored at the end', 'CONSIDERATION', { size: 10.5, weight: 700, fill: '#475569', letterSpacing: 0.04, anchor: 'end' }, 350],
    ['letter-spaced, centered', 'AWARENESS', { size: 10.5, fill: '#475569', letterSpacing: 0.05, anchor: 'middle' }, 180],
    ['accents and digits', 'Ångström façade Ünïcödé 1234567890', { size: 13, fill: '#111111' }, 8],
    ['runs of spaces and edge spaces, collapsed as SVG does', '  Two  spaces   here  ', { size: 13, fill: '#111111', anchor: 'end' }, 350],
    ['tabs and newlines become spaces', 'Tab\there\nand\r\nthere', { size: 13, fill: '#111111' }, 8],
    ['no-break spaces are kept', '\u00a0·\u00a0 12%\u00a0·\u00a0', { size: 11, weight: 700, fill: '#111111' }, 8],
    ['glyphs Inter lacks: the same missing-glyph box', 'A日本😀B', { size: 16, fill: '#111111' }, 8],
    ['translucent fill', 'Faded note', { size: 13, fill: '#000000', opacity: 0.45 }, 8],
    ['a comma before a space in the bold (Inter kerns the pair; found by the property below)', 'x, a. b', { size: 10.5, weight: 700, fill: '#1f2937' }, 8],
    ['a dash takes its height from the letters beyond the spaces (found by the property below)', '2– a  A – B', { size: 13, fill: '#1f2937' }, 8],
  ];
  for (const [name, content, style, x] of cases) {
    it(name, () => {
      const d = compare(x, content, style);
      // The same glyphs in the same place differ by anti-aliasing only (a glyph a pixel
      // off, or one space too many, gives a mean of 1 or more).
      expect(d.mean).toBeLessThan(0.1);
      expect(d.max).toBeLessThan(96);
    });
  }

  it('any text of Inter’s Latin repertoire, in any weight and anchor (property)', () => {
    const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?-–—’“”()%&/@#éüßøñ€•';
    fc.assert(fc.property(
      fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 30 }).map((c) => c.join('')),
      fc.constantFrom<400 | 600 | 700>(400, 600, 700), fc.constantFrom<TextStyle['anchor']>('start', 'middle', 'end'), fc.constantFrom(10.5, 11.5, 13, 14),
      (content, weight, anchor, size) => {
        const x = anchor === 'end' ? 350 : anchor === 'middle' ? 180 : 8;
        const d = compare(x, content, { size, weight, fill: '#1f2937', anchor });
        expect(d.mean).toBeLessThan(0.1);
        expect(d.max).toBeLessThan(96);
      },
    ), { numRuns: 40 });
  });

  it('a run knows how far its glyphs reach above and below the baseline', async () => {
    const run = await createRunOutliner(fonts);
    const flat = run(0, 100, 'ace', { size: 20, fill: '#000' })!;
    const tall = run(0, 100, 'Ág', { size: 20, fill: '#000' })!;
    expect(flat.top).toBeGreaterThan(100 - 20 * 0.6);
    expect(flat.bottom).toBeLessThanOrEqual(100.5);
    expect(tall.top).toBeLessThan(100 - 20 * 0.9); // the accent over the capital
    expect(tall.bottom).toBeGreaterThan(100 + 20 * 0.15); // the descender
    expect(run(0, 100, ' \t ', { size: 20, fill: '#000' })).toBeUndefined();
  });

  it('follows SVG’s default whitespace handling', () => {
    expect(svgWhitespace('  a\tb  \n c  ')).toBe('a b c');
    expect(svgWhitespace('\u00a0x\u00a0')).toBe('\u00a0x\u00a0');
  });
});
