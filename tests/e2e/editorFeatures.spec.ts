import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { JourneyPage } from './JourneyPage';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
const journey = (page: Page) => page.evaluate(() => (window as any).__waymark.journey()) as Promise<any>;

test('every template opens from "New from template" as a complete map', async ({ page }) => {
  const app = new JourneyPage(page);
  await app.open();
  const names = ['B2C acquisition funnel', 'SaaS onboarding', 'Mobile app engagement loop', 'Support ticket resolution', 'Subscription retention and loyalty'];
  for (const name of names) {
    await page.getByRole('button', { name: 'New from template…' }).click();
    await page.getByRole('button', { name: `Template: ${name}` }).click();
    const dont = page.getByRole('button', { name: 'Don’t save' });
    if (await dont.isVisible().catch(() => false)) await dont.click();
    await expect(page.getByTestId('map-title')).toContainText(name.split(' ')[0]!);
    const j = await journey(page);
    expect(Object.keys(j.stages).length).toBeGreaterThanOrEqual(3);
    await expect(app.cards).toHaveCount(Object.values<any>(j.cards).filter((c) => c.kind !== 'emotion').length);
    await expect(page.getByTestId('emotion-curve').first()).toBeVisible();
  }
  expect(app.errors).toEqual([]);
});

test('find (Ctrl/Cmd+F) jumps to a card by any of its text', async ({ page }) => {
  const app = new JourneyPage(page);
  await app.open();
  await page.keyboard.press(`${mod}+f`);
  await page.keyboard.type('forced sign');
  await expect(page.getByRole('listbox', { name: 'Matches' }).getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  const j = await journey(page);
  const selected = await page.getByTestId('canvas').getAttribute('data-selected');
  expect(j.cards[selected!].title).toBe('Annoyed by forced sign-up');
  // Accent- and case-insensitive, and across persona text too.
  await page.keyboard.press(`${mod}+f`);
  await page.keyboard.type('WIDE FEET');
  await expect(page.getByRole('listbox', { name: 'Matches' }).getByRole('option')).toHaveCount(2);
});

test('pasting plain text lines makes one card per line; copy and paste cards between two maps', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new JourneyPage(page);
  await app.open();
  await app.card('Reads a shoe-buying guide').click();
  await page.evaluate(() => navigator.clipboard.writeText('- Asks a friend\n- Watches a YouTube review\n\n- Checks the return policy\n'));
  await page.keyboard.press(`${mod}+v`);
  for (const t of ['Asks a friend', 'Watches a YouTube review', 'Checks the return policy']) await expect(app.card(t)).toHaveCount(1);
  expect(await app.stageOf(app.card('Asks a friend'))).toBe('Discover');

  // Copy two cards, open a second map in another tab, paste them there.
  await page.keyboard.press('Escape'); // the pasted cards are selected; start a new selection
  await app.card('Asks a friend').click();
  await app.card('Watches a YouTube review').click({ modifiers: ['Shift'] });
  await expect.poll(async () => (await page.getByTestId('canvas').getAttribute('data-selected'))?.split(',').length).toBe(2);
  await page.keyboard.press(`${mod}+c`);
  const other = await context.newPage();
  const app2 = new JourneyPage(other);
  await app2.open();
  await other.getByRole('button', { name: 'New from template…' }).click();
  await other.getByRole('button', { name: 'Template: SaaS onboarding' }).click();
  const first = app2.cards.first();
  await first.click();
  await other.keyboard.press(`${mod}+v`);
  await expect(app2.card('Asks a friend')).toHaveCount(1);
  await expect(app2.card('Watches a YouTube review')).toHaveCount(1);
  expect(app.errors).toEqual([]);
  expect(app2.errors).toEqual([]);
});

test('duplicate, delete and undo from the keyboard; selection is not an undo step', async ({ page }) => {
  const app = new JourneyPage(page);
  await app.open();
  const before = (await journey(page));
  await app.card('Cart').click();
  await page.keyboard.press(`${mod}+d`);
  await expect(app.card('Cart')).toHaveCount(2);
  await page.keyboard.press('Delete');
  await expect(app.card('Cart')).toHaveCount(1);
  await app.card('Checkout').click(); // selection changes are not undo steps
  await page.keyboard.press(`${mod}+z`);
  await expect(app.card('Cart')).toHaveCount(2);
  await page.keyboard.press(`${mod}+z`);
  await expect(app.card('Cart')).toHaveCount(1);
  expect(await journey(page)).toEqual(before);
});

test('no serious or critical accessibility violations, light and dark', async ({ page }) => {
  const app = new JourneyPage(page);
  await app.open();
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') {
      await page.keyboard.press(`${mod}+k`);
      await page.keyboard.type('dark theme');
      await page.keyboard.press('Enter');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    }
    await app.card('Checkout').click();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    await page.screenshot({ path: `artifacts/editor-${theme}.png` });
  }
});

test('the theme chosen with the toggle is kept for the next visit; the system\'s scheme applies until then', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const app = new JourneyPage(page);
  await app.open();
  const theme = page.locator('html');
  await expect(theme).toHaveAttribute('data-theme', 'dark'); // the system's, nothing chosen yet
  const toggle = async () => {
    await page.keyboard.press(`${mod}+k`);
    await page.keyboard.type('dark theme');
    await page.keyboard.press('Enter');
  };
  await toggle();
  await expect(theme).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(theme).toHaveAttribute('data-theme', 'light'); // failed before: back to the system's dark
  await page.emulateMedia({ colorScheme: 'light' });
  await toggle();
  await expect(theme).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(theme).toHaveAttribute('data-theme', 'dark');
  expect(app.errors).toEqual([]);
});

test('legible at 50% zoom', async ({ page }) => {
  const app = new JourneyPage(page);
  await app.open();
  await page.evaluate(() => (window as any).__waymark);
  for (let i = 0; i < 2; i++) await page.locator('[data-command="view.zoomOut"]').click();
  await page.waitForTimeout(400);
  const size = await app.card('Checkout').locator('.wm-card-title').evaluate((el) => el.getBoundingClientRect().height);
  expect(size).toBeGreaterThan(6);
  await page.screenshot({ path: 'artifacts/zoomed-out.png' });
});

test('edit a card title and notes in place (one undo step); Alt-drag copies a card to another stage', async ({ page }) => {
  const app = new JourneyPage(page);
  await app.open();
  const cardsBefore = await app.cards.count();
  await app.card('Cart').dblclick();
  await expect(page.getByRole('textbox', { name: 'Card title' })).toBeFocused();
  // Double-clicking a card edits it and adds no card to its cell (it used to do both).
  await expect(app.cards).toHaveCount(cardsBefore);
  await page.keyboard.press(`${mod}+a`);
  await page.keyboard.type('Mini cart');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Opens as a drawer');
  await page.keyboard.press(`${mod}+Enter`);
  await expect(app.card('Mini cart')).toContainText('Opens as a drawer');
  await page.keyboard.press(`${mod}+z`);
  await expect(app.card('Cart')).toHaveCount(1);
  await expect(app.card('Mini cart')).toHaveCount(0);

  const card = app.card('Cart');
  const width = (await app.stageTitles.nth(0).boundingBox())!.width;
  const box = (await card.boundingBox())!;
  await page.keyboard.down('Alt');
  await page.mouse.move(box.x + box.width / 2, box.y + 12);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + width / 2, box.y + 12, { steps: 8 });
  await page.mouse.move(box.x + box.width / 2 + width, box.y + 12, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up('Alt');
  await expect(app.card('Cart')).toHaveCount(2);
  const stages = await Promise.all([0, 1].map((i) => app.stageOf(app.card('Cart').nth(i))));
  expect(stages.sort()).toEqual(['Post-purchase', 'Purchase']);
  expect(app.errors).toEqual([]);
});

test('keyboard only: rename, move, collapse and delete stages and lanes, move and delete cards', async ({ page }) => {
  const app = new JourneyPage(page);
  await app.open();
  const names = () => app.stageTitles.locator('.wm-stage-name').allInnerTexts();
  // Put the cell cursor on Consider × Customer actions (the first arrow places it on the first cell).
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('active-cell')).toHaveAttribute('aria-label', /Consider × Customer actions/);
  await page.keyboard.press('Shift+F2');
  await expect(page.getByRole('textbox', { name: 'Stage name' })).toBeFocused();
  await page.keyboard.type('Compare');
  await page.keyboard.press('Enter');
  await page.keyboard.press(`${mod}+Alt+ArrowRight`);
  expect(await names()).toEqual(['Discover', 'Purchase', 'Compare', 'Post-purchase', 'Loyalty']);
  await page.keyboard.press(`${mod}+Alt+Backspace`);
  expect(await names()).toEqual(['Discover', 'Purchase', 'Post-purchase', 'Loyalty']);
  await page.keyboard.press(`${mod}+Alt+ArrowDown`);
  await expect(app.laneTitles.locator('.wm-lane-name').first()).toHaveText('Touchpoints');
  await page.keyboard.press(`${mod}+Alt+Delete`);
  await expect(app.laneTitles).toHaveCount(7);
  // Cards: select with Tab, move with Alt+arrows, delete with Delete.
  await page.keyboard.press('Tab');
  const first = await page.getByTestId('canvas').getAttribute('data-selected');
  const title = (await page.evaluate((id) => (window as any).__waymark.journey().cards[id!].title, first)) as string;
  await page.keyboard.press('Alt+ArrowRight');
  expect(await app.stageOf(app.card(title))).toBe('Purchase');
  await page.keyboard.press('Delete');
  await expect(app.card(title)).toHaveCount(0);
  // Every step undoes.
  for (let i = 0; i < 7; i++) await page.keyboard.press(`${mod}+z`);
  expect(await names()).toEqual(['Discover', 'Consider', 'Purchase', 'Post-purchase', 'Loyalty']);
  await expect(app.laneTitles).toHaveCount(8);
  expect(app.errors).toEqual([]);
});
