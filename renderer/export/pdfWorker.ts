/**
 * The web build's PDF off the UI thread, as the desktop's runs in a worker thread: the page
 * stays responsive while pdfkit lays out and compresses the pages, and Cancel terminates
 * the worker. pdfkit's browser build and svg-to-pdfkit are bundled into this worker only.
 */
import { loadJourney } from '../../shared/file/loadJourney';
import { pdfFromRequest, type PdfJob, type PdfWorkerMessage } from './browserPdf';
import { PDFDocument, SVGtoPDF } from './pdfkitBrowser.js';

// The renderer project compiles with the DOM lib; in a dedicated worker `self.postMessage` takes (message, transfer).
const post = (m: PdfWorkerMessage, transfer: Transferable[] = []) => (self as unknown as { postMessage(m: PdfWorkerMessage, t: Transferable[]): void }).postMessage(m, transfer);

self.onmessage = async (e: MessageEvent<PdfJob>) => {
  try {
    const { text, request, date, fonts } = e.data;
    const loaded = loadJourney(text);
    if (!loaded.ok) { post({ type: 'failed', message: loaded.error.message }); return; }
    post({ type: 'progress', fraction: 0.4, stage: 'drawing the PDF' });
    const pdf = await pdfFromRequest(loaded.value.journey, request, { PDFDocument, SVGtoPDF, fonts }, date);
    post({ type: 'done', data: pdf.data, pages: pdf.pages }, [pdf.data.buffer as ArrayBuffer]);
  } catch (err) {
    post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
};
