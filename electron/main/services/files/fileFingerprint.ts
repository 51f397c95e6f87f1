/**
 * What main remembers about a file when it opened or last saved it, to notice that
 * another program (a sync client, a text editor, a colleague on a shared drive) changed it
 * since. Size and content hash decide; mtime alone is not trusted (coarse on some file
 * systems, bumped by a bare `touch` or a sync client that rewrote identical bytes).
 */
import { createHash } from 'node:crypto';

export interface FileFingerprint {
  readonly mtimeMs: number;
  readonly size: number;
  /** sha256 of the content, hex. */
  readonly hash: string;
}

export const hashBytes = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

export function fingerprintOf(stat: { mtimeMs: number; size: number }, bytes: Uint8Array | string): FileFingerprint {
  return { mtimeMs: stat.mtimeMs, size: stat.size, hash: hashBytes(bytes) };
}

/** True when the file on disk is still the version described by `expected`. */
export function isSameVersion(expected: FileFingerprint, current: FileFingerprint): boolean {
  if (expected.size !== current.size) return false;
  return expected.hash === current.hash;
}

/** For the conflict message: what changed, in words. */
export function describeChange(expected: FileFingerprint, current: FileFingerprint): string {
  const when = new Date(current.mtimeMs).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  if (expected.size !== current.size) return `Another program changed this file on disk (at ${when}; ${expected.size} → ${current.size} bytes).`;
  return `Another program changed this file on disk (at ${when}).`;
}
