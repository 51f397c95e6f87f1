/**
 * Zip inspection BEFORE anything is inflated (zip-bomb guard): the central directory lists
 * every entry with its declared compressed and uncompressed size; too many entries, a huge
 * declared size or an absurd compression ratio refuses the file. Inflation then stops the
 * moment an entry grows past its declared size, so a lying header cannot get through either.
 */
import { Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  /** Most entries accepted (default 10,000). */
  maxEntries?: number;
  /** Largest declared uncompressed size of one entry, bytes (default 512 MiB). */
  maxEntryBytes?: number;
  /** Largest declared uncompressed total, bytes (default 1 GiB). */
  maxTotalBytes?: number;
  /** Largest uncompressed/compressed ratio of an entry over 1 MiB (default 200). */
  maxRatio?: number;
}

export type ZipResult<T> = { ok: true; value: T } | { ok: false; message: string };

const u16 = (b: Uint8Array, o: number): number => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, o: number): number => u32(b, o) + u32(b, o + 4) * 2 ** 32;
const MiB = 1024 * 1024;

/** Whether `bytes` start like a zip archive (a local file header or an empty archive). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** Reads the central directory and applies `limits`; never inflates anything. */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits = {}): ZipResult<ZipEntry[]> {
  const maxEntries = limits.maxEntries ?? 10_000;
  const maxEntry = limits.maxEntryBytes ?? 512 * MiB;
  const maxTotal = limits.maxTotalBytes ?? 1024 * MiB;
  const maxRatio = limits.maxRatio ?? 200;
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (u32(bytes, i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return { ok: false, message: 'not a readable zip archive (no central directory): the file is truncated or damaged' };
  let count = u16(bytes, eocd + 10);
  let cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(bytes, loc) !== 0x07064b50) return { ok: false, message: 'damaged ZIP64 archive' };
    const z64 = u64(bytes, loc + 8);
    if (z64 + 56 > bytes.length || u32(bytes, z64) !== 0x06064b50) return { ok: false, message: 'damaged ZIP64 archive' };
    count = u64(bytes, z64 + 32);
    cdOffset = u64(bytes, z64 + 48);
  }
  if (count > maxEntries) return { ok: false, message: `refused: the archive has ${count} entries (limit ${maxEntries}); it may be a zip bomb` };
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) return { ok: false, message: 'damaged zip archive (central directory entry out of place)' };
    const method = u16(bytes, p + 10);
    let csize = u32(bytes, p + 20);
    let usize = u32(bytes, p + 24);
    const nlen = u16(bytes, p + 28);
    const xlen = u16(bytes, p + 30);
    const clen = u16(bytes, p + 32);
    let offset = u32(bytes, p + 42);
    const name = new TextDecoder('utf-8').decode(bytes.subarray(p + 46, p + 46 + nlen));
    if (usize === 0xffffffff || csize === 0xffffffff || offset === 0xffffffff) {
      let x = p + 46 + nlen;
      const xend = x + xlen;
      while (x + 4 <= xend) {
        const id = u16(bytes, x);
        const size = u16(bytes, x + 2);
        if (id === 1) {
          let q = x + 4;
          if (usize === 0xffffffff) { usize = u64(bytes, q); q += 8; }
          if (csize === 0xffffffff) { csize = u64(bytes, q); q += 8; }
          if (offset === 0xffffffff) { offset = u64(bytes, q); }
        }
        x += 4 + size;
      }
    }
    if (usize > maxEntry) return { ok: false, message: `refused: entry "${name}" would inflate to ${usize} bytes (limit ${maxEntry}); it may be a zip bomb` };
    if (usize > MiB && usize / Math.max(1, csize) > maxRatio) {
      return { ok: false, message: `refused: entry "${name}" has a compression ratio of ${Math.round(usize / Math.max(1, csize))}:1 (limit ${maxRatio}:1); it may be a zip bomb` };
    }
    total += usize;
    if (total > maxTotal) return { ok: false, message: `refused: the archive would inflate to more than ${maxTotal} bytes; it may be a zip bomb` };
    entries.push({ name, method, compressedSize: csize, uncompressedSize: usize, localHeaderOffset: offset });
    p += 46 + nlen + xlen + clen;
  }
  return { ok: true, value: entries };
}

/**
 * Inflates one entry, refusing to produce more bytes than its declared size (a header that
 * lies about the size is a bomb, not a workbook).
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): ZipResult<Uint8Array> {
  const h = entry.localHeaderOffset;
  if (h + 30 > bytes.length || u32(bytes, h) !== 0x04034b50) return { ok: false, message: `damaged zip archive (entry "${entry.name}")` };
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) return { ok: false, message: `damaged zip archive (entry "${entry.name}" is truncated)` };
  if (entry.method === 0) return { ok: true, value: data };
  if (entry.method !== 8) return { ok: false, message: `entry "${entry.name}" uses compression method ${entry.method}, which is not supported` };
  const out = new Uint8Array(entry.uncompressedSize);
  let written = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > out.length) { over = true; throw new Error('over'); }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    const STEP = 1 << 16;
    for (let i = 0; i < data.length; i += STEP) inflater.push(data.subarray(i, Math.min(data.length, i + STEP)), i + STEP >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (over) return { ok: false, message: `refused: entry "${entry.name}" inflates beyond its declared ${entry.uncompressedSize} bytes; it may be a zip bomb` };
    return { ok: false, message: `damaged zip archive (entry "${entry.name}": ${e instanceof Error ? e.message : String(e)})` };
  }
  if (written !== out.length) return { ok: false, message: `damaged zip archive (entry "${entry.name}" is shorter than declared)` };
  return { ok: true, value: out };
}
