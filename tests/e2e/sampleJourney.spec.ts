import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { JourneyPage } from './JourneyPage';

const sample = JSON.parse(readFileSync('assets/samples/northwind-outdoor.journey', 'utf8')).document as {
  stages: Record<string, { name: string; order: number }>;
  cards: Record<string, { title: string; kind: string }>;
};

test.beforeAll(() => mkdirSync('artifacts', { recursive: true }));

test('a new user sees the sample journey: every stage, every card and the emotion curve', async ({ page }) => {
  const app = new JourneyPage(page);
  await app.open();
  await expect(page.getByTestId('map-title')).toHaveText(/Northwind Outdoor/);
  await expect(app.stageTitles).toHaveText(Object.values(sample.stages).sort((a, b) => a.order - b.order).map((s) => new RegExp(s.name)));
  const boxCards = Object.values(sample.cards).filter((c) => c.kind !== 'emotion');
  // Every card is on the canvas (React Flow may skip offscreen nodes only if told to; we do not).
  await expect(app.cards).toHaveCount(boxCards.length);
  for (const c of boxCards) await expect(app.card(c.title)).toHaveCount(1);
  const curves = page.getByTestId('emotion-curve');
  await expect(curves).toHaveCount(2);
  const d = await curves.first().getAttribute('d');
  expect(d).toMatch(/^M[\d.]+,[\d.]+( C[\d.,\s]+){4}$/); // five stages → four smooth segments
  await expect(page.getByTestId('emotion-point')).toHaveCount(Object.values(sample.cards).filter((c) => c.kind === 'emotion').length);
  await expect(page.locator('.react-flow__edge')).toHaveCount(10);
  // Connection labels are drawn above the cards, as in the export: "ad click" sits where its
  // curve's middle is over the Product page card (failed before: hidden under it).
  const labels = page.locator('.wm-connection-label');
  await expect(labels.filter({ hasText: 'ad click' })).toHaveCount(1);
  for (const label of await labels.all()) {
    const onTop = await label.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit === el || el.contains(hit);
    });
    expect(onTop, await label.textContent() ?? '').toBe(true);
  }
  // ...and they cover no card's title text: short labels wrap into the gap between two
  // stages' cards ("add to cart" covered the C of "Cart" before).
  const covered = await page.evaluate(() => {
    const boxes = (els: Iterable<Element>) => [...els].map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return { text: el.textContent ?? '', r: range.getBoundingClientRect() };
    });
    const titles = boxes(document.querySelectorAll('.wm-card-title > div'));
    const labels = [...document.querySelectorAll('.wm-connection-label')].map((el) => ({ text: el.textContent ?? '', r: el.getBoundingClientRect() }));
    const meets = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return labels.flatMap((l) => titles.filter((t) => meets(l.r, t.r)).map((t) => `${l.text} over ${t.text}`));
  });
  expect(covered).toEqual([]);
  await page.screenshot({ path: 'artifacts/sample-journey.png' });
  expect(app.errors).toEqual([]);
});

test('a user moves a card to another stage and it stays there', async ({ page }) => {
  const app = new JourneyPage(page);
  await app.open();
  const card = app.card('Will these fit my wide feet?');
  expect(await app.stageOf(card)).toBe('Discover');
  const stageWidth = (await app.stageTitles.nth(0).boundingBox())!.width;
  await app.dragBy(card, stageWidth * 2, 0);
  await expect.poll(() => app.stageOf(card)).toBe('Purchase');
  // It stays: after a moment (layout settles) it is still there, and the title marks unsaved work.
  await page.waitForTimeout(300);
  expect(await app.stageOf(card)).toBe('Purchase');
  await expect(page.getByTestId('map-title')).toContainText('•');
  await page.screenshot({ path: 'artifacts/after-move.png' });
  // Undo brings it back in one step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => app.stageOf(card)).toBe('Discover');
  expect(app.errors).toEqual([]);
});
