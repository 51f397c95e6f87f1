// The third-party licenses shipped with the desktop app, collected at build time from
// node_modules: every package bundled into the page, the worker, main or the preload (found
// by esbuild's metafile over the same entry points), plus the runtime dependencies main
// loads from node_modules (package.json "dependencies", with their own dependencies), plus
// the bundled Inter font. Each entry has name, version, license and the license text.
// Used by scripts/build-electron.mjs; tested in tests/electron/licenses.test.ts.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$|^licen[cs]e[-._]/i;

/** Files the app's own workers are built from: `new Worker(new URL('./x.ts', import.meta.url))`. */
function workerEntries(root, dir) {
  const found = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...workerEntries(root, path));
    else if (/\.tsx?$/.test(entry.name)) {
      const text = readFileSync(join(root, path), 'utf8');
      for (const m of text.matchAll(/new Worker\(\s*new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g)) found.push(join(dirname(path), m[1]));
    }
  }
  return found;
}

/** Package folders of every node_modules file esbuild pulls into the bundles. */
async function bundledPackageDirs(root, entryPoints) {
  const result = await build({
    absWorkingDir: root, entryPoints, bundle: true, write: false, metafile: true, outdir: 'licenses-scan', platform: 'neutral',
    mainFields: ['browser', 'module', 'main'], conditions: ['browser', 'import', 'module', 'default'], format: 'esm', splitting: false,
    jsx: 'automatic', logLevel: 'silent',
    external: ['electron', 'node:*', 'fs', 'path', 'os', 'crypto', 'stream', 'zlib', 'util', 'events', 'url', 'worker_threads', 'child_process', 'buffer', 'assert', 'module'],
    // Assets and Vite's `?raw`/`?url`/`?worker`… imports carry no code, so no licenses.
    loader: Object.fromEntries(['.ttf', '.otf', '.woff', '.woff2', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.ico', '.svg', '.journey', '.wasm', '.node', '.txt', '.md', '.csv', '.xlsx'].map((ext) => [ext, 'empty'])),
    plugins: [{ name: 'vite-queries', setup(b) { b.onResolve({ filter: /\?/ }, () => ({ path: 'query', namespace: 'empty' })); b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '' })); } }],
  });
  const dirs = new Set();
  for (const input of Object.keys(result.metafile.inputs)) {
    const parts = input.split('/');
    const at = parts.lastIndexOf('node_modules');
    if (at < 0) continue;
    const depth = parts[at + 1]?.startsWith('@') ? 2 : 1;
    dirs.add(resolve(root, parts.slice(0, at + 1 + depth).join('/')));
  }
  return dirs;
}

/** Node's resolution of a package name from a folder: the nearest node_modules/<name>. */
function resolvePackageDir(name, fromDir, root) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dirname(dir) === dir) return null;
  }
}

/** The runtime dependencies and, recursively, theirs (optional ones only when installed). */
function runtimePackageDirs(root) {
  const dirs = new Set();
  const visit = (dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const name of [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.optionalDependencies ?? {})]) {
      const found = resolvePackageDir(name, dir, root);
      if (found && !dirs.has(found)) { dirs.add(found); visit(found); }
    }
  };
  visit(root);
  return dirs;
}

function describePackage(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const license = typeof pkg.license === 'string' ? pkg.license : pkg.license?.type ?? (Array.isArray(pkg.licenses) ? pkg.licenses.map((l) => l.type).join(' OR ') : 'UNKNOWN');
  const files = readdirSync(dir).filter((f) => LICENSE_FILE.test(f)).sort();
  const text = files.map((f) => readFileSync(join(dir, f), 'utf8').trim()).join('\n\n');
  return { name: pkg.name, version: pkg.version, license, text };
}

export async function collectLicenses(root = process.cwd()) {
  root = resolve(root);
  const entryPoints = ['renderer/main.tsx', ...workerEntries(root, 'renderer'), 'electron/main/main.ts', 'electron/preload/preload.ts', 'electron/main/services/export/exportWorker.ts']
    .filter((e) => existsSync(join(root, e)));
  const dirs = new Set([...await bundledPackageDirs(root, entryPoints), ...runtimePackageDirs(root)]);
  const packages = new Map();
  for (const dir of dirs) {
    const p = describePackage(dir);
    if (!p.name || p.name === JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name) continue;
    packages.set(`${p.name}@${p.version}`, { ...p, path: relative(root, dir) });
  }
  const font = join(root, 'assets/fonts/OFL.txt');
  if (existsSync(font)) packages.set('Inter', { name: 'Inter (font)', version: '4', license: 'OFL-1.1', text: readFileSync(font, 'utf8').trim(), path: 'assets/fonts' });
  return [...packages.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The text shown by Help › Third-party licenses. */
export function formatLicenses(appName, packages) {
  const head = `${appName} includes the following open-source software.\n`;
  return `${[head, ...packages.map((p) => `${'='.repeat(72)}\n${p.name} ${p.version} — ${p.license}\n${'='.repeat(72)}\n\n${p.text || `(no license file in the package; its package.json says ${p.license})`}\n`)].join('\n')}`;
}
