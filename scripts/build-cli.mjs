// Bundles the `waymark` command line into dist-cli/waymark.cjs (run by `npm ci` through
// the prepare script, so `npx waymark` works on a fresh clone). Native and file-reading
// runtime modules (package.json's dependencies) stay external and load from node_modules.
import { build } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';

const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));

await build({
  entryPoints: ['cli/waymark.ts'],
  outfile: 'dist-cli/waymark.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  external: ['electron', ...Object.keys(dependencies)],
  logLevel: 'warning',
  // sentiment require()s language packs by a computed path it never takes for English.
  logOverride: { 'empty-glob': 'silent' },
});
chmodSync('dist-cli/waymark.cjs', 0o755);
