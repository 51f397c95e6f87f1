/** PDF for every runtime: page layout and drawing (composePdf), a journey's PDF (journeyPdf), the PDFKit it needs (pdfKit). */
export { composePdf, pageSizePt, tileGrid, PAGE_SIZES_MM, MM } from './composePdf';
export type { ComposedPdf, NamedPage, PageSize, PdfLayoutOptions, PdfTitleBlock } from './composePdf';
export { journeyPdf, journeyTitleBlock, requestPdfOptions } from './journeyPdf';
export type { JourneyPdfOptions, JourneyPicture } from './journeyPdf';
export { createPdfKitMeasure } from './pdfKit';
export type { PdfFontBytes, PdfKitDocument, PdfKitDocumentOptions, PdfRuntime, SvgToPdfOptions } from './pdfKit';
