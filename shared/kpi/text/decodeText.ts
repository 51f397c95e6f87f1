/**
 * Bytes → text for delimited files. A BOM decides first (UTF-8, UTF-16LE, UTF-16BE); without
 * one, strict UTF-8 is tried and windows-1252 is the fallback (Excel's "CSV" on Western
 * Windows). UTF-16 without a BOM is recognized from its NUL-byte pattern. The BOM is never
 * left in the text, so it cannot stick to the first header name.
 */
import type { DecodedText, TextEncodingName } from '../types';

/** windows-1252 bytes 0x80–0x9F (the rest of the code page is ISO-8859-1). 0 = undefined byte. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Which encoding a BOM at the start of `bytes` announces, and its length; undefined without one. */
export function sniffBom(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8-bom', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte. */
function sniffBomlessUtf16(bytes: Uint8Array): TextEncodingName | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.1) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.1) return 'utf-16be';
  return undefined;
}

/** Decodes windows-1252 (bytes without a mapping, 0x81 0x8D 0x8F 0x90 0x9D, become U+FFFD). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const CHUNK = 8192;
  const parts: string[] = [];
  const codes = new Array<number>(CHUNK);
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    codes.length = end - start;
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || 0xfffd : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/**
 * Decodes a data file's bytes. Never throws: a file that is not valid UTF-8 is read as
 * windows-1252 (every byte sequence is valid there). `encoding` says what was used.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = sniffBom(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    if (bom.encoding === 'utf-8-bom') {
      const text = tryUtf8(body);
      return text === undefined ? { text: decodeWindows1252(body), encoding: 'windows-1252' } : { text, encoding: 'utf-8-bom' };
    }
    return { text: new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(body), encoding: bom.encoding };
  }
  const utf16 = sniffBomlessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes), encoding: utf16 };
  const text = tryUtf8(bytes);
  if (text !== undefined) return { text, encoding: 'utf-8' };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
