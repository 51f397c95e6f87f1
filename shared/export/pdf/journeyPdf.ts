/**
 * A journey as a PDF, for every runtime: the title block from the map, the picture drawn with
 * a family per Inter weight and laid out with PDFKit's own Inter widths, then composePdf.
 * The desktop and the CLI (exportJourney) and the web build (renderExportInBrowser) call this
 * with their PDFKit build; the Export dialog's request maps to its options through
 * requestPdfOptions.
 */
import { buildKpiLayer } from '../../kpi/binding/kpiLayer';
import type { TextMeasurer } from '../../layout/textMeasure';
import type { Journey } from '../../model/schema';
import type { ExportRequest } from '../exportRequest';
import { renderJourneySvg } from '../renderJourneySvg';
import { deferBlocks } from '../StripPicture';
import type { PictureOptions } from '../svgTypes';
import { type ComposedPdf, composePdf, type PdfLayoutOptions, type PdfTitleBlock } from './composePdf';
import { type PdfKitDocument, type PdfRuntime } from './pdfKit';
import { interMeasure } from '../../layout/textMeasure';

/** `titleBlock: true` (the default) fills the block from the map (title, personas, sources) and `date`. */
export type JourneyPdfOptions = Omit<PdfLayoutOptions, 'titleBlock'> & { titleBlock?: PdfTitleBlock | boolean; date?: string };

/** The PDF title block from the map: title, persona names, source datasets with periods. */
export function journeyTitleBlock(journey: Journey, date?: string): PdfTitleBlock {
  const sources = buildKpiLayer(journey).datasets
    .map((d) => `${d.name}${d.period ? ` (${d.period.start.slice(0, 10)} – ${d.period.end.slice(0, 10)})` : ''}`);
  const personas = Object.values(journey.personas).map((p) => p.name).filter(Boolean);
  return {
    title: journey.settings.title || 'Untitled journey',
    ...(personas.length ? { persona: personas.join(', ') } : {}),
    ...(date ? { date } : {}),
    ...(sources.length ? { sources } : {}),
  };
}

/** The page part of the Export dialog's request (desktop, CLI and browser alike). */
export function requestPdfOptions(request: ExportRequest, date?: string): JourneyPdfOptions {
  const { pdf } = request;
  return {
    page: pdf.page, orientation: pdf.orientation, marginMm: pdf.marginMm, layout: pdf.layout, overlapMm: pdf.overlapMm,
    cropMarks: pdf.cropMarks, pageLabels: pdf.pageLabels, titleBlock: pdf.titleBlock, ...(date ? { date } : {}),
  };
}

export interface JourneyPicture {
  /** Scope, hidden lanes and layers, theme, heat metric. */
  svg?: PictureOptions;
  /** Default: PDFKit's Inter widths from the runtime's fonts. */
  measure?: TextMeasurer;
}

export function journeyPdf<D extends PdfKitDocument>(journey: Journey, options: JourneyPdfOptions, runtime: PdfRuntime<D>, picture: JourneyPicture = {}): Promise<ComposedPdf> {
  const { titleBlock, date, ...layout } = options;
  const block = titleBlock === true || titleBlock === undefined ? journeyTitleBlock(journey, date) : titleBlock === false ? false : titleBlock;
  // The canvas's measurer, so a title wraps at the same word on screen and on paper.
  const measure = picture.measure ?? interMeasure;
  // Tiled, the map's local pieces are kept aside so that each page draws only those it shows.
  const blocks = layout.layout === 'tile' ? deferBlocks() : null;
  const svg = renderJourneySvg(journey, { ...picture.svg, fontPerWeight: true, ...(blocks ? { deferBlock: blocks.deferBlock } : {}) }, measure);
  return composePdf(blocks ? { svg, parts: blocks.parts } : svg, {
    ...layout,
    titleBlock: block,
    metadata: { title: journey.settings.title || 'Untitled journey', ...layout.metadata },
  }, runtime);
}
