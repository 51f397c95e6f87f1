/**
 * What the Export dialog asks for, as one validated value: the same object crosses IPC to
 * main (checked there with this schema), runs in the browser build, and is remembered per
 * map. The Node side turns it into exporter options (electron/main/services/export/).
 */
import { z } from 'zod';
import { EXPORT_LAYERS, type PictureOptions } from './svgTypes';

export const EXPORT_FORMAT_IDS = ['png', 'pdf', 'svg', 'csv', 'md'] as const;
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];
export const PAGE_NAMES = ['A4', 'A3', 'A2', 'A1', 'A0', 'Letter', 'Legal', 'Tabloid'] as const;

export const EXPORT_MIME: Record<ExportFormatId, string> = {
  png: 'image/png', pdf: 'application/pdf', svg: 'image/svg+xml', csv: 'text/csv', md: 'text/markdown',
};

const finite = z.number().finite();
const id = z.string().min(1).max(100);

export const exportRequestSchema = z.object({
  format: z.enum(EXPORT_FORMAT_IDS),
  scope: z.union([
    z.literal('map'),
    z.object({ cardIds: z.array(id).min(1).max(100_000) }).strict(),
    z.object({ viewport: z.object({ x: finite, y: finite, width: z.number().positive().max(1e6), height: z.number().positive().max(1e6) }).strict() }).strict(),
  ]),
  hideLayers: z.array(z.enum(EXPORT_LAYERS)).max(EXPORT_LAYERS.length),
  hideLanes: z.array(id).max(1000),
  theme: z.enum(['light', 'dark']),
  png: z.object({
    /** 1–4×, or a DPI (which wins when set). */
    scale: z.number().min(1).max(4),
    dpi: z.number().int().min(24).max(1200).optional(),
    background: z.enum(['white', 'transparent']),
  }).strict(),
  pdf: z.object({
    page: z.union([z.enum(PAGE_NAMES), z.object({ widthMm: z.number().min(50).max(5000), heightMm: z.number().min(50).max(5000) }).strict()]),
    orientation: z.enum(['portrait', 'landscape', 'auto']),
    marginMm: z.number().min(0).max(100),
    layout: z.enum(['fit', 'tile']),
    overlapMm: z.number().min(0).max(50),
    cropMarks: z.boolean(),
    pageLabels: z.boolean(),
    titleBlock: z.boolean(),
  }).strict(),
  svgFonts: z.enum(['embed', 'reference']),
}).strict();

export type ExportRequest = z.output<typeof exportRequestSchema>;

export const DEFAULT_EXPORT_REQUEST: ExportRequest = {
  format: 'pdf',
  scope: 'map',
  hideLayers: [],
  hideLanes: [],
  theme: 'light',
  png: { scale: 2, background: 'white' },
  pdf: { page: 'A3', orientation: 'auto', marginMm: 10, layout: 'fit', overlapMm: 10, cropMarks: false, pageLabels: true, titleBlock: true },
  svgFonts: 'embed',
};

/** A file name for the export from the map's title: letters, digits, spaces and dashes. */
export function exportFileName(title: string, format: ExportFormatId): string {
  const base = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9 _-]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'journey';
  return `${base}.${format}`;
}

/** A remembered request that no longer parses (an older version, a damaged store) falls back to the defaults. */
export function parseRememberedRequest(value: unknown): ExportRequest {
  const parsed = exportRequestSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_EXPORT_REQUEST;
}

/** The picture part of a request, for renderJourneySvg (desktop, CLI and browser alike). */
export function requestSvgOptions(request: ExportRequest): PictureOptions {
  const hideLayers = request.format === 'png' && request.png.background === 'transparent'
    ? [...new Set([...request.hideLayers, 'background' as const])] : request.hideLayers;
  return {
    scope: request.scope,
    ...(request.hideLanes.length ? { hideLanes: request.hideLanes } : {}),
    ...(hideLayers.length ? { hideLayers } : {}),
    theme: request.theme,
  };
}
