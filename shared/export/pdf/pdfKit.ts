/**
 * The few PDFKit calls the PDF composition makes, as a structural interface, so the
 * composition (composePdf.ts) runs on whichever PDFKit build the runtime has: pdfkit's Node
 * build in the main process and the CLI, its browser build (js/pdfkit.browser.mjs) in the web
 * build. Nothing here imports pdfkit (its types pull in Node's); the caller passes the
 * constructor, svg-to-pdfkit and the font bytes.
 */
import type { TextMeasurer } from '../../layout/textMeasure';

export interface PdfKitTextOptions {
  width?: number;
  align?: 'left' | 'right' | 'center' | 'justify';
  lineBreak?: boolean;
  ellipsis?: boolean | string;
}

export interface PdfKitDocumentOptions {
  autoFirstPage?: boolean;
  size?: [number, number];
  margin?: number;
  info?: { Title?: string; Author?: string; Subject?: string; Keywords?: string; Creator?: string; Producer?: string; CreationDate?: Date };
  displayTitle?: boolean;
}

/** A PDFKit document: the drawing calls used here, and its output stream of byte chunks. */
export interface PdfKitDocument {
  registerFont(name: string, src: Uint8Array): this;
  addPage(options: { size: [number, number]; margin: number }): this;
  save(): this;
  restore(): this;
  rect(x: number, y: number, w: number, h: number): this;
  clip(): this;
  lineWidth(w: number): this;
  strokeColor(color: string): this;
  fillColor(color: string): this;
  moveTo(x: number, y: number): this;
  lineTo(x: number, y: number): this;
  stroke(): this;
  font(name: string): this;
  fontSize(size: number): this;
  text(text: string, x: number, y: number, options?: PdfKitTextOptions): this;
  widthOfString(text: string): number;
  on(event: 'data', listener: (chunk: Uint8Array) => void): this;
  on(event: 'end', listener: () => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  end(): void;
}

/** svg-to-pdfkit's options, as far as they are used. */
export interface SvgToPdfOptions {
  width?: number;
  height?: number;
  preserveAspectRatio?: string;
  fontCallback?: (family: string, bold: boolean, italic: boolean, options: { fauxItalic: boolean; fauxBold: boolean }) => string;
  warningCallback?: (message: string) => void;
}

/** Inter's three weights as TTF bytes (a Node Buffer is a Uint8Array). */
export interface PdfFontBytes { regular: Uint8Array; semibold: Uint8Array; bold: Uint8Array }

/** What a runtime supplies to make a PDF: its PDFKit build, svg-to-pdfkit and the bundled font. */
export interface PdfRuntime<D extends PdfKitDocument = PdfKitDocument> {
  PDFDocument: new (options?: PdfKitDocumentOptions) => D;
  SVGtoPDF: (doc: D, svg: string, x: number, y: number, options: SvgToPdfOptions) => void;
  fonts: PdfFontBytes;
}

/**
 * Exact text widths from the bundled Inter through PDFKit's font engine (fontkit, with
 * kerning), for the shared layout: card titles wrap where they really run out of room in the
 * PDF (and the PNG). Semibold stands for `bold` (card titles are 600). Memoized per measurer.
 */
export function createPdfKitMeasure<D extends PdfKitDocument>(PDFDocument: PdfRuntime<D>['PDFDocument'], fonts: Pick<PdfFontBytes, 'regular' | 'semibold'>): TextMeasurer {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont('Inter', fonts.regular);
  doc.registerFont('Inter-SemiBold', fonts.semibold);
  const cache = new Map<string, number>();
  return (text, fontSize, bold = false) => {
    const key = `${bold ? 1 : 0}${fontSize}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      doc.font(bold ? 'Inter-SemiBold' : 'Inter').fontSize(fontSize);
      w = doc.widthOfString(text);
      if (cache.size > 50_000) cache.clear();
      cache.set(key, w);
    }
    return w;
  };
}
