import { expect, test, type Page } from '@playwright/test';
import { generateJourney } from '../../bench/generateJourney';
import { serializeJourney } from '../../shared/file/serializeJourney';
import { layoutJourney } from '../../shared/layout/layoutJourney';
import { JourneyPage } from './JourneyPage';

async function dropMap(page: Page, text: string, name: string) {
  await page.evaluate(({ content, file }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], file, { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
  }, { content: text, file: name });
}

/** Screen position of a map point, from React Flow's viewport transform. */
async function toScreen(page: Page, x: number, y: number) {
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const [a, , , , e, f] = await page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).toFloat64Array().filter((_, i) => [0, 1, 4, 5, 12, 13].includes(i)));
  return { x: pane.x + e! + x * a!, y: pane.y + f! + y * a! };
}

test('a 3,000-card map opens whole as an overview; zooming in or clicking a card brings back real cards, and the selection survives', async ({ page }) => {
  const app = new JourneyPage(page);
  await app.open();
  const journey = generateJourney({ cards: 3000, connections: 1200, seed: 3 });
  const layout = layoutJourney(journey);
  await dropMap(page, serializeJourney(journey), 'large.journey');
  await expect(page.getByTestId('map-title')).toContainText('Benchmark journey (3000 cards)');

  // Seen whole: one canvas draws every card; no card is a DOM node yet.
  const overview = page.getByTestId('map-overview');
  await expect(overview).toHaveAttribute('data-drawn', String(layout.cards.size));
  await expect(page.locator('.react-flow__node-card')).toHaveCount(0);
  await expect(page.getByTestId('minimap-view')).toBeVisible();
  await page.screenshot({ path: 'artifacts/large-map-overview.png' });

  // The minimap moves the view: a press near its bottom centers the view on the map's bottom; a scroll there zooms.
  const viewport = () => page.locator('.react-flow__viewport').evaluate((el) => { const m = new DOMMatrix(getComputedStyle(el).transform); return { y: m.f, zoom: m.a }; });
  const mini = (await page.locator('.wm-minimap-map').boundingBox())!;
  const before = await viewport();
  await page.mouse.click(mini.x + mini.width / 2, mini.y + mini.height - 4);
  await expect.poll(async () => (await viewport()).y).toBeLessThan(before.y - 100);
  await page.mouse.move(mini.x + mini.width / 2, mini.y + mini.height / 2);
  await page.mouse.wheel(0, -100);
  await expect.poll(async () => (await viewport()).zoom).toBeGreaterThan(before.zoom);
  await page.getByRole('button', { name: 'Fit map to window' }).click();
  await expect.poll(async () => (await viewport()).zoom).toBeCloseTo(before.zoom);

  // The bitmap is drawn at about the screen's resolution when the map opens whole, finer once
  // the view rests an octave closer, and never coarser again.
  const bitmapWidth = () => overview.evaluate((c) => (c as HTMLCanvasElement).width);
  const box = (await page.locator('.react-flow').boundingBox())!;
  const opened = await bitmapWidth();
  expect(opened).toBeLessThanOrEqual(box.width * 2 * (await page.evaluate(() => window.devicePixelRatio)));
  expect(before.zoom).toBeLessThan(0.12); // room for an octave closer below the far zoom (0.3)
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  while ((await viewport()).zoom < before.zoom * 2.2) { await page.mouse.wheel(0, -100); await page.waitForTimeout(30); }
  expect((await viewport()).zoom).toBeLessThan(0.3);
  await expect.poll(bitmapWidth).toBeGreaterThan(opened * 1.9);
  const finer = await bitmapWidth();
  await page.getByRole('button', { name: 'Fit map to window' }).click();
  await page.waitForTimeout(400);
  expect(await bitmapWidth()).toBe(finer);
  await expect(overview).toHaveAttribute('data-drawn', String(layout.cards.size));

  // Clicking a card in the overview selects it and zooms in on it, as a real card.
  const target = [...layout.cards.values()].find((b) => b.kind === 'touchpoint' && b.x > 600 && b.y > 300)!;
  const at = await toScreen(page, target.x + target.width / 2, target.y + target.height / 2);
  await page.mouse.click(at.x, at.y);
  const card = page.locator(`.react-flow__node-card[data-id="${target.id}"]`);
  await expect(card).toBeVisible();
  await expect(card).toHaveClass(/selected/);
  await expect(overview).toHaveCount(0);
  await expect(app.canvas).toHaveAttribute('data-selected', target.id);
  // Only the cards around the view are nodes, not all 3,000.
  const mounted = await page.locator('.react-flow__node-card').count();
  expect(mounted).toBeGreaterThan(3);
  expect(mounted).toBeLessThan(400);
  await page.screenshot({ path: 'artifacts/large-map-near.png' });

  // Work on it as on any map: drag it one stage to the right, then undo.
  const stages = Object.values(journey.stages).sort((x, y) => x.order - y.order);
  const from = stages.findIndex((s) => s.id === target.stageId);
  await app.settled();
  await app.dragBy(card, layout.stages[from]!.width, 0);
  await expect.poll(() => app.stageOf(card)).toBe(stages[from + 1]!.name);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => app.stageOf(card)).toBe(stages[from]!.name);

  // An edit in progress survives zooming out to the overview: the editor stays, Enter commits.
  await card.dblclick();
  const editor = page.getByRole('textbox', { name: 'Card title' });
  await editor.fill('Renamed while zooming out');
  const pane = (await page.locator('.react-flow').boundingBox())!;
  await page.mouse.move(pane.x + pane.width * 0.75, pane.y + 40);
  for (let i = 0; i < 30 && !(await overview.isVisible()); i++) { await page.mouse.wheel(0, 300); await page.waitForTimeout(30); }
  await expect(overview).toBeVisible();
  await expect(editor).toHaveValue('Renamed while zooming out');
  await editor.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Renamed while zooming out');

  // Fit shows the whole map again as the overview, with the card still selected.
  await page.getByRole('button', { name: 'Fit map to window' }).click();
  await expect(overview).toHaveAttribute('data-drawn', String(layout.cards.size));
  await expect(app.canvas).toHaveAttribute('data-selected', target.id);
  expect(app.errors).toEqual([]);
});
