/**
 * JSON shapes of funnel API responses, checked field by field (the input is untrusted):
 *
 * - Mixpanel Funnels Query API: `{ meta: { dates }, data: { "<date>": { steps: [{ count,
 *   step_conv_ratio, overall_conv_ratio, avg_time, avg_time_from_start, goal, event }],
 *   analysis: { completion, starting_amount, steps, worst } } } }` — times in SECONDS.
 * - Amplitude Dashboard REST `api/2/funnels`: `{ data: [{ events, cumulativeRaw, cumulative,
 *   stepByStep, medianTransTimes, avgTransTimes, groupValue? }] }` — times in MILLIseconds,
 *   index 0 = 0.
 */

export interface MixpanelStep {
  name: string;
  count: number;
  stepConv?: number;
  overallConv?: number;
  /** Seconds from the previous step; null on step 1. */
  avgTime: number | null;
}

export interface MixpanelBucket {
  date: string;
  steps: MixpanelStep[];
  analysis?: { completion?: number; startingAmount?: number; steps?: number; worst?: number };
}

export interface AmplitudeSeries {
  group?: string;
  events: string[];
  counts: number[];
  /** Milliseconds from the previous step (index 0 = 0), when present. */
  avgMs?: (number | null)[];
  medianMs?: (number | null)[];
  stepByStep?: number[];
  cumulative?: number[];
}

type Problem = { ok: false; message: string };
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const nums = (v: unknown): number[] | undefined => (Array.isArray(v) && v.every((x) => num(x) !== undefined) ? (v as number[]) : undefined);
const numsOrNull = (v: unknown): (number | null)[] | undefined => (Array.isArray(v) && v.every((x) => x === null || num(x) !== undefined) ? (v as (number | null)[]) : undefined);

/** Whether `json` looks like a Mixpanel funnels response (for recognition; no deep check). */
export function looksLikeMixpanelFunnel(json: unknown): boolean {
  if (!isObj(json) || !isObj(json.data)) return false;
  const first = Object.values(json.data)[0];
  return isObj(first) && Array.isArray(first.steps) && isObj(first.steps[0]) && 'count' in first.steps[0] && ('step_conv_ratio' in first.steps[0] || 'overall_conv_ratio' in first.steps[0]);
}

/** Reads a Mixpanel funnels response; a located message (JSON path) when a field is wrong. */
export function readMixpanelFunnel(json: unknown): { ok: true; value: MixpanelBucket[] } | Problem {
  if (!isObj(json) || !isObj(json.data)) return { ok: false, message: 'data: expected an object of date buckets' };
  const out: MixpanelBucket[] = [];
  for (const [date, bucket] of Object.entries(json.data)) {
    if (!isObj(bucket) || !Array.isArray(bucket.steps)) return { ok: false, message: `data["${date}"].steps: expected an array` };
    const steps: MixpanelStep[] = [];
    for (let i = 0; i < bucket.steps.length; i++) {
      const s = bucket.steps[i];
      const at = `data["${date}"].steps[${i}]`;
      if (!isObj(s)) return { ok: false, message: `${at}: expected an object` };
      const count = num(s.count);
      if (count === undefined || count < 0) return { ok: false, message: `${at}.count: expected a number, found ${JSON.stringify(s.count)}` };
      const name = typeof s.goal === 'string' && s.goal ? s.goal : typeof s.event === 'string' ? s.event : `Step ${i + 1}`;
      if (s.avg_time !== null && s.avg_time !== undefined && num(s.avg_time) === undefined) return { ok: false, message: `${at}.avg_time: expected seconds or null` };
      const step: MixpanelStep = { name, count, avgTime: i === 0 ? null : num(s.avg_time) ?? null };
      const sc = num(s.step_conv_ratio);
      const oc = num(s.overall_conv_ratio);
      if (sc !== undefined) step.stepConv = sc;
      if (oc !== undefined) step.overallConv = oc;
      steps.push(step);
    }
    const b: MixpanelBucket = { date, steps };
    if (isObj(bucket.analysis)) {
      const a = bucket.analysis;
      b.analysis = {};
      if (num(a.completion) !== undefined) b.analysis.completion = num(a.completion)!;
      if (num(a.starting_amount) !== undefined) b.analysis.startingAmount = num(a.starting_amount)!;
      if (num(a.steps) !== undefined) b.analysis.steps = num(a.steps)!;
      if (num(a.worst) !== undefined) b.analysis.worst = num(a.worst)!;
    }
    out.push(b);
  }
  return { ok: true, value: out };
}

/** Whether `json` looks like an Amplitude funnels response. */
export function looksLikeAmplitudeFunnel(json: unknown): boolean {
  if (!isObj(json) || !Array.isArray(json.data)) return false;
  const first = json.data[0];
  return isObj(first) && ('cumulativeRaw' in first || 'stepByStep' in first) && Array.isArray(first.events);
}

/** Reads an Amplitude funnels response; a located message when a field is wrong. */
export function readAmplitudeFunnel(json: unknown): { ok: true; value: AmplitudeSeries[] } | Problem {
  if (!isObj(json) || !Array.isArray(json.data)) return { ok: false, message: 'data: expected an array of funnel series' };
  const out: AmplitudeSeries[] = [];
  for (let i = 0; i < json.data.length; i++) {
    const d = json.data[i];
    const at = `data[${i}]`;
    if (!isObj(d)) return { ok: false, message: `${at}: expected an object` };
    if (!Array.isArray(d.events) || !d.events.every((e) => typeof e === 'string')) return { ok: false, message: `${at}.events: expected an array of event names` };
    const counts = nums(d.cumulativeRaw);
    if (!counts || counts.length !== d.events.length) return { ok: false, message: `${at}.cumulativeRaw: expected ${d.events.length} counts` };
    const s: AmplitudeSeries = { events: d.events as string[], counts };
    if (typeof d.groupValue === 'string' || typeof d.groupValue === 'number') s.group = String(d.groupValue);
    else if (Array.isArray(d.groupValue) && d.groupValue.length) s.group = d.groupValue.map(String).join(', ');
    const avg = numsOrNull(d.avgTransTimes);
    const med = numsOrNull(d.medianTransTimes);
    if (avg) s.avgMs = avg;
    if (med) s.medianMs = med;
    const sbs = nums(d.stepByStep);
    const cum = nums(d.cumulative);
    if (sbs) s.stepByStep = sbs;
    if (cum) s.cumulative = cum;
    out.push(s);
  }
  return { ok: true, value: out };
}
