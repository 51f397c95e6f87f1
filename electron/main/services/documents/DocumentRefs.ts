/**
 * The page never sees a file path. Main hands out random tokens (refs) and keeps the map
 * ref → path here, with the fingerprint of the file as last read or written, which the
 * conflict check compares against. A ref cannot be guessed and means nothing outside
 * this process run.
 */
import { randomBytes } from 'node:crypto';
import type { FileFingerprint } from '../files/fileFingerprint';

export interface KnownDocument {
  readonly path: string;
  readonly fingerprint: FileFingerprint | null;
}

export class DocumentRefs {
  private readonly byRef = new Map<string, KnownDocument>();
  private readonly refByPath = new Map<string, string>();

  /** The ref for `path` (the same one each time for the same path). */
  issue(path: string, fingerprint?: FileFingerprint | null): string {
    let ref = this.refByPath.get(path);
    if (!ref) {
      ref = randomBytes(18).toString('base64url');
      this.refByPath.set(path, ref);
      this.byRef.set(ref, { path, fingerprint: fingerprint ?? null });
    } else if (fingerprint !== undefined) {
      this.byRef.set(ref, { path, fingerprint });
    }
    return ref;
  }

  get(ref: string): KnownDocument | undefined {
    return this.byRef.get(ref);
  }

  remember(ref: string, fingerprint: FileFingerprint): void {
    const known = this.byRef.get(ref);
    if (known) this.byRef.set(ref, { path: known.path, fingerprint });
  }
}
