import { expect, test, type Page } from '@playwright/test';
import { JourneyPage } from './JourneyPage';

/**
 * A facilitator builds a small journey from an empty map with the keyboard only, then
 * undoes everything step by step back to empty and redoes it all.
 */
const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

async function doc(page: Page) {
  return page.evaluate(() => (window as unknown as { __waymark: { journey(): unknown } }).__waymark.journey()) as Promise<any>;
}

test('build a journey by keyboard only, undo it all, redo it all', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new JourneyPage(page);
  await app.open();
  await page.keyboard.press(`${mod}+n`);
  await expect(page.getByRole('note', { name: 'Getting started' })).toBeVisible();
  const steps: number[] = [];
  const mark = async () => steps.push((await page.evaluate(() => (window as any).__waymark.historyLength())) as number);

  // Three stages: pick the kind by typing, name it in place.
  for (const [kind, name] of [['Awareness', 'Hear about it'], ['Decision', 'Buy'], ['Retention', 'Use']] as const) {
    await page.keyboard.press(`${mod}+Alt+s`);
    await page.keyboard.type(kind);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Stage name' })).toBeFocused();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await mark();
  }
  // Two lanes.
  for (const [kind, name] of [['Touchpoints', 'Touchpoints'], ['Emotions', 'Feelings']] as const) {
    await page.keyboard.press(`${mod}+Alt+l`);
    await page.keyboard.type(kind);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Lane name' })).toBeFocused();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await mark();
  }
  await expect(app.stageTitles.locator('.wm-stage-name')).toHaveText(['Hear about it', 'Buy', 'Use']);
  await expect(app.laneTitles.locator('.wm-lane-name')).toHaveText(['Touchpoints', 'Feelings']);

  // Move the cell cursor to Hear about it × Touchpoints and add cards with Mod+Enter.
  await page.keyboard.press('Escape');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowUp');
  const titles = [['Podcast ad', 'Store visit'], ['Checkout page'], ['Welcome email']];
  for (let s = 0; s < 3; s++) {
    for (const t of titles[s]!) {
      await page.keyboard.press(`${mod}+Enter`);
      await expect(page.locator('.wm-inline-edit').first()).toBeFocused();
      await page.keyboard.type(t);
      await page.keyboard.press('Enter');
      await mark();
    }
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
  }
  await expect(app.cards).toHaveCount(4);

  // Emotion curve: one point per stage, scored with Alt+Up/Down.
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  for (const [title, ups] of [['Curious', 1], ['Anxious', -2], ['Happy', 2]] as const) {
    await page.keyboard.press(`${mod}+Enter`);
    await expect(page.locator('.wm-inline-edit').first()).toBeFocused();
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
    await mark();
    for (let i = 0; i < Math.abs(ups); i++) { await page.keyboard.press(ups > 0 ? 'Alt+ArrowUp' : 'Alt+ArrowDown'); await mark(); }
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
  }
  await expect(page.getByTestId('emotion-point')).toHaveCount(3);
  await expect(page.getByTestId('emotion-curve')).toHaveCount(1);
  const scores = await page.getByTestId('emotion-point').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-score'))));
  expect(scores.sort()).toEqual([-2, 1, 2]);
  await expect(page.locator('.wm-emotion-label')).toHaveText(['Curious', 'Anxious', 'Happy']);

  // A pain point: a lane of pain points, a card, linked to "Checkout page" from the inspector.
  await page.keyboard.press(`${mod}+Alt+l`);
  await page.keyboard.type('Pain');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // keep the default name
  await mark();
  await page.keyboard.press('Escape');
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press(`${mod}+Enter`);
  await page.keyboard.type('Hidden shipping fee');
  await page.keyboard.press('Enter');
  await mark();
  await page.keyboard.press('F6');
  const checkbox = page.getByRole('checkbox', { name: /Checkout page/ });
  for (let i = 0; i < 40 && !(await checkbox.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await mark();
  await expect(checkbox).toBeChecked();

  // A connection: select "Podcast ad" (Tab cycles cards in reading order) and connect it.
  await page.locator('body').focus();
  await page.keyboard.press('Escape');
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const sel = await page.getByTestId('canvas').getAttribute('data-selected');
    const j = await doc(page);
    if (sel && j.cards[sel]?.title === 'Podcast ad') break;
  }
  await page.keyboard.press(`${mod}+Alt+c`);
  await page.keyboard.type('Checkout');
  await page.keyboard.press('Enter');
  await mark();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  // A comment on the selected card.
  await page.keyboard.press(`${mod}+Alt+m`);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Facilitator');
  await page.getByRole('textbox', { name: 'Comment' }).focus();
  await page.keyboard.type('Ask the podcast team for listener numbers');
  await page.keyboard.press(`${mod}+Enter`);
  await mark();

  // A persona, from the command palette.
  await page.locator('body').focus();
  await page.keyboard.press(`${mod}+k`);
  await page.keyboard.type('New persona');
  await page.keyboard.press('Enter');
  // The palette closes, then runs the command on the next task: count the step once it has landed.
  await expect(page.getByRole('article', { name: /Persona/ })).toHaveCount(1);
  await mark();

  const built = await doc(page);
  expect(Object.keys(built.stages)).toHaveLength(3);
  expect(Object.keys(built.lanes)).toHaveLength(3);
  expect(Object.values<any>(built.cards).filter((c) => c.kind !== 'emotion')).toHaveLength(5);
  expect(Object.values<any>(built.cards).filter((c) => c.kind === 'painPoint')[0].touchpointIds).toHaveLength(1);
  expect(Object.keys(built.connections)).toHaveLength(1);
  expect(Object.keys(built.comments)).toHaveLength(1);
  expect(Object.keys(built.personas)).toHaveLength(1);
  await page.screenshot({ path: 'artifacts/built-by-keyboard.png' });

  // Undo step by step back to the empty map, then redo it all.
  const total = (await page.evaluate(() => (window as any).__waymark.historyLength())) as number;
  expect(total).toBe(steps.at(-1));
  await page.locator('body').focus();
  for (let i = 0; i < total; i++) await page.keyboard.press(`${mod}+z`);
  const empty = await doc(page);
  expect([empty.stages, empty.lanes, empty.cards, empty.connections, empty.comments, empty.personas].map((r) => Object.keys(r).length)).toEqual([0, 0, 0, 0, 0, 0]);
  for (let i = 0; i < total; i++) await page.keyboard.press(`${mod}+Shift+z`);
  expect(await doc(page)).toEqual(built);
  expect(app.errors).toEqual([]);
});
