/** Print-grade export, pure: the SVG picture, the CSV grid and the Markdown report. */
export { renderJourneySvg, PAGE_MARGIN } from './renderJourneySvg';
export { EXPORT_LAYERS, ExportError } from './svgTypes';
export type { EmbeddedFonts, ExportLayer, ExportScope, SvgExportOptions, TitleBlock } from './svgTypes';
export { gridCsv } from './gridCsv';
export type { GridCsvOptions } from './gridCsv';
export { markdownReport } from './markdownReport';
export { esc } from './escape';
