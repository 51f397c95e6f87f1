/**
 * Text in the SVG: real <text> elements (selectable in the PDF) with explicit baselines, so
 * every renderer (browser, resvg, svg-to-pdfkit) puts a line in the same place. Baselines
 * use Inter's metrics: ascent 0.969 em, descent 0.241 em.
 */
import { TYPE } from '../theme/theme';
import { attrs, esc } from './escape';

const ASCENT = 0.969;
const DESCENT = 0.241;

/** The baseline of a line of `size` text whose line box (size × lineHeight) starts at `top`. */
export function baseline(top: number, size: number, lineHeight: number = TYPE.lineHeight): number {
  return top + size * ((lineHeight - ASCENT - DESCENT) / 2 + ASCENT);
}

/** The baseline that centers `size` text vertically on `centerY`. */
export function centeredBaseline(centerY: number, size: number): number {
  return centerY + size * (ASCENT - DESCENT) / 2;
}

export interface TextStyle {
  size: number;
  weight?: 400 | 600 | 700;
  fill: string;
  anchor?: 'start' | 'middle' | 'end';
  opacity?: number;
  /** In em. */
  letterSpacing?: number;
  italic?: boolean;
}

/**
 * Draws a text run as outlines instead of a <text> element (see SvgExportOptions.outlineText):
 * the baseline starts at (x, y), the anchor and letter-spacing as in `text`.
 */
export type TextOutliner = (x: number, y: number, content: string, style: TextStyle) => string;

/** Set by the renderer for one render (see SvgExportOptions.outlineText). */
let outliner: TextOutliner | undefined;
export function setTextOutliner(next: TextOutliner | undefined): void { outliner = next; }

/** Set by the renderer for one render (see SvgExportOptions.fontPerWeight). */
let perWeightFamilies = false;
export function setFontPerWeight(on: boolean): void { perWeightFamilies = on; }

const FAMILY_BY_WEIGHT = { 400: 'Inter', 600: 'Inter-SemiBold', 700: 'Inter-Bold' } as const;

export function text(x: number, y: number, content: string, style: TextStyle): string {
  if (outliner) return outliner(x, y, content, style);
  const weight = style.weight ?? 400;
  return `<text${attrs({
    x, y,
    'font-size': style.size,
    'font-weight': weight === 400 || perWeightFamilies ? undefined : String(weight),
    'font-family': perWeightFamilies && weight !== 400 ? FAMILY_BY_WEIGHT[weight] : undefined,
    'font-style': style.italic ? 'italic' : undefined,
    fill: style.fill,
    'fill-opacity': style.opacity,
    'text-anchor': style.anchor && style.anchor !== 'start' ? style.anchor : undefined,
    'letter-spacing': style.letterSpacing ? style.letterSpacing * style.size : undefined,
  })}>${esc(content)}</text>`;
}

/** Lines of text from `top`, one line box each. */
export function lines(x: number, top: number, content: readonly string[], style: TextStyle, lineHeight: number = TYPE.lineHeight): string {
  return content.map((l, i) => text(x, baseline(top + i * style.size * lineHeight, style.size, lineHeight), l, style)).join('');
}

/** The width of a text run with letter-spacing. */
export function runWidth(measure: (t: string, s: number, b?: boolean) => number, content: string, size: number, bold: boolean, letterSpacingEm = 0): number {
  return measure(content, size, bold) + letterSpacingEm * size * Math.max(0, [...content].length - 1);
}

/** Cuts `content` with an ellipsis so it fits `maxWidth`. */
export function fit(measure: (t: string, s: number, b?: boolean) => number, content: string, size: number, bold: boolean, maxWidth: number): string {
  if (measure(content, size, bold) <= maxWidth) return content;
  let cut = [...content];
  while (cut.length > 0 && measure(`${cut.join('').trimEnd()}…`, size, bold) > maxWidth) cut = cut.slice(0, -1);
  return cut.length ? `${cut.join('').trimEnd()}…` : '';
}
