/**
 * The journey as one self-contained SVG string: the picture behind every export file (SVG,
 * PNG through resvg, PDF through svg-to-pdfkit). Pure: no DOM, no Node, no clock. It draws
 * from the same layout as the canvas (shared/layout/layoutJourney) and the same theme, so an
 * export looks like the map on screen. All file text is escaped (shared/export/escape.ts).
 *
 * Page, top to bottom: [title block] [persona header] stage headers / lane titles
 * + map body, then legend and notes. Cropped scopes keep the headers, like frozen panes.
 */
import { GEOMETRY, layoutJourney } from '../layout/layoutJourney';
import { interMeasure, type TextMeasurer } from '../layout/textMeasure';
import type { Journey } from '../model/schema';
import { FONT_FAMILY, FONT_STACK, THEMES_BY_NAME } from '../theme/theme';
import { drawCard } from './cards/drawCard';
import { drawCardMarkers, drawLaneMarkers, drawNotes, drawStageMarkers, numberedComments } from './comments';
import { connectionGeometry, drawConnections } from './connections';
import { drawCurves } from './curves';
import { attrs, esc, num } from './escape';
import { drawBands, drawLaneHeader, drawStageHeader } from './grid';
import { drawPersonaHeader, drawTitleBlock } from './header';
import { dataEdgeParts, drawCardChips, drawConnectionData, drawDataCurve, drawHeatStrip, drawStageTiles, kpiLayerFor } from './kpiLayer';
import { drawLegend } from './legend';
import { drawTargets } from './kpiTargets';
import { resolveScope } from './scope';
import { setFontPerWeight, setTextOutliner } from './svgText';
import type { EmbeddedFonts, ExportLayer, RenderContext, SvgExportOptions } from './svgTypes';

/** Space around the page content, in canvas units. */
export const PAGE_MARGIN = 24;
const SECTION_GAP = 20;
const MIN_WIDTH = 640;

function fontFaces(f: EmbeddedFonts): string {
  const face = (data: string, weight: number) => `@font-face{font-family:${FONT_FAMILY};font-weight:${weight};font-style:normal;src:url(data:font/ttf;base64,${data.replace(/[^A-Za-z0-9+/=]/g, '')}) format("truetype");}`;
  return `<style>${face(f.regular, 400)}${face(f.semibold, 600)}${face(f.bold, 700)}</style>`;
}

export function renderJourneySvg(journey: Journey, options: SvgExportOptions = {}, measure: TextMeasurer = interMeasure): string {
  setFontPerWeight(options.fontPerWeight ?? false);
  setTextOutliner(options.outlineText);
  try {
    return render(journey, options, measure);
  } finally {
    setFontPerWeight(false);
    setTextOutliner(undefined);
  }
}

function render(journey: Journey, options: SvgExportOptions, measure: TextMeasurer): string {
  const theme = THEMES_BY_NAME[options.theme ?? 'light'];
  const hidden = new Set<ExportLayer>(options.hideLayers ?? []);
  const showKpis = !hidden.has('kpis') && !journey.settings.kpiView?.hidden;
  const layout = layoutJourney(journey, {
    measure,
    showKpis,
    hiddenLaneIds: new Set(options.hideLanes ?? []),
    ...(options.personaFilter !== undefined ? { personaFilter: options.personaFilter } : {}),
  });
  const scope = resolveScope(journey, layout, options.scope ?? 'map');
  const visibleCardIds = scope.cardIds;
  const isShown = (t: { type: string; id: string }) => t.type === 'card' ? visibleCardIds.has(t.id)
    : t.type === 'stage' ? layout.stages.some((s) => s.id === t.id && s.x < scope.body.x + scope.body.width && s.x + s.width > scope.body.x)
      : layout.lanes.some((l) => l.id === t.id && l.y < scope.body.y + scope.body.height && l.y + l.height > scope.body.y);
  const notes = hidden.has('comments') ? [] : numberedComments(journey, (c) => isShown(c.target));
  const commentNumbers = new Map<string, number[]>();
  for (const { n, comment } of notes) {
    const key = `${comment.target.type}:${comment.target.id}`;
    commentNumbers.set(key, [...(commentNumbers.get(key) ?? []), n]);
  }
  const ctx: RenderContext = { journey, layout, theme, measure, hidden, fontPerWeight: options.fontPerWeight ?? false, visibleCardIds, commentNumbers, ...(options.deferBlock ? { deferBlock: options.deferBlock } : {}) };
  const kpis = kpiLayerFor(ctx);

  const g = GEOMETRY;
  const body = scope.body;
  const regionW = g.laneHeaderWidth + body.width;
  const regionH = g.stageHeaderHeight + body.height;
  const contentW = Math.max(regionW, MIN_WIDTH);
  const x0 = PAGE_MARGIN;
  let y = PAGE_MARGIN;
  const parts: string[] = [];

  if (options.titleBlock) {
    const t = drawTitleBlock(ctx, options.titleBlock, x0, y, contentW);
    parts.push(t.svg);
    y += t.height + SECTION_GAP;
  }
  const personaIds = new Set<string>();
  for (const id of visibleCardIds) { const pid = journey.cards[id]?.personaId; if (pid) personaIds.add(pid); }
  for (const p of layout.emotionPoints.values()) {
    const c = journey.curves[p.curveId];
    if (c?.personaId && c.visible && visibleCardIds.has(p.id)) personaIds.add(c.personaId);
  }
  const personas = Object.values(journey.personas)
    .filter((p) => options.scope === undefined || options.scope === 'map' || personaIds.has(p.id))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
  if (options.personaHeader !== false && personas.length > 0) {
    const p = drawPersonaHeader(ctx, personas, x0, y, contentW, options.fontPerWeight ?? false);
    parts.push(p.svg);
    y += p.height + SECTION_GAP;
  }

  // The map region: translate map coordinates so the body rectangle sits right of the lane
  // titles and under the stage headers; clip when cropped.
  const cropped = scope.cropped;
  const ox = x0 + g.laneHeaderWidth - body.x;
  const oyBody = y + g.stageHeaderHeight - body.y;
  const clipDefs: string[] = [];
  const clipped = (id: string, rect: { x: number; y: number; width: number; height: number }, content: string) => {
    if (!cropped) return content;
    clipDefs.push(`<clipPath id="${id}"><rect${attrs(rect)}/></clipPath>`);
    return `<g clip-path="url(#${id})">${content}</g>`;
  };
  const geometry = connectionGeometry(ctx);
  const dataConnections = new Set(kpis ? geometry.filter((c) => dataEdgeParts(journey, kpis, c.id)).map((c) => c.id) : []);
  const connections = drawConnections(ctx, dataConnections);
  const bodyContent = drawBands(ctx)
    + (kpis ? drawStageTiles(ctx, kpis) : '')
    + drawCurves(ctx)
    + (kpis ? drawDataCurve(ctx, layout) : '')
    + connections.lines
    + [...layout.cards.values()].filter((b) => visibleCardIds.has(b.id)).map((b) => {
      const card = drawCard(ctx, journey.cards[b.id]!, b, commentNumbers.get(`card:${b.id}`)?.length ?? 0);
      // The card's box and its shadow (1 unit below), with a unit to spare.
      return ctx.deferBlock ? ctx.deferBlock(card, b.y - 1, b.y + b.height + 2, b.x - 1, b.x + b.width + 1) : card;
    }).join('')
    + connections.labels
    + (kpis ? drawCardChips(ctx, kpis) + drawConnectionData(ctx, kpis, geometry) : '')
    + drawCardMarkers(ctx);
  parts.push(`<g data-layer="map" transform="translate(${num(ox)},${num(oyBody)})">${clipped('wm-clip-body', body, bodyContent)}</g>`);
  const stageBand = { x: body.x, y: 0, width: body.width, height: g.stageHeaderHeight };
  parts.push(`<g data-layer="stages" transform="translate(${num(ox)},${num(y)})">${clipped('wm-clip-stages', stageBand, layout.stages.map((s) => drawStageHeader(ctx, s)).join('')
    + (kpis ? drawHeatStrip(ctx, options.heatMetric ?? journey.settings.kpiView?.heatMetric) : '') + drawStageMarkers(ctx))}</g>`);
  const laneBand = { x: 0, y: body.y, width: g.laneHeaderWidth, height: body.height };
  parts.push(`<g data-layer="lanes" transform="translate(${num(x0)},${num(oyBody)})">${clipped('wm-clip-lanes', laneBand, layout.lanes.map((l) => drawLaneHeader(ctx, l)).join('') + drawLaneMarkers(ctx))}</g>`);
  y += regionH;

  // The sections under the map, each kept aside with its band where the exporter asks
  // (a page of a tiled print or a strip of the PNG draws only those it shows).
  const section = (svg: string, top: number, height: number) => (ctx.deferBlock ? ctx.deferBlock(svg, top - 1, top + height + 1, x0 - 1, x0 + contentW + 1) : svg);
  if (!hidden.has('legend')) {
    const l = drawLegend(ctx, x0, y + SECTION_GAP, contentW, kpis);
    if (l.height) { parts.push(section(l.svg, y + SECTION_GAP, l.height)); y += SECTION_GAP + l.height; }
  }
  if (kpis && !hidden.has('legend')) {
    const t = drawTargets(ctx, kpis, x0, y + SECTION_GAP, contentW);
    if (t.height) { parts.push(section(t.svg, y + SECTION_GAP, t.height)); y += SECTION_GAP + t.height; }
  }
  if (notes.length) {
    const n = drawNotes(ctx, notes, x0, y + SECTION_GAP, Math.min(contentW, 720));
    parts.push(section(n.svg, y + SECTION_GAP, n.height));
    y += SECTION_GAP + n.height;
  }

  const width = Math.ceil(contentW + 2 * PAGE_MARGIN);
  const height = Math.ceil(y + PAGE_MARGIN);
  const background = hidden.has('background') || options.omitPageRect ? '' : `<rect${attrs({ x: 0, y: 0, width, height, fill: theme.background })}/>`;
  const title = `<title>${esc(journey.settings.title || 'Untitled journey')}</title>`;
  const content = `${clipDefs.length ? `<defs>${clipDefs.join('')}</defs>` : ''}${background}${parts.join('')}`;
  const f = options.fonts;
  const fonts = f?.mode === 'embed' ? fontFaces(f) : f?.mode === 'subset' ? fontFaces(f.fontsFor(title + content)) : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`
    + ` font-family="${esc(FONT_STACK)}" font-size="13" data-theme="${theme.name}">${title}${fonts}${content}</svg>`;
}
