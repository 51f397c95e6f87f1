/** The web build's Export dialog: a live preview, then SVG, PNG and CSV as downloads; settings remembered per map. */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readPhysDpi } from '../../shared/export/pngPhys';
import { JourneyPage } from './JourneyPage';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => { delete (window as any).showOpenFilePicker; delete (window as any).showSaveFilePicker; });
});

async function exportAs(page: Page, format: RegExp, setup?: () => Promise<void>): Promise<Buffer> {
  await page.getByRole('button', { name: /^Export PNG, PDF/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format }).check();
  await setup?.();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Export .*…$/ }).click();
  const file = await download;
  const path = await file.path();
  await expect(dialog).toBeHidden();
  return readFileSync(path);
}

test('preview, then SVG, PNG at 2× with its DPI, and the CSV grid, as downloads', async ({ page }) => {
  const app = new JourneyPage(page);
  await app.open();
  await page.getByRole('button', { name: /^Export PNG, PDF/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByTestId('export-preview')).toBeVisible();
  await dialog.screenshot({ path: 'artifacts/screenshots/export-dialog.png' });
  await dialog.getByRole('button', { name: 'Close' }).click();

  const svg = (await exportAs(page, /^SVG$/)).toString('utf8');
  expect(svg).toContain('<svg');
  for (const title of ['Checkout', 'Delivery', 'Home page']) expect(svg).toContain(title);
  expect(svg).toContain('@font-face'); // self-contained: Inter embedded

  const png = await exportAs(page, /^PNG$/);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  const width = png.readUInt32BE(16);
  const svgWidth = Number(/<svg[^>]*\bwidth="([\d.]+)"/.exec(svg)![1]);
  expect(width).toBe(Math.ceil(svgWidth * 2));
  expect(readPhysDpi(new Uint8Array(png))).toBeCloseTo(192, 0);

  const csv = (await exportAs(page, /^CSV grid$/)).toString('utf8');
  expect(csv.split('\n')[0]).toMatch(/^Lane,Discover,Consider,Purchase,Post-purchase,Loyalty/);
  expect(csv).toContain('Checkout');
});

test('the last settings are remembered for the map', async ({ page }) => {
  const app = new JourneyPage(page);
  await app.open();
  await exportAs(page, /^PNG$/, async () => {
    await page.getByRole('dialog', { name: 'Export' }).getByRole('combobox', { name: 'Background' }).selectOption('transparent');
  });
  await page.getByRole('button', { name: /^Export PNG, PDF/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('radio', { name: /^PNG$/ })).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: 'Background' })).toHaveValue('transparent');
});
