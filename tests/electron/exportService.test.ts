/** Desktop export: where first, drawing off main's loop with progress, atomic write, cancel, one per window. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_EXPORT_REQUEST, exportRequestSchema, type ExportRequest } from '../../shared/export/exportRequest';
import { ExportService, type ExportDestination, type ExportRunner, type ExportWorkerReply } from '../../electron/main/services/export/ExportService';
import { runExportJob } from '../../electron/main/services/export/exportWorker';
import { workerThreadRunner } from '../../electron/main/services/export/workerThreadRunner';

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
  it('asks where first, reports progress, writes the bytes where the user chose, and passes notices on', async () => {
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

  it('draws nothing when the save dialog is cancelled', async () => {
    const runner = { run: vi.fn() };
    const service = new ExportService({ destination: destination(null), runner, today: () => '' });
    expect(await service.export(1, sample, csv, 'Map.csv', () => {})).toEqual({ kind: 'cancelled' });
    expect(runner.run).not.toHaveBeenCalled();
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

describe('workerThreadRunner', () => {
  const script = (body: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'wm-worker-')), 'w.cjs');
    writeFileSync(file, `const { parentPort } = require('node:worker_threads');\nparentPort.on('message', (job) => { ${body} });\n`);
    return file;
  };

  it('runs the job in a worker thread and relays progress and the result', async () => {
    const runner = workerThreadRunner(script(`parentPort.postMessage({ type: 'progress', fraction: 0.5, stage: job.text }); parentPort.postMessage({ type: 'done', data: new Uint8Array([4, 2]), notices: [] });`));
    const replies = await new Promise<ExportWorkerReply[]>((resolve) => {
      const got: ExportWorkerReply[] = [];
      runner.run({ text: 'hello', request: csv }, (r) => { got.push(r); if (r.type !== 'progress') resolve(got); });
    });
    expect(replies[0]).toEqual({ type: 'progress', fraction: 0.5, stage: 'hello' });
    expect(replies[1]).toMatchObject({ type: 'done', notices: [] });
    expect([...(replies[1] as { data: Uint8Array }).data]).toEqual([4, 2]);
  });

  it('a worker that dies is a failure, not a hang', async () => {
    const runner = workerThreadRunner(script(`process.exit(3);`));
    const reply = await new Promise<ExportWorkerReply>((resolve) => runner.run({ text: '', request: csv }, resolve));
    expect(reply).toEqual({ type: 'failed', message: 'The export stopped (exit code 3).' });
  });

  /** One export through the runner; resolves with the final reply. */
  const once = (runner: ReturnType<typeof workerThreadRunner>) => new Promise<ExportWorkerReply>((resolve) => runner.run({ text: '', request: csv }, (r) => { if (r.type !== 'progress') resolve(r); }));
  const threadOf = (r: ExportWorkerReply) => (r.type === 'done' ? r.data[0] : -1);
  const reportsThread = () => script(`const id = require('node:worker_threads').threadId; parentPort.postMessage(job.text === 'fail' ? { type: 'failed', message: String(id) } : { type: 'done', data: new Uint8Array([id]), notices: [] });`);

  it('the next export reuses the worker that finished the last one (warm), until it has waited idleMs', async () => {
    const runner = workerThreadRunner(reportsThread(), { idleMs: 300 });
    const first = threadOf(await once(runner));
    expect(threadOf(await once(runner))).toBe(first);
    await new Promise((r) => setTimeout(r, 600));
    expect(threadOf(await once(runner))).not.toBe(first);
  });

  it('exports at once get a worker each; the worker of a failed export ends', async () => {
    const runner = workerThreadRunner(reportsThread(), { idleMs: 5000 });
    const [a, b] = await Promise.all([once(runner), once(runner)]);
    expect(threadOf(a)).not.toBe(threadOf(b));
    // The failing export takes the worker left waiting; failed, it ends, and the next export starts a new one.
    const failed = await new Promise<ExportWorkerReply>((resolve) => runner.run({ text: 'fail', request: csv }, resolve));
    const failedThread = failed.type === 'failed' ? Number(failed.message) : -1;
    expect([threadOf(a), threadOf(b)]).toContain(failedThread);
    expect([threadOf(a), threadOf(b)]).not.toContain(threadOf(await once(runner)));
  });

  it('a waiting worker that fails is not reused, and its error does not escape', async () => {
    const runner = workerThreadRunner(script(`parentPort.postMessage({ type: 'done', data: new Uint8Array([require('node:worker_threads').threadId]), notices: [] }); setTimeout(() => { throw new Error('late'); }, 50);`), { idleMs: 5000 });
    const first = threadOf(await once(runner));
    await new Promise((r) => setTimeout(r, 300));
    expect(threadOf(await once(runner))).not.toBe(first);
  });

  it('a worker that ends without answering is a failure, not a hang (exit code 0 too)', async () => {
    const runner = workerThreadRunner(script(`process.exit(0);`));
    const reply = await new Promise<ExportWorkerReply>((resolve) => runner.run({ text: '', request: csv }, resolve));
    expect(reply).toEqual({ type: 'failed', message: 'The export stopped (exit code 0).' });
  });

  it('cancel terminates a busy worker and nothing more is relayed', async () => {
    const runner = workerThreadRunner(script(`const end = Date.now() + 5000; while (Date.now() < end) {} parentPort.postMessage({ type: 'done', data: new Uint8Array(), notices: [] });`));
    const onReply = vi.fn();
    const handle = runner.run({ text: '', request: csv }, onReply);
    await new Promise((r) => setTimeout(r, 100));
    handle.cancel();
    await new Promise((r) => setTimeout(r, 200));
    expect(onReply).not.toHaveBeenCalled();
  });
});
