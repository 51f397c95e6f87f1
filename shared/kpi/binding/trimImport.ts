/**
 * A map stores at most so many row errors per dataset (shared/model/schema.ts); a broken
 * million-row export could report a million, and carrying them all back from the import
 * worker would stall the page. The worker trims the list first and says so. (Values are
 * already capped where they are collected, shared/kpi/sources/metricSink.ts, and that cut
 * is reported too.) Nothing is cut silently.
 */
import type { KpiImport } from '../types';
import { MAX_METRICS } from '../sources/metricSink';

export const MAX_STORED_METRICS = MAX_METRICS;
export const MAX_STORED_ERRORS = 10_000;

export function trimImport(imp: KpiImport, maxErrors = MAX_STORED_ERRORS): KpiImport {
  if (imp.errors.length <= maxErrors) return imp;
  return {
    ...imp,
    errors: [...imp.errors.slice(0, maxErrors - 1), { line: 0, message: `…and ${imp.errors.length - maxErrors + 1} more rows not imported` }],
    notes: [...imp.notes, `${imp.errors.length.toLocaleString('en-US')} rows were reported; the first ${(maxErrors - 1).toLocaleString('en-US')} are listed.`],
  };
}
