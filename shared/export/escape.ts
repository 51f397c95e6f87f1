/**
 * Text from a journey file is untrusted: everything that goes into the SVG passes through
 * here. XML 1.0 forbids most control characters and lone surrogates even when escaped, so
 * those are dropped; markup characters become entities.
 */

// Allowed: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for element content and for double- or single-quoted attribute values. */
export function esc(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A color for an attribute: only #rrggbb passes (a repaired file could carry anything). */
export function safeColor(value: string | undefined, fallback: string): string {
  return value !== undefined && /^#[0-9a-fA-F]{6}$/.test(value) ? value : fallback;
}

/** A number for an attribute: rounded to 2 decimals, never NaN or Infinity. */
export function num(v: number): string {
  if (!Number.isFinite(v)) return '0';
  const r = Math.round(v * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

/** `name="value"` pairs; undefined values are left out, values are escaped. */
export function attrs(map: Record<string, string | number | undefined>): string {
  let out = '';
  for (const [k, v] of Object.entries(map)) {
    if (v === undefined) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : esc(v)}"`;
  }
  return out;
}
