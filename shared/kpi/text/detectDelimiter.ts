/**
 * Delimiter sniffing on the header line: only characters outside quotes count, comment and
 * blank lines are skipped, and the following lines must agree. PapaParse's guess goes wrong
 * when text fields hold commas (PapaParse #600, #606, #861); counting outside quotes and
 * checking consistency does not.
 */

export const DELIMITER_CANDIDATES = [',', ';', '\t', '|'] as const;

/**
 * Whether a raw line (or a record's first cell) is a preamble/comment line: `# …`, `#-`, `#=`,
 * `##`, a lone `#`, or the same quoted (`"# …"`). Never a line starting `#,` / `#;` / `#<tab>`
 * (Typeform's header, whose first column is literally named `#`).
 */
export function isCommentText(line: string): boolean {
  let s = line;
  if (s.charCodeAt(0) === 34 /* " */) s = s.slice(1);
  if (s.charCodeAt(0) !== 35 /* # */) return false;
  if (s.length === 1) return true;
  const c = s[1];
  return c === ' ' || c === '-' || c === '=' || c === '#' || (s.length === 2 && c === '"');
}

/** Splits the first logical lines of `text` (quote-aware) and counts each candidate outside quotes. */
function headLines(text: string, start: number, maxLines: number): { raw: string; counts: number[] }[] {
  const out: { raw: string; counts: number[] }[] = [];
  const limit = Math.min(text.length, start + 1_000_000);
  let pos = start;
  while (pos < limit && out.length < maxLines) {
    const counts = [0, 0, 0, 0];
    let inQuote = false;
    let fieldStart = true;
    let p = pos;
    for (; p < limit; p++) {
      const ch = text.charCodeAt(p);
      if (inQuote) {
        if (ch === 34) {
          if (text.charCodeAt(p + 1) === 34) p++;
          else inQuote = false;
        }
        continue;
      }
      if (ch === 10 || ch === 13) break;
      if (ch === 34 && fieldStart) { inQuote = true; fieldStart = false; continue; }
      const k = ch === 44 ? 0 : ch === 59 ? 1 : ch === 9 ? 2 : ch === 124 ? 3 : -1;
      if (k >= 0) { counts[k]!++; fieldStart = true; } else fieldStart = false;
    }
    out.push({ raw: text.slice(pos, Math.min(p, pos + 200)), counts });
    if (text.charCodeAt(p) === 13 && text.charCodeAt(p + 1) === 10) p++;
    pos = p + 1;
  }
  return out;
}

/**
 * Picks the delimiter of `text` (from offset `start`): among `,` `;` tab `|`, the one that
 * occurs on the header line (the first non-comment, non-blank line) and in the same number on
 * the lines that follow; ties go to the larger count, then to the order above. Defaults to `,`.
 */
export function detectDelimiter(text: string, start = 0): string {
  const lines = headLines(text, start, 200);
  let i = 0;
  while (i < lines.length && (lines[i]!.raw.trim() === '' || isCommentText(lines[i]!.raw))) i++;
  const header = lines[i];
  if (!header) return ',';
  const data: number[][] = [];
  for (let j = i + 1; j < lines.length && data.length < 20; j++) {
    const l = lines[j]!;
    if (l.raw.trim() === '' || isCommentText(l.raw)) break;
    data.push(l.counts);
  }
  let best = -1;
  let bestScore = -1;
  let bestCount = 0;
  for (let k = 0; k < DELIMITER_CANDIDATES.length; k++) {
    const count = header.counts[k]!;
    if (count === 0) continue;
    const agree = data.length === 0 ? 1 : data.filter((c) => c[k] === count).length / data.length;
    if (agree > bestScore || (agree === bestScore && count > bestCount)) {
      best = k;
      bestScore = agree;
      bestCount = count;
    }
  }
  return best < 0 ? ',' : DELIMITER_CANDIDATES[best]!;
}
