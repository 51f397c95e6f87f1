// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- svg-to-pdfkit ships no types; every tsconfig that compiles this file must see them
/// <reference path="./svg-to-pdfkit.d.ts" />
/**
 * PDF in Node (main process, worker, CLI): the shared composition (shared/export/pdf/) on
 * pdfkit's Node build, with Inter read from assets/fonts. The web build runs the same
 * composition on pdfkit's browser build (renderer/export/renderExportInBrowser.ts).
 */
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { composePdf, type PdfLayoutOptions } from '../../../../shared/export/pdf/composePdf';
import type { PdfRuntime } from '../../../../shared/export/pdf/pdfKit';
import { loadInterFonts, type InterFonts } from './fonts';

export { MM, PAGE_SIZES_MM, pageSizePt, tileGrid } from '../../../../shared/export/pdf/composePdf';
export type { NamedPage, PageSize, PdfTitleBlock } from '../../../../shared/export/pdf/composePdf';

export interface PdfOptions extends PdfLayoutOptions {
  fonts?: InterFonts;
}

export interface PdfResult { data: Buffer; pages: number; columns: number; rows: number; scale: number }

/** pdfkit's Node build, svg-to-pdfkit and Inter's bytes, for the shared PDF code. */
export function nodePdfRuntime(fonts: InterFonts = loadInterFonts()): PdfRuntime<PDFKit.PDFDocument> {
  return { PDFDocument, SVGtoPDF, fonts: fonts.data };
}

export async function exportPdf(svg: string, options: PdfOptions = {}): Promise<PdfResult> {
  const { fonts, ...layout } = options;
  const pdf = await composePdf(svg, layout, nodePdfRuntime(fonts));
  return { ...pdf, data: Buffer.from(pdf.data.buffer, pdf.data.byteOffset, pdf.data.byteLength) };
}
