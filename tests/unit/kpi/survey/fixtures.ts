import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeText } from '../../../../shared/kpi/text/decodeText';
import { readDelimited } from '../../../../shared/kpi/text/readDelimited';
import type { SourceInput, SourceResult } from '../../../../shared/kpi/types';

/** The shared samples (read-only, beside the repo) and this repo's synthetic fixtures. */
const SHARED = new URL('../../../../../shared/fixtures/kpi/', import.meta.url);
const LOCAL = new URL('../../../fixtures/kpi/', import.meta.url);

export const sampleBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(fileURLToPath(new URL(name, SHARED))));
export const fixtureBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(fileURLToPath(new URL(name, LOCAL))));
export const sampleText = (name: string): string => decodeText(sampleBytes(name)).text;

/** Bytes → the SourceInput a source sees, through core's decoder and reader. */
export function delimitedInput(fileName: string, bytes: Uint8Array): SourceInput {
  const { text, encoding } = decodeText(bytes);
  return { fileName, encoding, delimited: readDelimited(text) };
}

export const textInput = (fileName: string, text: string): SourceInput => delimitedInput(fileName, new TextEncoder().encode(text));

/** One metric's value/n, failing loudly when the metric is absent. */
export function metricOf(result: Pick<SourceResult, 'metrics'>, scope: string, metric: string): { value: number | null; n?: number } {
  const m = result.metrics.filter((v) => v.scope === scope && v.metric === metric);
  if (m.length !== 1) throw new Error(`expected one ${metric} for scope "${scope}", found ${m.length}`);
  return m[0]!.n === undefined ? { value: m[0]!.value } : { value: m[0]!.value, n: m[0]!.n };
}

export const valueOf = (result: Pick<SourceResult, 'metrics'>, scope: string, metric: string): number | null => metricOf(result, scope, metric).value;

/** Rounded as FORMATS.md writes it (e.g. 1 decimal for NPS, 3 for a mean). */
export const rounded = (v: number | null, digits: number): number | null => (v === null ? null : Number(v.toFixed(digits)));
