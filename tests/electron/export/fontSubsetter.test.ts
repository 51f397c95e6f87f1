/**
 * The .svg file's fonts cut to the characters it uses (fontSubsetter.ts): text shaped with a
 * cut font must give the same glyph outlines at the same places as with the whole font, the
 * cut font must hold every character the picture shows and no others, and the file shrinks.
 * HarfBuzz (harfbuzzjs, the shaper the PNG export uses) is the judge: it shapes a string with
 * both fonts and draws each glyph as a path.
 */
import fc from 'fast-check';
import * as hb from 'harfbuzzjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportJourney, exportSvgFile } from '../../../electron/main/services/export/exportJourney';
import { codePointsOf, type FontSubsetter, loadFontSubsetter } from '../../../electron/main/services/export/fontSubsetter';
import { loadInterFonts } from '../../../electron/main/services/export/fonts';
import { loadJourney } from '../../../shared/file/loadJourney';
import { readFileSync } from 'node:fs';

const fonts = loadInterFonts();
let subset: FontSubsetter;
beforeAll(async () => { subset = await loadFontSubsetter(); });

const fontOf = (bytes: Uint8Array) => new hb.Font(new hb.Face(new hb.Blob(bytes.slice().buffer)));
/** Each glyph of `text` shaped by `font`: its outline and where it goes. */
function shaped(font: hb.Font, text: string): string[] {
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const positions = buffer.getGlyphPositions();
  return buffer.getGlyphInfos().map((g, i) => `${font.glyphToPath(g.codepoint)} @${positions[i]!.xAdvance},${positions[i]!.xOffset},${positions[i]!.yOffset}`);
}
const unicodes = (bytes: Uint8Array) => new Set(new hb.Face(new hb.Blob(bytes.slice().buffer)).collectUnicodes());

describe('codePointsOf', () => {
  it('takes every character of the markup, and those written as references', () => {
    const got = codePointsOf('<text>A &amp; B &lt;3 it&#39;s &#x2192; &quot;x&quot; 🙂 &nbsp;</text>');
    for (const ch of ['A', '&', '<', "'", '→', '"', '🙂', 't', 'e', 'x']) expect(got.has(ch.codePointAt(0)!), ch).toBe(true);
    // An unknown name adds nothing (its letters are there anyway).
    expect(got.has(0xa0)).toBe(false);
  });
});

describe('cutting Inter to the characters a picture uses', { timeout: 30_000 }, () => {
  // "Cafe\u0301" is how macOS may hand over a file name: e and a combining acute, composed to é by the shaper.
  const sample = 'Searches “wide trail running shoes” — café ▼ 72.0% drop-off · 28.0% continue · Δt 4 s ★ 4.5 · fi ffl → Ü · Cafe\u0301';

  it.each(['regular', 'semibold', 'bold'] as const)('%s: the same glyphs at the same places as the whole font, at a fraction of its size', (weight) => {
    const whole = fonts.data[weight];
    const cut = subset(whole, codePointsOf(sample))!;
    expect(cut).not.toBeNull();
    expect(cut.byteLength).toBeLessThan(whole.byteLength / 5);
    expect(shaped(fontOf(cut), sample)).toEqual(shaped(fontOf(whole), sample));
  });

  it('holds the characters asked for and not the others', () => {
    const cut = unicodes(subset(fonts.data.regular, codePointsOf('Cart'))!);
    for (const ch of 'Cart') expect(cut.has(ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of 'Zq€') expect(cut.has(ch.codePointAt(0)!), ch).toBe(false);
  });

  it('shapes any text of Inter\'s characters the same with the font cut to that text (property)', () => {
    const whole = fontOf(fonts.data.semibold);
    // Combining marks are left out: a letter with several of them may come out as other
    // (valid) glyphs, composed differently (see fontSubsetter.ts). One mark is checked below.
    const alphabet = [...unicodes(fonts.data.semibold)].filter((cp) => cp >= 0x20 && (cp < 0xd800 || cp > 0xdfff)).map((cp) => String.fromCodePoint(cp)).filter((ch) => !/\p{M}/u.test(ch));
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 24 }).map((a) => a.join('')), (text) => {
      // Cut as the exporter cuts: to the characters of the markup, which always has tags and spaces.
      expect(shaped(fontOf(subset(fonts.data.semibold, codePointsOf(`<text x="0">${text}</text>`))!), text)).toEqual(shaped(whole, text));
    }), { numRuns: 200 });
  });

  it('says so when it cannot cut (not a font), and the file then carries the whole font', () => {
    expect(subset(new Uint8Array([1, 2, 3, 4]), [65])).toBeNull();
    const r = loadJourney(readFileSync('assets/samples/northwind-outdoor.journey'));
    if (!r.ok) throw new Error(r.error.message);
    const failing: FontSubsetter = () => null;
    const svg = exportSvgFile(r.value.journey, {}, fonts, undefined, failing).toString('utf8');
    expect(svg).toContain(fonts.data.bold.toString('base64'));
  });
});

describe('the .svg file', { timeout: 30_000 }, () => {
  it('embeds each weight cut to the characters of its text: every character it shows is in every font, and the file is an eighth of its size with whole fonts', async () => {
    const r = loadJourney(readFileSync('assets/samples/northwind-outdoor.journey'));
    if (!r.ok) throw new Error(r.error.message);
    const svg = (await exportJourney(r.value.journey, 'svg', { fonts })).data.toString('utf8');
    const whole = exportSvgFile(r.value.journey, {}, fonts, undefined, true);
    expect(svg.length).toBeLessThan(whole.byteLength / 6);
    const faces = [...svg.matchAll(/font-weight:(\d+);[^}]*base64,([A-Za-z0-9+/=]+)/g)].map((m) => [Number(m[1]), unicodes(Buffer.from(m[2]!, 'base64'))] as const);
    expect(faces.map(([w]) => w)).toEqual([400, 600, 700]);
    const shown = new Set<number>();
    for (const m of svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)) for (const cp of codePointsOf(m[1]!)) shown.add(cp);
    expect(shown.size).toBeGreaterThan(60);
    for (const [weight, cmap] of faces) {
      const missing = [...shown].filter((cp) => !cmap.has(cp));
      expect(missing.map((cp) => String.fromCodePoint(cp)), `weight ${weight}`).toEqual([]);
    }
  });
});
