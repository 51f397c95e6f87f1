/**
 * Where a window opens: the saved bounds if they still fit the monitors of today, else
 * the nearest safe place. Pure (saved bounds + the displays' work areas → bounds), so it
 * is property-tested against arbitrary monitor layouts (tests/electron/windowBounds.test.ts):
 * a window is never placed off-screen, never larger than the work area it lands on, and
 * left exactly where it was when it still fits.
 */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface SizeRules {
  readonly width: number;
  readonly height: number;
  readonly minWidth: number;
  readonly minHeight: number;
}

/** How much of a window must overlap a display for it to count as "on" it (grab the title bar). */
export const MIN_VISIBLE = { width: 160, height: 80 };

const finiteRect = (r: Rect | null | undefined): r is Rect =>
  !!r && [r.x, r.y, r.width, r.height].every((v) => typeof v === 'number' && Number.isFinite(v)) && r.width > 0 && r.height > 0;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

export function isInside(inner: Rect, outer: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** `saved` moved and shrunk to lie inside `area` (sizes at least the minimum, unless the area is smaller). */
function fitInto(saved: Rect, area: Rect, rules: SizeRules): Rect {
  const width = Math.min(area.width, Math.max(rules.minWidth, saved.width));
  const height = Math.min(area.height, Math.max(rules.minHeight, saved.height));
  const x = Math.min(area.x + area.width - width, Math.max(area.x, saved.x));
  const y = Math.min(area.y + area.height - height, Math.max(area.y, saved.y));
  return { x, y, width, height };
}

function centered(area: Rect, rules: SizeRules): Rect {
  const width = Math.min(area.width, rules.width);
  const height = Math.min(area.height, rules.height);
  return { x: area.x + Math.floor((area.width - width) / 2), y: area.y + Math.floor((area.height - height) / 2), width, height };
}

/**
 * @param saved    the bounds stored when the window last moved or closed (null the first time)
 * @param displays the work areas of the connected displays, primary first (never empty in Electron)
 */
export function restoreBounds(given: Rect | null | undefined, displays: readonly Rect[], rules: SizeRules): Rect {
  const areas = displays.filter(finiteRect);
  const primary = areas[0] ?? { x: 0, y: 0, width: rules.width, height: rules.height };
  if (!finiteRect(given)) return centered(primary, rules);
  const saved = { x: Math.round(given.x), y: Math.round(given.y), width: Math.max(rules.minWidth, Math.round(given.width)), height: Math.max(rules.minHeight, Math.round(given.height)) };
  // Unchanged when it still fits a display entirely (the common case: same monitors); never below the minimum size.
  if (areas.some((a) => isInside(saved, a))) return saved;
  // The display it overlaps most, if enough of it is visible there to grab; else the primary, centered.
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of areas) {
    const o = overlap(saved, area);
    if (o.width >= Math.min(MIN_VISIBLE.width, saved.width) && o.height >= Math.min(MIN_VISIBLE.height, saved.height) && o.width * o.height > bestArea) {
      best = area;
      bestArea = o.width * o.height;
    }
  }
  if (!best) return centered(primary, { ...rules, width: Math.max(rules.minWidth, saved.width), height: Math.max(rules.minHeight, saved.height) });
  return fitInto(saved, best, rules);
}

/** Bounds for another window opened from `from`: offset down and right, wrapping inside its display. */
export function cascadeBounds(from: Rect, displays: readonly Rect[], rules: SizeRules, step = 28): Rect {
  const moved = { ...from, x: from.x + step, y: from.y + step };
  const area = displays.find((a) => isInside(from, a));
  if (area && !isInside(moved, area)) return restoreBounds({ ...from, x: area.x + step, y: area.y + step }, displays, rules);
  return restoreBounds(moved, displays, rules);
}
