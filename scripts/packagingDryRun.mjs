// Packaging dry run for machines that cannot download Electron (CI here): electron-builder
// packs the real app against a stub "Electron distribution" whose binary carries a real
// fuse wire with Electron's default values. Then we check what a user would get
// (scripts/packagingChecks.mjs):
//  - electron-builder.yml builds AppImage, deb, NSIS and dmg, registers .journey, and every
//    icon it names exists in its platform's format (.png, .ico, .icns);
//  - app.asar holds the built main, preload, renderer, licenses and package.json, and no
//    sources, tests, source maps, or node_modules outside the runtime dependencies;
//  - every fuse in electron-builder.yml was flipped in the packaged binary.
// On a machine with internet, `npm run dist` builds the real installers.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { checkAsarListing, checkBuilderConfig, packageOf, runtimeClosure } from './packagingChecks.mjs';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar');
const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses');
const yaml = require('js-yaml');

const STUB = '.fake-electron-dist';
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's own defaults ('1' on, '0' off) for the 9 V1 fuses, so flipping is observable.
const DEFAULT_WIRE = '101100010';

const problems = [...checkBuilderConfig(yaml.load(readFileSync('electron-builder.yml', 'utf8')), process.cwd()).map((p) => `electron-builder.yml: ${p}`)];

rmSync(STUB, { recursive: true, force: true });
rmSync('release/linux-unpacked', { recursive: true, force: true });
mkdirSync(`${STUB}/resources`, { recursive: true });
writeFileSync(`${STUB}/electron`, Buffer.concat([
  Buffer.from('#!/bin/sh\necho "stub Electron for packaging checks" >&2\nexit 1\n'),
  Buffer.from(SENTINEL), Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(DEFAULT_WIRE),
]));
chmodSync(`${STUB}/electron`, 0o755);

const r = spawnSync('npx', ['electron-builder', '--dir', '--linux', `-c.electronDist=${STUB}`], { stdio: 'inherit' });
if (r.status !== 0) { console.error('packaging dry run: electron-builder failed'); process.exit(1); }

const archive = 'release/linux-unpacked/resources/app.asar';
if (!existsSync(archive)) problems.push(`${archive} was not produced`);
else {
  const files = asar.listPackage(archive, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const runtime = runtimeClosure(process.cwd());
  problems.push(...checkAsarListing(files, { runtime, devDependencies: Object.keys(pkg.devDependencies ?? {}) }));
  const modules = new Set(files.map(packageOf).filter(Boolean));
  const top = [...new Set(files.map((f) => f.split('/')[1]))].sort();
  console.log(`app.asar: ${files.length} entries; top level: ${top.join(', ')}`);
  console.log(`app.asar: runtime modules (${modules.size}): ${[...modules].sort().join(', ') || 'none'}`);
  console.log(`app.asar: ${files.filter((f) => f.startsWith('/dist-electron/')).join(', ')}`);
}

const wire = await getCurrentFuseWire('release/linux-unpacked/waymark');
const want = {
  RunAsNode: '0', EnableCookieEncryption: '1', EnableNodeOptionsEnvironmentVariable: '0', EnableNodeCliInspectArguments: '0',
  EnableEmbeddedAsarIntegrityValidation: '1', OnlyLoadAppFromAsar: '1', GrantFileProtocolExtraPrivileges: '0',
};
for (const [name, value] of Object.entries(want)) {
  const got = String.fromCharCode(wire[FuseV1Options[name]]);
  if (got !== value) problems.push(`fuse ${name} is ${got}, expected ${value}`);
}
console.log(`fuses: ${Object.keys(want).map((n) => `${n}=${String.fromCharCode(wire[FuseV1Options[n]])}`).join(' ')}`);

if (problems.length) { console.error(`packaging dry run FAILED:\n- ${problems.join('\n- ')}`); process.exit(1); }
console.log('packaging dry run: ok (config, icons, app.asar content, fuses)');
