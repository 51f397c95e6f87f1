// Runs a TypeScript entry in Node by bundling it with esbuild first (no ts-node, no tsx):
//   node scripts/runTs.mjs <entry.ts> [args...]
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) { console.error('usage: node scripts/runTs.mjs <entry.ts> [args...]'); process.exit(2); }
// Inside the project so the bundle resolves the project's node_modules.
mkdirSync('node_modules/.cache', { recursive: true });
const dir = mkdtempSync(join(resolve('node_modules/.cache'), 'waymark-run-'));
const outfile = join(dir, 'entry.mjs');
await build({
  entryPoints: [resolve(entry)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20',
  packages: 'external', sourcemap: 'inline', logLevel: 'warning',
});
process.argv = [process.argv[0], resolve(entry), ...args];
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
