/** Node side of export (main process, utility process, CLI): PNG, PDF, SVG file, and the facade. */
export { exportJourney, exportSvgFile, journeyTitleBlock, EXPORT_FORMATS, FORMAT_INFO } from './exportJourney';
export type { ExportFormat, ExportJourneyOptions, ExportResult } from './exportJourney';
export { exportPng, readPhysDpi, resolvePngScale, PngTooLargeError, MAX_PNG_PIXELS, MAX_PNG_SIDE } from './png';
export type { PngOptions, PngResult } from './png';
export { exportPdf, pageSizePt, tileGrid, PAGE_SIZES_MM, MM } from './pdf';
export type { PageSize, PdfOptions, PdfResult, PdfTitleBlock } from './pdf';
export { findFontDir, loadInterFonts } from './fonts';
export { createInterMeasure } from './interMeasure';
