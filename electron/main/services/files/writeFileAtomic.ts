/**
 * Replaces a file so that, whatever happens (a crash, a kill, a full disk, power loss
 * after the call returns), the file on disk is either the complete old version or the
 * complete new one, never a mix:
 *
 *   1. follow symlinks to the real file (the link stays a link, its target is updated);
 *   2. note the existing file's permission bits;
 *   3. write a temp file in the same folder (same file system, so the rename is atomic),
 *      created exclusively (`wx`) with those permission bits;
 *   4. fsync it, close it, chmod it (open() applies the umask; the old file's bits win);
 *   5. rename it over the target, retrying briefly on Windows EPERM/EBUSY/EACCES (an
 *      antivirus or indexer holding the file open for a moment);
 *   6. on POSIX, fsync the folder so the rename itself survives power loss;
 *   on any failure before the rename completes: remove the temp file and rethrow.
 *
 * Why not the write-file-atomic package (installed, and good): it cannot take an injected
 * file system, so the fault-injection tests could not fail each step of *this* sequence;
 * it does not fsync the folder; and its retry and symlink policies are not ours to tune.
 * The sequence is short enough to own.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { errorCode, type FileHandlePort, type FileSystemPort } from './FileSystemPort';
import { nodeFileSystem } from './nodeFileSystem';

export interface AtomicWriteOptions {
  /** Permission bits for a new file (the umask applies); an existing file keeps its own. */
  mode?: number;
  /** Which OS rules apply (rename retries on Windows, folder fsync elsewhere). */
  platform?: NodeJS.Platform;
  /** Waits before each rename retry on Windows; the default totals about 0.3 s. */
  retryDelaysMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
}

const RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
const DEFAULT_RETRY_DELAYS_MS = [10, 20, 40, 80, 160];
const MAX_SYMLINK_HOPS = 40;
const defaultSleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Writes `data` to `path` atomically with the real file system. */
export async function writeFileAtomic(path: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<void> {
  await writeFileAtomicWith(nodeFileSystem, path, data, options);
}

/** The same, over an injected file system. Returns the real path written (after symlinks). */
export async function writeFileAtomicWith(fs: FileSystemPort, path: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<{ realPath: string }> {
  const platform = options.platform ?? process.platform;
  const realPath = await resolveRealTarget(fs, resolve(path));
  const existingMode = await modeOf(fs, realPath);
  const mode = existingMode ?? options.mode ?? 0o666;
  const temp = join(dirname(realPath), `.${basename(realPath)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);

  let handle: FileHandlePort | null = null;
  try {
    handle = await fs.open(temp, 'wx', mode);
    await handle.writeFile(data);
    await handle.sync();
    const closing = handle;
    handle = null;
    await closing.close();
    if (existingMode !== undefined) await fs.chmod(temp, existingMode);
    await renameWithRetry(fs, temp, realPath, platform, options);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  if (platform !== 'win32') await syncFolder(fs, dirname(realPath));
  return { realPath };
}

/**
 * The file a write to `path` should replace. realpath() covers every existing file; a
 * dangling symlink (its target not created yet) is followed link by link, so saving
 * through it creates the target rather than replacing the link with a regular file.
 */
export async function resolveRealTarget(fs: FileSystemPort, path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  let current = path;
  for (let hop = 0; hop < MAX_SYMLINK_HOPS; hop++) {
    let isLink: boolean;
    try {
      isLink = (await fs.lstat(current)).isSymbolicLink();
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return current;
      throw error;
    }
    if (!isLink) return current;
    current = resolve(dirname(current), await fs.readlink(current));
  }
  throw Object.assign(new Error(`Too many symbolic links: ${path}`), { code: 'ELOOP' });
}

async function modeOf(fs: FileSystemPort, path: string): Promise<number | undefined> {
  try {
    return (await fs.stat(path)).mode & 0o7777;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

async function renameWithRetry(fs: FileSystemPort, from: string, to: string, platform: NodeJS.Platform, options: AtomicWriteOptions): Promise<void> {
  // Only Windows gets retries: there these codes mean "someone holds the file for a
  // moment"; on POSIX they are permanent (a read-only or sticky folder) and retrying
  // would only delay the error.
  const delays = platform === 'win32' ? options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS : [];
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined || !RETRY_CODES.has(errorCode(error) ?? '')) throw error;
      await sleep(delay);
    }
  }
}

/**
 * Makes the rename durable. By now the file is complete under its name, so a failure here
 * (some file systems refuse to fsync a folder) is not reported as a failed save: that would
 * tell the user their work was not written when it was.
 */
async function syncFolder(fs: FileSystemPort, folder: string): Promise<void> {
  let handle: FileHandlePort | null = null;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // See above: durability best effort, correctness already guaranteed.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
