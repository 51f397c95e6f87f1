/**
 * How the canvas shows a map at a given viewport: whole-map fitting, the overview mode of
 * large maps, and the window of cards handed to React Flow. Pure functions of the layout
 * and the viewport, so they are tested without a browser.
 */
import type { Connection } from '../../shared/model/schema';
import type { JourneyLayout } from '../../shared/layout/layoutJourney';

export const FIT_VIEW_OPTIONS = { padding: 0.05, maxZoom: 1 } as const;
export const MIN_ZOOM = 0.1;

/**
 * Maps above this many cards are drawn differently by zoom. Seen from far (below FAR_ZOOM,
 * where card text is under 4 px) all cards and connections are one canvas (OverviewNode):
 * mounting, styling and repainting thousands of card nodes made opening a 5,000-card map
 * take 5 s and every pan frame 400 ms. Closer in, cards are React Flow nodes again, but only
 * those in a window around the view (mapWindow) are given to React Flow, which mounts just
 * the ones on screen: a drag or an edit touches the cards near the view, not all of them.
 * Smaller maps keep every card a node at every zoom: the whole map is cheap to draw.
 */
export const OVERVIEW_ABOVE_CARDS = 500;

export interface Pane { width: number; height: number }
export interface Viewport { x: number; y: number; zoom: number }
export interface MapRect { x: number; y: number; width: number; height: number }

/**
 * The viewport that shows the whole map, centered (as fitView with FIT_VIEW_OPTIONS would),
 * for a pane of this size. A map too large to fit even at the minimum zoom is shown from its
 * top-left corner, where the journey starts, rather than from its middle.
 */
export function fitViewport(layout: { width: number; height: number }, pane: Pane): Viewport {
  const pad = 1 + 2 * FIT_VIEW_OPTIONS.padding;
  const fit = Math.min(pane.width / (layout.width * pad), pane.height / (layout.height * pad));
  const zoom = Math.min(FIT_VIEW_OPTIONS.maxZoom, Math.max(MIN_ZOOM, Number.isFinite(fit) && fit > 0 ? fit : 1));
  const margin = (axis: number, size: number) => (size * zoom <= axis ? (axis - size * zoom) / 2 : axis * FIT_VIEW_OPTIONS.padding);
  return { x: margin(pane.width, layout.width), y: margin(pane.height, layout.height), zoom };
}

/**
 * A key that changes only when the view moves by half a pane or the zoom by half an octave:
 * the canvas recomputes its window of cards when it changes, not on every pan frame.
 */
export function windowKey(transform: readonly [number, number, number], pane: Pane): string {
  const [tx, ty, zoom] = transform;
  const bucket = Math.floor(Math.log2(Math.max(zoom, 1e-3)) * 2);
  const { cellW, cellH } = windowCell(bucket, pane);
  return `${bucket}:${Math.floor(-tx / zoom / cellW)}:${Math.floor(-ty / zoom / cellH)}:${pane.width}x${pane.height}`;
}

function windowCell(bucket: number, pane: Pane) {
  const zoom = 2 ** (bucket / 2);
  return { cellW: Math.max(1, pane.width) / zoom / 2, cellH: Math.max(1, pane.height) / zoom / 2, zoom };
}

/** The map area a window key stands for: the view it was made from, with half a view around it. */
export function windowRect(key: string): MapRect {
  const [bucket, cx, cy, size] = key.split(':');
  const [w, h] = size!.split('x').map(Number) as [number, number];
  const { cellW, cellH, zoom } = windowCell(Number(bucket), { width: w, height: h });
  // Within the bucket the zoom is at least `zoom`, so the view is at most pane / zoom wide.
  return { x: (Number(cx) - 1) * cellW, y: (Number(cy) - 1) * cellH, width: 2 * cellW + w / zoom, height: 2 * cellH + h / zoom };
}

/**
 * The cards React Flow gets for a window: those whose box meets it, the cards connected to
 * them (an edge needs both of its ends), and the ones that must stay (selected, being edited).
 */
export function cardsInWindow(layout: JourneyLayout, connections: Readonly<Record<string, Connection>>, rect: MapRect, keep: Iterable<string>): Set<string> {
  const ids = new Set<string>();
  for (const b of layout.cards.values()) {
    if (b.x < rect.x + rect.width && b.x + b.width > rect.x && b.y < rect.y + rect.height && b.y + b.height > rect.y) ids.add(b.id);
  }
  const inside = new Set(ids);
  for (const c of Object.values(connections)) {
    if (inside.has(c.sourceId) && layout.cards.has(c.targetId)) ids.add(c.targetId);
    if (inside.has(c.targetId) && layout.cards.has(c.sourceId)) ids.add(c.sourceId);
  }
  for (const id of keep) if (layout.cards.has(id)) ids.add(id);
  return ids;
}
