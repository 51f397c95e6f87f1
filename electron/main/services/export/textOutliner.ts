/**
 * Text as outlines for the PNG: each <text> of the export SVG becomes one <path> of Inter's
 * glyph outlines, shaped by HarfBuzz (harfbuzzjs, its WebAssembly build) with the font's
 * default features (kerning, contextual alternates), as resvg's own HarfBuzz port shapes it.
 *
 * Why: resvg shapes and outlines every glyph of every text element anew when it parses the
 * SVG, about 15 µs a glyph; a 500-card map has some 50,000 glyphs, so parsing took 0.8–1.0 s
 * of a PNG export. Here a run of text is shaped once (HarfBuzz, 10–50 µs a word) and a glyph
 * outlined once per size, and a text element costs a string join. The .svg and PDF exports keep real <text> (selectable).
 *
 * Whitespace follows SVG's default (xml:space="default") as resvg applies it: newlines and
 * tabs made spaces, runs of spaces collapsed, leading and trailing spaces stripped.
 * Italic is drawn upright, as resvg draws it (Inter's italic is not bundled). There is no
 * bidirectional reordering: a right-to-left run is shaped as one segment in its own
 * direction; Waymark's bundled font is Latin, Greek and Cyrillic only.
 */
import type * as HarfBuzzModule from 'harfbuzzjs';
import { attrs } from '../../../../shared/export/escape';
import type { TextOutliner, TextStyle } from '../../../../shared/export/svgText';
import type { DeferredPart, RunOutliner } from '../../../../shared/export/StripPicture';
import type { InterFonts } from './fonts';

type HarfBuzz = typeof HarfBuzzModule;
type HbFont = InstanceType<HarfBuzz['Font']>;
interface Shaped { glyph: number; xAdvance: number; xOffset: number; yOffset: number }
/**
 * A glyph's outline at one size: its first point from the pen position, then relative
 * commands; top and bottom of its points (control points included), in hundredths, y down.
 */
interface GlyphOutline { fx: number; fy: number; rest: string; top: number; bottom: number }

/** One run of text as outlines: the path markup and how far it reaches up and down (canvas units). */
type OutlinedRun = DeferredPart;

/** Outlines a run of text; undefined when nothing would be drawn (blank text). The picture's strips keep the runs (shared/export/StripPicture.ts). */
export type { RunOutliner };

/** Shaped runs and glyph outlines kept per outliner; past this many, a cache starts again (memory stays bounded). */
const CACHE_LIMIT = 50_000;

/** Hundredths of a pixel: absolute coordinates are rounded once, relative steps are exact differences. */
const hundredths = (v: number) => Math.round(v * 100);
const fmt = (h: number) => String(h / 100);

/** Outlines glyphs through one set of HarfBuzz draw callbacks: (font, glyph, pixels per font unit) → outline, y down. */
function glyphOutliner(hb: HarfBuzz): (font: HbFont, glyph: number, scale: number) => GlyphOutline {
  let scale = 1;
  let first: [number, number] | undefined;
  let px = 0; let py = 0;
  let startX = 0; let startY = 0;
  let out = '';
  let top = 0; let bottom = 0;
  const to = (x: number, y: number): [number, number] => {
    const hy = hundredths(-y * scale);
    if (hy < top) top = hy; else if (hy > bottom) bottom = hy;
    return [hundredths(x * scale), hy];
  };
  const step = ([hx, hy]: [number, number]) => `${fmt(hx - px)} ${fmt(hy - py)}`;
  const draw = new hb.DrawFuncs();
  draw.setMoveToFunc((x, y) => {
    const p = to(x, y);
    if (!first) first = p; else out += `m${step(p)}`;
    [px, py] = p; startX = px; startY = py;
  });
  draw.setLineToFunc((x, y) => { const p = to(x, y); out += `l${step(p)}`; [px, py] = p; });
  // Control points are relative to the segment's start, like its end point.
  draw.setQuadraticToFunc((cx, cy, x, y) => { const c = to(cx, cy); const p = to(x, y); out += `q${step(c)} ${step(p)}`; [px, py] = p; });
  draw.setCubicToFunc((c1x, c1y, c2x, c2y, x, y) => {
    const a = to(c1x, c1y); const b = to(c2x, c2y); const p = to(x, y);
    out += `c${step(a)} ${step(b)} ${step(p)}`; [px, py] = p;
  });
  // After a close the pen is back at the subpath's start: the next move is from there.
  draw.setClosePathFunc(() => { out += 'z'; px = startX; py = startY; });
  return (font, glyph, glyphScale) => {
    scale = glyphScale; first = undefined; px = 0; py = 0; out = ''; top = 0; bottom = 0;
    font.drawGlyph(glyph, draw);
    const start = first as [number, number] | undefined;
    return start ? { fx: start[0], fy: start[1], rest: out, top, bottom } : { fx: 0, fy: 0, rest: '', top: 0, bottom: 0 };
  };
}

/** SVG's default whitespace handling, as resvg applies it (newlines become spaces, as in browsers). */
export function svgWhitespace(content: string): string {
  // Spaces only: String.trim would also strip no-break spaces, which the renderer uses on purpose.
  return content.replace(/[\r\n\t]/g, ' ').replace(/ {2,}/g, ' ').replace(/^ | $/g, '');
}

let harfBuzz: Promise<HarfBuzz> | undefined;
/** harfbuzzjs is an ES module that instantiates its WebAssembly on import: loaded once, on first use. */
function loadHarfBuzz(): Promise<HarfBuzz> {
  harfBuzz ??= import('harfbuzzjs');
  return harfBuzz;
}

export async function createRunOutliner(fonts: InterFonts): Promise<RunOutliner> {
  const hb = await loadHarfBuzz();
  const face = (data: Buffer) => new hb.Face(new hb.Blob(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer));
  const regular = face(fonts.data.regular);
  // The three weights share Inter's em (2048 units); HarfBuzz works in font units by default.
  const upem = regular.upem;
  const faces: Record<400 | 600 | 700, HbFont> = { 400: new hb.Font(regular), 600: new hb.Font(face(fonts.data.semibold)), 700: new hb.Font(face(fonts.data.bold)) };
  const drawGlyph = glyphOutliner(hb);
  let shapedRuns = new Map<string, Shaped[]>();
  let outlines = new Map<string, GlyphOutline>();

  const shape = (weight: 400 | 600 | 700, run: string): Shaped[] => {
    const key = `${weight}|${run}`;
    let shaped = shapedRuns.get(key);
    if (!shaped) {
      if (shapedRuns.size >= CACHE_LIMIT) shapedRuns = new Map();
      const buffer = new hb.Buffer();
      buffer.addText(run);
      buffer.guessSegmentProperties();
      hb.shape(faces[weight], buffer);
      const positions = buffer.getGlyphPositions();
      shaped = buffer.getGlyphInfos().map((g, i) => ({ glyph: g.codepoint, xAdvance: positions[i]!.xAdvance, xOffset: positions[i]!.xOffset, yOffset: positions[i]!.yOffset }));
      shapedRuns.set(key, shaped);
    }
    return shaped;
  };
  const outline = (weight: 400 | 600 | 700, size: number, glyph: number, scale: number): GlyphOutline => {
    const key = `${weight}|${size}|${glyph}`;
    let o = outlines.get(key);
    if (!o) {
      if (outlines.size >= CACHE_LIMIT) outlines = new Map();
      o = drawGlyph(faces[weight], glyph, scale);
      outlines.set(key, o);
    }
    return o;
  };

  return (x: number, y: number, content: string, style: TextStyle): OutlinedRun | undefined => {
    const textContent = svgWhitespace(content);
    if (!textContent) return undefined;
    const weight = style.weight ?? 400;
    const scale = style.size / upem;
    const spacing = (style.letterSpacing ?? 0) * style.size;
    // The whole run is shaped at once: Inter kerns some pairs with a space (a comma and a
    // space in the bold) and picks a dash's height from the letters beyond the spaces around
    // it, which words shaped apart would lose.
    const glyphs = shape(weight, textContent);
    let advance = 0;
    for (const g of glyphs) advance += g.xAdvance * scale;
    // The last glyph's spacing does not count toward the anchor (as resvg measures it).
    const width = advance + spacing * Math.max(0, glyphs.length - 1);
    let pen = x - (style.anchor === 'middle' ? width / 2 : style.anchor === 'end' ? width : 0);
    let d = '';
    let top = Infinity; let bottom = -Infinity;
    for (const g of glyphs) {
      const o = outline(weight, style.size, g.glyph, scale);
      if (o.rest) {
        const oy = hundredths(y - g.yOffset * scale);
        d += `M${fmt(hundredths(pen + g.xOffset * scale) + o.fx)} ${fmt(oy + o.fy)}${o.rest}`;
        top = Math.min(top, oy + o.top); bottom = Math.max(bottom, oy + o.bottom);
      }
      pen += g.xAdvance * scale + spacing;
    }
    if (!d) return undefined;
    return { markup: `<path${attrs({ d, fill: style.fill, 'fill-opacity': style.opacity })}/>`, top: top / 100, bottom: bottom / 100 };
  };
}

/** The outliner for SvgExportOptions.outlineText: the path in place of each <text>. */
export async function createTextOutliner(fonts: InterFonts): Promise<TextOutliner> {
  const run = await createRunOutliner(fonts);
  return (x, y, content, style) => run(x, y, content, style)?.markup ?? '';
}
