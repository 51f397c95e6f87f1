/**
 * How a connection's label is set, the same on the canvas and in the export. A label sits at
 * its curve's middle, which between neighbouring stages is the middle of the gap between two
 * cards: that gap (two cells' padding) plus each card's inner padding leaves 48 units where
 * a plate covers only padding, never text. A label narrow enough for it, or one that wraps
 * into it in at most three lines without breaking a word, is set there; any other label is
 * one line of up to 180 units, cut with an ellipsis.
 */
import { GEOMETRY } from '../layout/geometry';
import { type TextMeasurer, wrapText } from '../layout/textMeasure';
import { fit } from './svgText';

export const CONNECTION_LABEL = {
  fontSize: 11,
  lineHeight: 13,
  paddingX: 4,
  paddingY: 2,
  /** The widest plate between two cards' text: the gap plus both cards' inner padding. */
  narrowPlate: 2 * GEOMETRY.cellPadding + 2 * GEOMETRY.cardPaddingX,
  maxLines: 3,
  maxWidth: 180,
} as const;

export interface ConnectionLabelSet {
  lines: string[];
  /** The plate's size, padding included. */
  width: number;
  height: number;
}

export function setConnectionLabel(label: string, measure: TextMeasurer): ConnectionLabelSet {
  const { fontSize, lineHeight, paddingX, paddingY, narrowPlate, maxLines, maxWidth } = CONNECTION_LABEL;
  const narrow = narrowPlate - 2 * paddingX;
  const plate = (lines: string[]): ConnectionLabelSet => ({
    lines,
    width: Math.max(...lines.map((l) => measure(l, fontSize))) + 2 * paddingX,
    height: lines.length * lineHeight + 2 * paddingY,
  });
  const text = label.replace(/\s+/g, ' ').trim();
  if (!text) return { lines: [], width: 0, height: 0 };
  const words = text.split(' ');
  if (words.every((w) => measure(w, fontSize) <= narrow)) {
    const lines = wrapText(text, narrow, fontSize, measure, maxLines + 1);
    if (lines.length <= maxLines) return plate(lines);
  }
  return plate([fit(measure, text, fontSize, false, maxWidth - 2 * paddingX)]);
}
