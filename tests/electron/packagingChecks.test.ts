/**
 * The packaging dry run's checks (scripts/packagingChecks.mjs), each shown to fail on a
 * listing or config that breaks it, and to pass on the real electron-builder.yml.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { checkAsarListing, checkBuilderConfig, packageOf, REQUIRED_ENTRIES, runtimeClosure } from '../../scripts/packagingChecks.mjs';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildIcns, buildIco } from '../../scripts/iconFormats.mjs';

const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): any };
const config = () => yaml.load(readFileSync('electron-builder.yml', 'utf8'));
const runtime = runtimeClosure(process.cwd()) as Set<string>;
const devDependencies = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).devDependencies);
const good = [...REQUIRED_ENTRIES, '/node_modules/@resvg', '/dist', '/dist/assets', '/dist/assets/index-abc.js', '/dist-electron', '/node_modules', '/node_modules/pdfkit', '/node_modules/pdfkit/js/pdfkit.js', '/node_modules/@resvg/resvg-js/index.js'];
const check = (files: string[]) => checkAsarListing(files, { runtime, devDependencies }) as string[];

describe('app.asar content check', () => {
  it('accepts the built app with its runtime modules', () => {
    expect(check(good)).toEqual([]);
  });

  it('the runtime closure is the dependencies and theirs, never a build tool or a renderer library', () => {
    for (const name of ['pdfkit', '@resvg/resvg-js', 'svg-to-pdfkit', 'fontkit']) expect(runtime.has(name), name).toBe(true);
    for (const name of ['react', '@xyflow/react', 'zustand', 'vite', 'electron', 'typescript', 'vitest']) expect(runtime.has(name), name).toBe(false);
  });

  it.each([
    ['a missing preload', good.filter((f) => f !== '/dist-electron/preload.js'), /lacks \/dist-electron\/preload\.js/],
    ['missing licenses', good.filter((f) => !f.includes('LICENSES')), /lacks \/dist-electron\/THIRD_PARTY_LICENSES\.txt/],
    ['a source map', [...good, '/dist-electron/main.js.map'], /main\.js\.map \(a source map\)/],
    ['TypeScript sources', [...good, '/renderer', '/renderer/App.tsx'], /the renderer\/ folder|a source file/],
    ['tests', [...good, '/tests/electron/security.test.ts'], /tests\//],
    ['a renderer library copied as a module', [...good, '/node_modules/react/index.js'], /a dev dependency: react/],
    ['a build tool', [...good, '/node_modules/electron-builder/out/index.js'], /a dev dependency: electron-builder/],
    ['a stray package', [...good, '/node_modules/left-pad/index.js'], /not a runtime dependency: left-pad/],
    ['a nested dev package', [...good, '/node_modules/pdfkit/node_modules/vitest/index.js'], /a dev dependency: vitest/],
  ])('refuses %s', (_label, files, message) => {
    expect(check(files).join('\n')).toMatch(message);
  });

  it('names the package of a node_modules path, scoped or nested', () => {
    expect(packageOf('/node_modules/@resvg/resvg-js/index.js')).toBe('@resvg/resvg-js');
    expect(packageOf('/node_modules/linebreak/node_modules/base64-js/index.js')).toBe('base64-js');
    expect(packageOf('/dist/index.html')).toBeNull();
    expect(packageOf('/node_modules/@resvg')).toBeNull();
  });
});

describe('builder config check', () => {
  it('passes for electron-builder.yml: targets, association, fuses and an icon per platform in its format', () => {
    expect(checkBuilderConfig(config(), process.cwd())).toEqual([]);
  });

  it.each([
    ['no deb', (c: any) => { c.linux.target = ['AppImage']; }, /linux does not build deb/],
    ['no dmg', (c: any) => { c.mac.target = ['zip']; }, /mac does not build dmg/],
    ['RunAsNode on', (c: any) => { c.electronFuses.runAsNode = true; }, /fuse runAsNode should be false/],
    ['asar off', (c: any) => { c.asar = false; }, /asar is not on/],
    ['a PNG as the Windows icon', (c: any) => { c.win.icon = 'assets/icons/icon.png'; }, /Windows app icon .* is not a \.ico file/],
    ['a missing macOS icon', (c: any) => { c.mac.icon = 'assets/icons/missing.icns'; }, /does not exist/],
    ['no MIME type', (c: any) => { delete c.fileAssociations[0].mimeType; }, /no MIME type/],
  ])('fails with %s', (_label, breakIt, message) => {
    const c = config();
    breakIt(c);
    expect(checkBuilderConfig(c, process.cwd()).join('\n')).toMatch(message);
  });
});

describe('icon containers', () => {
  const png = (n: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(n)]);

  it('writes an .ico directory of PNG entries (256 px as 0)', () => {
    const ico = buildIco([{ size: 16, png: png(10) }, { size: 256, png: png(20) }]) as Buffer;
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 2]);
    expect([ico[6], ico[22]]).toEqual([16, 0]);
    const [size1, offset1, size2, offset2] = [ico.readUInt32LE(14), ico.readUInt32LE(18), ico.readUInt32LE(30), ico.readUInt32LE(34)];
    expect([size1, offset1, size2, offset2]).toEqual([14, 38, 24, 52]);
    expect(ico.length).toBe(38 + 14 + 24);
    expect(ico.subarray(offset2, offset2 + 4).toString('latin1')).toBe('\x89PNG');
  });

  it('writes an .icns with one typed element per size and the total length', () => {
    const icns = buildIcns(new Map([[16, png(5)], [1024, png(7)]])) as Buffer;
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.toString('ascii', 8, 12)).toBe('icp4');
    expect(icns.readUInt32BE(12)).toBe(8 + 9);
    expect(icns.toString('ascii', 8 + 17, 8 + 21)).toBe('ic10');
  });

  it('the committed icons are real .ico/.icns files of the app and the .journey document', () => {
    for (const name of ['icon', 'journey']) {
      const ico = readFileSync(`assets/icons/${name}.ico`);
      expect(ico.readUInt16LE(2)).toBe(1);
      expect(ico.readUInt16LE(4)).toBe(6);
      const icns = readFileSync(`assets/icons/${name}.icns`);
      expect(icns.toString('ascii', 0, 4)).toBe('icns');
      expect(icns.readUInt32BE(4)).toBe(icns.length);
    }
  });
});
