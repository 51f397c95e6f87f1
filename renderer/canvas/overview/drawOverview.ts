/**
 * A large map seen whole, drawn on one 2D canvas: every card as its colored box with the
 * kind's accent, its KPI chips as bars, and the connections as the canvas's curves. At the
 * zoom where this is shown (below FAR_ZOOM) card text is under 4 px, and thousands of DOM
 * nodes cost far more to mount, style and repaint than one bitmap (see bench/NOTES.md).
 */
import type { JourneyLayout } from '../../../shared/layout/layoutJourney';
import type { Theme } from '../../../shared/theme/theme';

// A type, not an interface: React Flow's node data must be assignable to Record<string, unknown>.
export type OverviewScene = {
  layout: JourneyLayout;
  /** Connections as [sourceId, targetId], only those whose cards are laid out. */
  connections: readonly (readonly [string, string])[];
  selected: ReadonlySet<string>;
};

/**
 * Canvas pixels per map unit for a view at `zoom`: the coarsest of the levels farZoom·ratio,
 * half that, a quarter… (eight octaves down at most) that is still sharp at `zoom`, so nearby
 * zooms share a level and the bitmap is redrawn only when the view comes an octave closer;
 * never finer than the far zoom needs, within a pixel budget. A map opened whole is drawn at
 * about the screen's resolution: at 5,000 cards the 16-megapixel bitmap drawn at farZoom
 * before cost about 170 ms of fresh canvas memory in a 950 ms open (bench/NOTES.md).
 */
export function overviewScale(layout: Pick<JourneyLayout, 'width' | 'height'>, zoom: number, farZoom: number, pixelRatio: number, maxPixels = 16_000_000): number {
  const area = Math.max(1, layout.width * layout.height);
  const finest = farZoom * pixelRatio;
  let level = finest;
  for (let k = 0; k < 8 && level / 2 >= zoom * pixelRatio; k++) level /= 2;
  return Math.min(level, Math.sqrt(maxPixels / area));
}

/** Draws `scene` into `ctx`, whose canvas is the map's size times `scale`. Returns the cards drawn. */
export function drawOverview(ctx: CanvasRenderingContext2D, scene: OverviewScene, theme: Theme, scale: number): number {
  const { layout } = scene;
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.clearRect(0, 0, layout.width, layout.height);
  // At most one device pixel thin, however far out: a hairline in map units would vanish.
  const hairline = Math.max(1, 1 / scale);

  ctx.strokeStyle = theme.connection;
  ctx.lineWidth = hairline;
  ctx.globalAlpha = 0.55;
  ctx.beginPath();
  for (const [sourceId, targetId] of scene.connections) {
    const s = layout.cards.get(sourceId);
    const t = layout.cards.get(targetId);
    if (!s || !t) continue;
    // React Flow's default (bezier) edge from the right handle to the left one.
    const x1 = s.x + s.width; const y1 = s.y + s.height / 2;
    const x2 = t.x; const y2 = t.y + t.height / 2;
    const dx = Math.max(Math.abs(x2 - x1) * 0.5, 25);
    ctx.moveTo(x1, y1);
    ctx.bezierCurveTo(x1 + dx, y1, x2 - dx, y2, x2, y2);
  }
  ctx.stroke();
  ctx.globalAlpha = 1;

  let drawn = 0;
  for (const box of layout.cards.values()) {
    const kind = theme.kinds[box.kind];
    ctx.fillStyle = kind.fill;
    ctx.fillRect(box.x, box.y, box.width, box.height);
    ctx.fillStyle = kind.accent;
    ctx.fillRect(box.x, box.y, 4, box.height);
    ctx.fillStyle = theme.mutedText;
    for (const chip of box.kpiChips) ctx.fillRect(box.x + chip.x, box.y + chip.y + 4, chip.width, 10);
    ctx.strokeStyle = scene.selected.has(box.id) ? theme.selection : kind.stroke;
    ctx.lineWidth = scene.selected.has(box.id) ? 3 * hairline : hairline;
    ctx.strokeRect(box.x, box.y, box.width, box.height);
    drawn++;
  }
  return drawn;
}

/** The card whose box holds the map point, if any. */
export function cardAtPoint(layout: JourneyLayout, x: number, y: number): string | null {
  for (const box of layout.cards.values()) {
    if (x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height) return box.id;
  }
  return null;
}
