/**
 * The bundled font (Inter, OFL, assets/fonts/) for every export: resvg loads the files, the
 * PDF embeds them, the SVG file can carry them as base64. Found by walking up from this
 * module, so it resolves from the source tree (tests), from dist-cli/ (the bundled CLI:
 * dist-cli/../assets/fonts) and from dist-electron/; WAYMARK_FONT_DIR overrides.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const FONT_FILES = { regular: 'Inter-Regular.ttf', semibold: 'Inter-SemiBold.ttf', bold: 'Inter-Bold.ttf' } as const;
export type FontWeightName = keyof typeof FONT_FILES;

export interface InterFonts {
  dir: string;
  paths: Record<FontWeightName, string>;
  data: Record<FontWeightName, Buffer>;
}

function here(): string {
  // CommonJS (tsc output, the esbuild CLI bundle, vitest) defines __dirname.
  return typeof __dirname === 'string' ? __dirname : process.cwd();
}

export function findFontDir(start: string = here(), env: NodeJS.ProcessEnv = process.env): string {
  const candidates: string[] = [];
  if (env.WAYMARK_FONT_DIR) candidates.push(resolve(env.WAYMARK_FONT_DIR));
  let dir = resolve(start);
  for (let i = 0; i < 8; i++) {
    candidates.push(join(dir, 'assets', 'fonts'));
    // A packaged app keeps assets next to the asar (resources/assets/fonts).
    candidates.push(join(dir, 'resources', 'assets', 'fonts'));
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  candidates.push(join(process.cwd(), 'assets', 'fonts'));
  const found = candidates.find((d) => existsSync(join(d, FONT_FILES.regular)));
  if (!found) throw new Error(`The bundled font (${FONT_FILES.regular}) was not found; looked in:\n  ${[...new Set(candidates)].join('\n  ')}\nSet WAYMARK_FONT_DIR to the folder holding the Inter TTF files.`);
  return found;
}

let cached: InterFonts | undefined;

/** Inter's three weights, read once per process. */
export function loadInterFonts(dir?: string): InterFonts {
  if (cached && (dir === undefined || cached.dir === resolve(dir))) return cached;
  const d = dir ? resolve(dir) : findFontDir();
  const paths = {
    regular: join(d, FONT_FILES.regular),
    semibold: join(d, FONT_FILES.semibold),
    bold: join(d, FONT_FILES.bold),
  };
  const fonts: InterFonts = {
    dir: d,
    paths,
    data: { regular: readFileSync(paths.regular), semibold: readFileSync(paths.semibold), bold: readFileSync(paths.bold) },
  };
  if (dir === undefined || !cached) cached = fonts;
  return fonts;
}
