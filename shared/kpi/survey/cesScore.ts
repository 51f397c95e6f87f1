/**
 * Customer Effort Score on a 1…scale rating whose length (5 or 7, or any ≥ 3) and direction
 * differ between surveys: "How easy was it…" (higher = easier) or "How much effort…" (lower =
 * easier). The mean stays on the file's own scale, as the survey reports it; `easy` is the
 * share in the two boxes at the easy end, whichever end that is.
 */
import { isScaleAnswer } from './csatScore';

export interface CesScale {
  /** Number of points, 1…scale. */
  scale: number;
  higherIsEasier: boolean;
}

export interface CesResult {
  n: number;
  /** Answers in the two easiest boxes. */
  easyCount: number;
  /** easyCount / n, 0–1; null when n = 0. */
  easy: number | null;
  /** Mean on the file's scale and direction; null when n = 0. */
  mean: number | null;
}

export const DEFAULT_CES_SCALE: CesScale = { scale: 7, higherIsEasier: true };

export function cesScore(scores: readonly number[], { scale, higherIsEasier }: CesScale = DEFAULT_CES_SCALE): CesResult {
  if (!Number.isInteger(scale) || scale < 3) throw new RangeError(`A rating scale needs at least 3 points: ${scale}`);
  let easyCount = 0;
  let sum = 0;
  for (const s of scores) {
    if (!isScaleAnswer(s, scale)) throw new RangeError(`Not an answer on 1–${scale}: ${s}`);
    if (higherIsEasier ? s >= scale - 1 : s <= 2) easyCount++;
    sum += s;
  }
  const n = scores.length;
  return { n, easyCount, easy: n === 0 ? null : easyCount / n, mean: n === 0 ? null : sum / n };
}
