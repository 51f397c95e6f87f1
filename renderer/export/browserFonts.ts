/** The bundled Inter files (the same ones the desktop export embeds), fetched once as base64 for self-contained SVGs. */
import regularUrl from '../../assets/fonts/Inter-Regular.ttf?url';
import semiboldUrl from '../../assets/fonts/Inter-SemiBold.ttf?url';
import boldUrl from '../../assets/fonts/Inter-Bold.ttf?url';
import type { EmbeddedFonts } from '../../shared/export/svgTypes';

let fonts: Promise<EmbeddedFonts> | null = null;

async function base64(url: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function embeddedFonts(): Promise<EmbeddedFonts> {
  fonts ??= Promise.all([base64(regularUrl), base64(semiboldUrl), base64(boldUrl)]).then(([regular, semibold, bold]) => ({ regular, semibold, bold }));
  return fonts;
}
