/** Formats a location inside a document: `cards[c3].stageId`, `settings.emotionScale.min`. */
export function formatPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const seg of segments) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** Keys that must never become properties of a plain object built from untrusted data. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The path of one record: `cards[c3]`, or `cards["odd id"]` when the id needs quoting. */
export function recordPath(collection: string, id: string): string {
  return /^[\w.:-]+$/.test(id) && !UNSAFE_KEYS.has(id) ? `${collection}[${id}]` : `${collection}[${JSON.stringify(id)}]`;
}
