/** Desktop export: where first, drawing off main's loop with progress, atomic write, cancel, one per window. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fork } from 'node:child_process';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { DEFAULT_EXPORT_REQUEST, exportRequestSchema, type ExportRequest } from '../../shared/export/exportRequest';
import { ExportService, type ExportDestination, type ExportRunner, type ExportWorkerReply } from '../../electron/main/services/export/ExportService';
import { exportProcessRunner } from '../../electron/main/services/export/exportProcessRunner';
import { exportProcessEnv, withExportProcessEnv } from '../../electron/main/services/export/exportProcessEnv';
import { forkExportChild } from '../../electron/main/services/export/forkExportChild';
import { runExportJob } from '../../electron/main/services/export/runExportJob';

const sample = readFileSync('assets/samples/northwind-outdoor.journey', 'utf8');
const csv: ExportRequest = { ...DEFAULT_EXPORT_REQUEST, format: 'csv' };

function destination(path: string | null = '/exports/map.pdf'): ExportDestination & { written: Uint8Array[] } {
  const written: Uint8Array[] = [];
  return {
    written,
    chooseExportLocation: vi.fn(async () => path),
    writeExport: vi.fn(async (_p: string, data: Uint8Array) => { written.push(data); return { kind: 'saved' as const, doc: { ref: 'r'.repeat(16), name: 'map.pdf' } }; }),
  };
}

/** A runner that answers with scripted replies, and can be held until released. */
function scripted(replies: ExportWorkerReply[], hold = false): ExportRunner & { cancelled: boolean; release(): void } {
  let release = () => {};
  const runner = {
    cancelled: false,
    release: () => release(),
    run(_job: unknown, onReply: (r: ExportWorkerReply) => void) {
      const go = () => { for (const r of replies) onReply(r); };
      if (hold) release = go; else queueMicrotask(go);
      return { cancel: () => { runner.cancelled = true; } };
    },
  };
  return runner;
}

describe('ExportService', () => {
  it('asks where, reports progress, writes the bytes where the user chose, and passes notices on', async () => {
    const dest = destination();
    const data = new Uint8Array([1, 2, 3]);
    const service = new ExportService({ destination: dest, runner: scripted([{ type: 'progress', fraction: 0.5, stage: 'drawing' }, { type: 'done', data, notices: ['downscaled'], pages: 4 }]), today: () => '2026-12-01' });
    const progress = vi.fn();
    const outcome = await service.export(1, sample, DEFAULT_EXPORT_REQUEST, 'Map.pdf', progress);
    expect(dest.chooseExportLocation).toHaveBeenCalledWith({ suggestedName: 'Map.pdf', mime: 'application/pdf' });
    expect(progress).toHaveBeenCalledWith({ fraction: 0.5, stage: 'drawing' });
    expect(dest.writeExport).toHaveBeenCalledWith('/exports/map.pdf', data);
    expect(outcome).toEqual({ kind: 'saved', doc: { ref: 'r'.repeat(16), name: 'map.pdf' }, notices: ['downscaled'], pages: 4 });
  });

  it('draws while the user chooses where; progress shows once they have, and Cancel in the save dialog ends the drawing', async () => {
    // Drawing has finished before the user chose: the bytes are written as soon as they do.
    let choose: (path: string | null) => void = () => {};
    const dest = destination();
    dest.chooseExportLocation = vi.fn(() => new Promise<string | null>((resolve) => { choose = resolve; }));
    const runner = scripted([{ type: 'progress', fraction: 0.3, stage: 'drawing the PNG' }, { type: 'done', data: new Uint8Array([5]), notices: [] }]);
    const service = new ExportService({ destination: dest, runner, today: () => '' });
    const progress = vi.fn();
    const run = vi.spyOn(runner, 'run');
    const outcome = service.export(1, sample, csv, 'Map.csv', progress);
    await new Promise((r) => setTimeout(r, 10));
    expect(run).toHaveBeenCalledTimes(1);
    expect(progress).not.toHaveBeenCalled();
    choose('/exports/map.csv');
    expect(await outcome).toMatchObject({ kind: 'saved' });
    expect(progress.mock.calls.map(([p]) => p.stage)).toEqual(['drawing the PNG', 'saving']);
    expect(dest.written).toEqual([new Uint8Array([5])]);

    const held = scripted([{ type: 'done', data: new Uint8Array([9]), notices: [] }], true);
    const cancelled = destination(null);
    const again = new ExportService({ destination: cancelled, runner: held, today: () => '' });
    expect(await again.export(1, sample, csv, 'Map.csv', () => {})).toEqual({ kind: 'cancelled' });
    expect(held.cancelled).toBe(true);
    held.release();
    expect(cancelled.written).toEqual([]);
    // The window can export again.
    expect(await again.export(1, sample, csv, 'Map.csv', () => {})).toEqual({ kind: 'cancelled' });
  });

  it('a save dialog that fails ends the drawing and frees the window', async () => {
    const dest = destination();
    dest.chooseExportLocation = vi.fn(async () => { throw new Error('no display'); });
    const runner = scripted([], true);
    const service = new ExportService({ destination: dest, runner, today: () => '' });
    await expect(service.export(3, sample, csv, 'Map.csv', () => {})).rejects.toThrow('no display');
    expect(runner.cancelled).toBe(true);
    dest.chooseExportLocation = vi.fn(async () => null);
    expect(await service.export(3, sample, csv, 'Map.csv', () => {})).toEqual({ kind: 'cancelled' });
  });

  it('Cancel stops the drawing and writes nothing; a second export in the same window waits its turn', async () => {
    const dest = destination();
    const runner = scripted([{ type: 'done', data: new Uint8Array([9]), notices: [] }], true);
    const service = new ExportService({ destination: dest, runner, today: () => '' });
    const first = service.export(7, sample, csv, 'Map.csv', () => {});
    await vi.waitFor(() => expect(dest.chooseExportLocation).toHaveBeenCalled());
    await Promise.resolve();
    expect(await service.export(7, sample, csv, 'Map.csv', () => {})).toEqual({ kind: 'failed', message: 'An export is already running in this window.' });
    service.cancel(7);
    expect(await first).toEqual({ kind: 'cancelled' });
    expect(runner.cancelled).toBe(true);
    runner.release(); // a late reply from a cancelled worker changes nothing
    expect(dest.written).toEqual([]);
  });

  it('a failed drawing is reported and nothing is written', async () => {
    const dest = destination();
    const service = new ExportService({ destination: dest, runner: scripted([{ type: 'failed', message: 'The map is too large' }]), today: () => '' });
    expect(await service.export(1, sample, csv, 'Map.csv', () => {})).toEqual({ kind: 'failed', message: 'The map is too large' });
    expect(dest.written).toEqual([]);
  });
});

describe('the export worker job', () => {
  it('loads the map, draws the requested format and hands back bytes', async () => {
    const replies: ExportWorkerReply[] = [];
    await runExportJob({ text: sample, request: csv }, (r) => replies.push(r));
    const done = replies.find((r) => r.type === 'done');
    expect(done?.type).toBe('done');
    const text = new TextDecoder().decode(done?.type === 'done' ? done.data : new Uint8Array());
    expect(text).toContain('Checkout');
    expect(replies.filter((r) => r.type === 'progress').length).toBeGreaterThan(1);
  });

  it('refuses a map that does not load, and a request that does not parse, with a message', async () => {
    const replies: ExportWorkerReply[] = [];
    await runExportJob({ text: sample.slice(0, 500), request: csv }, (r) => replies.push(r));
    expect(replies.at(-1)).toMatchObject({ type: 'failed', message: expect.stringMatching(/could not be read for export: Line \d+, column \d+/) });
    const bad = [] as ExportWorkerReply[];
    await runExportJob({ text: sample, request: { ...csv, format: 'gif' } as unknown as ExportRequest }, (r) => bad.push(r));
    expect(bad.at(-1)?.type).toBe('failed');
    expect(exportRequestSchema.safeParse({ ...csv, png: { scale: 9, background: 'white' } }).success).toBe(false);
  });
});

describe('exportProcessRunner with Node child processes (forkExportChild)', () => {
  const script = (body: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'wm-worker-')), 'w.cjs');
    writeFileSync(file, `const reply = (r) => process.send(r);\nprocess.on('message', (job) => { ${body} });\nprocess.on('disconnect', () => process.exit(0));\n`);
    return file;
  };
  const forked = (file: string, options: { idleMs?: number } = {}) => exportProcessRunner(() => forkExportChild(file), options);

  it('runs the job in a child process and relays progress and the result, bytes as bytes', async () => {
    const runner = forked(script(`reply({ type: 'progress', fraction: 0.5, stage: job.text }); reply({ type: 'done', data: new Uint8Array([4, 2]), notices: [] });`));
    const replies = await new Promise<ExportWorkerReply[]>((resolve) => {
      const got: ExportWorkerReply[] = [];
      runner.run({ text: 'hello', request: csv }, (r) => { got.push(r); if (r.type !== 'progress') resolve(got); });
    });
    expect(replies[0]).toEqual({ type: 'progress', fraction: 0.5, stage: 'hello' });
    expect(replies[1]).toMatchObject({ type: 'done', notices: [] });
    expect((replies[1] as { data: Uint8Array }).data).toBeInstanceOf(Uint8Array);
    expect([...(replies[1] as { data: Uint8Array }).data]).toEqual([4, 2]);
  });

  it('a process that dies is a failure, not a hang', async () => {
    const runner = forked(script(`process.exit(3);`));
    const reply = await new Promise<ExportWorkerReply>((resolve) => runner.run({ text: '', request: csv }, resolve));
    expect(reply).toEqual({ type: 'failed', message: 'The export stopped (exit code 3).' });
  });

  it('a process killed from outside is a failure that names the signal', async () => {
    const runner = forked(script(`process.kill(process.pid, 'SIGKILL');`));
    const reply = await new Promise<ExportWorkerReply>((resolve) => runner.run({ text: '', request: csv }, resolve));
    expect(reply).toEqual({ type: 'failed', message: 'The export stopped (signal SIGKILL).' });
  });

  /** One export through the runner; resolves with the final reply. */
  const once = (runner: ReturnType<typeof forked>, text = '') => new Promise<ExportWorkerReply>((resolve) => runner.run({ text, request: csv }, (r) => { if (r.type !== 'progress') resolve(r); }));
  const pidOf = (r: ExportWorkerReply) => (r.type === 'done' ? Number(new TextDecoder().decode(r.data)) : -1);
  const reportsPid = () => script(`reply(job.text === 'fail' ? { type: 'failed', message: String(process.pid) } : { type: 'done', data: new TextEncoder().encode(String(process.pid)), notices: [] });`);
  const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };

  it('the next export reuses the process that finished the last one (warm), until it has waited idleMs; then it ends', async () => {
    const runner = forked(reportsPid(), { idleMs: 300 });
    const first = pidOf(await once(runner));
    expect(pidOf(await once(runner))).toBe(first);
    await new Promise((r) => setTimeout(r, 700));
    expect(alive(first)).toBe(false);
    expect(pidOf(await once(runner))).not.toBe(first);
  });

  it('exports at once get a process each; the process of a failed export ends', async () => {
    const runner = forked(reportsPid(), { idleMs: 5000 });
    const [a, b] = await Promise.all([once(runner), once(runner)]);
    expect(pidOf(a)).not.toBe(pidOf(b));
    // The failing export takes the process left waiting; failed, it ends, and the next export starts a new one.
    const failed = await once(runner, 'fail');
    const failedPid = failed.type === 'failed' ? Number(failed.message) : -1;
    expect([pidOf(a), pidOf(b)]).toContain(failedPid);
    expect([pidOf(a), pidOf(b)]).not.toContain(pidOf(await once(runner)));
    await new Promise((r) => setTimeout(r, 200));
    expect(alive(failedPid)).toBe(false);
  });

  it('a waiting process that dies is not reused, and nothing escapes', async () => {
    const runner = forked(script(`reply({ type: 'done', data: new TextEncoder().encode(String(process.pid)), notices: [] }); setTimeout(() => process.exit(5), 50);`), { idleMs: 5000 });
    const first = pidOf(await once(runner));
    await new Promise((r) => setTimeout(r, 400));
    expect(pidOf(await once(runner))).not.toBe(first);
  });

  it('a process that ends without answering is a failure, not a hang (exit code 0 too)', async () => {
    const runner = forked(script(`process.exit(0);`));
    const reply = await new Promise<ExportWorkerReply>((resolve) => runner.run({ text: '', request: csv }, resolve));
    expect(reply).toEqual({ type: 'failed', message: 'The export stopped (exit code 0).' });
  });

  it('cancel kills a busy process and nothing more is relayed', async () => {
    const runner = forked(script(`process.send({ type: 'progress', fraction: 0, stage: String(process.pid) }); const end = Date.now() + 5000; while (Date.now() < end) {} reply({ type: 'done', data: new Uint8Array(), notices: [] });`));
    const onReply = vi.fn();
    let pid = 0;
    const handle = runner.run({ text: '', request: csv }, (r) => { if (r.type === 'progress') pid = Number(r.stage); else onReply(r); });
    await vi.waitFor(() => expect(pid).toBeGreaterThan(0));
    handle.cancel();
    await vi.waitFor(() => expect(alive(pid)).toBe(false));
    expect(onReply).not.toHaveBeenCalled();
  });

  it('starts the process with the export environment: resvg\'s allocator settings on Linux, a setting already given wins', () => {
    expect(exportProcessEnv('linux')).toEqual({ MIMALLOC_ALLOW_LARGE_OS_PAGES: '1', MIMALLOC_EAGER_COMMIT_DELAY: '0' });
    expect(exportProcessEnv('darwin')).toEqual({});
    expect(exportProcessEnv('win32')).toEqual({});
    const env = withExportProcessEnv({ PATH: '/bin', MIMALLOC_EAGER_COMMIT_DELAY: '4', UNSET: undefined }, 'linux');
    expect(env).toEqual({ PATH: '/bin', MIMALLOC_ALLOW_LARGE_OS_PAGES: '1', MIMALLOC_EAGER_COMMIT_DELAY: '4' });
  });
});

describe('the export process script (exportWorker), built as the app builds it, in a Node child process', () => {
  let dir = '';
  let file = '';
  beforeAll(async () => {
    // Inside the repo, as dist-electron/ is: the runtime modules from node_modules, the fonts from assets/.
    mkdirSync(resolve('node_modules/.cache'), { recursive: true });
    dir = mkdtempSync(join(resolve('node_modules/.cache'), 'wm-export-process-'));
    file = join(dir, 'exportWorker.cjs');
    await build({ entryPoints: ['electron/main/services/export/exportWorker.ts'], outfile: file, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['electron', ...Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies)], logLevel: 'error' });
  }, 60_000);
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it('exports the sample as a PNG and a CSV, one after the other in the same process', async () => {
    const env = withExportProcessEnv(process.env, process.platform);
    delete env.WAYMARK_FONT_DIR;
    let started = 0;
    const runner = exportProcessRunner(() => { started += 1; return forkExportChild(file, env); }, { idleMs: 5000 });
    const run = (request: ExportRequest) => new Promise<ExportWorkerReply[]>((done) => {
      const got: ExportWorkerReply[] = [];
      runner.run({ text: sample, request, date: '2024-06-02' }, (r) => { got.push(r); if (r.type !== 'progress') done(got); });
    });
    const png = await run({ ...DEFAULT_EXPORT_REQUEST, format: 'png' });
    expect(png.at(-1)).toMatchObject({ type: 'done' });
    expect(png.map((r) => r.type)).toEqual(['progress', 'progress', 'progress', 'done']);
    const bytes = (png.at(-1) as { data: Uint8Array }).data;
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const grid = await run(csv);
    expect(new TextDecoder().decode((grid.at(-1) as { data: Uint8Array }).data)).toMatch(/^Lane,Discover,Consider,/);
    expect(started).toBe(1);
  }, 60_000);

  it('in an Electron utility process it takes jobs from process.parentPort ({ data }) and answers there', async () => {
    // Electron's side of the channel, as utilityProcess gives it to the script, bridged to Node's IPC.
    const shim = join(dir, 'utilityShim.cjs');
    writeFileSync(shim, [
      "const listeners = [];",
      "process.parentPort = { on: (event, fn) => { if (event === 'message') listeners.push(fn); }, postMessage: (reply) => process.send({ via: 'parentPort', reply }) };",
      "process.on('message', (job) => { for (const fn of listeners) fn({ data: job, ports: [] }); });",
      "process.on('disconnect', () => process.exit(0));",
      `require(${JSON.stringify(file)});`,
    ].join('\n'));
    const child = fork(shim, [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    onTestFinished(() => { child.kill(); });
    const got: { via: string; reply: ExportWorkerReply }[] = [];
    await new Promise<void>((done) => {
      child.on('message', (m: { via: string; reply: ExportWorkerReply }) => { got.push(m); if (m.reply.type !== 'progress') done(); });
      child.send({ text: sample, request: csv, date: '2024-06-02' });
    });
    expect(got.every((m) => m.via === 'parentPort')).toBe(true);
    expect(got.map((m) => m.reply.type)).toEqual(['progress', 'progress', 'progress', 'done']);
    expect(new TextDecoder().decode((got.at(-1)!.reply as { data: Uint8Array }).data)).toMatch(/^Lane,Discover,Consider,/);
  }, 30_000);
});
