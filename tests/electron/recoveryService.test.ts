import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { nodeFileSystem } from '../../electron/main/services/files/nodeFileSystem';
import { RecoveryService, type Scheduler } from '../../electron/main/services/recovery/RecoveryService';
import { faultyFileSystem } from './support/faultyFileSystem';
import { useTempFolders } from './support/tempFolder';

const tempFolder = useTempFolders();

/** A clock and timer queue the test advances by hand. */
function manualTime(start = Date.parse('2026-03-01T09:00:00Z')) {
  let now = start;
  const timers = new Map<number, { at: number; run: () => void }>();
  let nextId = 1;
  const scheduler: Scheduler = {
    set: (run, ms) => { const id = nextId++; timers.set(id, { at: now + ms, run }); return id; },
    clear: (id) => { timers.delete(id as number); },
  };
  return {
    clock: { now: () => now },
    scheduler,
    pending: () => timers.size,
    /** Moves time forward, running timers that come due. */
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at <= now) { timers.delete(id); t.run(); }
      }
    },
  };
}

async function setup(fs = nodeFileSystem) {
  const folder = join(await tempFolder(), 'recovery');
  const time = manualTime();
  const log = vi.fn();
  const service = new RecoveryService({ fs, folder, clock: time.clock, scheduler: time.scheduler, debounceMs: 1000, maxWaitMs: 5000, log });
  return { folder, time, log, service };
}

const snap = (key: string, text: string) => ({ key, title: `Map ${key}`, text, updatedAt: 'ignored' });
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('RecoveryService', () => {
  it('writes a snapshot after the debounce delay, stamped with the time of the last change', async () => {
    const { service, time } = await setup();
    await service.write(snap('unsaved:j1', 'v1'));
    time.advance(400);
    await service.write(snap('unsaved:j1', 'v2'));
    time.advance(999);
    await settle();
    expect((await service.list()).maps.map((m) => m.snapshot)).toEqual([]);
    time.advance(1);
    expect(time.pending()).toBe(0);
    await service.flush();
    expect((await service.list()).maps.map((m) => m.snapshot)).toEqual([{ key: 'unsaved:j1', title: 'Map unsaved:j1', text: 'v2', updatedAt: '2026-03-01T09:00:00.400Z' }]);
  });

  it('writes at least every maxWait during continuous editing', async () => {
    const { service, time } = await setup();
    for (let i = 0; i < 12; i++) { await service.write(snap('k', `v${i}`)); time.advance(500); }
    // Nothing flushed by hand: only the max-wait timer can have written this.
    await settle();
    const listed = (await service.list()).maps.map((m) => m.snapshot);
    expect(listed).toHaveLength(1);
    expect(listed[0]!.text).not.toBe('v11');
  });

  it('lists several maps newest first, each with its last-changed time', async () => {
    const { service, time } = await setup();
    await service.write(snap('a', 'A'));
    time.advance(60_000);
    await service.write(snap('b', 'B'));
    await service.flush();
    const { maps, problems } = await service.list();
    expect(maps.map(({ snapshot: s }) => [s.key, s.updatedAt])).toEqual([['b', '2026-03-01T09:01:00.000Z'], ['a', '2026-03-01T09:00:00.000Z']]);
    expect(problems).toEqual([]);
  });

  it('removes a snapshot once the map is saved or discarded, including one still waiting to be written', async () => {
    const { service, time, folder } = await setup();
    await service.write(snap('a', 'A'));
    await service.flush();
    await service.write(snap('a', 'A2'));
    await service.remove('a');
    time.advance(10_000);
    await settle();
    expect((await service.list()).maps.map((m) => m.snapshot)).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
    await expect(service.remove('never-written')).resolves.toBeUndefined();
  });

  it('ignores a corrupt snapshot with a report, moves it aside, and still lists the good ones', async () => {
    const { service, folder, log } = await setup();
    await service.write(snap('good', 'G'));
    await service.flush();
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'aaaa.waymark-recovery.json'), '{"format":"waymark.recovery","version":1,"snap');
    await writeFile(join(folder, 'bbbb.waymark-recovery.json'), JSON.stringify({ format: 'waymark.recovery', version: 1, snapshot: { key: 'x' } }));
    await writeFile(join(folder, 'cccc.waymark-recovery.json'), new Uint8Array([0xff, 0xfe, 0x00, 0x41]));
    const { maps, problems } = await service.list();
    expect(maps.map((m) => m.snapshot.key)).toEqual(['good']);
    expect(problems.map((p) => p.file)).toEqual(['aaaa.waymark-recovery.json', 'bbbb.waymark-recovery.json', 'cccc.waymark-recovery.json']);
    expect(problems[1]!.message).toMatch(/not a recovery snapshot \(snapshot\.title/);
    expect(log).toHaveBeenCalledTimes(3);
    expect((await readdir(join(folder, 'corrupt'))).sort()).toEqual(['aaaa.waymark-recovery.json', 'bbbb.waymark-recovery.json', 'cccc.waymark-recovery.json']);
    // Reported once: the next listing is clean.
    expect((await service.list()).problems).toEqual([]);
  });

  it('an empty or missing folder lists nothing', async () => {
    const { service } = await setup();
    expect(await service.list()).toEqual({ maps: [], problems: [] });
  });

  it('a failing disk is reported and does not break later snapshots', async () => {
    const folder = join(await tempFolder(), 'r');
    const fs = faultyFileSystem(nodeFileSystem, { only: 'rename', failAt: 1, code: 'ENOSPC' });
    const time = manualTime();
    const log = vi.fn();
    const service = new RecoveryService({ fs, folder, clock: time.clock, scheduler: time.scheduler, log });
    await service.write(snap('k', 'first'));
    await service.flush();
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/ENOSPC/));
    await service.write(snap('k', 'second'));
    await service.flush();
    expect((await service.list()).maps.map((m) => m.snapshot).map((s) => s.text)).toEqual(['second']);
  });

  it('keeps where a map came from (main-side only), for saving it back after a restart', async () => {
    const { service } = await setup();
    const origin = { path: '/maps/Northwind.journey', fingerprint: { mtimeMs: 1, size: 10, hash: 'a'.repeat(64) } };
    await service.write(snap('ref-from-last-run', 'x'), origin);
    await service.write(snap('unsaved:j2', 'y'));
    await service.flush();
    const byKey = Object.fromEntries((await service.list()).maps.map((m) => [m.snapshot.key, m.origin]));
    expect(byKey).toEqual({ 'ref-from-last-run': origin, 'unsaved:j2': null });
  });

  it('keys are hashed into file names, so any key is safe', async () => {
    const { service, folder } = await setup();
    const key = '../../etc/passwd\u0000:unsaved';
    await service.write(snap(key, 'x'));
    await service.flush();
    const [name] = await readdir(folder);
    expect(name).toMatch(/^[0-9a-f]{32}\.waymark-recovery\.json$/);
    expect(JSON.parse(await readFile(join(folder, name!), 'utf8')).snapshot.key).toBe(key);
  });
});
