/**
 * A FileSystemPort over the real one that records every operation (including those on
 * file handles) and can be told to fail at a chosen step: throw instead of doing it
 * (`fail`), write half the data then throw (`partial`, for writes), and optionally keep
 * failing everything afterwards (`die`), which is what a crash looks like to the code:
 * no cleanup gets to run.
 */
import type { FileHandlePort, FileSystemPort } from '../../../electron/main/services/files/FileSystemPort';

export interface FaultPlan {
  /** 1-based index of the operation that fails; undefined = never. */
  failAt?: number;
  code?: string;
  /** After the failure, every later operation fails too (the process is "dead"). */
  die?: boolean;
  /** Fails only operations with this name (counting only those). */
  only?: string;
  /** For `only`: how many matching operations fail, starting at failAt. */
  times?: number;
}

export interface FaultyFileSystem extends FileSystemPort {
  readonly steps: string[];
  readonly failed: string[];
  /** Closes the real handles a simulated crash left open (a dead process's fds close too). */
  dispose(): Promise<void>;
}

const systemError = (code: string, op: string) => Object.assign(new Error(`${code}: injected failure in ${op}`), { code });

export function faultyFileSystem(base: FileSystemPort, plan: FaultPlan = {}): FaultyFileSystem {
  const steps: string[] = [];
  const failed: string[] = [];
  let counted = 0;
  let dead = false;
  const times = plan.times ?? 1;

  /** Decides whether this operation fails; records it either way. */
  const gate = (op: string, detail: string): boolean => {
    steps.push(`${op} ${detail}`);
    if (dead) { failed.push(op); return true; }
    if (plan.only && plan.only !== op) return false;
    counted += 1;
    const fails = plan.failAt !== undefined && counted >= plan.failAt && counted < plan.failAt + times;
    if (fails) { failed.push(op); if (plan.die) dead = true; }
    return fails;
  };
  const code = plan.code ?? 'EIO';
  const run = async <T>(op: string, detail: string, real: () => Promise<T>): Promise<T> => {
    if (gate(op, detail)) throw systemError(code, op);
    return real();
  };

  const open = new Set<FileHandlePort>();
  const wrapHandle = (h: FileHandlePort, path: string): FileHandlePort => ({
    writeFile: async (data) => {
      if (gate('handle.writeFile', path)) {
        // A torn write: half the bytes reach the file before the failure.
        const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
        await h.writeFile(bytes.subarray(0, Math.floor(bytes.byteLength / 2)));
        throw systemError(code, 'handle.writeFile');
      }
      await h.writeFile(data);
    },
    sync: () => run('handle.sync', path, () => h.sync()),
    close: async () => {
      const fails = gate('handle.close', path);
      open.delete(h);
      await h.close();
      if (fails) throw systemError(code, 'handle.close');
    },
  });

  return {
    steps,
    failed,
    dispose: async () => { await Promise.all([...open].map((h) => h.close().catch(() => undefined))); open.clear(); },
    open: (path, flags, mode) => run('open', `${path} ${flags}`, async () => {
      const real = await base.open(path, flags, mode);
      open.add(real);
      return wrapHandle(real, path);
    }),
    readFile: (path) => run('readFile', path, () => base.readFile(path)),
    rename: (from, to) => run('rename', `${from} -> ${to}`, () => base.rename(from, to)),
    unlink: (path) => run('unlink', path, () => base.unlink(path)),
    stat: (path) => run('stat', path, () => base.stat(path)),
    lstat: (path) => run('lstat', path, () => base.lstat(path)),
    realpath: (path) => run('realpath', path, () => base.realpath(path)),
    readlink: (path) => run('readlink', path, () => base.readlink(path)),
    chmod: (path, mode) => run('chmod', path, () => base.chmod(path, mode)),
    mkdir: (path, options) => run('mkdir', path, () => base.mkdir(path, options)),
    readdir: (path) => run('readdir', path, () => base.readdir(path)),
  };
}
