// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- svg-to-pdfkit ships no types; every tsconfig that compiles this file must see them
/// <reference path="./svg-to-pdfkit.d.ts" />
/**
 * PDF in Node (main process, worker, CLI): the shared composition (shared/export/pdf/) on
 * pdfkit's Node build, with Inter read from assets/fonts. The web build runs the same
 * composition on pdfkit's browser build (renderer/export/renderExportInBrowser.ts).
 */
import type PDFDocumentClass from 'pdfkit';
import type SVGtoPDFFunction from 'svg-to-pdfkit';
import { composePdf, type PdfLayoutOptions } from '../../../../shared/export/pdf/composePdf';
import type { PdfRuntime } from '../../../../shared/export/pdf/pdfKit';
import { loadInterFonts, type InterFonts } from './fonts';

export { MM, PAGE_SIZES_MM, pageSizePt, tileGrid } from '../../../../shared/export/pdf/composePdf';
export type { NamedPage, PageSize, PdfTitleBlock } from '../../../../shared/export/pdf/composePdf';

export interface PdfOptions extends PdfLayoutOptions {
  fonts?: InterFonts;
}

export interface PdfResult { data: Buffer; pages: number; columns: number; rows: number; scale: number }

let pdfKit: Promise<[typeof PDFDocumentClass, typeof SVGtoPDFFunction]> | undefined;
/**
 * pdfkit takes about 120 ms to load, and an export often runs in a fresh export process: only a
 * PDF export loads it, on first use.
 */
function loadPdfKit(): Promise<[typeof PDFDocumentClass, typeof SVGtoPDFFunction]> {
  pdfKit ??= Promise.all([import('pdfkit').then((m) => m.default), import('svg-to-pdfkit').then((m) => m.default)]);
  return pdfKit;
}

/** pdfkit's Node build, svg-to-pdfkit and Inter's bytes, for the shared PDF code. */
export async function nodePdfRuntime(fonts: InterFonts = loadInterFonts()): Promise<PdfRuntime<PDFKit.PDFDocument>> {
  const [PDFDocument, SVGtoPDF] = await loadPdfKit();
  return { PDFDocument, SVGtoPDF, fonts: fonts.data };
}

export async function exportPdf(svg: string, options: PdfOptions = {}): Promise<PdfResult> {
  const { fonts, ...layout } = options;
  const pdf = await composePdf(svg, layout, await nodePdfRuntime(fonts));
  return { ...pdf, data: Buffer.from(pdf.data.buffer, pdf.data.byteOffset, pdf.data.byteLength) };
}
