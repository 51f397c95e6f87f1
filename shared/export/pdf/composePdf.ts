/**
 * PDF: the export SVG drawn by PDFKit + svg-to-pdfkit: vector, Inter embedded and subset,
 * real (selectable, searchable) text. One page scaled to fit, or tiles at a fixed scale with
 * an overlap for assembling a wall print; page labels, crop marks, a title block (title,
 * persona, date, source datasets) on every page, and document metadata.
 *
 * Runtime-neutral: the PDFKit build, svg-to-pdfkit and the font bytes come in as a
 * PdfRuntime (pdfKit.ts), so the desktop, the CLI (electron/main/services/export/pdf.ts) and
 * the web build (renderer/export/renderExportInBrowser.ts) lay out the same pages.
 *
 * The SVG should be rendered with `fontPerWeight: true` (svg-to-pdfkit knows only bold or
 * not; a family per weight keeps Inter SemiBold and Bold apart).
 */
import { svgSize } from '../svgSize';
import { type DeferredPicture, StripPicture } from '../StripPicture';
import type { PdfKitDocument, PdfRuntime } from './pdfKit';

export const MM = 72 / 25.4;

/** Page sizes in millimetres, portrait. */
export const PAGE_SIZES_MM = {
  A4: [210, 297], A3: [297, 420], A2: [420, 594], A1: [594, 841], A0: [841, 1189],
  Letter: [215.9, 279.4], Legal: [215.9, 355.6], Tabloid: [279.4, 431.8],
} as const satisfies Record<string, readonly [number, number]>;
export type NamedPage = keyof typeof PAGE_SIZES_MM;
export type PageSize = NamedPage | { widthMm: number; heightMm: number };

export interface PdfTitleBlock {
  title?: string;
  persona?: string;
  date?: string;
  /** Source datasets, e.g. "GA4 funnel (2024-04-01 – 2024-04-30)". */
  sources?: string[];
}

/** How the pages are laid out: everything but the runtime. */
export interface PdfLayoutOptions {
  page?: PageSize;
  /** 'auto' (default) turns the page to match the map's shape. */
  orientation?: 'portrait' | 'landscape' | 'auto';
  marginMm?: number;
  /** 'fit': the whole map on one page. 'tile': pages at `tileScale`, overlapping by `overlapMm`. */
  layout?: 'fit' | 'tile';
  /** Points per canvas unit when tiling; 0.75 is actual size (1 CSS px = 0.75 pt). */
  tileScale?: number;
  overlapMm?: number;
  /** Default: on when tiled. */
  pageLabels?: boolean;
  cropMarks?: boolean;
  titleBlock?: PdfTitleBlock | false;
  metadata?: { title?: string; author?: string; subject?: string; keywords?: string; creator?: string };
  /** Fixed for reproducible files; default: now. */
  creationDate?: Date;
}

export interface ComposedPdf { data: Uint8Array; pages: number; columns: number; rows: number; scale: number }

const TITLE_BLOCK_PT = 30;
const LABEL_PT = 7;

export function pageSizePt(page: PageSize = 'A4', orientation: 'portrait' | 'landscape'): { width: number; height: number } {
  const [w, h] = typeof page === 'string' ? PAGE_SIZES_MM[page] : [page.widthMm, page.heightMm];
  if (!(w >= 50 && h >= 50 && w <= 5000 && h <= 5000)) throw new RangeError('A custom page must be between 50 and 5000 mm on each side.');
  const [a, b] = orientation === 'landscape' ? [Math.max(w, h), Math.min(w, h)] : [Math.min(w, h), Math.max(w, h)];
  return { width: a * MM, height: b * MM };
}

/** The tile grid for a map of `mapW × mapH` points on areas of `areaW × areaH` overlapping by `overlap`. */
export function tileGrid(mapW: number, mapH: number, areaW: number, areaH: number, overlap: number): { columns: number; rows: number; stepX: number; stepY: number } {
  if (overlap >= Math.min(areaW, areaH) / 2) throw new RangeError('The overlap must be less than half the printable area.');
  const count = (size: number, area: number) => (size <= area + 0.01 ? 1 : Math.ceil((size - overlap - 0.01) / (area - overlap)));
  return { columns: count(mapW, areaW), rows: count(mapH, areaH), stepX: areaW - overlap, stepY: areaH - overlap };
}

/** 'auto': fit turns the page to the map's shape; tiling picks the orientation with fewer pages. */
function autoOrientation(size: { width: number; height: number }, options: PdfLayoutOptions, margin: number, footer: number): 'portrait' | 'landscape' {
  const byShape = size.width >= size.height ? 'landscape' : 'portrait';
  if (options.layout !== 'tile') return byShape;
  const scale = options.tileScale ?? 0.75;
  const overlap = (options.overlapMm ?? 10) * MM;
  const pages = (o: 'portrait' | 'landscape') => {
    const p = pageSizePt(options.page, o);
    const g = tileGrid(size.width * scale, size.height * scale, p.width - 2 * margin, p.height - 2 * margin - footer, overlap);
    return g.columns * g.rows;
  };
  const other = byShape === 'landscape' ? 'portrait' : 'landscape';
  return pages(other) < pages(byShape) ? other : byShape;
}

function fontFor(family: string, bold: boolean): string {
  if (/Inter-Bold/i.test(family)) return 'Inter-Bold';
  if (/Inter-SemiBold/i.test(family) || bold) return 'Inter-SemiBold';
  return 'Inter';
}

function cropMarks(doc: PdfKitDocument, x: number, y: number, w: number, h: number, margin: number): void {
  const len = Math.min(14, margin - 3);
  if (len <= 2) return;
  const gap = 3;
  doc.save().lineWidth(0.3).strokeColor('#000000');
  for (const [cx, cy, sx, sy] of [[x, y, -1, -1], [x + w, y, 1, -1], [x, y + h, -1, 1], [x + w, y + h, 1, 1]] as const) {
    doc.moveTo(cx + sx * gap, cy).lineTo(cx + sx * (gap + len), cy).stroke();
    doc.moveTo(cx, cy + sy * gap).lineTo(cx, cy + sy * (gap + len)).stroke();
  }
  doc.restore();
}

function titleBlock(doc: PdfKitDocument, block: PdfTitleBlock, x: number, y: number, w: number): void {
  doc.save().lineWidth(0.5).strokeColor('#9ca3af').moveTo(x, y + 0.5).lineTo(x + w, y + 0.5).stroke().restore();
  doc.fillColor('#1f2937').font('Inter-Bold').fontSize(10).text(block.title ?? '', x, y + 5, { width: w * 0.6, lineBreak: false, ellipsis: true });
  const meta = [block.persona ? `Persona: ${block.persona}` : '', block.date ?? ''].filter(Boolean).join('   ·   ');
  if (meta) doc.font('Inter').fontSize(8).fillColor('#4b5563').text(meta, x + w * 0.6, y + 6, { width: w * 0.4, align: 'right', lineBreak: false, ellipsis: true });
  if (block.sources?.length) doc.font('Inter').fontSize(7).fillColor('#6b7280').text(`Sources: ${block.sources.join('; ')}`, x, y + 18, { width: w, lineBreak: false, ellipsis: true });
}

/** What a page shows of the picture drawn `mapW` points wide: the area at (x, y) points from its corner, in the picture's user units. */
function pageOf(picture: StripPicture, x: number, y: number, w: number, h: number, mapW: number): string {
  const [vx, vy, vw] = picture.viewBox;
  const perPoint = vw / mapW; // 'meet' keeps the aspect: one scale for both axes
  return picture.pictureFor(vx + x * perPoint, vy + y * perPoint, vx + (x + w) * perPoint, vy + (y + h) * perPoint);
}

/** The document's bytes, collected from its stream (chunks are Uint8Arrays in either build). */
function collect(doc: PdfKitDocument): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  doc.on('data', (c) => chunks.push(c));
  return new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
      let at = 0;
      for (const c of chunks) { out.set(c, at); at += c.byteLength; }
      resolve(out);
    });
    doc.on('error', reject);
  });
}

/**
 * The PDF of a picture: an SVG, or one drawn with its local pieces kept aside (StripPicture.ts
 * deferBlocks), which is how journeyPdf hands over a tiled print: each page then draws the
 * pieces it shows, not the whole map clipped to the page.
 */
export async function composePdf<D extends PdfKitDocument>(picture: string | DeferredPicture, options: PdfLayoutOptions, runtime: PdfRuntime<D>): Promise<ComposedPdf> {
  const { PDFDocument, SVGtoPDF, fonts } = runtime;
  const kept = typeof picture === 'string' ? null : new StripPicture(picture);
  const size = kept ? { width: kept.width, height: kept.height } : svgSize(picture as string);
  const margin = (options.marginMm ?? 10) * MM;
  const block = options.titleBlock || null;
  const tiled = options.layout === 'tile';
  const orientation = options.orientation && options.orientation !== 'auto' ? options.orientation : autoOrientation(size, options, margin, block ? TITLE_BLOCK_PT : 0);
  const page = pageSizePt(options.page, orientation);
  const labels = options.pageLabels ?? tiled;
  const areaX = margin;
  const areaY = margin;
  const areaW = page.width - 2 * margin;
  const areaH = page.height - 2 * margin - (block ? TITLE_BLOCK_PT : 0);
  if (areaW < 72 || areaH < 72) throw new RangeError('The margins leave less than an inch to print on.');

  let scale: number;
  let grid = { columns: 1, rows: 1, stepX: 0, stepY: 0 };
  if (tiled) {
    scale = options.tileScale ?? 0.75;
    if (!(scale > 0.05 && scale <= 10)) throw new RangeError('The tile scale must be between 0.05 and 10.');
    grid = tileGrid(size.width * scale, size.height * scale, areaW, areaH, (options.overlapMm ?? 10) * MM);
  } else {
    scale = Math.min(areaW / size.width, areaH / size.height);
  }
  const mapW = size.width * scale;
  const mapH = size.height * scale;
  const pages = grid.columns * grid.rows;
  if (pages > 500) throw new RangeError(`Tiling would need ${pages} pages; choose a larger page or a smaller tile scale.`);

  const meta = options.metadata ?? {};
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: [page.width, page.height],
    margin: 0,
    info: {
      Title: meta.title ?? block?.title ?? 'Journey map',
      ...(meta.author ? { Author: meta.author } : {}),
      ...(meta.subject ? { Subject: meta.subject } : {}),
      ...(meta.keywords ? { Keywords: meta.keywords } : {}),
      Creator: meta.creator ?? 'Waymark',
      Producer: 'Waymark (pdfkit)',
      CreationDate: options.creationDate ?? new Date(),
    },
    displayTitle: true,
  });
  doc.registerFont('Inter', fonts.regular);
  doc.registerFont('Inter-SemiBold', fonts.semibold);
  doc.registerFont('Inter-Bold', fonts.bold);
  const done = collect(doc);

  const svgOptions = {
    width: mapW,
    height: mapH,
    preserveAspectRatio: 'xMinYMin meet',
    fontCallback: (family: string, bold: boolean) => fontFor(family, bold),
    warningCallback: () => undefined,
  };
  for (let r = 0; r < grid.rows; r++) {
    for (let c = 0; c < grid.columns; c++) {
      doc.addPage({ size: [page.width, page.height], margin: 0 });
      if (tiled) {
        doc.save();
        doc.rect(areaX, areaY, areaW, areaH).clip();
        SVGtoPDF(doc, kept ? pageOf(kept, c * grid.stepX, r * grid.stepY, areaW, areaH, mapW) : picture as string, areaX - c * grid.stepX, areaY - r * grid.stepY, svgOptions);
        doc.restore();
      } else {
        SVGtoPDF(doc, kept ? kept.pictureFor(-Infinity, -Infinity, Infinity, Infinity) : picture as string, areaX + (areaW - mapW) / 2, areaY + (areaH - mapH) / 2, svgOptions);
      }
      if (block) titleBlock(doc, block, areaX, areaY + areaH + 4, areaW);
      if (labels) {
        const n = r * grid.columns + c + 1;
        const label = pages > 1 ? `Page ${n} of ${pages} · row ${r + 1}, column ${c + 1}` : 'Page 1 of 1';
        doc.font('Inter').fontSize(LABEL_PT).fillColor('#6b7280').text(label, areaX, Math.max(2, margin - LABEL_PT - 6), { width: areaW, align: 'right', lineBreak: false });
      }
      if (options.cropMarks) cropMarks(doc, areaX, areaY, areaW, page.height - 2 * margin, margin);
    }
  }
  doc.end();
  return { data: await done, pages, columns: grid.columns, rows: grid.rows, scale };
}
