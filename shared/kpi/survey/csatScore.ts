/**
 * CSAT on a 1…scale rating (default 1–5): the top-2-box share (answers scale−1 and scale,
 * "satisfied" + "very satisfied") as a fraction 0–1, and the mean on the scale.
 */
export interface CsatResult {
  n: number;
  /** Answers in the top two boxes. */
  satisfied: number;
  /** satisfied / n, 0–1; null when n = 0. */
  topTwo: number | null;
  /** Mean on 1…scale; null when n = 0. */
  mean: number | null;
}

export const DEFAULT_CSAT_SCALE = 5;

/** Whether v is an answer on a 1…scale rating. */
export const isScaleAnswer = (v: number, scale: number): boolean => Number.isInteger(v) && v >= 1 && v <= scale;

function checkScale(scale: number): void {
  if (!Number.isInteger(scale) || scale < 3) throw new RangeError(`A rating scale needs at least 3 points: ${scale}`);
}

export function csatScore(scores: readonly number[], scale = DEFAULT_CSAT_SCALE): CsatResult {
  checkScale(scale);
  let satisfied = 0;
  let sum = 0;
  for (const s of scores) {
    if (!isScaleAnswer(s, scale)) throw new RangeError(`Not an answer on 1–${scale}: ${s}`);
    if (s >= scale - 1) satisfied++;
    sum += s;
  }
  const n = scores.length;
  return { n, satisfied, topTwo: n === 0 ? null : satisfied / n, mean: n === 0 ? null : sum / n };
}
