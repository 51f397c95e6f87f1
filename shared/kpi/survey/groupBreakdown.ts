/**
 * Splits items into groups by a key (a touchpoint, a plan, a choice), keeping the order in
 * which each key first appears in the file. Items whose key is undefined or empty belong to
 * no group (they still count in the total, which the caller computes over all items).
 */
export function groupBreakdown<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined || key === '') continue;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

import { MAX_TITLE } from '../../model/schema';

/** A label cut to `max` characters with an ellipsis (scopes are at most MAX_TITLE long in a dataset). */
export const clipLabel = (label: string, max = MAX_TITLE): string => (label.length <= max ? label : `${label.slice(0, max - 1)}…`);

/**
 * The scope of a breakdown of `base` (the convention shared/kpi/binding/matchLabel.ts reads).
 * Key and value are cut to 200 characters each (a long question text as the key), so the
 * scope fits a dataset; the same file always gives the same scope.
 */
export const breakdownScope = (base: string, key: string, value: string): string => clipLabel(`${base} / ${clipLabel(key, 200)}=${clipLabel(value, 200)}`);
