/**
 * Export: SVG, PNG at 2× and PDF of 500- and 5,000-card maps through the same facade the app
 * and the CLI use (electron/main/services/export/exportJourney: the shared SVG renderer with
 * Inter metrics, resvg for PNG, pdfkit + svg-to-pdfkit for PDF).
 *
 * This process starts as the app's export process does (exportProcessSetup first). The app
 * runs each export in a process of its own (ExportService, exportProcessRunner): the "in the
 * app's export process" rows send the saved file to the real export script, built here as
 * scripts/build-electron.mjs builds it, in a Node child process (the app's is Electron's
 * utility process, with the same script, messages and environment), and time it to the bytes.
 */
// First, as in the app's export process: resvg's allocator settings, read when resvg loads.
import '../../electron/main/services/export/exportProcessSetup';
import { exportJourney } from '../../electron/main/services/export/exportJourney';
import { loadInterFonts } from '../../electron/main/services/export/fonts';
import { createInterMeasure } from '../../electron/main/services/export/interMeasure';
import { renderJourneySvg } from '../../shared/export/renderJourneySvg';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportProcessRunner } from '../../electron/main/services/export/exportProcessRunner';
import { withExportProcessEnv } from '../../electron/main/services/export/exportProcessEnv';
import { forkExportChild } from '../../electron/main/services/export/forkExportChild';
import type { ExportRunner } from '../../electron/main/services/export/ExportService';
import { DEFAULT_EXPORT_REQUEST } from '../../shared/export/exportRequest';
import { serializeJourney } from '../../shared/file/serializeJourney';
import { generateJourney } from '../generateJourney';
import { type BenchRow, fmt, round, sampled, timeRuns } from '../stats';

/** The app's export process script (dist-electron/exportWorker.js), built into the bench cache. */
async function buildExportWorker(): Promise<string> {
  const outfile = resolve('node_modules/.cache/waymark-bench/exportWorker.cjs');
  await build({
    entryPoints: ['electron/main/services/export/exportWorker.ts'], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    external: ['electron', ...Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies)], logLevel: 'warning',
  });
  return outfile;
}

/** One PNG export through the app's runner; resolves with the bytes' size. */
function exportInProcess(runner: ExportRunner, text: string): Promise<number> {
  return new Promise((done, fail) => {
    runner.run({ text, request: { ...DEFAULT_EXPORT_REQUEST, format: 'png', png: { ...DEFAULT_EXPORT_REQUEST.png, scale: 2 } } }, (reply) => {
      if (reply.type === 'done') done(reply.data.byteLength);
      else if (reply.type === 'failed') fail(new Error(reply.message));
    });
  });
}

export async function run(options: { quick?: boolean } = {}): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const fonts = loadInterFonts();
  const workerPath = await buildExportWorker();
  for (const cards of [500, 5000]) {
    const size = `${fmt(cards)} cards`;
    const journey = generateJourney({ cards, seed: cards });
    // 5,000-card PNG and PDF take tens of seconds each: one run, no warm-up, to keep npm run bench to a few minutes.
    const runs = options.quick || cards > 1000 ? 1 : 3;
    const warmup = cards > 1000 ? 0 : 1;
    const svgOnly = await timeRuns(runs, () => renderJourneySvg(journey, {}, createInterMeasure(fonts)), 1);
    let svgBytes = 0; let png = ''; let pdf = '';
    const svg = await timeRuns(runs, async () => { svgBytes = (await exportJourney(journey, 'svg', { fonts })).data.byteLength; }, warmup);
    const pngTimes = await timeRuns(runs, async () => { const r = await exportJourney(journey, 'png', { fonts, png: { scale: 2 } }); png = `${r.width}×${r.height} px, ${round(r.data.byteLength / 2 ** 20, 1)} MB${r.notices.length ? `; ${r.notices.join(' ')}` : ''}`; }, warmup);
    const pdfTimes = await timeRuns(runs, async () => { const r = await exportJourney(journey, 'pdf', { fonts, pdf: { date: '2024-06-02' } }); pdf = `${r.pages} page(s), ${round(r.data.byteLength / 2 ** 20, 1)} MB`; }, warmup);
    rows.push(sampled({ area: 'export', name: 'SVG picture (renderJourneySvg, Inter metrics)', size, note: 'layout + SVG text, no file wrapping' }, svgOnly));
    rows.push(sampled({ area: 'export', name: 'SVG file (Inter embedded, cut to the characters used)', size, note: `${round(svgBytes / 2 ** 20, 1)} MB` }, svg));
    rows.push(sampled({ area: 'export', name: 'PNG at 2× (text as outlines, strips on every core)', size, note: png, ...(cards === 500 ? { target: { label: '≤ 1.5 s', max: 1500 } } : {}) }, pngTimes));
    if (cards === 500) {
      const text = serializeJourney(journey);
      let bytes = 0;
      const spawn = () => forkExportChild(workerPath, withExportProcessEnv(process.env, process.platform));
      // The app's runner keeps a finished process for a minute; idleMs 0 makes every export start cold.
      const cold = exportProcessRunner(spawn, { idleMs: 0 });
      const fresh = await timeRuns(runs, async () => { bytes = await exportInProcess(cold, text); }, 0);
      rows.push(sampled({ area: 'export', name: 'PNG at 2× in the app’s export process (a fresh process each time)', size, note: `from the saved file to the bytes, nothing warm; ${round(bytes / 2 ** 20, 1)} MB` }, fresh));
      const app = exportProcessRunner(spawn);
      const again = await timeRuns(runs, async () => { bytes = await exportInProcess(app, text); }, 1);
      rows.push(sampled({ area: 'export', name: 'PNG at 2× in the app’s export process, exported again (the process waited, warm)', size, note: 'the second and later exports within a minute of the last' }, again));
    }
    rows.push(sampled({ area: 'export', name: 'PDF, whole map on one page (pdfkit)', size, note: pdf, ...(cards === 500 ? { target: { label: '≤ 2 s', max: 2000 } } : {}) }, pdfTimes));
  }
  return rows;
}
