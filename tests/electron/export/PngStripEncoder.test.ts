/**
 * The strip-by-strip PNG writer: whatever the strips, the file decodes (by ImageMagick, not
 * by this code) to exactly the pixels given; premultiplied pixels come out as resvg's own
 * PNG writer gives them; it refuses the wrong number of rows.
 */
import { Resvg } from '@resvg/resvg-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demultiply, PngStripEncoder } from '../../../electron/main/services/export/PngStripEncoder';
import { readPhysDpi } from '../../../shared/export/pngPhys';
import { decodePng } from './pngPixels';

async function encode(width: number, height: number, pixels: Uint8Array, cuts: number[], dpi = 96): Promise<Buffer> {
  const encoder = new PngStripEncoder(width, height, dpi);
  const stride = width * 4;
  let row = 0;
  for (const rows of [...cuts, height - cuts.reduce((a, b) => a + b, 0)]) {
    if (rows <= 0) continue;
    // A copy: the encoder may change premultiplied input in place.
    await encoder.addStrip(pixels.slice(row * stride, (row + rows) * stride), rows, false);
    row += rows;
  }
  return encoder.finish();
}

describe('PngStripEncoder', { timeout: 60_000 }, () => {
  it('any pixels cut into any strips decode to the same pixels (property)', async () => {
    await fc.assert(fc.asyncProperty(
      fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 6 }), fc.integer(),
      async (width, height, cuts, seed) => {
        const pixels = new Uint8Array(width * height * 4);
        let x = seed | 0;
        for (let i = 0; i < pixels.length; i++) { x = (x * 1103515245 + 12345) | 0; pixels[i] = (x >>> 16) & 255; }
        const fitting: number[] = [];
        let used = 0;
        for (const c of cuts) if (used + c < height) { fitting.push(c); used += c; }
        const png = await encode(width, height, pixels, fitting);
        const decoded = decodePng(png);
        expect([decoded.width, decoded.height]).toEqual([width, height]);
        expect(decoded.data.equals(Buffer.from(pixels))).toBe(true);
      },
    ), { numRuns: 30 });
  });

  it('says its DPI in a pHYs chunk', async () => {
    const png = await encode(2, 2, new Uint8Array(16), [], 300);
    expect(readPhysDpi(png)).toBeCloseTo(300, 1);
  });

  it('premultiplied pixels (resvg’s) come out as resvg’s own PNG writer gives them', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="32"><rect width="64" height="32" fill="#2563eb" fill-opacity="0.37"/><circle cx="20" cy="16" r="12" fill="#dc2626" fill-opacity="0.6"/><text x="30" y="24" font-size="20" fill="#111" fill-opacity="0.8">Ag</text></svg>';
    const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    const encoder = new PngStripEncoder(image.width, image.height, 96);
    await encoder.addStrip(image.pixels, image.height, true);
    const ours = decodePng(await encoder.finish());
    expect(ours.data.equals(decodePng(image.asPng()).data)).toBe(true);
  });

  it('demultiply: opaque pixels unchanged, transparent ones zero', () => {
    const px = new Uint8Array([10, 20, 30, 255, 9, 9, 9, 0, 64, 32, 0, 128]);
    demultiply(px);
    expect([...px]).toEqual([10, 20, 30, 255, 0, 0, 0, 0, 128, 64, 0, 128]);
  });

  it('refuses too many rows, too few, or a strip shorter than its rows', async () => {
    const e = new PngStripEncoder(2, 2, 96);
    await expect(e.addStrip(new Uint8Array(8), 3, false)).rejects.toThrow(RangeError);
    await e.addStrip(new Uint8Array(8), 1, false);
    await expect(e.finish()).rejects.toThrow(/only 1 were given/);
    await expect(e.addStrip(new Uint8Array(10), 2, false)).rejects.toThrow(/needs 16 bytes/);
    expect(() => new PngStripEncoder(0, 2, 96)).toThrow(RangeError);
    e.abort();
  });
});
