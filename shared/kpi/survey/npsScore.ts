/**
 * Net Promoter Score from 0–10 answers: % promoters (9–10) minus % detractors (0–6), on
 * −100…+100. Passives (7–8) count in n only. No answers → score null (missing, not 0).
 */
export type NpsCategory = 'promoter' | 'passive' | 'detractor';

export interface NpsResult {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** −100…+100, null when n = 0. */
  score: number | null;
}

/** Whether a value is a valid NPS answer (an integer 0–10). */
export const isNpsAnswer = (v: number): boolean => Number.isInteger(v) && v >= 0 && v <= 10;

/** The category of one 0–10 answer; throws on anything else (callers validate cells first). */
export function npsCategory(score: number): NpsCategory {
  if (!isNpsAnswer(score)) throw new RangeError(`Not an NPS answer (0–10): ${score}`);
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/** Qualtrics' NPS_GROUP codes: 1 = Detractor, 2 = Passive, 3 = Promoter. */
export const NPS_GROUP_CODES: Record<NpsCategory, number> = { detractor: 1, passive: 2, promoter: 3 };

export function npsScore(scores: readonly number[]): NpsResult {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const s of scores) {
    const c = npsCategory(s);
    if (c === 'promoter') promoters++;
    else if (c === 'passive') passives++;
    else detractors++;
  }
  const n = scores.length;
  return { n, promoters, passives, detractors, score: n === 0 ? null : ((promoters - detractors) / n) * 100 };
}
