// Renders the icons from their SVGs for every platform electron-builder targets:
//   assets/icons/icon.png (1024 px, Linux and the source electron-builder falls back to),
//   NxN.png sizes, icon.ico (Windows), icon.icns (macOS);
//   journey.png / journey.ico / journey.icns: the .journey document icon of the file
//   association (electron-builder looks for <ext>.ico / <ext>.icns in buildResources).
//   npm run icons
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { buildIcns, buildIco } from './iconFormats.mjs';

const SIZES = [1024, 512, 256, 128, 64, 48, 32, 16];
const render = (svg, size) => Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng());

for (const [name, source] of [['icon', 'assets/icons/icon.svg'], ['journey', 'assets/icons/journey.svg']]) {
  const svg = readFileSync(source, 'utf8');
  const pngs = new Map(SIZES.map((size) => [size, render(svg, size)]));
  writeFileSync(`assets/icons/${name}.png`, pngs.get(1024));
  if (name === 'icon') for (const size of [512, 256, 128, 64, 32, 16]) writeFileSync(`assets/icons/${size}x${size}.png`, pngs.get(size));
  writeFileSync(`assets/icons/${name}.ico`, buildIco([16, 32, 48, 64, 128, 256].map((size) => ({ size, png: pngs.get(size) }))));
  writeFileSync(`assets/icons/${name}.icns`, buildIcns(pngs));
}
console.log('icons written');
