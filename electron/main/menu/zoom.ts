/**
 * View › Interface size: the zoom factor of the whole page (menus, panels, text), one app
 * preference applied to every window. It is separate from the canvas zoom (View › Zoom
 * in / out / Fit, Ctrl/Cmd +/-/0, handled by the page), which scales only the map: a
 * facilitator on a projector enlarges the interface once; the map zoom changes all day.
 */
export const ZOOM_FACTORS: readonly number[] = [0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2];

/** The next step in or out from any factor (also one between steps); reset gives 1. */
export function nextZoomFactor(current: number, direction: 'in' | 'out' | 'reset'): number {
  if (direction === 'reset' || !Number.isFinite(current)) return 1;
  if (direction === 'in') return ZOOM_FACTORS.find((f) => f > current + 1e-9) ?? ZOOM_FACTORS.at(-1)!;
  return [...ZOOM_FACTORS].reverse().find((f) => f < current - 1e-9) ?? ZOOM_FACTORS[0]!;
}

export function canZoom(current: number, direction: 'in' | 'out'): boolean {
  return direction === 'in' ? current < ZOOM_FACTORS.at(-1)! - 1e-9 : current > ZOOM_FACTORS[0]! + 1e-9;
}

/** A stored factor back into the allowed range (a hand-edited preferences file). */
export function clampZoomFactor(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 1;
  return Math.min(ZOOM_FACTORS.at(-1)!, Math.max(ZOOM_FACTORS[0]!, value));
}
