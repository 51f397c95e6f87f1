/**
 * Collects a source's metrics with a cap (the document holds at most 200,000 values per
 * dataset, shared/model/schema.ts): past the cap, values are counted, not kept, and the
 * result reports how many were left out — never silently.
 */
import type { MetricValue } from '../../model/schema';
import { metricDef } from '../metricCatalog';

export const MAX_METRICS = 200_000;

export class MetricSink {
  readonly metrics: MetricValue[] = [];
  private dropped = 0;

  constructor(private readonly cap = MAX_METRICS) {}

  /** Adds one value; `unit` defaults to the catalog's unit for known metrics, else 'number'. */
  add(scope: string, metric: string, value: number | null, unit?: string, n?: number): void {
    if (this.metrics.length >= this.cap) { this.dropped++; return; }
    const v: MetricValue = { scope, metric, value: value !== null && Number.isFinite(value) ? value : null, unit: unit ?? metricDef(metric)?.unit ?? 'number' };
    if (n !== undefined && Number.isInteger(n) && n >= 0) v.n = n;
    this.metrics.push(v);
  }

  /** True once the cap is reached: what is added from now on is only counted. */
  get full(): boolean { return this.metrics.length >= this.cap; }

  /** Counts `count` values that would have been added past the cap (a caller's shortcut). */
  skip(count: number): void {
    if (!this.full) throw new Error('MetricSink.skip is only for values past the cap');
    this.dropped += count;
  }

  addAll(values: readonly MetricValue[]): void {
    for (const v of values) {
      if (this.metrics.length >= this.cap) this.dropped++;
      else this.metrics.push(v);
    }
  }

  /** An issue text when values were left out, else undefined. */
  overflowMessage(): string | undefined {
    return this.dropped ? `${this.dropped} more values than the ${this.cap.toLocaleString('en-US')} a dataset holds were left out` : undefined;
  }
}
