/**
 * The PDF as users get it, checked with poppler and qpdf: every card title is real text,
 * the file is structurally sound, Inter is embedded and subset, metadata is set, and a tiled
 * A4 export has the page count the tile grid predicts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJourney, type ExportJourneyOptions } from '../../../electron/main/services/export/exportJourney';
import { createInterMeasure } from '../../../electron/main/services/export/interMeasure';
import { renderJourneySvg } from '../../../shared/export/renderJourneySvg';
import { deferBlocks, StripPicture } from '../../../shared/export/StripPicture';
import { composePdf } from '../../../shared/export/pdf/composePdf';
import { nodePdfRuntime } from '../../../electron/main/services/export/pdf';
import { loadInterFonts } from '../../../electron/main/services/export/fonts';
import { northwindWithData, sample } from '../../unit/export/fixtures';

let dir = '';
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'wm-pdf-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

async function pdfOf(name: Parameters<typeof sample>[0], pdf: NonNullable<ExportJourneyOptions['pdf']> = {}): Promise<{ path: string; pages: number }> {
  const out = await exportJourney(sample(name), 'pdf', { pdf: { date: '2024-06-01', creationDate: new Date('2024-06-01T00:00:00Z'), ...pdf } });
  const path = join(dir, `${name}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(path, out.data);
  return { path, pages: out.pages! };
}

describe('PDF export', { timeout: 30_000 }, () => {
  for (const name of ['northwind-outdoor', 'flowboard-saas-onboarding'] as const) {
    it(`${name}: every card title is selectable text; qpdf finds no error; Inter embedded and subset`, async () => {
      const { path } = await pdfOf(name);
      // -raw keeps content-stream order: a card's wrapped lines stay together.
      const text = flat(run('pdftotext', ['-raw', path, '-']));
      const j = sample(name);
      const missing = Object.values(j.cards).map((c) => flat(c.title)).filter((t) => t && !text.includes(t));
      expect(missing).toEqual([]);
      expect(text).toContain(j.settings.title);
      execFileSync('qpdf', ['--check', path]); // throws on a non-zero exit
      const fonts = run('pdffonts', [path]).split('\n').slice(2).filter(Boolean).map((l) => l.split(/\s+/));
      const names = fonts.map((f) => f[0]!.replace(/^[A-Z]{6}\+/, '')).sort();
      expect(names).toEqual(['Inter-Bold', 'Inter-Regular', 'Inter-SemiBold']);
      for (const f of fonts) {
        expect(f[0]).toMatch(/^[A-Z]{6}\+/); // subset tag
        const [emb, sub] = f.slice(-5, -3);
        expect([emb, sub]).toEqual(['yes', 'yes']);
      }
    });
  }

  it('sets the metadata and the title block', async () => {
    const { path } = await pdfOf('northwind-outdoor', { metadata: { author: 'CX team' } });
    const info = run('pdfinfo', [path]);
    expect(info).toMatch(/^Title:\s+Northwind Outdoor: buying trail shoes online$/m);
    expect(info).toMatch(/^Author:\s+CX team$/m);
    expect(info).toMatch(/^Creator:\s+Waymark$/m);
    expect(info).toMatch(/^Pages:\s+1$/m);
    const text = flat(run('pdftotext', [path, '-']));
    expect(text).toContain('Persona: Maya Chen, Tom Okafor');
    expect(text).toContain('2024-06-01');
  });

  it('names the source datasets and their periods in the title block', async () => {
    const out = await exportJourney(northwindWithData(), 'pdf', { pdf: { date: '2024-06-01' } });
    const path = join(dir, 'data.pdf');
    writeFileSync(path, out.data);
    const text = flat(run('pdftotext', ['-raw', path, '-']));
    expect(text).toContain('Sources: GA4 checkout funnel (2024-04-01 – 2024-04-30); Post-visit CSAT (2024-04-01 – 2024-04-30)');
    // The values print as text too (chips, drop-off labels, targets list).
    expect(text).toContain('▼ 34.0% drop-off');
    expect(text).toContain('Conv. 66.0%');
  });

  it('draws crop marks at the corners of the printable area when asked', async () => {
    /** The darkest pixel of a small window around (x, y) pt, rendered at 4 px per pt as PGM. */
    const darkest = async (cropMarks: boolean, x: number, y: number) => {
      const { path } = await pdfOf('flowboard-saas-onboarding', { page: 'A4', orientation: 'landscape', cropMarks });
      const out = join(dir, `crop-${cropMarks}`);
      execFileSync('pdftoppm', ['-r', '288', '-gray', '-x', String(4 * x - 8), '-y', String(4 * y - 8), '-W', '16', '-H', '16', '-singlefile', path, out]);
      const pgm = readFileSync(`${out}.pgm`);
      const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 40))!;
      return Math.min(...pgm.subarray(header[0].length));
    };
    // 10 mm margin = 28.3 pt; the top-left mark runs left from (28.3 - 3) along y = 28.3.
    const margin = Math.round(10 * 72 / 25.4);
    expect(await darkest(true, margin - 10, margin)).toBeLessThan(128);
    expect(await darkest(false, margin - 10, margin)).toBeGreaterThan(200);
  });

  it('fits one page of the chosen size and orientation', async () => {
    const { path } = await pdfOf('flowboard-saas-onboarding', { page: 'A3', orientation: 'landscape' });
    const info = run('pdfinfo', [path]);
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    expect(Math.round(Number(w))).toBe(1191);
    expect(Math.round(Number(h))).toBe(842);
  });

  it('a tiled print draws on each page only the cards it shows: every page looks exactly as the whole map clipped to it, in a smaller file', async () => {
    const runtime = await nodePdfRuntime(loadInterFonts());
    const { deferBlock, parts } = deferBlocks();
    const svg = renderJourneySvg(northwindWithData(), { fontPerWeight: true, deferBlock }, createInterMeasure());
    const whole = new StripPicture({ svg, parts }).pictureFor(-Infinity, -Infinity, Infinity, Infinity);
    const options = { page: 'A4', orientation: 'portrait', layout: 'tile', overlapMm: 15, titleBlock: false, creationDate: new Date('2024-06-01T00:00:00Z') } as const;
    const clipped = await composePdf(whole, options, runtime);
    const culled = await composePdf({ svg, parts }, options, runtime);
    expect(culled.pages).toBe(clipped.pages);
    expect(culled.pages).toBeGreaterThan(3);
    expect(culled.data.byteLength).toBeLessThan(clipped.data.byteLength * 0.7);
    const pngs = (data: Uint8Array, name: string) => {
      const path = join(dir, `${name}.pdf`);
      writeFileSync(path, data);
      execFileSync('qpdf', ['--check', path]);
      execFileSync('pdftoppm', ['-r', '40', '-png', path, join(dir, name)]);
      return Array.from({ length: culled.pages }, (_, i) => readFileSync(join(dir, `${name}-${i + 1}.png`)));
    };
    const a = pngs(clipped.data, 'tiles-clipped');
    const b = pngs(culled.data, 'tiles-culled');
    for (let i = 0; i < a.length; i++) expect(b[i]!.equals(a[i]!), `page ${i + 1}`).toBe(true);
  });

  it('tiles the larger sample on A4 with the page count the overlap gives', async () => {
    const j = sample('northwind-outdoor');
    const svg = renderJourneySvg(j, {}, createInterMeasure());
    const W = Number(/width="(\d+)"/.exec(svg)![1]) * 0.75;
    const H = Number(/height="(\d+)"/.exec(svg)![1]) * 0.75;
    const mm = 72 / 25.4;
    const overlap = 15 * mm;
    // A4 portrait, 10 mm margins, 30 pt title block; independent of the exporter's own arithmetic.
    const areaW = 210 * mm - 20 * mm;
    const areaH = 297 * mm - 20 * mm - 30;
    const cols = Math.ceil((W - overlap) / (areaW - overlap));
    const rows = Math.ceil((H - overlap) / (areaH - overlap));
    expect(cols * rows).toBeGreaterThan(2);
    const { path, pages } = await pdfOf('northwind-outdoor', { page: 'A4', orientation: 'portrait', layout: 'tile', overlapMm: 15 });
    expect(pages).toBe(cols * rows);
    expect(run('pdfinfo', [path])).toMatch(new RegExp(`^Pages:\\s+${cols * rows}$`, 'm'));
    execFileSync('qpdf', ['--check', path]);
    // Each page names its place in the grid, and the overlap repeats content across a seam:
    // the first stage's name is on page 1 and, 15 mm of overlap later, nowhere else but row 1.
    for (let p = 1; p <= pages; p++) {
      const t = flat(run('pdftotext', ['-f', String(p), '-l', String(p), path, '-']));
      const r = Math.floor((p - 1) / cols) + 1;
      const c = ((p - 1) % cols) + 1;
      expect(t).toContain(`Page ${p} of ${pages} · row ${r}, column ${c}`);
    }
    // The overlap: what prints in the left 15 mm of tile 2 also prints on tile 1, shifted by
    // exactly one step (the printable width less the overlap), so the sheets can be aligned.
    const words = (p: number) => [...run('pdftotext', ['-bbox', '-f', String(p), '-l', String(p), path, '-'])
      .matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)]
      .map((m) => ({ x: Number(m[1]), y: Number(m[2]), x2: Number(m[3]), t: m[4]! }));
    const margin = 10 * mm;
    const step = areaW - overlap;
    const band = words(2).filter((w) => w.x >= margin && w.x2 <= margin + overlap && w.y > margin + 20 && w.y < margin + areaH);
    expect(band.length).toBeGreaterThan(0);
    const first = words(1);
    for (const w of band) expect(first.some((v) => v.t === w.t && Math.abs(v.y - w.y) < 0.5 && Math.abs(v.x - (w.x + step)) < 0.5)).toBe(true);
  });
});
