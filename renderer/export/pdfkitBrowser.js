// pdfkit's browser build (the `default` of its package.json `exports`, which Vite picks for
// the page) and svg-to-pdfkit, bundled into the PDF worker (pdfWorker.ts) only. Typed by
// pdfkitBrowser.d.ts with the shared structural interface, so the renderer's type check never
// loads @types/pdfkit (which brings Node's types).
import PDFDocument, { registerStdFonts } from 'pdfkit';
import Helvetica from 'pdfkit/standard-fonts/Helvetica';
import SVGtoPDF from 'svg-to-pdfkit';

// The browser build ships no standard-font metrics; a new document selects Helvetica (as the
// Node build does) before any Inter is registered, so its metrics must be there. Nothing is
// written in Helvetica: every text is set in the embedded Inter.
registerStdFonts(Helvetica);

export { PDFDocument, SVGtoPDF };
