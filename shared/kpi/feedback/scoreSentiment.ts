/**
 * Sentiment −1…+1 read from the score a respondent gave with their comment.
 *
 * - A 1…scale rating (stars, CSAT): linear, the middle of the scale is 0 — on 1–5 stars
 *   1 → −1, 2 → −0.5, 3 → 0, 4 → +0.5, 5 → +1 (so 4–5 positive, 3 neutral, 1–2 negative).
 * - NPS 0–10: follows the NPS categories, so a detractor is never "positive": passives
 *   (7–8) are 0, detractors fall linearly from 6 → −1/7 to 0 → −1, promoters are 9 → +0.5,
 *   10 → +1. (A linear 0–10 reading would call a 6, a detractor, positive.)
 * - CES: turned so that easy is positive, then read like a rating.
 */
import { isNpsAnswer } from '../survey/npsScore';
import { isScaleAnswer } from '../survey/csatScore';

export type ScoreKind =
  | { kind: 'nps' }
  | { kind: 'rating'; scale: number }
  | { kind: 'ces'; scale: number; higherIsEasier: boolean };

function rating(score: number, scale: number): number {
  if (!isScaleAnswer(score, scale)) throw new RangeError(`Not an answer on 1–${scale}: ${score}`);
  const mid = (1 + scale) / 2;
  return (score - mid) / (mid - 1);
}

export function scoreSentiment(score: number, kind: ScoreKind): number {
  switch (kind.kind) {
    case 'nps':
      if (!isNpsAnswer(score)) throw new RangeError(`Not an NPS answer (0–10): ${score}`);
      if (score <= 6) return (score - 7) / 7;
      if (score <= 8) return 0;
      return (score - 8) / 2;
    case 'rating':
      return rating(score, kind.scale);
    case 'ces':
      return rating(kind.higherIsEasier ? score : kind.scale + 1 - score, kind.scale);
  }
}
