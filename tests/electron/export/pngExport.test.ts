/**
 * The PNG: dimensions follow the scale or DPI, the pHYs chunk says the DPI (read back with
 * ImageMagick, independent of the exporter), transparency, the pixel cap, and fonts from the
 * bundled Inter only.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJourney } from '../../../electron/main/services/export/exportJourney';
import { createInterMeasure } from '../../../electron/main/services/export/interMeasure';
import { exportPng, PngTooLargeError, readPhysDpi } from '../../../electron/main/services/export/png';
import { renderJourneySvg } from '../../../shared/export/renderJourneySvg';
import { Resvg } from '@resvg/resvg-js';
import { loadInterFonts } from '../../../electron/main/services/export/fonts';
import { decodePng, pixelDifference } from './pngPixels';

const fonts = loadInterFonts();
import { sample } from '../../unit/export/fixtures';

let dir = '';
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'wm-png-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Width and height from IHDR, read here rather than trusting the exporter's report. */
function ihdr(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function identify(png: Buffer, format: string): string {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.png`);
  writeFileSync(path, png);
  return execFileSync('identify', ['-units', 'PixelsPerInch', '-format', format, path], { encoding: 'utf8' });
}

const svg = renderJourneySvg(sample('flowboard-saas-onboarding'), {}, createInterMeasure());
const W = Number(/width="(\d+)"/.exec(svg)![1]);
const H = Number(/height="(\d+)"/.exec(svg)![1]);

describe('PNG export', { timeout: 30_000 }, () => {
  for (const scale of [1, 2, 3]) {
    it(`scale ${scale}: ${scale}× the SVG size, pHYs ${96 * scale} DPI`, async () => {
      const out = await exportPng(svg, { scale });
      expect(ihdr(out.data)).toEqual({ width: Math.ceil(W * scale), height: Math.ceil(H * scale) });
      expect(Number(identify(out.data, '%x'))).toBeCloseTo(96 * scale, 1);
    });
  }

  it('300 DPI: the size for 300 DPI and a pHYs chunk that says 300', async () => {
    const out = await exportPng(svg, { dpi: 300 });
    const { width, height } = ihdr(out.data);
    expect(Math.abs(width - W * 300 / 96)).toBeLessThanOrEqual(1);
    expect(Math.abs(height - H * 300 / 96)).toBeLessThanOrEqual(1);
    expect(identify(out.data, '%x %y')).toMatch(/^300(\.\d+)? 300(\.\d+)?$/);
    expect(readPhysDpi(out.data)).toBeCloseTo(300, 1);
    // ImageMagick decodes the whole file: chunk CRCs are right.
    expect(identify(out.data, '%w')).toBe(String(width));
  });

  it('refuses scales and DPIs out of range', async () => {
    await expect(exportPng(svg, { scale: 5 })).rejects.toThrow(RangeError);
    await expect(exportPng(svg, { scale: 0.5 })).rejects.toThrow(RangeError);
    await expect(exportPng(svg, { dpi: 2000 })).rejects.toThrow(RangeError);
  });

  it('over the pixel cap: downscales with a notice by default, or refuses', async () => {
    const out = await exportPng(svg, { scale: 4, maxPixels: 2_000_000 });
    const { width, height } = ihdr(out.data);
    expect(width * height).toBeLessThanOrEqual(2_000_000);
    expect(out.scale).toBeLessThan(4);
    expect(out.notice).toMatch(/too large.*2 megapixels.*exported at \d+ DPI instead of 384 DPI/);
    expect(readPhysDpi(out.data)).toBeCloseTo(out.scale * 96, 0);
    await expect(exportPng(svg, { scale: 4, maxPixels: 2_000_000, onTooLarge: 'refuse' })).rejects.toThrow(PngTooLargeError);
    await expect(exportPng(svg, { scale: 4, maxPixels: 2_000_000, onTooLarge: 'refuse' })).rejects.toThrow(/at most \d+ DPI/);
  });

  it('transparent background: the corner pixel is fully transparent; white otherwise', async () => {
    const j = sample('flowboard-saas-onboarding');
    const clear = await exportJourney(j, 'png', { png: { scale: 1, background: 'transparent' } });
    expect(identify(clear.data, '%[pixel:p{1,1}]')).toMatch(/^srgba\(0,0,0,0\)|none|^rgba\(0,0,0,0\)/);
    const solid = await exportJourney(j, 'png', { png: { scale: 1 } });
    expect(identify(solid.data, '%[pixel:p{1,1}]')).not.toMatch(/,0\)$|none/);
  });

  it('the export (text as outlines, drawn in strips) looks as resvg draws the plain SVG in one piece', async () => {
    const j = sample('northwind-outdoor');
    for (const theme of ['light', 'dark'] as const) {
      const reference = new Resvg(renderJourneySvg(j, { theme }, createInterMeasure()), {
        fitTo: { mode: 'zoom', value: 1 }, background: 'white',
        font: { loadSystemFonts: false, fontFiles: Object.values(fonts.paths), defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
      }).render();
      const ours = decodePng((await exportJourney(j, 'png', { svg: { theme }, png: { scale: 1, stripPixels: 200_000 } })).data);
      expect([ours.width, ours.height]).toEqual([reference.width, reference.height]);
      const d = pixelDifference(ours.data, decodePng(reference.asPng()).data);
      // Anti-aliasing and sub-pixel glyph placement only; a missing card title gives over 1.
      expect(d.mean, theme).toBeLessThan(0.25);
    }
  });

  it('uses the bundled Inter only: a system font (DejaVu Sans is installed here) is not loaded', async () => {
    const tiny = (family: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="40"><text x="4" y="28" font-size="20" font-family="${family}">Waymark ágQ 123</text></svg>`;
    const inter = (await exportPng(tiny('Inter'), { scale: 1 })).data;
    expect((await exportPng(tiny('DejaVu Sans'), { scale: 1 })).data.equals(inter)).toBe(true);
    const blank = (await exportPng(tiny('Inter').replace(/Waymark ágQ 123/, ''), { scale: 1 })).data;
    expect(inter.equals(blank)).toBe(false);
  });
});
