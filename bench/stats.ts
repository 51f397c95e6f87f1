/** Figures the benchmarks report, and the small statistics behind them. */

export interface Target {
  /** What "resolved" means, as printed: e.g. "≤ 1.2× plain React Flow". */
  label: string;
  /** The figure passes when `value <= max`. */
  max: number;
}

export interface BenchRow {
  area: 'canvas' | 'files' | 'import' | 'export' | 'edit';
  /** What was measured, e.g. "open (read+parse+migrate+validate)". */
  name: string;
  /** Map or file size, e.g. "5,000 cards" or "1,000,000 rows". */
  size: string;
  /** The headline figure compared with the target (a median, a p95, a ratio). */
  value: number;
  unit: 'ms' | '×' | 'MB' | 'fps' | 'count';
  median?: number;
  p95?: number;
  samples?: number;
  target?: Target;
  note?: string;
}

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);
export const p95 = (values: readonly number[]) => quantile(values, 0.95);

export const round = (n: number, digits = 2) => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : n);

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and returns the times in ms. */
export async function timeRuns(runs: number, fn: () => unknown, warmup = 1, before?: () => unknown): Promise<number[]> {
  for (let i = 0; i < warmup; i++) { await before?.(); await fn(); }
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.();
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/**
 * Times `a` and `b` alternately, so both see the same machine load; returns both series and
 * the median of the per-pair ratios a/b (robust when other work shares the CPU).
 */
/** `a` and `b` timed in turns; `before` (untimed) runs before each `a`, e.g. to make the edit a save follows. */
export async function pairedRuns(runs: number, a: () => unknown, b: () => unknown, before?: () => unknown): Promise<{ a: number[]; b: number[]; ratio: number }> {
  await before?.(); await a(); await b();
  const ta: number[] = []; const tb: number[] = []; const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.();
    let t0 = performance.now(); await a(); const x = performance.now() - t0;
    t0 = performance.now(); await b(); const y = performance.now() - t0;
    ta.push(x); tb.push(y); ratios.push(x / y);
  }
  return { a: ta, b: tb, ratio: median(ratios) };
}

/** A row for a set of samples: median and p95, with the median as the headline unless told. */
export function sampled(row: Omit<BenchRow, 'value' | 'median' | 'p95' | 'samples' | 'unit'> & { unit?: BenchRow['unit'] }, samples: number[], headline: 'median' | 'p95' = 'median'): BenchRow {
  const m = round(median(samples));
  const p = round(p95(samples));
  return { unit: 'ms', ...row, value: headline === 'median' ? m : p, median: m, p95: p, samples: samples.length };
}

export const fmt = (n: number) => n.toLocaleString('en-US');
