/**
 * The heat strip's color for a heat in 0 (best stage of the map) … 1 (worst): green through
 * amber to red, the theme's status colors, so canvas and export agree.
 */
const STOPS: [number, [number, number, number]][] = [[0, [21, 128, 61]], [0.5, [217, 119, 6]], [1, [185, 28, 28]]];

export function heatColor(heat: number): string {
  const t = Math.min(1, Math.max(0, Number.isFinite(heat) ? heat : 0.5));
  let i = 0;
  while (i < STOPS.length - 2 && t > STOPS[i + 1]![0]) i++;
  const [t0, c0] = STOPS[i]!;
  const [t1, c1] = STOPS[i + 1]!;
  const f = (t - t0) / (t1 - t0);
  const hex = (k: number) => Math.round(c0[k]! + (c1[k]! - c0[k]!) * f).toString(16).padStart(2, '0');
  return `#${hex(0)}${hex(1)}${hex(2)}`;
}
