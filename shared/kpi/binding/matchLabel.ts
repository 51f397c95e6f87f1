/**
 * How a label in a data file is compared with the names a journey knows (card titles and
 * aliases, stage names): case, accents, step numbering ("2. Add to cart"), surrounding
 * whitespace and a trailing slash on paths do not matter; nothing else is fuzzy, so a
 * suggestion is never a guess the user cannot see through.
 */
export function normalizeLabel(label: string): string {
  let s = label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
  s = s.replace(/^\d{1,3}[.)]\s+/, ''); // "2. Add to cart" → "add to cart"
  s = s.replace(/[\s\u00a0]+/g, ' ');
  s = s.replace(/[–—]/g, '-');
  if (s.length > 1 && s.startsWith('/') && s.endsWith('/')) s = s.slice(0, -1);
  return s;
}

/** The breakdown part of a scope (`Add to cart / device=mobile`), if any. */
export function splitScope(scope: string): { base: string; breakdown: string | null } {
  const at = scope.indexOf(' / ');
  return at < 0 ? { base: scope, breakdown: null } : { base: scope.slice(0, at), breakdown: scope.slice(at + 3) };
}
