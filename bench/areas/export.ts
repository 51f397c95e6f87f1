/**
 * Export: SVG, PNG at 2× and PDF of 500- and 5,000-card maps through the same facade the app
 * and the CLI use (electron/main/services/export/exportJourney: the shared SVG renderer with
 * Inter metrics, resvg for PNG, pdfkit + svg-to-pdfkit for PDF).
 */
import { exportJourney } from '../../electron/main/services/export/exportJourney';
import { loadInterFonts } from '../../electron/main/services/export/fonts';
import { createInterMeasure } from '../../electron/main/services/export/interMeasure';
import { renderJourneySvg } from '../../shared/export/renderJourneySvg';
import { generateJourney } from '../generateJourney';
import { type BenchRow, fmt, round, sampled, timeRuns } from '../stats';

export async function run(options: { quick?: boolean } = {}): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const fonts = loadInterFonts();
  for (const cards of [500, 5000]) {
    const size = `${fmt(cards)} cards`;
    const journey = generateJourney({ cards, seed: cards });
    // 5,000-card PNG and PDF take tens of seconds each: one run, no warm-up, to keep npm run bench near 10 minutes.
    const runs = options.quick || cards > 1000 ? 1 : 3;
    const warmup = cards > 1000 ? 0 : 1;
    const svgOnly = await timeRuns(runs, () => renderJourneySvg(journey, {}, createInterMeasure(fonts)), 1);
    let svgBytes = 0; let png = ''; let pdf = '';
    const svg = await timeRuns(runs, async () => { svgBytes = (await exportJourney(journey, 'svg', { fonts })).data.byteLength; }, warmup);
    const pngTimes = await timeRuns(runs, async () => { const r = await exportJourney(journey, 'png', { fonts, png: { scale: 2 } }); png = `${r.width}×${r.height} px, ${round(r.data.byteLength / 2 ** 20, 1)} MB${r.notices.length ? `; ${r.notices.join(' ')}` : ''}`; }, warmup);
    const pdfTimes = await timeRuns(runs, async () => { const r = await exportJourney(journey, 'pdf', { fonts, pdf: { date: '2024-06-02' } }); pdf = `${r.pages} page(s), ${round(r.data.byteLength / 2 ** 20, 1)} MB`; }, warmup);
    rows.push(sampled({ area: 'export', name: 'SVG picture (renderJourneySvg, Inter metrics)', size, note: 'layout + SVG text, no file wrapping' }, svgOnly));
    rows.push(sampled({ area: 'export', name: 'SVG file (Inter embedded)', size, note: `${round(svgBytes / 2 ** 20, 1)} MB` }, svg));
    rows.push(sampled({ area: 'export', name: 'PNG at 2× (resvg)', size, note: png, ...(cards === 500 ? { target: { label: '≤ 1.5 s', max: 1500 } } : {}) }, pngTimes));
    rows.push(sampled({ area: 'export', name: 'PDF, whole map on one page (pdfkit)', size, note: pdf, ...(cards === 500 ? { target: { label: '≤ 2 s', max: 2000 } } : {}) }, pdfTimes));
  }
  return rows;
}
