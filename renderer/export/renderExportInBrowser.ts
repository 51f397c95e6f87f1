/**
 * The web build's export: the same pure renderer as the desktop (shared/export/) draws the
 * SVG; CSV and Markdown come from the same functions; PNG is the SVG rasterized by the
 * browser at the chosen scale or DPI, with the pHYs chunk written for the DPI. PDF is the
 * desktop's own composition (shared/export/pdf/) on pdfkit's browser build (browserPdf.ts).
 */
import { type ExportRequest, requestSvgOptions } from '../../shared/export/exportRequest';
import { gridCsv } from '../../shared/export/gridCsv';
import { markdownReport } from '../../shared/export/markdownReport';
import { withPhys } from '../../shared/export/pngPhys';
import { renderJourneySvg } from '../../shared/export/renderJourneySvg';
import { loadJourney } from '../../shared/file/loadJourney';
import type { BrowserExportRenderer } from '../platform/browserPlatform';
import type { PdfRuntime } from '../../shared/export/pdf/pdfKit';
import { embeddedFonts, fontBytes } from './browserFonts';
import { pdfFromRequest } from './browserPdf';

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

/** pdfkit's browser build and svg-to-pdfkit (their own chunk, fetched on the first PDF) with Inter's bytes. */
async function browserPdfRuntime(): Promise<PdfRuntime> {
  const [{ PDFDocument, SVGtoPDF }, fonts] = await Promise.all([import('./pdfkitBrowser.js'), fontBytes()]);
  return { PDFDocument, SVGtoPDF, fonts };
}

export const renderExportInBrowser: BrowserExportRenderer = async (text, request, onProgress, signal) => {
  onProgress({ fraction: 0.1, stage: 'reading the map' });
  const loaded = loadJourney(text);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const journey = loaded.value.journey;
  if (request.format === 'csv') return { data: gridCsv(journey, request.hideLanes.length ? { hideLanes: request.hideLanes } : {}), notices: [] };
  if (request.format === 'md') return { data: markdownReport(journey), notices: [] };
  if (request.format === 'pdf') {
    onProgress({ fraction: 0.2, stage: 'loading the PDF writer' });
    const runtime = await browserPdfRuntime();
    if (signal.aborted) throw new DOMException('cancelled', 'AbortError');
    onProgress({ fraction: 0.4, stage: 'drawing the PDF' });
    return pdfFromRequest(journey, request, runtime);
  }
  onProgress({ fraction: 0.3, stage: 'drawing' });
  const embed = request.format === 'png' || request.svgFonts === 'embed';
  const fonts = embed ? { mode: 'embed' as const, ...(await embeddedFonts()) } : { mode: 'reference' as const };
  const svg = renderJourneySvg(journey, { ...requestSvgOptions(request), fonts });
  if (request.format === 'svg') return { data: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, notices: [] };
  onProgress({ fraction: 0.6, stage: 'rasterizing' });
  return rasterize(svg, request, signal);
};
