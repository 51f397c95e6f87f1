/**
 * Text measuring for layout. Layout must give the same card sizes in the canvas, the
 * SVG/PNG/PDF export and in tests, so it never asks a DOM: it uses a measurer function.
 * The default (`interMeasure`) uses the advance widths of the bundled Inter; the older
 * class approximation stays for characters outside that table.
 */
import { INTER_REGULAR, INTER_SEMIBOLD } from './interMetrics';
export type TextMeasurer = (text: string, fontSize: number, bold?: boolean) => number;

// Advance widths in em for a humanist sans (Inter/DejaVu class), by character class.
function charEm(c: number): number {
  if (c === 32) return 0.28;
  if (c >= 48 && c <= 57) return 0.56; // digits
  if (c >= 65 && c <= 90) return c === 73 ? 0.3 : c === 77 || c === 87 ? 0.86 : 0.66; // A-Z
  if (c >= 97 && c <= 122) {
    if (c === 105 || c === 106 || c === 108) return 0.24; // i j l
    if (c === 102 || c === 116 || c === 114) return 0.36; // f t r
    if (c === 109 || c === 119) return 0.84; // m w
    return 0.55;
  }
  if (c < 128) return c === 46 || c === 44 || c === 58 || c === 59 || c === 39 || c === 124 ? 0.27 : 0.5;
  if (c >= 0x1f000) return 1.2; // emoji
  if (c >= 0x2e80) return 1.0; // CJK and wide symbols
  return 0.6;
}

export const approximateMeasure: TextMeasurer = (text, fontSize, bold = false) => {
  let em = 0;
  for (const ch of text) em += charEm(ch.codePointAt(0)!);
  return em * fontSize * (bold ? 1.05 : 1);
};

function unpack(packed: string): Map<number, number> {
  const m = new Map<number, number>();
  for (const pair of packed.split(',')) {
    const [c, w] = pair.split(':');
    m.set(parseInt(c!, 36), parseInt(w!, 36) / 1000);
  }
  return m;
}
let tables: { regular: Map<number, number>; semibold: Map<number, number> } | null = null;

/**
 * The default measurer: Inter's real advance widths (shared/layout/interMetrics.ts,
 * generated from the bundled font), SemiBold for `bold` (titles are 600). The canvas, the
 * export and the tests all lay text out with it, so a title wraps at the same word
 * everywhere. Characters outside the table fall back to the class approximation.
 */
export const interMeasure: TextMeasurer = (text, fontSize, bold = false) => {
  tables ??= { regular: unpack(INTER_REGULAR), semibold: unpack(INTER_SEMIBOLD) };
  const table = bold ? tables.semibold : tables.regular;
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    em += table.get(c) ?? charEm(c) * (bold ? 1.05 : 1);
  }
  return em * fontSize;
};

/**
 * Greedy word wrap into at most `maxLines` lines; the last kept line gets an ellipsis when
 * text was cut. Words longer than a line are broken by characters.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: TextMeasurer, maxLines: number, bold = false): string[] {
  if (maxLines <= 0) return [];
  const lines: string[] = [];
  let truncated = false;
  outer: for (const paragraph of text.split(/\r?\n/)) {
    const words = paragraph.split(/\s+/).filter(Boolean);
    let line = '';
    if (words.length === 0) {
      if (lines.length >= maxLines) { truncated = true; break; }
      if (lines.length > 0) lines.push('');
      continue;
    }
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate, fontSize, bold) <= maxWidth) { line = candidate; continue; }
      if (line) {
        if (lines.length >= maxLines) { truncated = true; break outer; }
        lines.push(line);
        line = '';
      }
      // The word alone: break it by characters if it does not fit.
      let rest = word;
      while (measure(rest, fontSize, bold) > maxWidth && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut), fontSize, bold) > maxWidth) cut--;
        if (lines.length >= maxLines) { truncated = true; break outer; }
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    if (line) {
      if (lines.length >= maxLines) { truncated = true; break; }
      lines.push(line);
    }
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (truncated && lines.length > 0) {
    let last = lines[lines.length - 1]!;
    while (last.length > 0 && measure(`${last}…`, fontSize, bold) > maxWidth) last = last.slice(0, -1);
    lines[lines.length - 1] = `${last.trimEnd()}…`;
  }
  return lines;
}
