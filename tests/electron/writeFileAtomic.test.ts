import { chmod, lstat, mkdir, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../electron/main/services/files/nodeFileSystem';
import { writeFileAtomic, writeFileAtomicWith } from '../../electron/main/services/files/writeFileAtomic';
import { faultyFileSystem } from './support/faultyFileSystem';
import { useTempFolders } from './support/tempFolder';

/** Which version a file holds, as a word (so a failure never prints 50 kB of filler). */
const versionOf = (text: string | null) => (text === null ? 'absent' : text === OLD ? 'old' : text === NEW ? 'new' : `partial (${text.length} chars)`);

const tempFolder = useTempFolders();
const OLD = `${JSON.stringify({ version: 'old', filler: 'o'.repeat(50_000) })}\n`;
const NEW = `${JSON.stringify({ version: 'new', filler: 'n'.repeat(80_000) })}\n`;
const noSleep = async () => undefined;

async function folderWithOld(): Promise<{ dir: string; target: string }> {
  const dir = await tempFolder();
  const target = join(dir, 'map.journey');
  await writeFile(target, OLD);
  return { dir, target };
}

const leftovers = async (dir: string) => (await readdir(dir)).filter((n) => n.endsWith('.tmp'));

describe('writeFileAtomic', () => {
  it('creates a new file and replaces an existing one, leaving no temp file', async () => {
    const dir = await tempFolder();
    const target = join(dir, 'fresh.journey');
    await writeFileAtomic(target, OLD);
    expect(versionOf(await readFile(target, 'utf8'))).toBe('old');
    await writeFileAtomic(target, new TextEncoder().encode(NEW));
    expect(versionOf(await readFile(target, 'utf8'))).toBe('new');
    expect(await readdir(dir)).toEqual(['fresh.journey']);
  });

  it('fsyncs the temp file before the rename, and the folder after it (POSIX)', async () => {
    const { dir, target } = await folderWithOld();
    const fs = faultyFileSystem(nodeFileSystem);
    await writeFileAtomicWith(fs, target, NEW, { platform: 'linux' });
    const ops = fs.steps.map((s) => s.split(' ')[0]);
    expect(ops.indexOf('handle.sync')).toBeLessThan(ops.indexOf('rename'));
    expect(fs.steps.slice(ops.indexOf('rename') + 1)).toEqual([`open ${dir} r`, `handle.sync ${dir}`, `handle.close ${dir}`]);
    const win = faultyFileSystem(nodeFileSystem);
    await writeFileAtomicWith(win, target, OLD, { platform: 'win32' });
    expect(win.steps.at(-1)).toMatch(/^rename /);
  });

  describe('a failure at every step leaves the old or the new complete file, never a partial one', () => {
    it.each([
      ['throws, then cleans up', { die: false }],
      ['crashes (nothing runs after the failure)', { die: true }],
    ])('%s', async (_label, mode) => {
      const { target } = await folderWithOld();
      const probe = faultyFileSystem(nodeFileSystem);
      await writeFileAtomicWith(probe, target, NEW, { platform: 'linux' });
      const total = probe.steps.length;
      expect(total).toBeGreaterThanOrEqual(9);

      const outcomes: string[] = [];
      for (let step = 1; step <= total; step++) {
        const { dir, target: t } = await folderWithOld();
        const fs = faultyFileSystem(nodeFileSystem, { failAt: step, die: mode.die });
        const result = await writeFileAtomicWith(fs, t, NEW, { platform: 'linux' }).then(() => 'resolved', () => 'rejected');
        await fs.dispose();
        const content = await readFile(t, 'utf8');
        // Rejected means the old file is untouched; resolved means the new one is complete.
        expect(versionOf(content), `step ${step} (${fs.steps[step - 1]})`).toBe(result === 'rejected' ? 'old' : 'new');
        JSON.parse(content);
        if (!mode.die) expect(await leftovers(dir), `step ${step}`).toEqual([]);
        outcomes.push(`${step}:${fs.failed[0]}:${result}`);
      }
      // The steps before the rename fail the save; the folder fsync after it cannot.
      expect(outcomes.filter((o) => o.endsWith('rejected')).length).toBeGreaterThanOrEqual(7);
      expect(outcomes.some((o) => o.endsWith('resolved'))).toBe(true);
    });

    it('a torn temp-file write never reaches the target', async () => {
      const { dir, target } = await folderWithOld();
      const fs = faultyFileSystem(nodeFileSystem, { only: 'handle.writeFile', failAt: 1, code: 'ENOSPC' });
      await expect(writeFileAtomicWith(fs, target, NEW, { platform: 'linux' })).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(versionOf(await readFile(target, 'utf8'))).toBe('old');
      expect(await leftovers(dir)).toEqual([]);
    });
  });

  describe('Windows: a briefly locked file', () => {
    it.each(['EPERM', 'EBUSY', 'EACCES'])('retries the rename on %s, then succeeds', async (code) => {
      const { target } = await folderWithOld();
      const waits: number[] = [];
      const fs = faultyFileSystem(nodeFileSystem, { only: 'rename', failAt: 1, times: 3, code });
      await writeFileAtomicWith(fs, target, NEW, { platform: 'win32', sleep: async (ms) => { waits.push(ms); } });
      expect(versionOf(await readFile(target, 'utf8'))).toBe('new');
      expect(fs.steps.filter((s) => s.startsWith('rename')).length).toBe(4);
      expect(waits).toEqual([10, 20, 40]);
    });

    it('gives up after the last retry, keeping the old file and removing the temp file', async () => {
      const { dir, target } = await folderWithOld();
      const fs = faultyFileSystem(nodeFileSystem, { only: 'rename', failAt: 1, times: 100, code: 'EBUSY' });
      await expect(writeFileAtomicWith(fs, target, NEW, { platform: 'win32', sleep: noSleep })).rejects.toMatchObject({ code: 'EBUSY' });
      expect(fs.steps.filter((s) => s.startsWith('rename')).length).toBe(6);
      expect(versionOf(await readFile(target, 'utf8'))).toBe('old');
      expect(await leftovers(dir)).toEqual([]);
    });

    it('does not retry other errors, nor on POSIX where EPERM is permanent', async () => {
      const { target } = await folderWithOld();
      const enospc = faultyFileSystem(nodeFileSystem, { only: 'rename', failAt: 1, code: 'ENOSPC' });
      await expect(writeFileAtomicWith(enospc, target, NEW, { platform: 'win32', sleep: noSleep })).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(enospc.steps.filter((s) => s.startsWith('rename')).length).toBe(1);
      const posix = faultyFileSystem(nodeFileSystem, { only: 'rename', failAt: 1, code: 'EPERM' });
      await expect(writeFileAtomicWith(posix, target, NEW, { platform: 'linux', sleep: noSleep })).rejects.toMatchObject({ code: 'EPERM' });
      expect(posix.steps.filter((s) => s.startsWith('rename')).length).toBe(1);
    });
  });

  describe('symlinks', () => {
    it('writes through a symlink to the real file; the link stays a link', async () => {
      const dir = await tempFolder();
      await mkdir(join(dir, 'real'));
      const real = join(dir, 'real', 'map.journey');
      const link = join(dir, 'link.journey');
      await writeFile(real, OLD);
      await symlink('real/map.journey', link);
      const { realPath } = await writeFileAtomicWith(nodeFileSystem, link, NEW);
      expect(realPath).toBe(real);
      expect((await lstat(link)).isSymbolicLink()).toBe(true);
      expect(await readlink(link)).toBe('real/map.journey');
      expect(versionOf(await readFile(real, 'utf8'))).toBe('new');
      expect(await leftovers(join(dir, 'real'))).toEqual([]);
    });

    it('follows a chain of links, and a dangling link creates its target', async () => {
      const dir = await tempFolder();
      await symlink('b.journey', join(dir, 'a.journey'));
      await symlink('c.journey', join(dir, 'b.journey'));
      await writeFileAtomic(join(dir, 'a.journey'), NEW);
      expect(versionOf(await readFile(join(dir, 'c.journey'), 'utf8'))).toBe('new');
      expect((await lstat(join(dir, 'a.journey'))).isSymbolicLink()).toBe(true);
      expect((await lstat(join(dir, 'b.journey'))).isSymbolicLink()).toBe(true);
    });

    it('refuses a symlink loop', async () => {
      const dir = await tempFolder();
      await symlink('y', join(dir, 'x'));
      await symlink('x', join(dir, 'y'));
      await expect(writeFileAtomic(join(dir, 'x'), NEW)).rejects.toMatchObject({ code: 'ELOOP' });
    });
  });

  describe('permissions', () => {
    it.each([0o600, 0o640, 0o755])('keeps the existing mode %s', async (mode) => {
      const { target } = await folderWithOld();
      await chmod(target, mode);
      await writeFileAtomic(target, NEW);
      expect((await stat(target)).mode & 0o777).toBe(mode);
    });

    it('creates a new file with the requested mode', async () => {
      const dir = await tempFolder();
      const target = join(dir, 'private.journey');
      await writeFileAtomic(target, NEW, { mode: 0o600 });
      expect((await stat(target)).mode & 0o777).toBe(0o600);
    });
  });

  it('concurrent writes to one file each land whole', async () => {
    const { dir, target } = await folderWithOld();
    const versions = Array.from({ length: 8 }, (_, i) => `${JSON.stringify({ i, fill: String(i).repeat(20_000 + i) })}\n`);
    await Promise.all(versions.map((v) => writeFileAtomic(target, v)));
    expect(versions).toContain(await readFile(target, 'utf8'));
    expect(await leftovers(dir)).toEqual([]);
  });
});
