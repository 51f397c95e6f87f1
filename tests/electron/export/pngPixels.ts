/**
 * PNG pixels for the export tests, decoded by ImageMagick (independent of the code under
 * test), and ways to compare two pictures.
 */
import { execFileSync } from 'node:child_process';

export interface Rgba { width: number; height: number; data: Buffer }

/** Straight-alpha RGBA, 8 bits a channel. */
export function decodePng(png: Uint8Array): Rgba {
  const size = execFileSync('identify', ['-format', '%w %h', 'png:-'], { input: png, encoding: 'utf8' }).trim().split(' ').map(Number);
  const data = execFileSync('convert', ['png:-', '-depth', '8', 'rgba:-'], { input: png, maxBuffer: 1 << 30 });
  return { width: size[0]!, height: size[1]!, data };
}

/** Mean and largest difference per channel (0–255) of two same-sized pixel buffers. */
export function pixelDifference(a: Uint8Array, b: Uint8Array): { mean: number; max: number } {
  if (a.length !== b.length) throw new Error(`different sizes: ${a.length} and ${b.length} bytes`);
  let sum = 0; let max = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i]! - b[i]!);
    sum += d;
    if (d > max) max = d;
  }
  return { mean: sum / a.length, max };
}
