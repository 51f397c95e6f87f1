/**
 * Stable serialization: the envelope fields in a fixed order, every object below with
 * sorted keys, two-space indentation and a final newline. The same journey always gives
 * the same bytes, so a map kept in git has small, readable diffs.
 */
import type { Journey } from '../model/schema';
import { CURRENT_SCHEMA_VERSION, JOURNEY_FORMAT } from './envelope';

export const APP_VERSION = '0.1.0';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export function serializeJourney(journey: Journey, createdWith = `Waymark ${APP_VERSION}`): string {
  const envelope = {
    format: JOURNEY_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdWith,
    document: sortKeys(journey),
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
