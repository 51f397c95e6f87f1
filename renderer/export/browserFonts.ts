/**
 * The bundled Inter files (the same ones the desktop export embeds), fetched once: as bytes
 * for the PDF (PDFKit embeds and subsets them) and as base64 for self-contained SVGs.
 */
import regularUrl from '../../assets/fonts/Inter-Regular.ttf?url';
import semiboldUrl from '../../assets/fonts/Inter-SemiBold.ttf?url';
import boldUrl from '../../assets/fonts/Inter-Bold.ttf?url';
import type { PdfFontBytes } from '../../shared/export/pdf/pdfKit';
import type { EmbeddedFonts } from '../../shared/export/svgTypes';

let bytes: Promise<PdfFontBytes> | null = null;
let fonts: Promise<EmbeddedFonts> | null = null;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The bundled font could not be loaded (${url}: ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

function base64(data: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Inter's three weights as TTF bytes. A failed fetch is not cached, so the next export tries again. */
export function fontBytes(): Promise<PdfFontBytes> {
  bytes ??= Promise.all([fetchBytes(regularUrl), fetchBytes(semiboldUrl), fetchBytes(boldUrl)])
    .then(([regular, semibold, bold]) => ({ regular, semibold, bold }))
    .catch((e: unknown) => { bytes = null; throw e; });
  return bytes;
}

export function embeddedFonts(): Promise<EmbeddedFonts> {
  fonts ??= fontBytes()
    .then((f) => ({ regular: base64(f.regular), semibold: base64(f.semibold), bold: base64(f.bold) }))
    .catch((e: unknown) => { fonts = null; throw e; });
  return fonts;
}
