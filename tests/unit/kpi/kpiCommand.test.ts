/** `waymark kpi`: through the command's run(args, io) with a fake io, and once through a freshly built bundle. */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../cli/CliCommand';
import { kpiCommand } from '../../../cli/commands/kpiCommand';
import { commands } from '../../../cli/commands';
import { SAMPLES } from './kpiTestUtil';

const sample = (name: string): string => fileURLToPath(new URL(name, SAMPLES));

function fakeIo(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout, stderr,
    out: (t) => { stdout.push(t); },
    err: (t) => { stderr.push(t); },
    readFile: async (p) => new Uint8Array(readFileSync(p)),
    writeFile: async () => { throw new Error('kpi writes nothing'); },
    cwd: () => process.cwd(),
  };
}

describe('waymark kpi (run with a fake io)', () => {
  it('is registered', () => {
    expect(commands.kpi).toBe(kpiCommand);
  });

  it('--json prints ONE object with source, encoding, delimiter, rows, errors, period and metrics', async () => {
    const io = fakeIo();
    expect(await kpiCommand.run([sample('ga4_funnel_exploration_checkout_may2024.csv'), '--json'], io)).toBe(0);
    expect(io.stdout).toHaveLength(1);
    const out = JSON.parse(io.stdout[0]!);
    expect(out).toMatchObject({ source: 'ga4-funnel', encoding: 'utf-8', delimiter: ',', rowsRead: 20, rowsImported: 20, errors: [], period: { start: '2024-05-01', end: '2024-05-31' } });
    expect(out.metrics).toContainEqual({ scope: 'View product', metric: 'users', value: 18620, unit: 'count' });
    expect(out.metrics).toContainEqual({ scope: 'Add to cart', metric: 'dropOff', value: 1834, unit: 'count' });
    expect(out.metrics.find((m: { scope: string; metric: string }) => m.scope === 'View product' && m.metric === 'completionRate')).toMatchObject({ n: 18620 });
    expect(io.stderr).toEqual([]);
  });

  it('row errors come out with their line and message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-'));
    try {
      const file = join(dir, 'ga4.csv');
      writeFileSync(file, 'Page path and screen class,Views,Active users\n/,10,5\n/x,1\n');
      const io = fakeIo();
      expect(await kpiCommand.run([file, '--json'], io)).toBe(0);
      expect(JSON.parse(io.stdout[0]!).errors).toEqual([{ line: 3, message: 'expected 3 fields like the header, found 2; row skipped' }]);
      const human = fakeIo();
      expect(await kpiCommand.run([file], human)).toBe(0);
      expect(human.stdout).toContain(`  ${file}:3: expected 3 fields like the header, found 2; row skipped`);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });

  it('human output: a header block and a readable table', async () => {
    const io = fakeIo();
    expect(await kpiCommand.run([sample('excel_de_saas_stage_kpis.csv')], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toMatch(/^file {7}.*excel_de_saas_stage_kpis\.csv$/m);
    expect(text).toMatch(/^source {5}stage-kpis$/m);
    expect(text).toMatch(/^delimiter {2}semicolon$/m);
    expect(text).toMatch(/^rows {7}9 read, 9 imported, 0 errors$/m);
    expect(text).toMatch(/^scope\s+metric\s+value\s+unit\s+n$/m);
    expect(text).toMatch(/^Checkout \(Upgrade\)\s+cltv\s+1,234,567\.89 EUR\s+currency:EUR$/m);
    expect(text).toMatch(/^Integration verbunden\s+conversion\s+—\s+fraction$/m);
  });

  it('a missing file, a non-data file and a usage error exit non-zero with a clear message', async () => {
    const missing = fakeIo();
    expect(await kpiCommand.run(['no/such/file.csv'], missing)).toBe(1);
    expect(missing.stderr).toEqual(['waymark kpi: no/such/file.csv: no such file']);
    const png = fakeIo();
    png.readFile = async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]);
    expect(await kpiCommand.run(['logo.png'], png)).toBe(1);
    expect(png.stderr).toEqual(['waymark kpi: logo.png: not a data file: this is a PNG image']);
    expect(png.stdout).toEqual([]);
    const usage = fakeIo();
    expect(await kpiCommand.run([], usage)).toBe(2);
    expect(usage.stderr[0]).toMatch(/^waymark kpi: missing <data-file>/);
    const bad = fakeIo();
    expect(await kpiCommand.run(['x.csv', '--date-order', 'YMD'], bad)).toBe(2);
  });

  it('--source, --table and --date-order reach the importer', async () => {
    const io = fakeIo();
    expect(await kpiCommand.run([sample('ua_landing_pages_apr2019.csv'), '--json', '--table', 'Day Index', '--date-order', 'MDY'], io)).toBe(0);
    const out = JSON.parse(io.stdout[0]!);
    // forced MDY: 13/04/2019 is no date then, so those rows keep their text as the scope (and a note says so)
    expect(out.metrics.some((m: { scope: string }) => m.scope === '2019-01-04')).toBe(true);
    expect(out.notes.some((n: string) => /not dates/.test(n))).toBe(true);
    const forced = fakeIo();
    expect(await kpiCommand.run([sample('ga4_pages_and_screens_may2024.csv'), '--json', '--source', 'generic'], forced)).toBe(0);
    expect(JSON.parse(forced.stdout[0]!).source).toBe('generic');
  });
});

describe('waymark kpi through the built bundle', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  // inside the repo, so the bundle's external modules (pdfkit…) resolve from node_modules
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(join(root, 'node_modules/.cache/waymark-kpi-cli-'));
  const bundle = join(dir, 'waymark.cjs');
  // As scripts/build-cli.mjs: the runtime dependencies stay external.
  const runtimeDependencies = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
  beforeAll(async () => {
    await build({ entryPoints: [join(root, 'cli/waymark.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['electron', ...runtimeDependencies], logLevel: 'error' });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the JSON and exits 0; exits 1 on a missing file', async () => {
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, [bundle, 'kpi', sample('ga4_funnel_exploration_checkout_may2024.csv'), '--json'], { cwd: root });
    expect(JSON.parse(stdout)).toMatchObject({ source: 'ga4-funnel', rowsRead: 20 });
    await expect(run(process.execPath, [bundle, 'kpi', 'missing.csv'], { cwd: root })).rejects.toMatchObject({ code: 1, stderr: 'waymark kpi: missing.csv: no such file\n' });
  }, 60_000);
});
