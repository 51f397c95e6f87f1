/**
 * Exact text widths from the bundled Inter files (through pdfkit's font engine, fontkit),
 * for the shared layout's TextMeasurer: card titles wrap where they really run out of room
 * in the PNG and PDF. The measurer itself is shared (createPdfKitMeasure) so the web build's
 * PDF wraps at the same words.
 */
import PDFDocument from 'pdfkit';
import { createPdfKitMeasure } from '../../../../shared/export/pdf/pdfKit';
import type { TextMeasurer } from '../../../../shared/layout/textMeasure';
import { loadInterFonts, type InterFonts } from './fonts';

export function createInterMeasure(fonts: InterFonts = loadInterFonts()): TextMeasurer {
  return createPdfKitMeasure(PDFDocument, fonts.data);
}
