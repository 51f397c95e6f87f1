/**
 * Exact text widths from the bundled Inter files (through pdfkit's font engine, fontkit),
 * for the shared layout's TextMeasurer: card titles wrap where they really run out of room
 * in the PNG and PDF. Semibold stands for `bold` (card titles are 600). Memoized per run.
 */
import PDFDocument from 'pdfkit';
import type { TextMeasurer } from '../../../../shared/layout/textMeasure';
import { loadInterFonts, type InterFonts } from './fonts';

export function createInterMeasure(fonts: InterFonts = loadInterFonts()): TextMeasurer {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont('Inter', fonts.data.regular);
  doc.registerFont('Inter-SemiBold', fonts.data.semibold);
  const cache = new Map<string, number>();
  return (text, fontSize, bold = false) => {
    const key = `${bold ? 1 : 0}${fontSize}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      doc.font(bold ? 'Inter-SemiBold' : 'Inter').fontSize(fontSize);
      w = doc.widthOfString(text);
      if (cache.size > 50_000) cache.clear();
      cache.set(key, w);
    }
    return w;
  };
}
