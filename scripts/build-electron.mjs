// Bundles Electron main and the preload into dist-electron/ as CommonJS (sandboxed
// preloads must be one CJS file; the root package is "type": "module", so the folder gets
// its own package.json saying commonjs). Electron and the native/runtime export modules
// stay external and load from node_modules.
//   node scripts/build-electron.mjs [out-dir]   (default dist-electron)
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outDir = process.argv[2] ?? 'dist-electron';
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron', '@resvg/resvg-js', 'pdfkit', 'svg-to-pdfkit'],
  sourcemap: true,
  logLevel: 'warning',
};

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: join(outDir, 'main.js') }),
  build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: join(outDir, 'preload.js') }),
]);
