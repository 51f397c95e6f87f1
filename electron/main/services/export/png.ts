/**
 * PNG: the export SVG rasterized by resvg with the bundled Inter only (loadSystemFonts off,
 * so the picture is the same on every machine), at a scale (1–4) or a DPI (SVG units are CSS
 * pixels, 96 per inch), with a pHYs chunk saying the DPI so print layout tools size it right.
 *
 * Pixel cap: a map at a high DPI can ask for more pixels than memory allows. Policy: by
 * default the export is DOWNSCALED to fit MAX_PNG_PIXELS (and MAX_PNG_SIDE per side) and the
 * result says so in `notice` (a sentence the caller shows); with `onTooLarge: 'refuse'` it
 * throws PngTooLargeError instead. The pHYs DPI follows the scale actually used.
 */
import { Resvg } from '@resvg/resvg-js';
import { readPhysDpi, withPhys as withPhysBytes } from '../../../../shared/export/pngPhys';
import { loadInterFonts, type InterFonts } from './fonts';
import { svgSize } from '../../../../shared/export/svgSize';

export { svgSize };

export const MAX_PNG_PIXELS = 120_000_000;
export const MAX_PNG_SIDE = 32_000;
export const CSS_DPI = 96;

export interface PngOptions {
  /** 1–4; ignored when dpi is given. Default 2. */
  scale?: number;
  /** 24–1200; sets the scale to dpi / 96. */
  dpi?: number;
  background?: 'white' | 'transparent';
  onTooLarge?: 'downscale' | 'refuse';
  /** The pixel cap (default MAX_PNG_PIXELS); lower it for a memory-tight process. */
  maxPixels?: number;
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

/** Puts (or replaces) a pHYs chunk right after IHDR: pixels per metre for `dpi` (shared/export/pngPhys.ts). */
export function withPhys(png: Buffer, dpi: number): Buffer {
  const out = withPhysBytes(png, dpi);
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}

export { readPhysDpi };

export function exportPng(svg: string, options: PngOptions = {}): PngResult {
  const asked = resolvePngScale(options);
  const size = svgSize(svg);
  let scale = asked.scale;
  let notice: string | undefined;
  const cap = options.maxPixels ?? MAX_PNG_PIXELS;
  const w = Math.ceil(size.width * scale);
  const h = Math.ceil(size.height * scale);
  if (w * h > cap || w > MAX_PNG_SIDE || h > MAX_PNG_SIDE) {
    const fit = Math.min(Math.sqrt(cap / (size.width * size.height)), MAX_PNG_SIDE / size.width, MAX_PNG_SIDE / size.height) * 0.999;
    const message = `The map is too large for a ${w} × ${h} px PNG (limit ${Math.round(cap / 1e5) / 10} megapixels, ${MAX_PNG_SIDE} px per side)`;
    if (options.onTooLarge === 'refuse') throw new PngTooLargeError(`${message}. Choose a lower scale or DPI (at most ${Math.floor(fit * CSS_DPI)} DPI), or export a PDF.`);
    scale = fit;
    notice = `${message}; it was exported at ${Math.round(fit * CSS_DPI)} DPI instead of ${Math.round(asked.dpi)} DPI.`;
  }
  const fonts = options.fonts ?? loadInterFonts();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: options.background === 'transparent' ? undefined : 'white',
    font: { loadSystemFonts: false, fontFiles: [fonts.paths.regular, fonts.paths.semibold, fonts.paths.bold], defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
    shapeRendering: 2,
    textRendering: 1,
    imageRendering: 0,
  });
  const image = resvg.render();
  const dpi = scale * CSS_DPI;
  const data = withPhys(Buffer.from(image.asPng()), dpi);
  return { data, width: image.width, height: image.height, scale, dpi, ...(notice ? { notice } : {}) };
}
