// Bundles Electron main and the preload into dist-electron/ as CommonJS (sandboxed
// preloads must be one CJS file; the root package is "type": "module", so the folder gets
// its own package.json saying commonjs). Electron and the native/runtime export modules
// (package.json's dependencies) stay external and load from node_modules.
//   node scripts/build-electron.mjs [out-dir]   (default dist-electron)
// It also writes the third-party licenses (THIRD_PARTY_LICENSES.txt, licenses.json) there.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectLicenses, formatLicenses } from './licenses.mjs';

const outDir = process.argv[2] ?? 'dist-electron';
const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron', ...Object.keys(dependencies)],
  sourcemap: true,
  logLevel: 'warning',
};

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: join(outDir, 'main.js') }),
  build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: join(outDir, 'preload.js') }),
  // Exports run in a utility process of their own (electron/main/services/export/exportProcessRunner.ts).
  build({ ...common, entryPoints: ['electron/main/services/export/exportWorker.ts'], outfile: join(outDir, 'exportWorker.js') }),
]);

// Help › About and Help › Third-party licenses: every bundled and runtime package's license,
// collected from node_modules now (scripts/licenses.mjs), shipped beside main.js.
const { productName, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const licenses = await collectLicenses();
writeFileSync(join(outDir, 'THIRD_PARTY_LICENSES.txt'), formatLicenses(`${productName} ${version}`, licenses));
writeFileSync(join(outDir, 'licenses.json'), `${JSON.stringify(licenses.map(({ name, version: v, license }) => ({ name, version: v, license })), null, 2)}\n`);
