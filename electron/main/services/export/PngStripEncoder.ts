/**
 * A PNG written strip by strip: RGBA rows go into one zlib stream as they are rasterized, so
 * a 100-megapixel export never holds its whole bitmap (400 MB) at once, and zlib compresses
 * one strip on the thread pool while the next is drawn.
 *
 * Rows use PNG filter 0 (none) and zlib level 1: on export pictures (flat fills, text) that
 * is within 10 % of the size an adaptive filter gives, at a fraction of the time (see
 * bench/NOTES.md). resvg hands out premultiplied pixels; `addStrip` converts them to PNG's
 * straight alpha when asked (only a transparent background has partly transparent pixels).
 *
 * zlib does the compressing; this file only frames its output as PNG chunks (IHDR, IDAT,
 * IEND; pHYs from shared/export/pngPhys.ts). The PNG writers considered (pngjs, fast-png)
 * take the whole bitmap at once.
 */
import * as zlib from 'node:zlib';
import { crc32 as crc32Js, physChunk } from '../../../../shared/export/pngPhys';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
// Node 20.15+ and Electron's Node have zlib.crc32 (native); the shared one is the fallback.
const nativeCrc = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
const crc32 = (data: Uint8Array): number => (nativeCrc ? nativeCrc(data) : crc32Js(data)) >>> 0;

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Premultiplied RGBA to straight RGBA, in place, rounding as tiny-skia's PNG writer does. */
export function demultiply(pixels: Uint8Array): void {
  for (let i = 3; i < pixels.length; i += 4) {
    const a = pixels[i]!;
    if (a === 255) continue;
    if (a === 0) { pixels[i - 3] = 0; pixels[i - 2] = 0; pixels[i - 1] = 0; continue; }
    const k = 255 / a;
    pixels[i - 3] = Math.min(255, (pixels[i - 3]! * k + 0.5) | 0);
    pixels[i - 2] = Math.min(255, (pixels[i - 2]! * k + 0.5) | 0);
    pixels[i - 1] = Math.min(255, (pixels[i - 1]! * k + 0.5) | 0);
  }
}

export class PngStripEncoder {
  private readonly deflate: zlib.Deflate;
  private readonly idat: Buffer[] = [];
  private readonly done: Promise<void>;
  private inFlight: Promise<void> = Promise.resolve();
  private rowsWritten = 0;
  /** Two row buffers, alternating: one is being compressed while the next strip fills the other. */
  private readonly spare: Buffer[] = [];

  constructor(readonly width: number, readonly height: number, readonly dpi: number) {
    if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0)) throw new RangeError(`A PNG needs a positive whole size, not ${width} × ${height}.`);
    // One thread-pool task can take a whole strip: zlib's output buffer is 4 MB.
    this.deflate = zlib.createDeflate({ level: 1, chunkSize: 4 << 20 });
    this.deflate.on('data', (c: Buffer) => { this.idat.push(c); });
    this.done = new Promise((resolve, reject) => {
      this.deflate.once('end', resolve);
      this.deflate.once('error', reject);
    });
    // A zlib error also fails the strip being written; finish() reports it again.
    this.done.catch(() => undefined);
  }

  /** Gives up (the drawing failed or was cancelled): frees zlib's memory now. */
  abort(): void {
    this.deflate.destroy();
  }

  /**
   * The next `rows` rows, top to bottom, as RGBA (width × rows × 4 bytes). Resolves when the
   * previous strip is compressed: draw the next one before awaiting it, and the two overlap.
   */
  async addStrip(pixels: Uint8Array, rows: number, premultiplied: boolean): Promise<void> {
    const stride = this.width * 4;
    if (pixels.length < stride * rows) throw new RangeError(`A strip of ${rows} rows needs ${stride * rows} bytes, not ${pixels.length}.`);
    if (this.rowsWritten + rows > this.height) throw new RangeError(`The PNG has ${this.height} rows; ${this.rowsWritten + rows} were given.`);
    if (premultiplied) demultiply(pixels.subarray(0, stride * rows));
    const size = rows * (stride + 1);
    let filtered = this.spare.shift();
    // Fresh memory is slow to touch (page faults), so buffers are kept for the next strips.
    if (!filtered || filtered.length < size) filtered = Buffer.allocUnsafe(size);
    for (let r = 0; r < rows; r++) {
      const at = r * (stride + 1);
      filtered[at] = 0;
      filtered.set(pixels.subarray(r * stride, (r + 1) * stride), at + 1);
    }
    this.rowsWritten += rows;
    const previous = this.inFlight;
    const input = filtered;
    this.inFlight = new Promise<void>((resolve, reject) => {
      this.deflate.write(input.subarray(0, size), (error) => {
        if (error) { reject(error); return; }
        this.spare.push(input);
        resolve();
      });
    });
    await previous;
  }

  /** Every row given: the PNG file. */
  async finish(): Promise<Buffer> {
    if (this.rowsWritten !== this.height) throw new Error(`The PNG has ${this.height} rows; only ${this.rowsWritten} were given.`);
    await this.inFlight;
    this.deflate.end();
    await this.done;
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(this.width, 0);
    ihdr.writeUInt32BE(this.height, 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 6; // RGBA
    return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), physChunk(this.dpi), ...this.idat.map((d) => chunk('IDAT', d)), chunk('IEND', new Uint8Array(0))]);
  }
}
