/** Types for pdfkitBrowser.js: PDFKit as the shared PDF code sees it (shared/export/pdf/pdfKit.ts). */
import type { PdfRuntime } from '../../shared/export/pdf/pdfKit';

export declare const PDFDocument: PdfRuntime['PDFDocument'];
export declare const SVGtoPDF: PdfRuntime['SVGtoPDF'];
