/**
 * Fidelity: the exported PNG looks like the canvas. The sample map is shown in the web build
 * at zoom 1 (a window large enough that fit-to-view stops at 1), the map's area is captured,
 * and the export's map area (same layout, same theme, same font) is rendered by resvg; both
 * are reduced to 1/8 size in the browser and compared by mean absolute difference per color
 * channel.
 *
 * Tolerance: 2 % of full scale. At 1/8 size text becomes grey texture, so what is compared
 * is geometry and color: card boxes, bands, headers, curves, edges. Measured on this machine
 * (Chromium 156, resvg 2.6.2): 0.54 % for the same map (antialiasing, Chromium vs resvg text
 * rasterizing, the canvas's header buttons and its emotion labels printed over each other),
 * so 2 % leaves ~4× room for renderer differences. Regressions measured: one lane missing
 * (everything below it shifts) 4.8 %, the dark theme 78 %; the test asserts both exceed the
 * tolerance, so it can fail.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { exportJourney } from '../../electron/main/services/export/exportJourney';
import { loadJourney } from '../../shared/file/loadJourney';
import { layoutJourney } from '../../shared/layout/layoutJourney';
import { orderedLanes } from '../../shared/model/journey';
import { JourneyPage } from './JourneyPage';

const TOLERANCE = 0.02;
const REDUCE = 8;

test.beforeAll(() => mkdirSync('artifacts', { recursive: true }));

/** Mean absolute difference (0..1) of two PNGs (base64), after cropping the second and reducing both. */
async function difference(page: Page, canvasPng: string, exportPng: string, crop: { x: number; y: number; width: number; height: number }): Promise<number> {
  return page.evaluate(async ({ a, b, crop, reduce }) => {
    const load = (src: string) => new Promise<HTMLImageElement>((resolve, reject) => { const i = new Image(); i.onload = () => resolve(i); i.onerror = reject; i.src = src; });
    const [ia, ib] = await Promise.all([load(`data:image/png;base64,${a}`), load(`data:image/png;base64,${b}`)]);
    const w = Math.round(crop.width / reduce);
    const h = Math.round(crop.height / reduce);
    const pixels = (img: HTMLImageElement, sx: number, sy: number, sw: number, sh: number) => {
      const c = document.createElement('canvas');
      c.width = w; c.height = h;
      const g = c.getContext('2d')!;
      g.imageSmoothingEnabled = true;
      g.imageSmoothingQuality = 'high';
      g.fillStyle = '#fff';
      g.fillRect(0, 0, w, h);
      g.drawImage(img, sx, sy, sw, sh, 0, 0, w, h);
      return g.getImageData(0, 0, w, h).data;
    };
    const pa = pixels(ia, 0, 0, ia.naturalWidth, ia.naturalHeight);
    const pb = pixels(ib, crop.x, crop.y, crop.width, crop.height);
    let sum = 0;
    for (let i = 0; i < pa.length; i += 4) for (let k = 0; k < 3; k++) sum += Math.abs(pa[i + k]! - pb[i + k]!);
    return sum / ((pa.length / 4) * 3 * 255);
  }, { a: canvasPng, b: exportPng, crop, reduce: REDUCE });
}

test('the exported PNG matches the canvas within the tolerance', async ({ page }) => {
  const file = readFileSync('assets/samples/northwind-outdoor.journey', 'utf8');
  const loaded = loadJourney(file);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const journey = loaded.value.journey;
  const layout = layoutJourney(journey);

  // Large enough that fit-to-view stops at zoom 1 (maxZoom 1) with the whole map in view.
  await page.setViewportSize({ width: layout.width + 600, height: layout.height + 400 });
  const app = new JourneyPage(page);
  await app.open();
  // Canvas chrome that floats over the map is not part of the picture.
  await page.addStyleTag({ content: '.wm-minimap, .react-flow__controls, .react-flow__attribution, .wm-legend { display: none !important; }' });
  await page.waitForTimeout(300);
  const grid = (await page.locator('.react-flow__node-grid').boundingBox())!;
  expect(Math.abs(grid.width - layout.width)).toBeLessThan(2); // zoom 1
  const shot = await page.screenshot({ clip: grid });
  writeFileSync('artifacts/fidelity-canvas.png', shot);

  const options = { svg: { personaHeader: false, hideLayers: ['legend', 'comments'] as ('legend' | 'comments')[] }, png: { scale: 1 } };
  const exported = await exportJourney(journey, 'png', options);
  writeFileSync('artifacts/fidelity-export.png', exported.data);
  const crop = { x: 24, y: 24, width: layout.width, height: layout.height }; // PAGE_MARGIN, no title block or personas
  const same = await difference(page, shot.toString('base64'), exported.data.toString('base64'), crop);
  console.log(`fidelity: mean absolute difference ${(same * 100).toFixed(2)} % (tolerance ${TOLERANCE * 100} %)`);
  expect(same).toBeLessThan(TOLERANCE);

  // The comparison can tell a wrong picture: the dark theme, and a map missing a lane.
  const dark = await exportJourney(journey, 'png', { ...options, svg: { ...options.svg, theme: 'dark' } });
  const darkDiff = await difference(page, shot.toString('base64'), dark.data.toString('base64'), crop);
  expect(darkDiff).toBeGreaterThan(TOLERANCE);
  const lane = orderedLanes(journey)[1]!;
  const missing = await exportJourney(journey, 'png', { ...options, svg: { ...options.svg, hideLanes: [lane.id] } });
  const missingDiff = await difference(page, shot.toString('base64'), missing.data.toString('base64'), crop);
  console.log(`fidelity: dark theme ${(darkDiff * 100).toFixed(2)} %, one lane missing ${(missingDiff * 100).toFixed(2)} %`);
  expect(missingDiff).toBeGreaterThan(TOLERANCE);
  expect(app.errors).toEqual([]);
});
