/**
 * Export scope: which cards are drawn and which rectangle of the map body (map units, right
 * of the lane titles and under the stage headers) is shown.
 */
import { GEOMETRY, type JourneyLayout } from '../layout/layoutJourney';
import type { Journey } from '../model/schema';
import { ExportError, type ExportScope } from './svgTypes';

export interface Rect { x: number; y: number; width: number; height: number }
export interface ResolvedScope { body: Rect; cardIds: Set<string>; cropped: boolean }

function intersect(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const r = Math.min(a.x + a.width, b.x + b.width);
  const btm = Math.min(a.y + a.height, b.y + b.height);
  return r > x && btm > y ? { x, y, width: r - x, height: btm - y } : null;
}

export function resolveScope(journey: Journey, layout: JourneyLayout, scope: ExportScope): ResolvedScope {
  const full: Rect = {
    x: GEOMETRY.laneHeaderWidth, y: GEOMETRY.stageHeaderHeight,
    width: Math.max(0, layout.width - GEOMETRY.laneHeaderWidth), height: Math.max(0, layout.height - GEOMETRY.stageHeaderHeight),
  };
  const all = new Set<string>([...layout.cards.keys(), ...layout.emotionPoints.keys()]);
  if (scope === 'map') return { body: full, cardIds: all, cropped: false };
  if ('cardIds' in scope) {
    const ids = new Set(scope.cardIds.filter((id) => all.has(id)));
    if (ids.size === 0) throw new ExportError(scope.cardIds.length === 0 ? 'Nothing is selected to export.' : 'None of the selected cards is on the exported map (hidden lane, collapsed stage or persona filter?).');
    // Whole cells: the stage columns and lane rows the selected cards sit in (and those
    // between), so the crop meets the headers on their edges and no neighbor is cut through.
    const stageIds = new Set<string>();
    const laneIds = new Set<string>();
    for (const id of ids) {
      const b = layout.cards.get(id) ?? layout.emotionPoints.get(id)!;
      stageIds.add(b.stageId);
      laneIds.add(b.laneId);
    }
    const stages = layout.stages.filter((st) => stageIds.has(st.id));
    const lanes = layout.lanes.filter((l) => laneIds.has(l.id));
    const x0 = Math.min(...stages.map((st) => st.x));
    const x1 = Math.max(...stages.map((st) => st.x + st.width));
    const y0 = Math.min(...lanes.map((l) => l.y));
    const y1 = Math.max(...lanes.map((l) => l.y + l.height));
    const body = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
    return { body, cardIds: ids, cropped: true };
  }
  const v = scope.viewport;
  if (![v.x, v.y, v.width, v.height].every(Number.isFinite) || v.width <= 0 || v.height <= 0) throw new ExportError('The view to export has no size.');
  const body = intersect(full, v);
  if (!body) throw new ExportError('The view to export shows no part of the map.');
  const cardIds = new Set<string>();
  for (const [id, b] of layout.cards) if (intersect(body, b)) cardIds.add(id);
  for (const [id, p] of layout.emotionPoints) if (p.x >= body.x - 12 && p.x <= body.x + body.width + 12 && p.y >= body.y - 12 && p.y <= body.y + body.height + 12) cardIds.add(id);
  return { body, cardIds, cropped: true };
}
