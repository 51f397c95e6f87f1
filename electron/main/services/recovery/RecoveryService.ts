/**
 * Crash recovery for unsaved maps, VS Code style: snapshots live in a folder of their own
 * inside userData (never as hidden files beside the user's documents), one file per map,
 * written atomically and debounced (a burst of edits becomes one write, and continuous
 * editing still writes at least every `maxWaitMs`). Removed when the map is saved or its
 * changes are discarded; listed at start-up so the page can offer to restore them.
 * A snapshot that cannot be read is moved aside into `corrupt/` and reported, never
 * allowed to block the others (or the app) from starting.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { MAX_DOCUMENT_BYTES, recoverySnapshotSchema, type RecoverySnapshotMessage } from '../../../../shared/ipc/contract';
import { hashBytes } from '../files/fileFingerprint';
import { errorCode, type FileSystemPort } from '../files/FileSystemPort';
import { writeFileAtomicWith } from '../files/writeFileAtomic';

export interface Clock {
  now(): number;
}
export interface Scheduler {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}
export const realScheduler: Scheduler = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface RecoveryDeps {
  fs: FileSystemPort;
  folder: string;
  clock: Clock;
  scheduler?: Scheduler;
  debounceMs?: number;
  maxWaitMs?: number;
  log(message: string): void;
}

export interface RecoveryProblem {
  file: string;
  message: string;
}

/**
 * Where an unsaved map came from, kept by main only (the page never sees paths): after a
 * crash, refs from the previous run mean nothing, so this is what lets a restored map be
 * saved back to its file, with the conflict check against the version it was opened at.
 */
export interface RecoveryOrigin {
  path: string;
  fingerprint: { mtimeMs: number; size: number; hash: string } | null;
}

export interface RecoveredMap {
  snapshot: RecoverySnapshotMessage;
  origin: RecoveryOrigin | null;
}

const SUFFIX = '.waymark-recovery.json';
const originSchema = z.object({
  path: z.string().min(1).max(4096),
  fingerprint: z.object({ mtimeMs: z.number(), size: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) }).strict().nullable(),
}).strict();
const fileSchema = z.object({
  format: z.literal('waymark.recovery'),
  version: z.literal(1),
  snapshot: recoverySnapshotSchema,
  origin: originSchema.nullable().optional(),
}).strict();

export class RecoveryService {
  private readonly pending = new Map<string, { map: RecoveredMap; timer: unknown; firstAt: number }>();
  /** Per key, the last file operation, so a write and a remove of one map never overlap. */
  private readonly chains = new Map<string, Promise<void>>();
  private readonly scheduler: Scheduler;

  constructor(private readonly deps: RecoveryDeps) {
    this.scheduler = deps.scheduler ?? realScheduler;
  }

  /** The file a map's snapshot lives in: a hash, because keys are free text. */
  fileFor(key: string): string {
    return join(this.deps.folder, `${hashBytes(key).slice(0, 32)}${SUFFIX}`);
  }

  /** Records the latest state of an unsaved map; written after the debounce delay. */
  write(snapshot: RecoverySnapshotMessage, origin: RecoveryOrigin | null = null): Promise<void> {
    const now = this.deps.clock.now();
    // Main stamps the time: it is the moment the page last reported a change.
    const stamped = { ...snapshot, updatedAt: new Date(now).toISOString() };
    const existing = this.pending.get(snapshot.key);
    const firstAt = existing?.firstAt ?? now;
    if (existing) this.scheduler.clear(existing.timer);
    const delay = Math.max(0, Math.min(this.deps.debounceMs ?? 1500, firstAt + (this.deps.maxWaitMs ?? 15_000) - now));
    const timer = this.scheduler.set(() => { void this.writePending(snapshot.key); }, delay);
    this.pending.set(snapshot.key, { map: { snapshot: stamped, origin }, timer, firstAt });
    return Promise.resolve();
  }

  /** Writes every pending snapshot now and waits for writes in flight (before quitting). */
  async flush(): Promise<void> {
    await Promise.all([...this.pending.keys()].map((key) => this.writePending(key)));
    await Promise.all([...this.chains.values()]);
  }

  /** Forgets a map's snapshot (saved, or changes discarded). */
  remove(key: string): Promise<void> {
    const waiting = this.pending.get(key);
    if (waiting) { this.scheduler.clear(waiting.timer); this.pending.delete(key); }
    return this.chain(key, async () => {
      await this.deps.fs.unlink(this.fileFor(key)).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOENT') throw error;
      });
    });
  }

  /** Every readable snapshot, newest first, and what was wrong with the unreadable ones. */
  async list(): Promise<{ maps: RecoveredMap[]; problems: RecoveryProblem[] }> {
    let names: string[];
    try {
      names = await this.deps.fs.readdir(this.deps.folder);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { maps: [], problems: [] };
      throw error;
    }
    const maps: RecoveredMap[] = [];
    const problems: RecoveryProblem[] = [];
    for (const name of names.filter((n) => n.endsWith(SUFFIX) && !n.startsWith('.')).sort()) {
      const path = join(this.deps.folder, name);
      const problem = await this.readOne(path, maps);
      if (problem) {
        problems.push({ file: name, message: problem });
        this.deps.log(`recovery: ignored ${name}: ${problem}`);
        await this.moveAside(name);
      }
    }
    maps.sort((a, b) => (a.snapshot.updatedAt < b.snapshot.updatedAt ? 1 : a.snapshot.updatedAt > b.snapshot.updatedAt ? -1 : 0));
    return { maps, problems };
  }

  private async readOne(path: string, into: RecoveredMap[]): Promise<string | null> {
    try {
      const stat = await this.deps.fs.stat(path);
      if (stat.size > MAX_DOCUMENT_BYTES * 4 + 64 * 1024) return `too large (${stat.size} bytes)`;
      const text = new TextDecoder('utf-8', { fatal: true }).decode(await this.deps.fs.readFile(path));
      const parsed = fileSchema.safeParse(JSON.parse(text));
      if (!parsed.success) return `not a recovery snapshot (${parsed.error.issues[0]?.path.join('.') || 'file'}: ${parsed.error.issues[0]?.message})`;
      into.push({ snapshot: parsed.data.snapshot, origin: parsed.data.origin ?? null });
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  /** Keeps an unreadable snapshot for a human to look at, out of the way of the next listing. */
  private async moveAside(name: string): Promise<void> {
    const corrupt = join(this.deps.folder, 'corrupt');
    try {
      await this.deps.fs.mkdir(corrupt, { recursive: true });
      await this.deps.fs.rename(join(this.deps.folder, name), join(corrupt, name));
    } catch (error) {
      this.deps.log(`recovery: could not move ${name} aside: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private writePending(key: string): Promise<void> {
    const entry = this.pending.get(key);
    if (!entry) return this.chains.get(key) ?? Promise.resolve();
    this.scheduler.clear(entry.timer);
    this.pending.delete(key);
    return this.chain(key, async () => {
      await this.deps.fs.mkdir(this.deps.folder, { recursive: true });
      const body = { format: 'waymark.recovery', version: 1, snapshot: entry.map.snapshot, origin: entry.map.origin };
      await writeFileAtomicWith(this.deps.fs, this.fileFor(key), JSON.stringify(body));
    });
  }

  private chain(key: string, task: () => Promise<void>): Promise<void> {
    const previous = this.chains.get(key) ?? Promise.resolve();
    const next = previous.then(task, task).catch((error: unknown) => {
      // A failed snapshot must not break editing; it is reported and the next edit retries.
      this.deps.log(`recovery: ${key}: ${error instanceof Error ? error.message : String(error)}`);
    });
    this.chains.set(key, next);
    return next;
  }
}
