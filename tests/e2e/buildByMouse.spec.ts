import { expect, test, type Locator, type Page } from '@playwright/test';

import { JourneyPage } from './JourneyPage';

/** The same small journey as the keyboard test, built with the mouse (typing only names). */
const journey = (page: Page) => page.evaluate(() => (window as any).__waymark.journey()) as Promise<any>;
const history = (page: Page) => page.evaluate(() => (window as any).__waymark.historyLength()) as Promise<number>;

async function cellPoint(page: Page, stage: string, lane: string, yFraction = 0.5) {
  const s = (await page.locator(`[data-testid="stage-title"]:has(.wm-stage-name:text-is("${stage}"))`).boundingBox())!;
  const l = (await page.locator(`[data-testid="lane-title"]:has(.wm-lane-name:text-is("${lane}"))`).boundingBox())!;
  return { x: s.x + s.width / 2, y: l.y + l.height * yFraction };
}

async function addCard(page: Page, stage: string, lane: string, title: string, yFraction = 0.8) {
  const p = await cellPoint(page, stage, lane, yFraction);
  await page.mouse.dblclick(p.x, p.y);
  await expect(page.locator('.wm-inline-edit').first()).toBeFocused();
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
}

async function dragHandle(page: Page, from: Locator, to: Locator) {
  await from.hover();
  const id = await from.getAttribute('data-card-id');
  const handle = page.locator(`.react-flow__node[data-id="${id}"] .react-flow__handle.source`);
  const a = (await handle.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + 10, b.y + b.height / 2, { steps: 12 });
  await page.mouse.move(b.x + 6, b.y + b.height / 2, { steps: 3 });
  await page.mouse.up();
}

test('build a journey with the mouse, undo it all with the Undo button, redo it all', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new JourneyPage(page);
  await app.open();
  await page.getByRole('button', { name: 'New map' }).click();

  for (const [kind, name] of [['Awareness', 'Discover'], ['Decision', 'Buy'], ['Retention', 'Use']]) {
    await page.getByRole('button', { name: 'New stage' }).first().click();
    await page.getByRole('option', { name: kind! }).click();
    await expect(page.getByRole('textbox', { name: 'Stage name' })).toBeFocused();
    await page.keyboard.type(name!);
    await page.keyboard.press('Enter');
  }
  for (const kind of ['Touchpoints & channels', 'Emotions', 'Pain points']) {
    await page.getByRole('button', { name: 'New lane' }).first().click();
    await page.getByRole('option', { name: kind }).click();
    await expect(page.getByRole('textbox', { name: 'Lane name' })).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(app.stageTitles.locator('.wm-stage-name')).toHaveText(['Discover', 'Buy', 'Use']);
  await page.getByRole('button', { name: 'Fit map to window' }).click(); // see the whole grid
  await page.waitForTimeout(300);

  await addCard(page, 'Discover', 'Touchpoints & channels', 'Podcast ad');
  await addCard(page, 'Discover', 'Touchpoints & channels', 'Store visit', 0.9);
  await addCard(page, 'Buy', 'Touchpoints & channels', 'Checkout page');
  await addCard(page, 'Use', 'Touchpoints & channels', 'Welcome email');
  // Emotion points where the user double-clicks: high, low, high.
  await addCard(page, 'Discover', 'Emotions', 'Curious', 0.3);
  await addCard(page, 'Buy', 'Emotions', 'Anxious', 0.85);
  await addCard(page, 'Use', 'Emotions', 'Happy', 0.2);
  await addCard(page, 'Buy', 'Pain points', 'Hidden shipping fee', 0.5);
  await expect(app.cards).toHaveCount(5);
  await expect(page.getByTestId('emotion-point')).toHaveCount(3);
  const j1 = await journey(page);
  const scores = Object.values<any>(j1.cards).filter((c) => c.kind === 'emotion').sort((a, b) => j1.stages[a.stageId].order - j1.stages[b.stageId].order).map((c) => c.score);
  expect(scores[0]).toBeGreaterThan(scores[1]);
  expect(scores[2]).toBeGreaterThan(scores[1]);

  // Drag an emotion point up: its score rises, in one undo step.
  const anxious = page.locator('[data-testid="emotion-point"][aria-label="Emotion: Anxious"]');
  const before = Number(await anxious.getAttribute('data-score'));
  const stepsBefore = await history(page);
  const box = (await anxious.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y - 30, { steps: 6 });
  await page.mouse.move(box.x + box.width / 2, box.y - 50, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => Number(await anxious.getAttribute('data-score'))).toBeGreaterThan(before);
  expect(await history(page)).toBe(stepsBefore + 1);

  // Link the pain point to the checkout touchpoint in the inspector.
  await app.card('Hidden shipping fee').click();
  await page.getByRole('checkbox', { name: /Checkout page/ }).check();

  // Connect two touchpoints by dragging from a card's handle.
  await dragHandle(page, app.card('Podcast ad'), app.card('Checkout page'));
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  // Comment on a card from the toolbar.
  await app.card('Checkout page').click();
  await page.getByRole('button', { name: 'Comment on selection…' }).click();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Designer');
  await page.getByRole('textbox', { name: 'Comment' }).fill('Shipping cost must show on the product page');
  await page.getByRole('button', { name: 'Add comment' }).click();
  await expect(page.getByRole('tab', { name: 'Comments (1)' })).toBeVisible();

  // A persona from the personas panel.
  await page.getByRole('tab', { name: 'Personas' }).click();
  await page.getByRole('button', { name: '+ New persona' }).click();
  const name = page.getByRole('textbox', { name: 'Name' });
  await name.fill('Sam, first-time buyer');
  await name.press('Enter');
  await expect(page.getByRole('article', { name: 'Persona Sam, first-time buyer' })).toBeVisible();

  const built = await journey(page);
  expect(Object.values<any>(built.cards).find((c) => c.kind === 'painPoint').touchpointIds).toHaveLength(1);
  expect([built.stages, built.lanes, built.cards, built.connections, built.comments, built.personas].map((r) => Object.keys(r).length)).toEqual([3, 3, 8, 1, 1, 1]);
  await page.getByRole('button', { name: 'Fit map to window' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'artifacts/built-by-mouse.png' });

  const total = await history(page);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  for (let i = 0; i < total; i++) await undo.click();
  await expect(undo).toBeDisabled();
  const empty = await journey(page);
  expect([empty.stages, empty.lanes, empty.cards, empty.connections, empty.comments, empty.personas].map((r) => Object.keys(r).length)).toEqual([0, 0, 0, 0, 0, 0]);
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  for (let i = 0; i < total; i++) await redo.click();
  await expect(redo).toBeDisabled();
  expect(await journey(page)).toEqual(built);
  expect(app.errors).toEqual([]);
});
