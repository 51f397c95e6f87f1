/**
 * Durations in each tool's own unit, returned in seconds: Universal Analytics `hh:mm:ss`,
 * GA4 reports float seconds, GA4 funnel "Elapsed time" MICROseconds, Amplitude milliseconds,
 * PostHog and Mixpanel seconds. The unit comes from the source, never from the magnitude.
 */
import { parseLocaleNumber, EN_LOCALE, type NumberLocale } from './parseNumber';

export type DurationUnit = 'hms' | 'seconds' | 'milliseconds' | 'microseconds';

const SCALE: Record<Exclude<DurationUnit, 'hms'>, number> = { seconds: 1, milliseconds: 1e-3, microseconds: 1e-6 };

/** `hh:mm:ss` (also `h:mm:ss`, `mm:ss`, `hhh:mm:ss`, fractional seconds) → seconds; NaN otherwise. */
export function parseClockDuration(cell: string): number {
  const m = /^\s*(-)?(?:(\d+):)?([0-5]?\d):([0-5]\d(?:[.,]\d+)?)\s*$/.exec(cell);
  if (!m) return NaN;
  const v = Number(m[2] ?? 0) * 3600 + Number(m[3]) * 60 + Number(m[4]!.replace(',', '.'));
  return m[1] ? -v : v;
}

/**
 * A duration cell in `unit` → seconds; NaN when the cell is not a duration of that form.
 * Numeric units are read with `locale` (so `1.56888E+11` µs from Excel works).
 */
export function parseDuration(cell: string, unit: DurationUnit, locale: NumberLocale = EN_LOCALE): number {
  if (unit === 'hms') return parseClockDuration(cell);
  const v = parseLocaleNumber(cell, locale);
  return Number.isNaN(v) ? NaN : v * SCALE[unit];
}

/** Converts a number already read in `unit` to seconds. */
export function toSeconds(value: number, unit: Exclude<DurationUnit, 'hms'>): number {
  return value * SCALE[unit];
}
