/**
 * The PNG pHYs chunk (physical pixel size), so a 300-DPI export prints at its size. Pure
 * byte work on Uint8Array: the desktop (resvg output) and the browser (canvas output) both
 * use it.
 */
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const u32 = (b: Uint8Array, off: number) => ((b[off]! << 24) | (b[off + 1]! << 16) | (b[off + 2]! << 8) | b[off + 3]!) >>> 0;
const type = (b: Uint8Array, off: number) => String.fromCharCode(b[off + 4]!, b[off + 5]!, b[off + 6]!, b[off + 7]!);
const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/** A whole pHYs chunk (length, type, data, CRC): pixels per metre for `dpi`. */
export function physChunk(dpi: number): Uint8Array {
  const ppm = Math.round(dpi / 0.0254);
  const chunk = new Uint8Array(4 + 4 + 9 + 4);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  view.setUint32(8, ppm);
  view.setUint32(12, ppm);
  chunk[16] = 1; // unit: metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)));
  return chunk;
}

/** Puts (or replaces) a pHYs chunk right after IHDR: pixels per metre for `dpi`. */
export function withPhys(png: Uint8Array, dpi: number): Uint8Array {
  if (png.length < 8 || PNG_SIGNATURE.some((v, i) => png[i] !== v)) throw new Error('not a PNG file');
  const chunk = physChunk(dpi);
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  let off = 8;
  while (off + 8 <= png.length) {
    const end = off + 12 + u32(png, off);
    const t = type(png, off);
    if (t !== 'pHYs') parts.push(png.subarray(off, end));
    if (t === 'IHDR') parts.push(chunk);
    off = end;
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

/** The DPI a PNG's pHYs chunk states, or null when it has none (or states no unit). */
export function readPhysDpi(png: Uint8Array): number | null {
  let off = 8;
  while (off + 8 <= png.length) {
    if (type(png, off) === 'pHYs') return png[off + 16] === 1 ? u32(png, off + 8) * 0.0254 : null;
    off += 12 + u32(png, off);
  }
  return null;
}
