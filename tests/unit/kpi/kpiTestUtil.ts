/** Helpers for the KPI import tests: the shared sample files and metric look-ups. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { importKpiFile } from '../../../shared/kpi/importKpiFile';
import type { ImportOptions, KpiImport } from '../../../shared/kpi/types';

/** /work/shared/fixtures/kpi/ (read-only samples beside the repo). */
export const SAMPLES = new URL('../../../../shared/fixtures/kpi/', import.meta.url);
/** tests/fixtures/kpi/ (synthetic fixtures written for these tests). */
export const SYNTHETIC = new URL('../../fixtures/kpi/', import.meta.url);

export function sampleBytes(name: string, base: URL = SAMPLES): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(name, base))));
}

/** Imports a sample and fails the test with the importer's message if it cannot. */
export function importSample(name: string, options: ImportOptions = {}, base: URL = SAMPLES): KpiImport {
  const r = importKpiFile(sampleBytes(name, base), name, options);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
}

/** The one metric value with this scope and name (fails when there is none or several). */
export function metricOf(v: KpiImport, scope: string, metric: string): { value: number | null; unit: string; n?: number } {
  const found = v.metrics.filter((m) => m.scope === scope && m.metric === metric);
  expect(found, `${scope} / ${metric}`).toHaveLength(1);
  return found[0]!;
}

export function valueOf(v: KpiImport, scope: string, metric: string): number | null {
  return metricOf(v, scope, metric).value;
}

/** Asserts a value to `digits` decimals (FORMATS.md lists rounded figures). */
export function expectValue(v: KpiImport, scope: string, metric: string, expected: number | null, digits = 4): void {
  const actual = valueOf(v, scope, metric);
  if (expected === null) expect(actual, `${scope} / ${metric}`).toBeNull();
  else {
    expect(actual, `${scope} / ${metric}`).not.toBeNull();
    expect(actual!, `${scope} / ${metric}`).toBeCloseTo(expected, digits);
  }
}
