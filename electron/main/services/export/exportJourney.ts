/**
 * One entry point for every export format, for the main process (a utility process or worker
 * can call it: plain functions, no electron, no UI thread) and the CLI:
 *
 *   exportJourney(journey, 'png' | 'pdf' | 'svg' | 'csv' | 'md', options) → { data, mime, extension, notices }
 *
 * It renders the SVG with exact Inter metrics (the same layout function as the canvas) and
 * hands it to the format's writer.
 */
import { gridCsv, type GridCsvOptions } from '../../../../shared/export/gridCsv';
import { markdownReport } from '../../../../shared/export/markdownReport';
import { renderJourneySvg } from '../../../../shared/export/renderJourneySvg';
import { journeyPdf, journeyTitleBlock, type JourneyPdfOptions } from '../../../../shared/export/pdf/journeyPdf';
import type { EmbeddedFonts, PictureOptions, SvgExportOptions } from '../../../../shared/export/svgTypes';
import type { TextMeasurer } from '../../../../shared/layout/textMeasure';
import type { Journey } from '../../../../shared/model/schema';
import { loadInterFonts, type InterFonts } from './fonts';
import { interMeasure } from '../../../../shared/layout/textMeasure';
import { THEMES_BY_NAME } from '../../../../shared/theme/theme';
import { nodePdfRuntime } from './pdf';
import { exportPng, type PngOptions } from './png';
import { createRunOutliner, type RunOutliner } from './textOutliner';
import { codePointsOf, type FontSubsetter, loadFontSubsetter } from './fontSubsetter';
import { deferParts } from '../../../../shared/export/StripPicture';

export const EXPORT_FORMATS = ['png', 'pdf', 'svg', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_INFO: Record<ExportFormat, { mime: string; extension: string }> = {
  png: { mime: 'image/png', extension: 'png' },
  pdf: { mime: 'application/pdf', extension: 'pdf' },
  svg: { mime: 'image/svg+xml', extension: 'svg' },
  csv: { mime: 'text/csv', extension: 'csv' },
  md: { mime: 'text/markdown', extension: 'md' },
};

export interface ExportJourneyOptions {
  /** The picture (png, pdf, svg): scope, hidden lanes and layers, theme, heat metric. */
  svg?: PictureOptions;
  /** For the .svg file: embed Inter as base64 (default) or reference it by name. */
  svgFonts?: 'embed' | 'reference';
  png?: Omit<PngOptions, 'fonts'>;
  /** `titleBlock: true` fills the block from the map (title, personas, sources) and `date`. */
  pdf?: JourneyPdfOptions;
  csv?: GridCsvOptions;
  fonts?: InterFonts;
  measure?: TextMeasurer;
}

export interface ExportResult {
  data: Buffer;
  mime: string;
  extension: string;
  /** Sentences for the user (e.g. the PNG was downscaled to fit the pixel cap). */
  notices: string[];
  pages?: number;
  width?: number;
  height?: number;
}

const outliners = new WeakMap<InterFonts, Promise<RunOutliner>>();
/** One outliner per font set: its shaped words and glyph outlines serve every later export. */
function outlinerFor(fonts: InterFonts): Promise<RunOutliner> {
  let outliner = outliners.get(fonts);
  if (!outliner) {
    outliner = createRunOutliner(fonts);
    outliners.set(fonts, outliner);
    outliner.catch(() => outliners.delete(fonts));
  }
  return outliner;
}

/** The PDF title block from the map (shared with the web build). */
export { journeyTitleBlock };

/**
 * The .svg file: XML declaration and Inter embedded, or referenced by name with `embed`
 * false. With a subsetter each weight is cut to the characters the picture uses (a weight
 * HarfBuzz cannot cut goes in whole).
 */
export function exportSvgFile(journey: Journey, options: SvgExportOptions = {}, fonts?: InterFonts, measure?: TextMeasurer, embed: boolean | FontSubsetter = true): Buffer {
  const f = fonts ?? loadInterFonts();
  const base64 = (font: Uint8Array) => Buffer.from(font.buffer, font.byteOffset, font.byteLength).toString('base64');
  const whole = (): EmbeddedFonts => ({ regular: base64(f.data.regular), semibold: base64(f.data.semibold), bold: base64(f.data.bold) });
  const cut = (subset: FontSubsetter) => (markup: string): EmbeddedFonts => {
    const used = codePointsOf(markup);
    const one = (font: Buffer) => base64(subset(font, used) ?? font);
    return { regular: one(f.data.regular), semibold: one(f.data.semibold), bold: one(f.data.bold) };
  };
  const mode: SvgExportOptions['fonts'] = embed === false ? { mode: 'reference' } : embed === true ? { mode: 'embed', ...whole() } : { mode: 'subset', fontsFor: cut(embed) };
  const svg = renderJourneySvg(journey, { ...options, fonts: mode }, measure ?? interMeasure);
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, 'utf8');
}

export async function exportJourney(journey: Journey, format: ExportFormat, options: ExportJourneyOptions = {}): Promise<ExportResult> {
  const info = FORMAT_INFO[format];
  if (!info) throw new Error(`Unknown export format "${String(format)}"; use one of ${EXPORT_FORMATS.join(', ')}.`);
  const result = (data: Buffer, extra: Partial<ExportResult> = {}): ExportResult => ({ data, ...info, notices: [], ...extra });
  if (format === 'csv') return result(Buffer.from(gridCsv(journey, { ...(options.svg?.hideLanes ? { hideLanes: options.svg.hideLanes } : {}), ...options.csv }), 'utf8'));
  if (format === 'md') return result(Buffer.from(markdownReport(journey), 'utf8'));

  const fonts = options.fonts ?? loadInterFonts();
  // The canvas's measurer (Inter's advance widths): titles wrap at the same word on screen and on paper.
  const measure = options.measure ?? interMeasure;
  const svgOptions: SvgExportOptions = { ...options.svg };
  // The .svg file carries Inter cut to the characters it shows (whole, three weights are 1.4 MB).
  if (format === 'svg') return result(exportSvgFile(journey, svgOptions, fonts, measure, options.svgFonts === 'reference' ? false : await loadFontSubsetter()));
  if (format === 'png') {
    // A transparent PNG has no page background; an opaque one gets the theme's page color
    // as the bitmap's fill (png.ts pageColor), not as a rectangle painted over every pixel.
    const transparent = options.png?.background === 'transparent';
    if (transparent) svgOptions.hideLayers = [...new Set([...(svgOptions.hideLayers ?? []), 'background' as const])];
    const pageColor = !svgOptions.hideLayers?.includes('background') ? THEMES_BY_NAME[svgOptions.theme ?? 'light'].background : undefined;
    if (pageColor) svgOptions.omitPageRect = true;
    // Text as Inter's outlines (resvg would shape every glyph of the map anew), text runs
    // and cards kept aside so each strip of the PNG parses only its own (StripPicture.ts).
    const { outlineText, deferBlock, parts } = deferParts(await outlinerFor(fonts));
    const svg = renderJourneySvg(journey, { ...svgOptions, outlineText, deferBlock }, measure);
    const png = await exportPng({ svg, parts }, { ...options.png, ...(pageColor ? { pageColor } : {}), fonts });
    return result(png.data, { width: png.width, height: png.height, notices: png.notice ? [png.notice] : [] });
  }
  // The same composition as the web build's PDF (shared/export/pdf/), on pdfkit's Node build.
  const pdf = await journeyPdf(journey, options.pdf ?? {}, await nodePdfRuntime(fonts), { svg: svgOptions, measure });
  return result(Buffer.from(pdf.data.buffer, pdf.data.byteOffset, pdf.data.byteLength), { pages: pdf.pages });
}
