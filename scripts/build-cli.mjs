// Bundles the `waymark` command line into dist-cli/waymark.cjs (run by `npm ci` through
// the prepare script, so `npx waymark` works on a fresh clone). Native and file-reading
// runtime modules stay external and load from node_modules.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

await build({
  entryPoints: ['cli/waymark.ts'],
  outfile: 'dist-cli/waymark.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  external: ['electron', '@resvg/resvg-js', 'pdfkit', 'svg-to-pdfkit'],
  logLevel: 'warning',
  // sentiment require()s language packs by a computed path it never takes for English.
  logOverride: { 'empty-glob': 'silent' },
});
chmodSync('dist-cli/waymark.cjs', 0o755);
