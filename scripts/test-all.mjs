// `npm test`: every test suite, in order, failing loudly. Unit/service/renderer tests
// (vitest), browser end-to-end tests (Playwright on Debian Chromium against the web build)
// and the real-Electron tests (which skip, with a reason, where no Electron binary exists).
// Ends with one line: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('artifacts/reports', { recursive: true });

// The browser tests drive Debian's Chromium; say how to get it instead of failing obscurely.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`No Chromium at ${chromium}. Install it (Debian: sudo apt-get install -y chromium poppler-utils qpdf imagemagick) or set CHROMIUM_PATH.`);
  process.exit(1);
}
// The export tests read PDFs with poppler and qpdf, and PNG pixels with ImageMagick.
for (const tool of ['pdftoppm', 'qpdf', 'identify']) {
  if (spawnSync(tool, ['--version'], { stdio: 'ignore' }).error) {
    console.error(`No ${tool} on the PATH. Install it (Debian: sudo apt-get install -y poppler-utils qpdf imagemagick).`);
    process.exit(1);
  }
}
const totals = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;

function run(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) { console.error(`=== ${name} FAILED (exit ${r.status ?? r.signal})`); exitCode = 1; }
  return r.status === 0;
}

function countVitest(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function countPlaywright(file) {
  if (!existsSync(file)) return;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  totals.failed += stats.unexpected ?? 0;
  totals.skipped += stats.skipped ?? 0;
}

run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=artifacts/reports/vitest.json']);
countVitest('artifacts/reports/vitest.json');

run('e2e (web build in Chromium)', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: 'artifacts/reports/e2e.json' });
countPlaywright('artifacts/reports/e2e.json');

if (existsSync('playwright.electron.config.ts')) {
  run('e2e (real Electron)', 'npx', ['playwright', 'test', '-c', 'playwright.electron.config.ts', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: 'artifacts/reports/electron.json' });
  countPlaywright('artifacts/reports/electron.json');
}

if (totals.passed === 0) { console.error('No test ran: that is a failure, not a pass.'); exitCode = 1; }
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exitCode);
