import { readdir, readFile, symlink, utimes, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../electron/main/services/files/fileFingerprint';
import { nodeFileSystem } from '../../electron/main/services/files/nodeFileSystem';
import { backupPathOf, saveDocumentFile } from '../../electron/main/services/files/saveDocumentFile';
import { faultyFileSystem } from './support/faultyFileSystem';
import { useTempFolders } from './support/tempFolder';

/** Which version a file holds, as a word (so a failure never prints 50 kB of filler). */
const versionOf = (text: string | null) => (text === null ? 'absent' : text === OLD ? 'old' : text === NEW ? 'new' : `partial (${text.length} chars)`);

const tempFolder = useTempFolders();
const OLD = `${JSON.stringify({ v: 'old', pad: 'x'.repeat(30_000) })}\n`;
const NEW = `${JSON.stringify({ v: 'new', pad: 'y'.repeat(40_000) })}\n`;

async function opened(content = OLD) {
  const dir = await tempFolder();
  const path = join(dir, 'map.journey');
  await writeFile(path, content);
  const s = await nodeFileSystem.stat(path);
  return { dir, path, expected: fingerprintOf(s, content) };
}

describe('saveDocumentFile', () => {
  it('keeps the replaced version as <name>.bak and writes the new one', async () => {
    const { path, expected } = await opened();
    const result = await saveDocumentFile(nodeFileSystem, { path, data: NEW, expected, overwrite: false, backup: true });
    expect(result.kind).toBe('saved');
    expect(versionOf(await readFile(path, 'utf8'))).toBe('new');
    expect(versionOf(await readFile(backupPathOf(path), 'utf8'))).toBe('old');
    // The returned fingerprint is the new baseline: a second save is not a conflict.
    if (result.kind !== 'saved') throw new Error('not saved');
    const again = await saveDocumentFile(nodeFileSystem, { path, data: OLD, expected: result.fingerprint, overwrite: false, backup: true });
    expect(again.kind).toBe('saved');
    expect(versionOf(await readFile(backupPathOf(path), 'utf8'))).toBe('new');
  });

  it('returns a conflict, and writes nothing, when the file changed on disk since it was opened', async () => {
    const { dir, path, expected } = await opened();
    const theirs = OLD.replace('old', 'OLD'); // same size, different content
    await writeFile(path, theirs);
    const result = await saveDocumentFile(nodeFileSystem, { path, data: NEW, expected, overwrite: false, backup: true });
    expect(result).toMatchObject({ kind: 'conflict', message: expect.stringMatching(/changed this file on disk/) });
    expect(await readFile(path, 'utf8')).toBe(theirs);
    expect(await readdir(dir)).toEqual(['map.journey']);
  });

  it('reports a size change in the conflict message', async () => {
    const { path, expected } = await opened();
    await writeFile(path, `${OLD}more`);
    const result = await saveDocumentFile(nodeFileSystem, { path, data: NEW, expected, overwrite: false, backup: false });
    expect(result).toMatchObject({ kind: 'conflict', message: expect.stringMatching(/bytes/) });
  });

  it('is not a conflict when only the modification time changed (touch, sync clients)', async () => {
    const { path, expected } = await opened();
    await utimes(path, new Date('2030-01-01'), new Date('2030-01-01'));
    const result = await saveDocumentFile(nodeFileSystem, { path, data: NEW, expected, overwrite: false, backup: false });
    expect(result.kind).toBe('saved');
  });

  it('overwrites a changed file when the user chose Overwrite, keeping theirs as the backup', async () => {
    const { path, expected } = await opened();
    await writeFile(path, 'theirs');
    const result = await saveDocumentFile(nodeFileSystem, { path, data: NEW, expected, overwrite: true, backup: true });
    expect(result.kind).toBe('saved');
    expect(versionOf(await readFile(path, 'utf8'))).toBe('new');
    expect(await readFile(backupPathOf(path), 'utf8')).toBe('theirs');
  });

  it('puts the backup beside the real file when saving through a symlink', async () => {
    const dir = await tempFolder();
    await mkdir(join(dir, 'store'));
    await writeFile(join(dir, 'store', 'map.journey'), OLD);
    await symlink(join(dir, 'store', 'map.journey'), join(dir, 'link.journey'));
    await saveDocumentFile(nodeFileSystem, { path: join(dir, 'link.journey'), data: NEW, expected: null, overwrite: false, backup: true });
    expect(versionOf(await readFile(join(dir, 'store', 'map.journey.bak'), 'utf8'))).toBe('old');
    expect(versionOf(await readFile(join(dir, 'link.journey'), 'utf8'))).toBe('new');
  });

  it('a crash at every step of backup + save leaves a complete document, and a complete backup if any', async () => {
    const { path, expected } = await opened();
    const probe = faultyFileSystem(nodeFileSystem);
    await saveDocumentFile(probe, { path, data: NEW, expected, overwrite: false, backup: true }, { platform: 'linux' });
    const total = probe.steps.length;
    expect(total).toBeGreaterThan(15);
    for (const die of [false, true]) {
      for (let step = 1; step <= total; step++) {
        const { path: p, expected: e } = await opened();
        const fs = faultyFileSystem(nodeFileSystem, { failAt: step, die });
        const outcome = await saveDocumentFile(fs, { path: p, data: NEW, expected: e, overwrite: false, backup: true }, { platform: 'linux' }).then(() => 'resolved', () => 'rejected');
        await fs.dispose();
        const doc = await readFile(p, 'utf8');
        expect(versionOf(doc), `step ${step} ${fs.steps[step - 1]} die=${die}`).toBe(outcome === 'rejected' ? 'old' : 'new');
        const backup = versionOf(await readFile(backupPathOf(p), 'utf8').catch(() => null));
        expect(['absent', 'old'], `backup at step ${step}`).toContain(backup);
        if (outcome === 'resolved') expect(backup).toBe('old');
      }
    }
  });
});
