/**
 * `waymark export` and `waymark validate`: through run(args, io) with a recording io on real
 * temp files, and once through the built bundle (node dist-cli/waymark.cjs) from a folder
 * outside the repo, so the bundled fonts must resolve from the bundle's own location.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../cli/CliCommand';
import { commands } from '../../../cli/commands';
import { readPhysDpi } from '../../../electron/main/services/export/png';

let dir = '';
const SAMPLE = resolve('assets/samples/northwind-outdoor.journey');
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'wm-cli-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function recordingIo(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout, stderr,
    out: (t) => { stdout.push(t); },
    err: (t) => { stderr.push(t); },
    readFile: async (p) => new Uint8Array(await readFile(resolve(dir, p))),
    writeFile: (p, d) => writeFile(resolve(dir, p), d),
    cwd: () => dir,
  };
}

async function run(name: string, ...args: string[]) {
  const io = recordingIo();
  const code = await commands[name]!.run(args, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

describe('waymark export', { timeout: 30_000 }, () => {
  it('is registered with validate', () => {
    expect(Object.keys(commands)).toEqual(expect.arrayContaining(['export', 'validate']));
  });

  it('writes a PDF, tiled on A3 landscape', async () => {
    const r = await run('export', SAMPLE, '--format', 'pdf', '--out', 'map.pdf', '--page', 'A3', '--landscape', '--tile', '--tile-scale', '1.5');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const pdf = join(dir, 'map.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThan(1);
    expect(r.out).toContain(`map.pdf (pdf, ${pages} pages`);
    expect(info).toMatch(/Page size:\s+1190.\d+ x 841.\d+ pts/);
  });

  it('writes a PNG at a DPI, with the DPI in the file', async () => {
    const r = await run('export', SAMPLE, '--format', 'png', '--out', 'map.png', '--dpi', '150');
    expect(r.code).toBe(0);
    expect(readPhysDpi(readFileSync(join(dir, 'map.png')))).toBeCloseTo(150, 1);
  });

  it('takes the format from --out, hides layers, lanes and picks the dark theme', async () => {
    const r = await run('export', SAMPLE, '--out', 'map.svg', '--hide', 'comments,legend', '--hide-lanes', 'Backstage', '--theme', 'dark', '--fonts', 'reference');
    expect(r.code).toBe(0);
    const svg = readFileSync(join(dir, 'map.svg'), 'utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).not.toContain('data-comment-marker');
    expect(svg).not.toContain('data-layer="legend"');
    expect(svg).not.toContain('>Backstage<');
    expect(svg).toContain('data-theme="dark"');
    expect(svg).not.toContain('@font-face');
    const full = await run('export', SAMPLE, '--out', 'full.svg');
    expect(full.code).toBe(0);
    const embedded = readFileSync(join(dir, 'full.svg'), 'utf8');
    expect(embedded).toContain('data-comment-marker');
    expect(embedded).toContain('@font-face');
  });

  it('writes CSV and Markdown', async () => {
    expect((await run('export', SAMPLE, '--format', 'csv', '--out', 'grid.csv')).code).toBe(0);
    expect(readFileSync(join(dir, 'grid.csv'), 'utf8').split('\r\n')[0]).toBe('Lane,Discover,Consider,Purchase,Post-purchase,Loyalty');
    expect((await run('export', SAMPLE, '--format', 'md', '--out', 'report.md')).code).toBe(0);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/^# Northwind Outdoor: buying trail shoes online\n/);
  });

  it('a missing file: exit 1 and says so', async () => {
    const r = await run('export', 'nope.journey', '--format', 'pdf', '--out', 'x.pdf');
    expect(r.code).toBe(1);
    expect(r.err).toBe('nope.journey: no such file');
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  it('a corrupt file: exit 1 with the line and column', async () => {
    writeFileSync(join(dir, 'broken.journey'), '{\n  "format": "waymark-journey",\n  "schemaVersion": 4,\n  "document": { oops }\n}\n');
    const r = await run('export', 'broken.journey', '--format', 'png', '--out', 'x.png');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^broken\.journey:4:\d+: /);
  });

  it('an unknown format, option or value: exit 2 with a usage message', async () => {
    for (const args of [['--format', 'gif'], ['--out', 'x.tiff'], ['--format', 'png', '--scale', '9'], ['--format', 'pdf', '--page', 'B7'], ['--format', 'png', '--bogus'], ['--format', 'svg', '--hide', 'everything']]) {
      const r = await run('export', SAMPLE, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/^waymark export: /);
    }
    const none = await run('export', SAMPLE);
    expect(none.code).toBe(2);
    expect(none.err).toContain('missing --format');
  });

  it('an unknown lane name is a usage error naming the lanes', async () => {
    const r = await run('export', SAMPLE, '--format', 'svg', '--out', 'l.svg', '--hide-lanes', 'Nope');
    expect(r.code).toBe(2);
    expect(r.err).toContain('no lane "Nope"');
  });
});

describe('waymark validate', () => {
  it('a valid sample: exit 0 with a summary', async () => {
    const r = await run('validate', SAMPLE);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/valid — 5 stages, 8 lanes, 67 cards, 10 connections/);
  });

  it('an old file that migrates cleanly is valid, and says it was upgraded', async () => {
    const r = await run('validate', resolve('tests/fixtures/journeys/v1-preview.journey'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/valid — .*; upgraded from version 1 \(recordsKeyedById, painSeverityScale, emotionCurves, funnelFlowOnConnections\)$/);
  });

  it('a file that needs repairs: exit 1, each repair located by path', async () => {
    const file = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    const card = Object.values(file.document.cards as Record<string, { stageId: string }>)[0]!;
    card.stageId = 'stage_gone';
    writeFileSync(join(dir, 'dangling.journey'), JSON.stringify(file));
    const r = await run('validate', 'dangling.journey');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^dangling\.journey: not valid as written/);
    expect(r.err).toMatch(/dangling\.journey: cards\[card_\w+\]\.stageId: unknown stage "stage_gone"/);
    const json = await run('validate', 'dangling.journey', '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ valid: false, file: 'dangling.journey' });
  });

  it('broken JSON: exit 1 with line and column; not a journey: exit 1', async () => {
    writeFileSync(join(dir, 'syntax.journey'), '{"format": "waymark-journey",\n "schemaVersion": 4,,\n}');
    const r = await run('validate', 'syntax.journey');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^syntax\.journey:2:\d+: /);
    writeFileSync(join(dir, 'other.journey'), '{"hello": 1}');
    expect((await run('validate', 'other.journey')).code).toBe(1);
    expect((await run('validate', 'missing.journey')).err).toBe('missing.journey: no such file');
    expect((await run('validate')).code).toBe(2);
  });
});

describe('the built CLI', () => {
  it('exports from outside the repo, fonts found next to the bundle', () => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'pipe' });
    const bundle = resolve('dist-cli/waymark.cjs');
    copyFileSync(SAMPLE, join(dir, 'built.journey'));
    const env = { ...process.env };
    delete env.WAYMARK_FONT_DIR;
    const r = spawnSync(process.execPath, [bundle, 'export', 'built.journey', '--format', 'pdf', '--out', 'built.pdf'], { cwd: dir, env, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const fonts = execFileSync('pdffonts', [join(dir, 'built.pdf')], { encoding: 'utf8' });
    expect(fonts).toContain('Inter-SemiBold');
    const bad = spawnSync(process.execPath, [bundle, 'export', 'built.journey', '--format', 'gif'], { cwd: dir, env, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    const valid = spawnSync(process.execPath, [bundle, 'validate', 'built.journey'], { cwd: dir, env, encoding: 'utf8' });
    expect(valid.status).toBe(0);
    // resvg's allocator read the export settings (exportProcessEnv) when it loaded: the CLI
    // sets them before anything loads resvg. mimalloc lists its options when asked to be verbose.
    const png = spawnSync(process.execPath, [bundle, 'export', 'built.journey', '--format', 'png', '--out', 'built.png'], { cwd: dir, env: { ...env, MIMALLOC_VERBOSE: '1' }, encoding: 'utf8' });
    expect(png.status).toBe(0);
    if (process.platform === 'linux') {
      expect(png.stderr).toMatch(/option 'allow_large_os_pages': 1/);
      expect(png.stderr).toMatch(/option 'eager_commit_delay': 0/);
    }
  }, 60_000);
});
