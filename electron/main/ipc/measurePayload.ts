/**
 * A cheap upper-bound size of an IPC argument list, computed before any schema parsing so
 * an oversized message is refused without walking it twice. Strings count by length,
 * binary data by byte length; the walk stops as soon as the limit is passed, and refuses
 * structures nested deeper than any message of ours (a cheap guard against pathological
 * inputs). Electron has already deserialized the message by now; this protects our parsing
 * and handlers (and the disk), not the IPC transport itself.
 */
const MAX_DEPTH = 16;

export function exceedsPayloadLimit(value: unknown, limit: number): boolean {
  let total = 0;
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 0 }];
  while (stack.length > 0) {
    const { v, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) return true;
    if (typeof v === 'string') total += v.length;
    else if (ArrayBuffer.isView(v)) total += v.byteLength;
    else if (v instanceof ArrayBuffer) total += v.byteLength;
    else if (Array.isArray(v)) { total += v.length; for (const item of v) stack.push({ v: item, depth: depth + 1 }); }
    else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) { total += key.length; stack.push({ v: item, depth: depth + 1 }); }
    } else total += 8;
    if (total > limit) return true;
  }
  return false;
}
