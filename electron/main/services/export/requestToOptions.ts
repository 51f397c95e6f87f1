/** The Export dialog's request (shared/export/exportRequest.ts) as options for exportJourney. */
import { type ExportRequest, requestSvgOptions } from '../../../../shared/export/exportRequest';
import { requestPdfOptions } from '../../../../shared/export/pdf/journeyPdf';
import type { ExportJourneyOptions } from './exportJourney';

export function requestToOptions(request: ExportRequest, date?: string): ExportJourneyOptions {
  const { png } = request;
  return {
    svg: requestSvgOptions(request),
    svgFonts: request.svgFonts,
    png: { scale: png.scale, ...(png.dpi ? { dpi: png.dpi } : {}), background: png.background, onTooLarge: 'downscale' },
    pdf: requestPdfOptions(request, date),
    ...(request.hideLanes.length ? { csv: { hideLanes: request.hideLanes } } : {}),
  };
}
