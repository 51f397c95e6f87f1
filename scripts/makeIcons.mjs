// Renders assets/icons/icon.svg to the PNG sizes electron-builder and the OS need
// (electron-builder derives .ico and .icns from the 1024 px PNG).
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';

const svg = readFileSync('assets/icons/icon.svg', 'utf8');
for (const size of [1024, 512, 256, 128, 64, 32, 16]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
  writeFileSync(size === 1024 ? 'assets/icons/icon.png' : `assets/icons/${size}x${size}.png`, png);
}
console.log('icons written');
