/**
 * A smooth SVG path through points ordered by x: monotone cubic interpolation
 * (Fritsch–Carlson), so the curve never overshoots a point. An emotion curve must not
 * suggest a feeling lower or higher than any step that was scored.
 */
export interface Point { x: number; y: number }

export function smoothPath(points: readonly Point[]): string {
  const n = points.length;
  if (n === 0) return '';
  const f = (v: number) => Math.round(v * 100) / 100;
  if (n === 1) return `M${f(points[0]!.x)},${f(points[0]!.y)}`;
  const dx: number[] = [];
  const slope: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    const h = points[i + 1]!.x - points[i]!.x;
    dx.push(h);
    slope.push(h === 0 ? 0 : (points[i + 1]!.y - points[i]!.y) / h);
  }
  const tangent: number[] = [slope[0]!];
  for (let i = 1; i < n - 1; i++) {
    const a = slope[i - 1]!;
    const b = slope[i]!;
    tangent.push(a * b <= 0 ? 0 : (3 * (dx[i - 1]! + dx[i]!)) / ((2 * dx[i]! + dx[i - 1]!) / a + (dx[i]! + 2 * dx[i - 1]!) / b));
  }
  tangent.push(slope[n - 2]!);
  let d = `M${f(points[0]!.x)},${f(points[0]!.y)}`;
  for (let i = 0; i < n - 1; i++) {
    const p = points[i]!;
    const q = points[i + 1]!;
    const h = dx[i]! / 3;
    d += ` C${f(p.x + h)},${f(p.y + tangent[i]! * h)} ${f(q.x - h)},${f(q.y - tangent[i + 1]! * h)} ${f(q.x)},${f(q.y)}`;
  }
  return d;
}

/** A connection between two card boxes: a horizontal-ish cubic from the source's right (or bottom) side. */
export function connectionPath(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): { d: string; labelX: number; labelY: number; endAngle: number } {
  const f = (v: number) => Math.round(v * 100) / 100;
  const forward = b.x >= a.x + a.width;
  const sx = forward ? a.x + a.width : a.x + a.width / 2;
  const sy = forward ? a.y + a.height / 2 : a.y + a.height;
  const tx = forward ? b.x : b.x + b.width / 2;
  const ty = forward ? b.y + b.height / 2 : b.y;
  const c = forward ? Math.max(30, (tx - sx) / 2) : Math.max(30, Math.abs(ty - sy) / 2);
  const c1 = forward ? { x: sx + c, y: sy } : { x: sx, y: sy + c * Math.sign(ty - sy || 1) };
  const c2 = forward ? { x: tx - c, y: ty } : { x: tx, y: ty - c * Math.sign(ty - sy || 1) };
  return {
    d: `M${f(sx)},${f(sy)} C${f(c1.x)},${f(c1.y)} ${f(c2.x)},${f(c2.y)} ${f(tx)},${f(ty)}`,
    labelX: f((sx + tx) / 2 + (c1.x + c2.x - sx - tx) * 0.375),
    labelY: f((sy + ty) / 2 + (c1.y + c2.y - sy - ty) * 0.375),
    endAngle: Math.atan2(ty - c2.y, tx - c2.x),
  };
}
