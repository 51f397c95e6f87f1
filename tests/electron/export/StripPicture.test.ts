/**
 * The PNG is drawn in strips, each from its own SVG with only the text runs that reach into
 * it (StripPicture.ts). What must hold: the strips tile the picture exactly, at any scale;
 * a left-out run never touched its strip; a run whose place is unknown goes everywhere.
 */
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadInterFonts } from '../../../electron/main/services/export/fonts';
import { createInterMeasure } from '../../../electron/main/services/export/interMeasure';
import { exportPng } from '../../../electron/main/services/export/png';
import { deferParts, StripPicture, type DeferredPart } from '../../../shared/export/StripPicture';
import { createRunOutliner, createTextOutliner, type RunOutliner } from '../../../electron/main/services/export/textOutliner';
import { renderJourneySvg } from '../../../shared/export/renderJourneySvg';
import { sample } from '../../unit/export/fixtures';
import { decodePng, pixelDifference } from './pngPixels';

const fonts = loadInterFonts();
const measure = createInterMeasure(fonts);
let outliner: RunOutliner;
beforeAll(async () => { outliner = await createRunOutliner(fonts); });

const run = (top: number, bottom: number, label: string): DeferredPart => ({ markup: `<path data-run="${label}" d="M0 ${top}H10V${bottom}H0Z"/>`, top, bottom });
const runsOf = (svg: string) => [...svg.matchAll(/data-run="(\w+)"/g)].map((m) => m[1]);

describe('StripPicture', { timeout: 60_000 }, () => {
  it('places runs through nested translate() groups; closing tags of other elements do not move them', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="1000" viewBox="0 0 100 1000">'
      + '<g transform="translate(0,500)"><title>a title</title><g transform="translate(5 100)"><text>x</text><!--wm-part:0--></g><!--wm-part:1--></g>'
      + '<!--wm-part:2--></svg>';
    const p = new StripPicture({ svg, parts: [run(0, 10, 'deep'), run(0, 10, 'mid'), run(0, 10, 'top')] });
    // deep: 600–610, mid: 500–510, top: 0–10 (pixel rows = user units at scale 1).
    expect(runsOf(p.stripSvg(100, 1000, 0, 100))).toEqual(['top']);
    expect(runsOf(p.stripSvg(100, 1000, 495, 10))).toEqual(['mid']);
    expect(runsOf(p.stripSvg(100, 1000, 600, 5))).toEqual(['deep']);
    expect(runsOf(p.stripSvg(100, 1000, 700, 300))).toEqual([]);
    // At 2×, rows 1200–1220 are user units 600–610.
    expect(runsOf(p.stripSvg(200, 2000, 1200, 20))).toEqual(['deep']);
  });

  it('a page of a tiled print (pictureFor) keeps the whole picture\'s frame and only the parts in its rectangle, placed through translate(x y)', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="1000" viewBox="0 0 1000 1000">'
      + '<g transform="translate(500,0)"><!--wm-part:0--></g><!--wm-part:1--><!--wm-part:2--><rect width="5" height="5"/></svg>';
    const box = (left: number, right: number, label: string): DeferredPart => ({ ...run(100, 200, label), left, right });
    // right: columns 500–600 (moved by the group), left: 0–100, wide: no columns, so every column.
    const p = new StripPicture({ svg, parts: [box(0, 100, 'right'), box(0, 100, 'left'), run(100, 200, 'wide')] });
    const page = (l: number, t: number, r: number, b: number) => p.pictureFor(l, t, r, b);
    expect(runsOf(page(0, 0, 400, 1000))).toEqual(['left', 'wide']);
    expect(runsOf(page(450, 0, 1000, 1000))).toEqual(['right', 'wide']);
    expect(runsOf(page(0, 300, 1000, 1000))).toEqual([]);
    expect(page(0, 300, 1000, 1000)).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1000" height="1000" viewBox="0 0 1000 1000">.*<rect width="5" height="5"\/><\/svg>$/);
    expect(runsOf(page(-Infinity, -Infinity, Infinity, Infinity))).toEqual(['right', 'left', 'wide']);
  });

  it('a run under a transform other than translate(), or inside <defs>, goes into every strip', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="1000">'
      + '<g transform="rotate(90 50 50)"><!--wm-part:0--></g><defs><g id="x"><!--wm-part:1--></g></defs><!--wm-part:2--></svg>';
    const p = new StripPicture({ svg, parts: [run(0, 10, 'rotated'), run(0, 10, 'defs'), run(0, 10, 'plain')] });
    expect(runsOf(p.stripSvg(100, 1000, 900, 100))).toEqual(['rotated', 'defs']);
    expect(p.partsIn(0, 20)).toBe(3);
  });

  it('parts nest: a card’s runs are placed inside the card, and go where the card goes', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="1000">'
      + '<g transform="translate(0,400)"><!--wm-part:0--></g><g transform="scale(2)"><!--wm-part:2--></g></svg>';
    const card = { markup: '<g data-run="card"><!--wm-part:1--></g>', top: 100, bottom: 160 };
    const unplaced = { markup: '<g data-run="lost"><!--wm-part:3--></g>', top: 0, bottom: 10 };
    const p = new StripPicture({ svg, parts: [card, run(120, 130, 'title'), unplaced, run(0, 10, 'lostTitle')] });
    // The card covers 500–560 and its title 520–530; the scaled block has no known place,
    // so it and its run go everywhere.
    expect(runsOf(p.stripSvg(100, 1000, 500, 10))).toEqual(['card', 'lost', 'lostTitle']);
    expect(runsOf(p.stripSvg(100, 1000, 525, 10))).toEqual(['card', 'title', 'lost', 'lostTitle']);
    expect(runsOf(p.stripSvg(100, 1000, 800, 10))).toEqual(['lost', 'lostTitle']);
    expect(p.partsIn(0, 1000)).toBe(4);
  });

  for (const name of ['northwind-outdoor', 'flowboard-saas-onboarding'] as const) {
    it(`${name} in strips: each strip parses only its own parts, and the strips tile the whole picture at any scale`, async () => {
      const journey = sample(name);
      const { outlineText, deferBlock, parts } = deferParts(outliner);
      const svg = renderJourneySvg(journey, { outlineText, deferBlock }, measure);
      const picture = new StripPicture({ svg, parts });
      const h = picture.height;
      expect(parts.length).toBeGreaterThan(100);
      // A strip a tenth of the map high holds a small share of the parts.
      expect(picture.partsIn(h * 0.45, h * 0.55)).toBeLessThan(parts.length / 3);
      expect(picture.partsIn(0, h)).toBe(parts.length);

      // The reference: the same outlined picture as one SVG, drawn in one piece by resvg.
      const whole = renderJourneySvg(journey, { outlineText: await createTextOutliner(fonts) }, measure);
      for (const scale of [1, 1.37]) {
        const w = Math.ceil(picture.width * scale); const hh = Math.ceil(picture.height * scale);
        const reference = new Resvg(whole, { fitTo: { mode: 'width', value: w }, background: 'white', font: { loadSystemFonts: false } }).render();
        expect([reference.width, reference.height]).toEqual([w, hh]);
        // 40,000-pixel strips: dozens of strips, many edges through cards and text.
        const png = await exportPng({ svg, parts }, { scale, stripPixels: 40_000, fonts });
        const strips = decodePng(png.data);
        expect([strips.width, strips.height]).toEqual([w, hh]);
        // Leaving parts out changes no pixel: the same strips with every part in every strip.
        const everything = decodePng((await exportPng(whole, { scale, stripPixels: 40_000, fonts })).data);
        expect(strips.data.equals(everything.data), `scale ${scale}: a left-out part touched its strip`).toBe(true);
        // The strips tile the picture: against resvg drawing it in one piece, anti-aliasing
        // differs a little (the two scale it by different transforms). Without the overlap at
        // each edge (png.ts OVERLAP_ROWS) the seams differ by up to 92.
        const d = pixelDifference(strips.data, decodePng(reference.asPng()).data);
        expect(d.mean, `scale ${scale}`).toBeLessThan(0.05);
        expect(d.max, `scale ${scale}`).toBeLessThan(80);
      }
    });
  }
});
