/** What kind of file a byte string is, from its first bytes (before any decoding). */

export type FileKind = 'zip' | 'ole' | 'png' | 'jpeg' | 'gif' | 'pdf' | 'gzip' | 'webp' | 'text';

const starts = (b: Uint8Array, sig: number[]): boolean => sig.every((x, i) => b[i] === x);

/** The file kind by magic number; 'text' for anything else (decoded and checked later). */
export function sniffFile(bytes: Uint8Array): FileKind {
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04]) || starts(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (starts(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (starts(bytes, [0x1f, 0x8b])) return 'gzip';
  if (starts(bytes, [0x52, 0x49, 0x46, 0x46]) && bytes[8] === 0x57 && bytes[9] === 0x45) return 'webp';
  return 'text';
}

export const KIND_NAMES: Record<Exclude<FileKind, 'text' | 'zip'>, string> = {
  ole: 'a legacy Office file (.xls/.doc): save it as .xlsx or CSV',
  png: 'a PNG image', jpeg: 'a JPEG image', gif: 'a GIF image', pdf: 'a PDF document', gzip: 'a gzip archive: unpack it first', webp: 'a WebP image',
};
