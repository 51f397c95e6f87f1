/** The Export dialog's request (shared/export/exportRequest.ts) as options for exportJourney. */
import { type ExportRequest, requestSvgOptions } from '../../../../shared/export/exportRequest';
import type { ExportJourneyOptions } from './exportJourney';

export function requestToOptions(request: ExportRequest, date?: string): ExportJourneyOptions {
  const { pdf, png } = request;
  return {
    svg: requestSvgOptions(request),
    svgFonts: request.svgFonts,
    png: { scale: png.scale, ...(png.dpi ? { dpi: png.dpi } : {}), background: png.background, onTooLarge: 'downscale' },
    pdf: {
      page: pdf.page, orientation: pdf.orientation, marginMm: pdf.marginMm, layout: pdf.layout, overlapMm: pdf.overlapMm,
      cropMarks: pdf.cropMarks, pageLabels: pdf.pageLabels, titleBlock: pdf.titleBlock, ...(date ? { date } : {}),
    },
    ...(request.hideLanes.length ? { csv: { hideLanes: request.hideLanes } } : {}),
  };
}
