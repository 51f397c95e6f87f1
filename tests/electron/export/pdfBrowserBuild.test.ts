/**
 * The web build's PDF is the desktop's PDF: the same request through the browser path
 * (renderer/export/browserPdf.ts on pdfkit's browser build, fonts as plain Uint8Arrays as
 * fetch gives them) and through the desktop worker's path (requestToOptions + exportJourney
 * on pdfkit's Node build) gives the same pages, page sizes, text and text positions.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import NodePDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJourney } from '../../../electron/main/services/export/exportJourney';
import { loadInterFonts } from '../../../electron/main/services/export/fonts';
import { requestToOptions } from '../../../electron/main/services/export/requestToOptions';
import { pdfFromRequest } from '../../../renderer/export/browserPdf';
import { DEFAULT_EXPORT_REQUEST, type ExportRequest } from '../../../shared/export/exportRequest';
import type { PdfRuntime } from '../../../shared/export/pdf/pdfKit';
import { northwindWithData, sample } from '../../unit/export/fixtures';

let dir = '';
let browserRuntime: PdfRuntime;
let BrowserPDFDocument: unknown;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wm-pdf-browser-'));
  // The file Vite bundles for the page (pdfkit's `exports` default), loaded by path because
  // Node's resolution picks the Node build; set up as renderer/export/pdfkitBrowser.js does.
  const build = await import(pathToFileURL(resolve('node_modules/pdfkit/js/pdfkit.browser.mjs')).href);
  const { default: Helvetica } = await import(pathToFileURL(resolve('node_modules/pdfkit/js/standard-fonts/Helvetica.mjs')).href);
  build.registerStdFonts(Helvetica);
  BrowserPDFDocument = build.default;
  const f = loadInterFonts().data;
  browserRuntime = {
    PDFDocument: build.default,
    SVGtoPDF: SVGtoPDF as unknown as PdfRuntime['SVGtoPDF'],
    fonts: { regular: new Uint8Array(f.regular), semibold: new Uint8Array(f.semibold), bold: new Uint8Array(f.bold) },
  };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const write = (name: string, data: Uint8Array) => { const p = join(dir, `${name}.pdf`); writeFileSync(p, data); return p; };
/** Every word with its box, rounded to 0.01 pt. */
const words = (path: string) => [...run('pdftotext', ['-bbox', path, '-']).matchAll(/<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
  .map((m) => (m[1] ? `page ${Number(m[1]).toFixed(2)}×${Number(m[2]).toFixed(2)}` : `${m[7]} @${[m[3], m[4], m[5], m[6]].map((v) => Number(v).toFixed(2)).join(',')}`));

const base: ExportRequest = { ...DEFAULT_EXPORT_REQUEST, format: 'pdf' };
const CASES: { name: string; journey: () => ReturnType<typeof sample>; request: ExportRequest }[] = [
  { name: 'Northwind, the dialog defaults (A3, fit, title block)', journey: () => sample('northwind-outdoor'), request: base },
  { name: 'Northwind, A4 tiles with crop marks', journey: () => sample('northwind-outdoor'), request: { ...base, pdf: { ...base.pdf, page: 'A4', layout: 'tile', overlapMm: 15, cropMarks: true } } },
  { name: 'Northwind with data, dark, a lane hidden, Letter landscape, no title block', journey: northwindWithData, request: { ...base, theme: 'dark', hideLanes: ['lane_backstage'], pdf: { ...base.pdf, page: 'Letter', orientation: 'landscape', titleBlock: false } } },
  { name: 'Flowboard, custom page tiles without labels', journey: () => sample('flowboard-saas-onboarding'), request: { ...base, pdf: { ...base.pdf, page: { widthMm: 300, heightMm: 200 }, layout: 'tile', pageLabels: false, marginMm: 5 } } },
];

describe('PDF in the browser build = PDF on the desktop', { timeout: 60_000 }, () => {
  it('runs on pdfkit\'s browser build, not the Node one', () => {
    expect(BrowserPDFDocument).toBeTypeOf('function');
    expect(BrowserPDFDocument).not.toBe(NodePDFDocument);
  });

  for (const c of CASES) {
    it(c.name, async () => {
      const journey = c.journey();
      const date = '2024-06-01';
      const desktop = await exportJourney(journey, 'pdf', requestToOptions(c.request, date));
      const browser = await pdfFromRequest(journey, c.request, browserRuntime, date);
      expect(browser.pages).toBe(desktop.pages);
      const d = write(`${c.name}-desktop`, desktop.data);
      const b = write(`${c.name}-browser`, browser.data);
      execFileSync('qpdf', ['--check', b]);
      const pagesOf = (p: string) => Number(/^Pages:\s+(\d+)$/m.exec(run('pdfinfo', [p]))![1]);
      expect(pagesOf(b)).toBe(browser.pages);
      expect(pagesOf(d)).toBe(desktop.pages);

      const text = flat(run('pdftotext', ['-raw', b, '-']));
      expect(text).toBe(flat(run('pdftotext', ['-raw', d, '-'])));
      // Not two empty files: on one page every shown card's title is there (tiles may cut one at a seam).
      if (c.request.pdf.layout === 'fit') {
        const hidden = new Set(c.request.hideLanes);
        const titles = Object.values(journey.cards).filter((k) => !hidden.has(k.laneId)).map((k) => flat(k.title)).filter(Boolean);
        expect(titles.filter((t) => !text.includes(t))).toEqual([]);
      }
      // Same words at the same places on same-sized pages: the same composition and layout.
      const placed = words(b);
      expect(placed.filter((w) => !w.startsWith('page ')).length).toBeGreaterThan(100);
      expect(placed).toEqual(words(d));
      expect(run('pdffonts', [b]).replace(/[A-Z]{6}\+/g, '').replace(/\d+\s+0\s*$/gm, '')).toBe(run('pdffonts', [d]).replace(/[A-Z]{6}\+/g, '').replace(/\d+\s+0\s*$/gm, ''));
    });
  }
});
