/**
 * Saving a journey over a file the user opened: refuse (as a conflict) if the file
 * changed on disk since we read it, keep the version being replaced as `<name>.bak`
 * beside the real file, then replace the file atomically. The backup is itself written
 * atomically, before the document, so at every instant the folder holds at least one
 * complete copy of the user's work.
 */
import { errorCode, type FileSystemPort } from './FileSystemPort';
import { describeChange, type FileFingerprint, fingerprintOf, isSameVersion } from './fileFingerprint';
import { type AtomicWriteOptions, resolveRealTarget, writeFileAtomicWith } from './writeFileAtomic';

export interface SaveFileRequest {
  path: string;
  data: Uint8Array | string;
  /** What the file was when opened or last saved; null for a new file or Save As. */
  expected: FileFingerprint | null;
  /** Write even if the file changed on disk (the user chose Overwrite). */
  overwrite: boolean;
  /** Keep the replaced version as `<name>.bak`. */
  backup: boolean;
}

export type SaveFileResult =
  | { kind: 'saved'; realPath: string; fingerprint: FileFingerprint }
  | { kind: 'conflict'; message: string; current: FileFingerprint };

export const backupPathOf = (realPath: string): string => `${realPath}.bak`;

export async function saveDocumentFile(fs: FileSystemPort, request: SaveFileRequest, options: AtomicWriteOptions = {}): Promise<SaveFileResult> {
  const realPath = await resolveRealTarget(fs, request.path);
  const previous = await readIfExists(fs, realPath);

  if (previous && request.expected && !request.overwrite) {
    const current = fingerprintOf(previous.stat, previous.bytes);
    if (!isSameVersion(request.expected, current)) return { kind: 'conflict', message: describeChange(request.expected, current), current };
  }
  if (previous && request.backup) await writeFileAtomicWith(fs, backupPathOf(realPath), previous.bytes, options);
  await writeFileAtomicWith(fs, realPath, request.data, options);
  // The file is written; failing to stat it now must not turn the save into a "failure".
  // Size and hash (what the conflict check compares) are known without it.
  const size = typeof request.data === 'string' ? Buffer.byteLength(request.data) : request.data.byteLength;
  const mtimeMs = await fs.stat(realPath).then((s) => s.mtimeMs, () => Date.now());
  return { kind: 'saved', realPath, fingerprint: fingerprintOf({ mtimeMs, size }, request.data) };
}

/** Reads a file with the stat taken just before, or null if it does not exist. */
export async function readIfExists(fs: FileSystemPort, path: string): Promise<{ bytes: Uint8Array; stat: { mtimeMs: number; size: number } } | null> {
  try {
    const stat = await fs.stat(path);
    const bytes = await fs.readFile(path);
    return { bytes, stat: { mtimeMs: stat.mtimeMs, size: bytes.byteLength } };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}
