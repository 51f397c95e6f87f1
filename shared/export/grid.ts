/**
 * The map's frame, as the canvas draws it (renderer/canvas/nodes/GridNode.tsx and
 * headers/): alternating lane bands, dashed stage column lines, stage headers with a
 * colored top border, index disc, name and kind, lane titles with an icon.
 */
import { GEOMETRY, type LaneBox, type StageBox } from '../layout/layoutJourney';
import { wrapText } from '../layout/textMeasure';
import { LANE_KIND_LABELS, STAGE_KIND_LABELS, type LaneKind } from '../model/vocabulary';
import { TYPE } from '../theme/theme';
import { attrs, safeColor } from './escape';
import type { RenderContext } from './svgTypes';
import { centeredBaseline, fit, lines, runWidth, text } from './svgText';

/**
 * Lane icons as drawn in the export. The canvas uses LANE_ICONS (theme.ts) in the UI font;
 * several of those glyphs are not in Inter, so the export uses glyphs Inter has.
 */
export const EXPORT_LANE_ICONS: Record<LaneKind, string> = {
  actions: '▶', touchpoints: '●', thoughts: '“', emotions: '♥', painPoints: '⚠',
  opportunities: '★', kpis: '▲', backstage: '◆', notes: '¶',
};

/** Lane band backgrounds and stage column lines, over the body of the map. */
export function drawBands(ctx: RenderContext): string {
  const { layout, theme, hidden } = ctx;
  let out = '';
  for (const l of layout.lanes) {
    if (!hidden.has('background')) out += `<rect${attrs({ x: 0, y: l.y, width: layout.width, height: l.height, fill: theme.laneBandFill[l.index % 2 as 0 | 1] })}/>`;
    out += `<line${attrs({ x1: 0, y1: l.y + l.height - 0.5, x2: layout.width, y2: l.y + l.height - 0.5, stroke: theme.cellBorder, 'stroke-width': 1 })}/>`;
  }
  for (const s of layout.stages) {
    out += `<line${attrs({ x1: s.x + s.width - 0.5, y1: 0, x2: s.x + s.width - 0.5, y2: layout.height, stroke: theme.cellBorder, 'stroke-width': 1, 'stroke-dasharray': '4 3' })}/>`;
  }
  return out;
}

export function drawStageHeader(ctx: RenderContext, box: StageBox): string {
  const { theme, measure, journey } = ctx;
  const stage = journey.stages[box.id];
  if (!stage) return '';
  const h = GEOMETRY.stageHeaderHeight;
  const color = safeColor(box.color, '#2563eb');
  let out = `<g${attrs({ 'data-stage-id': box.id })}>`;
  out += `<rect${attrs({ x: box.x, y: 0, width: box.width, height: h, fill: theme.stageHeaderFill })}/>`;
  out += `<rect${attrs({ x: box.x, y: 0, width: box.width, height: 4, fill: color })}/>`;
  out += `<line${attrs({ x1: box.x, y1: h - 0.5, x2: box.x + box.width, y2: h - 0.5, stroke: theme.cellBorder })}/>`;
  out += `<line${attrs({ x1: box.x + box.width - 0.5, y1: 0, x2: box.x + box.width - 0.5, y2: h, stroke: theme.cellBorder })}/>`;
  const cy = 4 + (h - 5) / 2;
  const discX = box.collapsed ? box.x + box.width / 2 : box.x + 14 + 11;
  out += `<circle${attrs({ cx: discX, cy, r: 11, fill: color })}/>`;
  out += text(discX, centeredBaseline(cy, 12), String(box.index + 1), { size: 12, weight: 700, fill: '#ffffff', anchor: 'middle' });
  if (!box.collapsed) {
    const kind = STAGE_KIND_LABELS[stage.kind].toUpperCase();
    const kindW = runWidth(measure, kind, 10.5, false, 0.05);
    const kindRight = box.x + box.width - 34;
    const nameX = discX + 11 + 10;
    const nameMax = Math.max(0, kindRight - kindW - 10 - nameX);
    out += text(nameX, centeredBaseline(cy, TYPE.stageTitle), fit(measure, stage.name, TYPE.stageTitle, true, nameMax), { size: TYPE.stageTitle, weight: 700, fill: theme.stageHeaderText });
    if (kindRight - kindW > nameX) out += text(kindRight, centeredBaseline(cy, 10.5), kind, { size: 10.5, fill: theme.mutedText, anchor: 'end', letterSpacing: 0.05 });
  }
  return `${out}</g>`;
}

export function drawLaneHeader(ctx: RenderContext, box: LaneBox): string {
  const { theme, measure, journey } = ctx;
  const lane = journey.lanes[box.id];
  if (!lane) return '';
  const w = GEOMETRY.laneHeaderWidth;
  let out = `<rect${attrs({ x: 0, y: box.y, width: w, height: box.height, fill: theme.laneHeaderFill })}/>`;
  out += `<line${attrs({ x1: 0, y1: box.y + box.height - 0.5, x2: w, y2: box.y + box.height - 0.5, stroke: theme.cellBorder })}/>`;
  out += `<line${attrs({ x1: w - 0.5, y1: box.y, x2: w - 0.5, y2: box.y + box.height, stroke: theme.cellBorder })}/>`;
  const color = lane.color ? safeColor(lane.color, theme.mutedText) : theme.mutedText;
  const top = box.collapsed ? box.y + (box.height - TYPE.laneTitle * TYPE.lineHeight) / 2 : box.y + 14;
  out += lines(14 + 8, top, [EXPORT_LANE_ICONS[lane.kind]], { size: TYPE.laneTitle - 1, fill: color, anchor: 'middle' });
  const maxLines = box.collapsed ? 1 : Math.max(1, Math.floor((box.height - 28) / (TYPE.laneTitle * TYPE.lineHeight)));
  const name = wrapText(lane.name || LANE_KIND_LABELS[lane.kind], w - 14 - 30 - 16 - 8, TYPE.laneTitle, measure, maxLines, true);
  out += lines(14 + 16 + 8, top, name, { size: TYPE.laneTitle, weight: 600, fill: theme.laneHeaderText });
  return out;
}
