/**
 * A save that was killed (power cut, crash, SIGKILL) can leave its temp file beside the
 * document (`.<name>.<pid>.<random>.tmp`); the document itself is intact. Opening the
 * document sweeps such leftovers once they are old enough that no save can still be
 * writing them.
 */
import { basename, dirname, join } from 'node:path';
import type { FileSystemPort } from './FileSystemPort';

export const STALE_TEMP_AGE_MS = 10 * 60 * 1000;

export async function removeStaleTemps(fs: FileSystemPort, realPath: string, now: number, maxAgeMs = STALE_TEMP_AGE_MS): Promise<string[]> {
  const folder = dirname(realPath);
  const prefix = `.${basename(realPath)}.`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !/\.\d+\.[0-9a-f]{12}\.tmp$/.test(name)) continue;
    const path = join(folder, name);
    try {
      const stat = await fs.lstat(path);
      if (stat.isFile() && now - stat.mtimeMs > maxAgeMs) { await fs.unlink(path); removed.push(name); }
    } catch {
      // Gone already, or not ours to remove: either way nothing to do.
    }
  }
  return removed;
}
