/**
 * Funnel math from step counts, one convention for every tool:
 *
 * - `users` — users at the step (de-duplicated by the tool; never a sum of breakdowns);
 * - `conversion` — step conversion INTO this step from the previous one (step 1 = 1), n = previous users;
 * - `completionRate` — share of this step's users who reach the next (GA4's forward-looking
 *   "Completion rate"); missing on the last step, n = this step's users;
 * - `dropOff` / `dropOffRate` — users lost between this step and the next; missing on the last step;
 * - `overallConversion` — users / step-1 users, n = step-1 users;
 * - `timeFromPrevious` — seconds from the previous step, when the tool reports it;
 * - `stepIndex` — the step's 1-based position.
 */
import type { MetricValue } from '../../model/schema';
import { METRICS } from '../metricCatalog';

export interface FunnelStep {
  /** The scope the step's metrics get (step name, or `step / device=mobile`). */
  scope: string;
  users: number | null;
  /** Seconds from the previous step (null/undefined = not reported). */
  timeFromPrevious?: number | null;
  /** Median seconds from the previous step, when the tool reports it separately. */
  medianTimeFromPrevious?: number | null;
}

const ratio = (a: number | null, b: number | null): number | null => (a === null || b === null || b === 0 ? null : a / b);
const count = (v: number | null): number | undefined => (v !== null && Number.isInteger(v) && v >= 0 ? v : undefined);

function metric(scope: string, name: string, value: number | null, unit: string, n?: number): MetricValue {
  return n === undefined ? { scope, metric: name, value, unit } : { scope, metric: name, value, unit, n };
}

/** The metrics of an ordered funnel (see the module comment). */
export function funnelMetrics(steps: readonly FunnelStep[]): MetricValue[] {
  const out: MetricValue[] = [];
  const first = steps[0]?.users ?? null;
  steps.forEach((s, i) => {
    const prev = i > 0 ? steps[i - 1]!.users : null;
    const next = i + 1 < steps.length ? steps[i + 1]!.users : null;
    const isLast = i + 1 === steps.length;
    out.push(metric(s.scope, 'stepIndex', i + 1, 'index'));
    out.push(metric(s.scope, 'users', s.users, METRICS.users.unit));
    out.push(metric(s.scope, 'conversion', i === 0 ? (s.users === null ? null : 1) : ratio(s.users, prev), 'fraction', count(i === 0 ? s.users : prev)));
    out.push(metric(s.scope, 'completionRate', isLast ? null : ratio(next, s.users), 'fraction', isLast ? undefined : count(s.users)));
    const drop = isLast || s.users === null || next === null ? null : s.users - next;
    out.push(metric(s.scope, 'dropOff', drop, METRICS.dropOff.unit));
    out.push(metric(s.scope, 'dropOffRate', ratio(drop, s.users), 'fraction', drop === null ? undefined : count(s.users)));
    out.push(metric(s.scope, 'overallConversion', ratio(s.users, first), 'fraction', count(first)));
    if (s.timeFromPrevious !== undefined) out.push(metric(s.scope, 'timeFromPrevious', i === 0 ? null : s.timeFromPrevious, 'seconds'));
    if (s.medianTimeFromPrevious !== undefined) out.push(metric(s.scope, 'medianTimeFromPrevious', i === 0 ? null : s.medianTimeFromPrevious, 'seconds'));
  });
  return out;
}

/**
 * Splits a numbered step label (`1. View product`, `Step 2: Add to cart`) into its index
 * and name; the name alone when it is not numbered.
 */
export function splitStepLabel(label: string): { index?: number; name: string } {
  const m = /^\s*(?:step\s*)?(\d{1,3})\s*[.:)\-–]\s*(.+)$/i.exec(label);
  return m ? { index: Number(m[1]), name: m[2]!.trim() } : { name: label.trim() };
}

/** Step names → scopes: unique names as they are; repeated names get `(step N)`. */
export function stepScopes(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  for (const n of names) seen.set(n, (seen.get(n) ?? 0) + 1);
  return names.map((n, i) => ((seen.get(n) ?? 0) > 1 ? `${n} (step ${i + 1})` : n));
}

/**
 * Compares a rate the file states with the one computed from counts; a note when they differ
 * by more than `tolerance` (absolute), else undefined.
 */
export function checkStated(what: string, stated: number | null | undefined, computed: number | null, tolerance = 5e-4): string | undefined {
  if (stated === null || stated === undefined || computed === null) return undefined;
  return Math.abs(stated - computed) > tolerance ? `${what}: the file says ${stated}, the counts give ${computed}` : undefined;
}
