import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { nodeFileSystem } from '../../electron/main/services/files/nodeFileSystem';
import { MAX_RECENT, RecentFiles } from '../../electron/main/services/recent/RecentFiles';
import { useTempFolders } from './support/tempFolder';

const tempFolder = useTempFolders();

describe('RecentFiles', () => {
  it('keeps the newest first, without duplicates, at most MAX_RECENT, and persists', async () => {
    const file = join(await tempFolder(), 'recent.json');
    const onChange = vi.fn();
    const recent = new RecentFiles({ fs: nodeFileSystem, file, log: vi.fn(), onChange });
    await recent.load();
    for (let i = 0; i < 12; i++) await recent.add(`/maps/${i}.journey`);
    await recent.add('/maps/5.journey');
    expect(recent.list()).toHaveLength(MAX_RECENT);
    expect(recent.list().slice(0, 3)).toEqual(['/maps/5.journey', '/maps/11.journey', '/maps/10.journey']);
    expect(onChange).toHaveBeenCalledTimes(13);
    const again = new RecentFiles({ fs: nodeFileSystem, file, log: vi.fn() });
    expect(await again.load()).toEqual(recent.list());
  });

  it('clears and removes', async () => {
    const file = join(await tempFolder(), 'recent.json');
    const recent = new RecentFiles({ fs: nodeFileSystem, file, log: vi.fn() });
    await recent.add('/a.journey');
    await recent.add('/b.journey');
    await recent.remove('/a.journey');
    expect(recent.list()).toEqual(['/b.journey']);
    await recent.clear();
    expect(recent.list()).toEqual([]);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 1, paths: [] });
  });

  it('starts empty, with a report, from a damaged list', async () => {
    const file = join(await tempFolder(), 'recent.json');
    await writeFile(file, '{"version":1,"paths":[42]}');
    const log = vi.fn();
    const recent = new RecentFiles({ fs: nodeFileSystem, file, log });
    expect(await recent.load()).toEqual([]);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/damaged/));
  });
});
