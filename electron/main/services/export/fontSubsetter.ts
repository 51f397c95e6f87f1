/**
 * Inter cut down to the characters a picture uses, for the .svg file's @font-face rules.
 * HarfBuzz's subsetter does it (harfbuzzjs ships it as a WebAssembly module of its own,
 * dist/harfbuzz-subset.wasm, with no imports): it keeps those characters' glyphs, the glyphs
 * their default features reach (ligatures, alternates), kerning, and the naming and license
 * records. Three whole weights made the Northwind sample's SVG 1.44 MB; cut, 185 KB
 * (tests/electron/export/fontSubsetter.test.ts shapes text with both and compares).
 *
 * Limit: a letter carrying several combining marks may be shaped to other glyphs than the
 * whole font gives (composed another way; still the letter and its marks), as the cut font
 * lacks the precomposed forms the shaper would have tried.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The font cut to `codePoints`, or null when HarfBuzz could not cut it (use the whole font). */
export type FontSubsetter = (font: Uint8Array, codePoints: Iterable<number>) => Uint8Array | null;

interface SubsetExports {
  memory: { readonly buffer: ArrayBuffer };
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_NAME_ID = 4;
/** Name records kept: family and style names, version, PostScript name, copyright, license and its URL (OFL asks for them). */
const NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 13, 14];

/**
 * The wasm beside harfbuzzjs's own, resolved as a package path: by this module's require in
 * the CommonJS bundles and vitest; an ESM bundle (the bench) has only a stub, so from the
 * working folder.
 */
function subsetWasmPath(): string {
  const own = typeof require === 'function' && typeof require.resolve === 'function' ? require : undefined;
  const resolver = own ?? createRequire(`${process.cwd()}/`);
  return resolver.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
}

/** Node's WebAssembly (the main process's tsconfig has no DOM library to declare it). */
const wasm = (globalThis as unknown as { WebAssembly: { instantiate(bytes: Uint8Array): Promise<{ instance: { exports: unknown } }> } }).WebAssembly;

let loading: Promise<FontSubsetter> | undefined;

/** The subsetter, instantiated once per process (or worker) on first use. */
export function loadFontSubsetter(): Promise<FontSubsetter> {
  if (!loading) {
    const load = wasm.instantiate(readFileSync(subsetWasmPath())).then(({ instance }) => subsetterOf(instance.exports as SubsetExports));
    load.catch(() => { loading = undefined; });
    loading = load;
  }
  return loading;
}

function subsetterOf(hb: SubsetExports): FontSubsetter {
  return (font, codePoints) => {
    const at = hb.malloc(font.byteLength);
    if (!at) return null;
    new Uint8Array(hb.memory.buffer, at, font.byteLength).set(font);
    const blob = hb.hb_blob_create(at, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    const input = hb.hb_subset_input_create_or_fail();
    try {
      if (!input) return null;
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (const cp of codePoints) hb.hb_set_add(unicodes, cp);
      const names = hb.hb_subset_input_set(input, HB_SUBSET_SETS_NAME_ID);
      for (const id of NAME_IDS) hb.hb_set_add(names, id);
      if (process.env.WM_FLAGS) hb.hb_subset_input_set_flags(input, Number(process.env.WM_FLAGS));
      if (process.env.WM_ALLFEAT) { const feats = hb.hb_subset_input_set(input, 6); hb.hb_set_clear(feats); hb.hb_set_invert(feats); }
      const cut = hb.hb_subset_or_fail(face, input);
      if (!cut) return null;
      const out = hb.hb_face_reference_blob(cut);
      // Read after the calls: the wasm memory may have grown (a new buffer).
      const bytes = new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(out, 0), hb.hb_blob_get_length(out)).slice();
      hb.hb_blob_destroy(out);
      hb.hb_face_destroy(cut);
      return bytes.byteLength ? bytes : null;
    } finally {
      if (input) hb.hb_subset_input_destroy(input);
      hb.hb_face_destroy(face);
      hb.free(at);
    }
  };
}

const ENTITIES: Record<string, number> = { amp: 38, lt: 60, gt: 62, quot: 34, apos: 39 };

/**
 * Every character an SVG's text can show: its code points (markup included, a superset) and
 * those written as character references (&amp;, &#39;, &#x2192;).
 */
export function codePointsOf(svg: string): Set<number> {
  const ascii = new Uint8Array(0x80);
  // Runs of non-ASCII with the character before them (a letter its combining marks follow).
  const runs = new Set<string>();
  for (let i = 0; i < svg.length; i++) {
    const c = svg.charCodeAt(i);
    if (c < 0x80) { ascii[c] = 1; continue; }
    let end = i + 1;
    while (end < svg.length && svg.charCodeAt(end) >= 0x80) end++;
    runs.add(svg.slice(Math.max(0, i - 1), end));
    i = end - 1;
  }
  const out = new Set<number>();
  ascii.forEach((seen, c) => { if (seen) out.add(c); });
  // Composed and decomposed too: the shaper may compose a letter and its marks, or take a
  // composed letter apart, when the font has the glyphs to do so.
  for (const run of runs) for (const form of [run, run.normalize('NFC'), run.normalize('NFD')]) for (const ch of form) out.add(ch.codePointAt(0)!);
  for (const m of svg.matchAll(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi)) {
    const cp = m[1] !== undefined ? parseInt(m[1], 16) : m[2] !== undefined ? Number(m[2]) : ENTITIES[m[3]!];
    if (cp !== undefined && Number.isInteger(cp) && cp >= 0 && cp <= 0x10ffff) out.add(cp);
  }
  return out;
}
