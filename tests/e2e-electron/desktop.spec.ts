/**
 * The desktop app as a user drives it, through page objects (pages/DesktopApp.ts,
 * pages/MapWindow.ts): open a sample through File › Open (the menu item clicked by its id),
 * edit it from the Edit menu, save, then quit with unsaved changes and answer the prompt;
 * the menus on this platform, New window, View › Theme and Help › About. Runs wherever an
 * Electron binary exists; skips here with the one-line reason.
 */
import { expect, test } from '@playwright/test';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadJourney } from '../../shared/file/loadJourney';
import { ensureBuilt, findElectronBinary } from './electronApp';
import { DesktopApp } from './pages/DesktopApp';
import type { MapWindow } from './pages/MapWindow';

const binary = findElectronBinary();
test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');
test.describe.configure({ mode: 'serial' });

let desktop: DesktopApp;
let window: MapWindow;

test.beforeAll(async () => {
  if (!('path' in binary)) return;
  ensureBuilt();
  ({ desktop, window } = await DesktopApp.launch(binary.path));
});
test.afterAll(async () => { await desktop?.close(); });

const cardCount = (path: string) => {
  const loaded = loadJourney(readFileSync(path));
  if (!loaded.ok) throw new Error(`${path} does not load`);
  return Object.keys(loaded.value.journey.cards).length;
};

test('has File, Edit, Insert, Data, View, Window and Help menus, each item wired', async () => {
  for (const id of ['menu.file', 'menu.edit', 'menu.insert', 'menu.data', 'menu.view', 'menu.window', 'menu.help', 'file.open', 'window.new', 'theme.system', 'help.licenses']) {
    expect(await desktop.menuItem(id), id).not.toBeNull();
  }
  expect(await desktop.menuItem('theme.system')).toMatchObject({ type: 'radio', checked: true });
  expect(await desktop.menuItem('data.toggleLayer')).toMatchObject({ type: 'checkbox' });
});

test('opens a sample through File › Open, edits it from the Edit menu, saves it', async () => {
  const file = join(desktop.work, 'Northwind.journey');
  copyFileSync('assets/samples/northwind-outdoor.journey', file);
  const before = cardCount(file);
  await desktop.answerOpenDialog(file);
  await desktop.clickMenu('file.open');
  await window.expectTitle('Northwind.journey', false);

  // Enablement follows the document: Duplicate needs a selected card.
  expect(await desktop.menuItem('edit.duplicate')).toMatchObject({ enabled: false });
  await window.select(window.cards.first());
  await expect.poll(async () => (await desktop.menuItem('edit.duplicate'))?.enabled).toBe(true);
  await desktop.clickMenu('edit.duplicate');
  await window.expectTitle('Northwind.journey', true);
  expect(await desktop.menuItem('edit.undo')).toMatchObject({ enabled: true });

  await desktop.clickMenu('file.save');
  await window.expectTitle('Northwind.journey', false);
  expect(cardCount(file)).toBe(before + 1);
});

test('exports the open map as a PNG in the export process, an Electron utility process (text as outlines: harfbuzzjs, an ES module, loaded from node_modules as the built app loads it)', async () => {
  const out = join(desktop.work, 'Northwind.png');
  await desktop.answerSaveDialog(out);
  const page = window.page;
  await page.getByRole('button', { name: /^Export PNG, PDF/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /^PNG$/ }).check();
  await dialog.getByRole('button', { name: /^Export .*…$/ }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect.poll(() => existsSync(out), { timeout: 30_000 }).toBe(true);
  const png = readFileSync(out);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  // The sample at 2×: thousands of pixels each way.
  expect(png.readUInt32BE(16)).toBeGreaterThan(2000);
  expect(png.readUInt32BE(20)).toBeGreaterThan(2000);
  // The process that drew it waits for the next export, apart from main.
  const utility = await desktop.app.evaluate(({ app }) => app.getAppMetrics().filter((m) => m.type === 'Utility').map((m) => m.name));
  expect(utility).toContain('Waymark export');
});

test('View › Theme › Dark turns the page dark, Follow the system turns it back', async () => {
  await desktop.clickMenu('theme.dark');
  await expect.poll(() => window.prefersDark()).toBe(true);
  await expect.poll(() => window.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await desktop.menuItem('theme.dark')).toMatchObject({ checked: true });
  await desktop.clickMenu('theme.system');
  expect(await desktop.menuItem('theme.system')).toMatchObject({ checked: true });
});

test('Help › About shows the version', async () => {
  await desktop.answerMessageBoxes([0]);
  await desktop.clickMenu('help.about');
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
  await expect.poll(() => desktop.questionsAsked()).toEqual([`Waymark ${version}`]);
});

test('New window opens a second window with an empty map, listed in the Window menu', async () => {
  const count = await desktop.windowCount();
  await desktop.clickMenu('window.new');
  const second = await desktop.nextWindow(count);
  await expect(second.cards).toHaveCount(0);
  await second.page.close();
  await expect.poll(() => desktop.windowCount()).toBe(count);
});

test('quitting with unsaved changes asks first: Cancel keeps the app, Don’t Save quits', async () => {
  await window.select(window.cards.first());
  await expect.poll(async () => (await desktop.menuItem('edit.duplicate'))?.enabled).toBe(true);
  await desktop.clickMenu('edit.duplicate');
  await window.expectTitle('Northwind.journey', true);

  await desktop.answerMessageBoxes([2]); // Cancel
  expect(await desktop.quit()).toBe(false);
  expect(await desktop.questionsAsked()).toEqual(['Save the changes to “Northwind.journey” before closing?']);
  expect(await desktop.windowCount()).toBe(1);

  await desktop.answerMessageBoxes([1]); // Don't Save
  expect(await desktop.quit()).toBe(true);
});
