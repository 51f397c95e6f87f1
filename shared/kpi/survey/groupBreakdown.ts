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

/** The scope of a breakdown of `base` (the convention shared/kpi/binding/matchLabel.ts reads). */
export const breakdownScope = (base: string, key: string, value: string): string => `${base} / ${key}=${value}`;
