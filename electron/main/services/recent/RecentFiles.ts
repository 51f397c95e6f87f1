/**
 * The most recently opened or saved journeys, newest first, kept in a small JSON file in
 * userData (written atomically). A file that no longer exists stays listed until the user
 * picks it (opening it then fails with a clear message) or clears the list: checking every
 * entry at start-up would wake sleeping network drives.
 */
import { z } from 'zod';
import { errorCode, type FileSystemPort } from '../files/FileSystemPort';
import { writeFileAtomicWith } from '../files/writeFileAtomic';

export const MAX_RECENT = 10;
const storeSchema = z.object({ version: z.literal(1), paths: z.array(z.string().min(1).max(4096)).max(100) });

export class RecentFiles {
  private paths: string[] = [];
  private saving: Promise<void> = Promise.resolve();

  constructor(private readonly deps: { fs: FileSystemPort; file: string; log(message: string): void; onChange?(paths: readonly string[]): void }) {}

  /** Reads the stored list; a missing or damaged file means an empty list (reported). */
  async load(): Promise<readonly string[]> {
    try {
      const text = new TextDecoder().decode(await this.deps.fs.readFile(this.deps.file));
      const parsed = storeSchema.safeParse(JSON.parse(text));
      if (parsed.success) this.paths = [...new Set(parsed.data.paths)].slice(0, MAX_RECENT);
      else this.deps.log(`recent files: ignored a damaged list (${parsed.error.issues[0]?.message})`);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') this.deps.log(`recent files: could not read the list: ${error instanceof Error ? error.message : String(error)}`);
    }
    return this.list();
  }

  list(): readonly string[] {
    return [...this.paths];
  }

  add(path: string): Promise<void> {
    this.paths = [path, ...this.paths.filter((p) => p !== path)].slice(0, MAX_RECENT);
    return this.persist();
  }

  remove(path: string): Promise<void> {
    this.paths = this.paths.filter((p) => p !== path);
    return this.persist();
  }

  clear(): Promise<void> {
    this.paths = [];
    return this.persist();
  }

  private persist(): Promise<void> {
    const snapshot = this.list();
    this.deps.onChange?.(snapshot);
    this.saving = this.saving.then(() => writeFileAtomicWith(this.deps.fs, this.deps.file, `${JSON.stringify({ version: 1, paths: snapshot }, null, 2)}\n`))
      .then(() => undefined, (error: unknown) => {
        this.deps.log(`recent files: could not save the list: ${error instanceof Error ? error.message : String(error)}`);
      });
    return this.saving;
  }
}
