/**
 * The web build's PDF: the Export dialog's request through the same mapping and the same
 * composition as the desktop and the CLI (shared/export/pdf/), on pdfkit's browser build with
 * the bundled Inter fetched from the page. No DOM here, so a Node test can run it on the
 * same pdfkit browser build and compare it with the desktop's file.
 */
import { type ExportRequest, requestSvgOptions } from '../../shared/export/exportRequest';
import { journeyPdf, requestPdfOptions } from '../../shared/export/pdf/journeyPdf';
import type { PdfRuntime } from '../../shared/export/pdf/pdfKit';
import type { Journey } from '../../shared/model/schema';

/** The date in the title block, as the desktop writes it (ExportService's today). */
export const today = (): string => new Date().toISOString().slice(0, 10);

export async function pdfFromRequest(journey: Journey, request: ExportRequest, runtime: PdfRuntime, date: string = today()): Promise<{ data: Uint8Array; notices: string[]; pages: number }> {
  const pdf = await journeyPdf(journey, requestPdfOptions(request, date), runtime, { svg: requestSvgOptions(request) });
  return { data: pdf.data, notices: [], pages: pdf.pages };
}


/** The page → PDF worker job (renderer/export/pdfWorker.ts): the map's text, the request, Inter's bytes. */
export interface PdfJob { text: string; request: ExportRequest; date: string; fonts: PdfRuntime['fonts'] }

export type PdfWorkerMessage =
  | { type: 'progress'; fraction: number; stage: string }
  | { type: 'done'; data: Uint8Array; pages: number }
  | { type: 'failed'; message: string };
