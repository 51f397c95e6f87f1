/**
 * PNG: the export SVG rasterized by resvg with the bundled Inter only (loadSystemFonts off,
 * so the picture is the same on every machine), at a scale (1–4) or a DPI (SVG units are CSS
 * pixels, 96 per inch), with a pHYs chunk saying the DPI so print layout tools size it right.
 *
 * Pixel cap: a map at a high DPI can ask for more pixels than memory allows. Policy: by
 * default the export is DOWNSCALED to fit MAX_PNG_PIXELS (and MAX_PNG_SIDE per side) and the
 * result says so in `notice` (a sentence the caller shows); with `onTooLarge: 'refuse'` it
 * throws PngTooLargeError instead. The pHYs DPI follows the scale actually used.
 *
 * Strips: the bitmap is drawn in strips of about 6 megapixels (StripPicture.ts), a few at a
 * time on the thread pool, and each strip goes into the PNG as it comes (PngStripEncoder.ts).
 * A 100-megapixel export holds a few strips, not 400 MB of pixels, and uses every core.
 */
import type { RenderedImage, ResvgRenderOptions } from '@resvg/resvg-js';
import { availableParallelism } from 'node:os';
import { readPhysDpi } from '../../../../shared/export/pngPhys';
import { loadInterFonts, type InterFonts } from './fonts';
import { PngStripEncoder } from './PngStripEncoder';
import { StripPicture, type DeferredPicture } from '../../../../shared/export/StripPicture';

export const MAX_PNG_PIXELS = 120_000_000;
export const MAX_PNG_SIDE = 32_000;
export const CSS_DPI = 96;

export interface PngOptions {
  /** 1–4; ignored when dpi is given. Default 2. */
  scale?: number;
  /** 24–1200; sets the scale to dpi / 96. */
  dpi?: number;
  background?: 'white' | 'transparent';
  /**
   * The page color (#rrggbb) under an opaque picture, instead of white. For an SVG drawn
   * without its own full-page rectangle: filling the bitmap is much cheaper than painting
   * a rectangle over every pixel (exportJourney does this with the theme's background).
   */
  pageColor?: string;
  onTooLarge?: 'downscale' | 'refuse';
  /** The pixel cap (default MAX_PNG_PIXELS); lower it for a memory-tight process. */
  maxPixels?: number;
  /** Pixels per strip (default STRIP_PIXELS); tests lower it to cut small pictures into many strips. */
  stripPixels?: number;
  fonts?: InterFonts;
}

export interface PngResult {
  data: Buffer;
  width: number;
  height: number;
  /** The scale used (may be below the one asked for, see notice). */
  scale: number;
  dpi: number;
  notice?: string;
}

export class PngTooLargeError extends Error {
  override readonly name = 'PngTooLargeError';
}


export function resolvePngScale(options: PngOptions): { scale: number; dpi: number } {
  if (options.dpi !== undefined) {
    if (!Number.isFinite(options.dpi) || options.dpi < 24 || options.dpi > 1200) throw new RangeError('DPI must be between 24 and 1200.');
    return { scale: options.dpi / CSS_DPI, dpi: options.dpi };
  }
  const scale = options.scale ?? 2;
  if (!Number.isFinite(scale) || scale < 1 || scale > 4) throw new RangeError('Scale must be between 1 and 4.');
  return { scale, dpi: scale * CSS_DPI };
}

export { readPhysDpi };

/**
 * Pixels per strip: 24 MB of RGBA each in flight. Measured at 500 cards, 2×: 4, 6 and 8 MP
 * take the same time within noise (each strip parses the shapes shared by all strips,
 * about 20 ms); 12 and 16 MP are slower (fresh memory is slow to touch) and hold more.
 */
export const STRIP_PIXELS = 6_000_000;

/** Rows drawn beyond each edge of a strip and dropped (see exportPng). */
const OVERLAP_ROWS = 4;

/** Strips drawn at once: one per core, at most 3 (Node's thread pool has 4 threads; zlib takes one). */
export const PARALLEL_STRIPS = Math.max(1, Math.min(3, availableParallelism()));

/**
 * The picture as PNG. `picture` is an SVG, or one drawn with its text runs and cards kept
 * aside (StripPicture.ts deferParts), which is how exportJourney hands it over: then each
 * strip parses only the parts it shows.
 */
export async function exportPng(picture: string | DeferredPicture, options: PngOptions = {}): Promise<PngResult> {
  const asked = resolvePngScale(options);
  const strips = new StripPicture(picture);
  const size = { width: strips.width, height: strips.height };
  let scale = asked.scale;
  let notice: string | undefined;
  const cap = options.maxPixels ?? MAX_PNG_PIXELS;
  let w = Math.ceil(size.width * scale);
  let h = Math.ceil(size.height * scale);
  if (w * h > cap || w > MAX_PNG_SIDE || h > MAX_PNG_SIDE) {
    const fit = Math.min(Math.sqrt(cap / (size.width * size.height)), MAX_PNG_SIDE / size.width, MAX_PNG_SIDE / size.height) * 0.999;
    const message = `The map is too large for a ${w} × ${h} px PNG (limit ${Math.round(cap / 1e5) / 10} megapixels, ${MAX_PNG_SIDE} px per side)`;
    if (options.onTooLarge === 'refuse') throw new PngTooLargeError(`${message}. Choose a lower scale or DPI (at most ${Math.floor(fit * CSS_DPI)} DPI), or export a PDF.`);
    scale = fit;
    notice = `${message}; it was exported at ${Math.round(fit * CSS_DPI)} DPI instead of ${Math.round(asked.dpi)} DPI.`;
    w = Math.ceil(size.width * scale);
    h = Math.ceil(size.height * scale);
  }
  const fonts = options.fonts ?? loadInterFonts();
  const transparent = options.background === 'transparent';
  const resvgOptions: ResvgRenderOptions = {
    fitTo: { mode: 'original' },
    ...(transparent ? {} : { background: options.pageColor && /^#[0-9a-f]{6}$/i.test(options.pageColor) ? options.pageColor : 'white' }),
    font: { loadSystemFonts: false, fontFiles: [fonts.paths.regular, fonts.paths.semibold, fonts.paths.bold], defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
    shapeRendering: 2,
    textRendering: 1,
    imageRendering: 0,
  };
  const dpi = scale * CSS_DPI;
  const encoder = new PngStripEncoder(w, h, dpi);
  const rowsPerStrip = Math.max(1, Math.floor((options.stripPixels ?? STRIP_PIXELS) / w));
  const tops: number[] = [];
  for (let top = 0; top < h; top += rowsPerStrip) tops.push(top);
  const rowsAt = (i: number) => Math.min(rowsPerStrip, h - tops[i]!);
  // Each strip is drawn with OVERLAP_ROWS more above and below, then trimmed: resvg's
  // anti-aliasing of an edge that starts or ends outside the bitmap differs in the first
  // and last rows, which would show as seams.
  const windowOf = (i: number) => {
    const from = Math.max(0, tops[i]! - OVERLAP_ROWS);
    return { from, rows: Math.min(h, tops[i]! + rowsAt(i) + OVERLAP_ROWS) - from };
  };
  // resvg loads at the first PNG, not with this module: its allocator reads its settings
  // (exportProcessEnv) from the environment as it loads, whatever order an entry's imports run in.
  const { renderAsync } = await import('@resvg/resvg-js');
  // Strips are drawn PARALLEL_STRIPS at a time on the thread pool and encoded in order.
  const drawing: (Promise<RenderedImage> | undefined)[] = [];
  const draw = (i: number) => {
    if (i >= tops.length || drawing[i]) return;
    const { from, rows } = windowOf(i);
    const job = renderAsync(strips.stripSvg(w, h, from, rows), resvgOptions);
    job.catch(() => undefined); // awaited below; a failure after an earlier one is not reported twice
    drawing[i] = job;
  };
  try {
    for (let i = 0; i < PARALLEL_STRIPS; i++) draw(i);
    for (let i = 0; i < tops.length; i++) {
      const image = await drawing[i]!;
      drawing[i] = undefined;
      draw(i + PARALLEL_STRIPS);
      const { from, rows: drawn } = windowOf(i);
      if (image.width !== w || image.height !== drawn) throw new Error(`resvg drew a ${image.width} × ${image.height} strip where ${w} × ${drawn} was asked.`);
      const rows = rowsAt(i);
      const skip = (tops[i]! - from) * w * 4;
      await encoder.addStrip(image.pixels.subarray(skip, skip + rows * w * 4), rows, transparent);
    }
    const data = await encoder.finish();
    return { data, width: w, height: h, scale, dpi, ...(notice ? { notice } : {}) };
  } catch (error) {
    encoder.abort();
    throw error;
  }
}
