// npm run bench: every benchmark in bench/areas/, one process per area, then a table of
// figures with their targets (printed, and written to docs/benchmarks.json and .md).
//   node scripts/bench.mjs [--quick] [--only files,edit,import,export,canvas] [--no-write]
//   node scripts/bench.mjs --report   (re-renders docs/benchmarks.md from docs/benchmarks.json)
// --quick: fewer runs (a smoke test of the harness, not figures to publish).
// The canvas area needs the production web build and the plain React Flow page; both are
// built here into node_modules/.cache/waymark-bench/. Not part of npm test or CI.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const AREAS = ['files', 'edit', 'import', 'export', 'canvas'];
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const write = !args.includes('--no-write');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1].split(',') : AREAS;
const cache = resolve('node_modules/.cache/waymark-bench');
mkdirSync(cache, { recursive: true });

const started = Date.now();
const log = (...a) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...a);
const notes = [];

/** The app's production build, from the working tree; from HEAD if the tree does not build (someone's work in progress). */
function buildApp() {
  const outDir = join(cache, 'app');
  // Diagnostics only: WAYMARK_BENCH_UNMINIFIED=1 keeps names readable in the CPU profiles.
  const minify = process.env.WAYMARK_BENCH_UNMINIFIED ? ['--minify', 'false'] : [];
  const viteBuild = (cwd) => spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error', ...minify], { cwd, encoding: 'utf8' });
  let r = viteBuild(process.cwd());
  if (r.status === 0) { notes.push('Canvas: the app was built from the working tree (uncommitted work in it, anyone\'s, is measured too).'); return; }
  const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  log(`the working tree does not build (${(r.stderr || r.stdout).split('\n').find((l) => /error/i.test(l)) ?? 'vite failed'}); building HEAD ${head}`);
  const snap = mkdtempSync(join(cache, 'head-'));
  try {
    execFileSync('sh', ['-c', `git archive HEAD renderer shared assets vite.config.ts tsconfig.base.json package.json | tar -x -C "${snap}"`]);
    symlinkSync(resolve('node_modules'), join(snap, 'node_modules'));
    r = viteBuild(snap);
    if (r.status !== 0) throw new Error(`vite build of HEAD failed: ${r.stderr}`);
    notes.push(`Canvas: the working tree did not build (others' work in progress), so the app was built from HEAD ${head}.`);
  } finally {
    rmSync(snap, { recursive: true, force: true });
  }
}

async function bundleArea(area) {
  const outfile = join(cache, `area-${area}.mjs`);
  await build({
    stdin: { contents: `import { run } from './bench/areas/${area}'; import { runArea } from './bench/main'; await runArea(run);`, resolveDir: process.cwd(), loader: 'ts', sourcefile: `bench-${area}.ts` },
    outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', sourcemap: 'inline', logLevel: 'silent',
  });
  return outfile;
}

const report = args.includes('--report') ? JSON.parse(readFileSync('docs/benchmarks.json', 'utf8')) : null;
const rows = report ? report.rows : [];
const skipped = report ? report.skipped : [];
if (report) notes.push(...report.notes);
for (const area of report ? [] : AREAS.filter((a) => only.includes(a))) {
  let bundle;
  try {
    bundle = await bundleArea(area);
  } catch (e) {
    const why = (e.errors?.[0]?.text ?? String(e)).split('\n')[0];
    log(`${area}: not run (${why})`);
    skipped.push({ area, why });
    continue;
  }
  if (area === 'canvas') {
    log('building the app and the plain React Flow page');
    buildApp();
    const plain = spawnSync('npx', ['vite', 'build', '-c', 'bench/plain/vite.config.ts', '--logLevel', 'error'], { encoding: 'utf8' });
    if (plain.status !== 0) { skipped.push({ area, why: `plain page build failed: ${plain.stderr.split('\n')[0]}` }); continue; }
  }
  log(`${area}…`);
  const out = join(cache, `rows-${area}.json`);
  rmSync(out, { force: true });
  const r = spawnSync(process.execPath, ['--expose-gc', bundle, '--out', out, ...(quick ? ['--quick'] : [])], { stdio: ['ignore', 'inherit', 'inherit'], timeout: 20 * 60_000 });
  if (r.status !== 0 || !existsSync(out)) { log(`${area}: failed (exit ${r.status ?? r.signal})`); skipped.push({ area, why: `failed (exit ${r.status ?? r.signal})` }); continue; }
  rows.push(...JSON.parse(readFileSync(out, 'utf8')));
}

// ---- the table -----------------------------------------------------------------------
const num = (n) => (n === undefined || n === null || Number.isNaN(n) ? '' : Number(n).toLocaleString('en-US', { maximumFractionDigits: 2 }));
const withUnit = (n, unit) => (n === undefined ? '' : unit === '×' ? `${num(n)}×` : `${num(n)} ${unit}`);
const mark = (r) => (!r.target ? '' : r.value <= r.target.max ? 'pass' : 'MISS');
const header = ['area', 'measure', 'size', 'median', 'p95', 'figure', 'target', ''];
const table = rows.map((r) => [r.area, r.name, r.size, r.median === undefined ? '' : withUnit(r.median, r.unit), r.p95 === undefined ? '' : withUnit(r.p95, r.unit), withUnit(r.value, r.unit), r.target?.label ?? '', mark(r)]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
const cpu = cpus();
const machine = report?.machine ?? {
  cpus: cpu.length, cpuModel: cpu[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30), freeMemoryGB: Math.round(freemem() / 2 ** 30),
  loadAverage: loadavg().map((l) => Math.round(l * 100) / 100), node: process.version, platform: `${process.platform} ${process.arch}`,
  chromium: (() => { try { return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').find((l) => /chrom/i.test(l))?.trim() ?? 'unknown'; } catch { return 'not found'; } })(),
};
const runDate = report?.date ?? new Date().toISOString();
console.log(`\nWaymark benchmarks — ${runDate} — ${machine.cpus} CPUs (${machine.cpuModel}), load ${machine.loadAverage.join(' ')}${quick ? ' — QUICK run' : ''}\n`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const t of table) console.log(line(t));
for (const s of skipped) console.log(`not run: ${s.area} — ${s.why}`);
const targets = rows.filter((r) => r.target);
console.log(`\n${targets.filter((r) => r.value <= r.target.max).length} of ${targets.length} targets met; ${((Date.now() - started) / 1000).toFixed(0)} s\n`);

if (write) {
  const result = report ?? { date: runDate, commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(), quick, machine, notes, skipped, rows };
  mkdirSync('docs', { recursive: true });
  writeFileSync('docs/benchmarks.json', `${JSON.stringify(result, null, 2)}\n`);
  const md = [];
  const esc = (s) => String(s).replaceAll('|', '\\|');
  md.push('# Benchmarks', '');
  md.push('Written by `npm run bench` (scripts/bench.mjs, bench/); do not edit by hand. The figures with a target are the', 'ones issue 8 defines; the rest are baselines and breakdowns. Timings are never asserted in tests.', '');
  md.push(`- Run: ${result.date}, commit ${result.commit}${result.quick ? ' (**quick run**: fewer samples)' : ''}`);
  md.push(`- Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGB} GB, load average ${machine.loadAverage.join(' / ')} at the end, ${machine.platform}, Node ${machine.node}, ${machine.chromium}`);
  md.push('- The machine is shared with other engineers\' tests and builds (see the load average): figures are noisy, the canvas ones most, and runs under load 5–11 were 2–4× slower in places. Ratios against a baseline measured in the same run are more telling than absolute times.');
  for (const n of result.notes) md.push(`- ${n}`);
  md.push(`- ${targets.filter((r) => r.value <= r.target.max).length} of ${targets.length} targets met.`, '');
  for (const area of AREAS) {
    const list = rows.filter((r) => r.area === area);
    const skip = skipped.find((s) => s.area === area);
    if (!list.length && !skip) continue;
    md.push(`## ${area[0].toUpperCase()}${area.slice(1)}`, '');
    if (skip) md.push(`Not run: ${esc(skip.why)}`, '');
    if (!list.length) continue;
    md.push('| measure | size | median | p95 | figure | target | | note |', '|---|---|---:|---:|---:|---|---|---|');
    for (const r of list) md.push(`| ${esc(r.name)} | ${esc(r.size)} | ${r.median === undefined ? '' : withUnit(r.median, r.unit)} | ${r.p95 === undefined ? '' : withUnit(r.p95, r.unit)} | **${withUnit(r.value, r.unit)}** | ${esc(r.target?.label ?? '')} | ${mark(r) === 'pass' ? '✅' : mark(r) === 'MISS' ? '❌' : ''} | ${esc(r.note ?? '')} |`);
    md.push('');
  }
  const extraAt = existsSync('bench/NOTES.md') ? readFileSync('bench/NOTES.md', 'utf8') : '';
  if (extraAt) md.push(extraAt.trim(), '');
  writeFileSync('docs/benchmarks.md', md.join('\n'));
  log('wrote docs/benchmarks.json and docs/benchmarks.md');
}
