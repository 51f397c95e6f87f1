/**
 * The web build's export: the same pure renderer as the desktop (shared/export/) draws the
 * SVG; CSV and Markdown come from the same functions; PNG is the SVG rasterized by the
 * browser at the chosen scale or DPI, with the pHYs chunk written for the DPI. PDF is the
 * desktop's own composition (shared/export/pdf/) on pdfkit's browser build, in a worker
 * (pdfWorker.ts, browserPdf.ts).
 */
import { type ExportRequest, requestSvgOptions } from '../../shared/export/exportRequest';
import { gridCsv } from '../../shared/export/gridCsv';
import { markdownReport } from '../../shared/export/markdownReport';
import { withPhys } from '../../shared/export/pngPhys';
import { renderJourneySvg } from '../../shared/export/renderJourneySvg';
import { loadJourney } from '../../shared/file/loadJourney';
import type { BrowserExportRenderer } from '../platform/browserPlatform';
import { embeddedFonts, fontBytes } from './browserFonts';
import { type PdfJob, type PdfWorkerMessage, today } from './browserPdf';

/** Chromium's canvas limits: 16,384 px per side and about 268 megapixels in all. */
const MAX_SIDE = 16_384;
const MAX_PIXELS = 120_000_000;

async function rasterize(svg: string, request: ExportRequest, signal: AbortSignal): Promise<{ data: Uint8Array; notices: string[] }> {
  const m = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
  const width = Number(m?.[1] ?? 0);
  const height = Number(m?.[2] ?? 0);
  if (!width || !height) throw new Error('The drawing has no size.');
  const asked = request.png.dpi ? request.png.dpi / 96 : request.png.scale;
  const fit = Math.min(MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height)));
  const scale = Math.min(asked, fit);
  const notices = scale < asked ? [`The map is too large for a ${Math.ceil(width * asked)} × ${Math.ceil(height * asked)} px PNG in the browser; it was exported at ${Math.round(scale * 96)} DPI instead of ${Math.round(asked * 96)} DPI. The desktop app and the command line go further.`] : [];
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    if (signal.aborted) throw new DOMException('cancelled', 'AbortError');
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw images.');
    if (request.png.background === 'white') { ctx.fillStyle = '#ffffff'; ctx.fillRect(0, 0, canvas.width, canvas.height); }
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The browser could not encode the PNG.');
    return { data: withPhys(new Uint8Array(await blob.arrayBuffer()), scale * 96), notices };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The PDF worker, kept between exports (pdfkit and its font engine load once); ended by Cancel or a failure. */
let pdfWorker: Worker | null = null;

/**
 * The PDF in a worker (pdfWorker.ts, which bundles pdfkit's browser build): the UI keeps
 * running, progress keeps coming, and Cancel terminates the worker mid-page.
 */
async function pdfInWorker(text: string, request: ExportRequest, onProgress: (p: { fraction: number; stage: string }) => void, signal: AbortSignal): Promise<{ data: Uint8Array; notices: string[]; pages: number }> {
  onProgress({ fraction: 0.2, stage: 'loading the PDF writer' });
  const job: PdfJob = { text, request, date: today(), fonts: await fontBytes() };
  if (signal.aborted) throw new DOMException('cancelled', 'AbortError');
  const worker = pdfWorker ??= new Worker(new URL('./pdfWorker.ts', import.meta.url), { type: 'module', name: 'pdf-export' });
  const end = () => { worker.terminate(); if (pdfWorker === worker) pdfWorker = null; };
  return new Promise((resolve, reject) => {
    const onAbort = () => { end(); reject(new DOMException('cancelled', 'AbortError')); };
    signal.addEventListener('abort', onAbort, { once: true });
    const settle = () => { signal.removeEventListener('abort', onAbort); worker.onmessage = null; worker.onerror = null; };
    worker.onmessage = (e: MessageEvent<PdfWorkerMessage>) => {
      const m = e.data;
      if (m.type === 'progress') { onProgress({ fraction: m.fraction, stage: m.stage }); return; }
      settle();
      if (m.type === 'done') resolve({ data: m.data, notices: [], pages: m.pages });
      else reject(new Error(m.message));
    };
    worker.onerror = (e) => { e.preventDefault(); settle(); end(); reject(new Error(`The PDF writer stopped: ${e.message || 'the worker failed'}`)); };
    worker.postMessage(job);
  });
}

export const renderExportInBrowser: BrowserExportRenderer = async (text, request, onProgress, signal) => {
  if (request.format === 'pdf') return pdfInWorker(text, request, onProgress, signal);
  onProgress({ fraction: 0.1, stage: 'reading the map' });
  const loaded = loadJourney(text);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const journey = loaded.value.journey;
  if (request.format === 'csv') return { data: gridCsv(journey, request.hideLanes.length ? { hideLanes: request.hideLanes } : {}), notices: [] };
  if (request.format === 'md') return { data: markdownReport(journey), notices: [] };
  onProgress({ fraction: 0.3, stage: 'drawing' });
  const embed = request.format === 'png' || request.svgFonts === 'embed';
  const fonts = embed ? { mode: 'embed' as const, ...(await embeddedFonts()) } : { mode: 'reference' as const };
  const svg = renderJourneySvg(journey, { ...requestSvgOptions(request), fonts });
  if (request.format === 'svg') return { data: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, notices: [] };
  onProgress({ fraction: 0.6, stage: 'rasterizing' });
  return rasterize(svg, request, signal);
};
