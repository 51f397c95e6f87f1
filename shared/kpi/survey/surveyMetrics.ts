/**
 * From validated survey responses to metric values: the total, one scope per touchpoint the
 * file names, one per item of a matrix rating question, and a breakdown of the total per
 * segment (`total / plan=team`). Every metric a question gives is written for every scope,
 * with `value: null, n: 0` where that scope has no answer (missing, not 0).
 */
import type { MetricValue } from '../../model/schema';
import { cesScore, type CesScale } from './cesScore';
import { csatScore } from './csatScore';
import { breakdownScope, clipLabel, groupBreakdown } from './groupBreakdown';
import { npsScore } from './npsScore';

/** One response that passed the source's checks; answers already on their scale. */
export interface SurveyResponse {
  /** 1-based physical line (or sheet row) the response starts on. */
  line: number;
  respondentId?: string;
  /** False for a partial response (the policy has been applied before this point). */
  finished: boolean;
  /** The touchpoint the response is about, when the file names one (a plain scope). */
  touchpoint?: string;
  /** Segment values by key (plan, a choice question): breakdown scopes of the total. */
  segments: Record<string, string>;
  nps?: number;
  csat?: number;
  ces?: number;
  stars?: number;
  /** Matrix rating items: item scope → answer on the item scale. */
  items: Record<string, number>;
}

export interface SurveyQuestions {
  nps: boolean;
  /** CSAT scale length, or false when the survey has no CSAT question. */
  csat: number | false;
  ces: CesScale | false;
  /** Stars scale (reviews), or false. */
  stars: number | false;
  /** Item scopes of matrix questions in file order, with their scale length; CSAT items unless `ces` is set. */
  items: { scope: string; scale: number; ces?: CesScale }[];
  /** Segment keys in file order. */
  segments: string[];
}

const metric = (scope: string, name: string, value: number | null, unit: string, n?: number): MetricValue =>
  n === undefined ? { scope, metric: name, value, unit } : { scope, metric: name, value, unit, n };

const answers = (rs: readonly SurveyResponse[], pick: (r: SurveyResponse) => number | undefined): number[] =>
  rs.map(pick).filter((v): v is number => v !== undefined);

/** The metrics of one scope over its responses. */
export function scopeMetrics(scope: string, rs: readonly SurveyResponse[], q: SurveyQuestions): MetricValue[] {
  const out: MetricValue[] = [metric(scope, 'responses', rs.length, 'count')];
  if (q.nps) {
    const r = npsScore(answers(rs, (x) => x.nps));
    out.push(metric(scope, 'nps', r.score, 'score', r.n));
    out.push(metric(scope, 'promoters', r.promoters, 'count'));
    out.push(metric(scope, 'passives', r.passives, 'count'));
    out.push(metric(scope, 'detractors', r.detractors, 'count'));
  }
  if (q.csat !== false) {
    const r = csatScore(answers(rs, (x) => x.csat), q.csat);
    out.push(metric(scope, 'csat', r.topTwo, 'fraction', r.n));
    out.push(metric(scope, 'csatMean', r.mean, 'score', r.n));
  }
  if (q.ces !== false) {
    const r = cesScore(answers(rs, (x) => x.ces), q.ces);
    out.push(metric(scope, 'ces', r.mean, 'score', r.n));
    out.push(metric(scope, 'cesEasy', r.easy, 'fraction', r.n));
  }
  if (q.stars !== false) {
    const s = answers(rs, (x) => x.stars);
    out.push(metric(scope, 'stars', s.length ? s.reduce((a, b) => a + b, 0) / s.length : null, 'stars', s.length));
  }
  return out;
}

/** Per-item CSAT (or CES) of matrix questions, over all responses. */
function itemMetrics(rs: readonly SurveyResponse[], q: SurveyQuestions): MetricValue[] {
  return q.items.flatMap(({ scope, scale, ces }) => {
    const values = answers(rs, (x) => x.items[scope]);
    const s = clipLabel(scope);
    if (ces) {
      const r = cesScore(values, ces);
      return [metric(s, 'ces', r.mean, 'score', r.n), metric(s, 'cesEasy', r.easy, 'fraction', r.n)];
    }
    const r = csatScore(values, scale);
    return [metric(s, 'csat', r.topTwo, 'fraction', r.n), metric(s, 'csatMean', r.mean, 'score', r.n)];
  });
}

export function surveyMetrics(responses: readonly SurveyResponse[], q: SurveyQuestions): MetricValue[] {
  const out = scopeMetrics('total', responses, q);
  for (const [touchpoint, rs] of groupBreakdown(responses, (r) => r.touchpoint)) out.push(...scopeMetrics(clipLabel(touchpoint), rs, q));
  out.push(...itemMetrics(responses, q));
  for (const key of q.segments) {
    for (const [value, rs] of groupBreakdown(responses, (r) => r.segments[key])) {
      out.push(...scopeMetrics(breakdownScope('total', key, value), rs, q));
    }
  }
  return out;
}
