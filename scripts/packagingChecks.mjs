// What the packaged app must and must not contain, as pure checks over an app.asar listing
// and the builder config, so tests/electron/packagingChecks.test.ts can show each one
// failing. scripts/packagingDryRun.mjs runs them on the real dry-run output.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const REQUIRED_ENTRIES = ['/package.json', '/dist/index.html', '/dist-electron/main.js', '/dist-electron/preload.js', '/dist-electron/THIRD_PARTY_LICENSES.txt', '/dist-electron/licenses.json'];
const SOURCE_FOLDERS = ['shared', 'renderer', 'electron', 'cli', 'tests', 'scripts', 'bench', 'docs', 'assets', 'security', '.ci', 'artifacts', 'release'];

/** Package names main may load from node_modules: the runtime dependencies and theirs. */
export function runtimeClosure(root) {
  const names = new Set();
  const visit = (dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const name of [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.optionalDependencies ?? {})]) {
      for (let from = dir; ; from = dirname(from)) {
        const found = join(from, 'node_modules', name);
        if (existsSync(join(found, 'package.json'))) { if (!names.has(name)) { names.add(name); visit(found); } break; }
        if (from === root || dirname(from) === from) break;
      }
    }
  };
  visit(root);
  return names;
}

/** The package a node_modules path belongs to (innermost), or null. */
export function packageOf(entry) {
  const parts = entry.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || !parts[at + 1]) return null;
  if (!parts[at + 1].startsWith('@')) return parts[at + 1];
  return parts[at + 2] ? `${parts[at + 1]}/${parts[at + 2]}` : null; // a bare scope folder is no package
}

/**
 * @param {string[]} files           app.asar entries, '/'-separated, starting with '/'
 * @param {{ runtime: Set<string>, devDependencies: string[] }} deps
 * @returns {string[]} problems
 */
export function checkAsarListing(files, { runtime, devDependencies }) {
  const problems = [];
  for (const must of REQUIRED_ENTRIES) if (!files.includes(must)) problems.push(`app.asar lacks ${must}`);
  const bad = [];
  for (const f of files) {
    const top = f.split('/')[1];
    if (/\.map$/.test(f)) bad.push(`${f} (a source map)`);
    else if (/\.(tsx?|mts|cts)$/.test(f) && !f.includes('/node_modules/')) bad.push(`${f} (a source file)`);
    else if (SOURCE_FOLDERS.includes(top)) bad.push(`${f} (the ${top}/ folder)`);
    else if (/(^|\/)(\.env|\.git|\.fake-electron-dist|node_modules\/\.cache)(\/|$)/.test(f)) bad.push(`${f} (not part of the app)`);
    const pkg = packageOf(f);
    if (pkg && !runtime.has(pkg)) bad.push(`${f} (${devDependencies.includes(pkg) ? 'a dev dependency' : 'not a runtime dependency'}: ${pkg})`);
  }
  // One line per folder/package is enough to act on.
  const seen = new Set();
  for (const b of bad) {
    const key = b.replace(/^\S+ /, '');
    if (!seen.has(key)) { seen.add(key); problems.push(`app.asar must not contain ${b}`); }
  }
  return problems;
}

const MAGIC = { ico: (b) => b.length > 6 && b.readUInt16LE(0) === 0 && b.readUInt16LE(2) === 1 && b.readUInt16LE(4) > 0, icns: (b) => b.toString('ascii', 0, 4) === 'icns', png: (b) => b.toString('latin1', 1, 4) === 'PNG' };

/** The builder config names every target, the file association and an icon per platform, in its format. */
export function checkBuilderConfig(config, root) {
  const problems = [];
  const has = (list, item) => (Array.isArray(list) ? list : [list]).some((t) => (typeof t === 'string' ? t : t?.target) === item);
  if (!config.appId) problems.push('no appId');
  if (!config.productName) problems.push('no productName');
  if (config.asar !== true) problems.push('asar is not on');
  for (const [platform, target] of [['linux', 'AppImage'], ['linux', 'deb'], ['win', 'nsis'], ['mac', 'dmg']]) if (!has(config[platform]?.target, target)) problems.push(`${platform} does not build ${target}`);
  const fuses = config.electronFuses ?? {};
  for (const [fuse, want] of Object.entries({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false, onlyLoadAppFromAsar: true, enableCookieEncryption: true, enableEmbeddedAsarIntegrityValidation: true, grantFileProtocolExtraPrivileges: false })) {
    if (fuses[fuse] !== want) problems.push(`fuse ${fuse} should be ${want}`);
  }
  const association = (config.fileAssociations ?? []).find((a) => a.ext === 'journey');
  if (!association) problems.push('no .journey file association');
  else if (!association.mimeType) problems.push('the .journey association has no MIME type');
  const resources = config.directories?.buildResources ?? 'build';
  const icons = [
    ['linux app icon', config.linux?.icon, 'png'], ['Windows app icon', config.win?.icon, 'ico'], ['macOS app icon', config.mac?.icon, 'icns'],
    ['Windows .journey icon', association?.icon ? `${resources}/${association.icon}.ico` : `${resources}/journey.ico`, 'ico'],
    ['macOS .journey icon', association?.icon ? `${resources}/${association.icon}.icns` : `${resources}/journey.icns`, 'icns'],
  ];
  for (const [what, path, format] of icons) {
    if (!path) { problems.push(`no ${what}`); continue; }
    const file = join(root, path);
    if (!existsSync(file)) { problems.push(`${what} ${path} does not exist`); continue; }
    if (!MAGIC[format](readFileSync(file))) problems.push(`${what} ${path} is not a .${format} file`);
  }
  return problems;
}
