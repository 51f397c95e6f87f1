/**
 * A new user brings data to the e-commerce sample: the GA4 checkout funnel and the
 * Qualtrics post-purchase survey, confirms the proposed mapping, and reads the map.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { JourneyPage } from './JourneyPage';

const FIXTURES = '../shared/fixtures/kpi';

async function importFile(page: Page, file: string, expectSource: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Import data…' }).first().click();
  const wizard = page.getByRole('dialog', { name: 'Import data' });
  const chooser = page.waitForEvent('filechooser');
  await wizard.getByRole('button', { name: 'Choose file…' }).click();
  await (await chooser).setFiles(`${FIXTURES}/${file}`);
  await expect(wizard.getByTestId('import-source')).toHaveText(expectSource);
  await expect(wizard.getByTestId('mapping-table')).toBeVisible();
  await wizard.screenshot({ path: `artifacts/screenshots/import-${file.replace(/\W+/g, '-')}.png` });
  await wizard.getByRole('button', { name: 'Add to the map' }).click();
  await expect(wizard).toBeHidden();
}

test.beforeEach(async ({ page }) => {
  // The upload path (no File System Access pickers), as in browsers without the API.
  await page.addInitScript(() => { delete (window as any).showOpenFilePicker; delete (window as any).showSaveFilePicker; });
});

test('import the GA4 funnel and the Qualtrics survey: drop-off on connections, badges on Checkout, a data-driven emotion curve', async ({ page }) => {
  const app = new JourneyPage(page);
  await app.open();

  await importFile(page, 'ga4_funnel_exploration_checkout_may2024.csv', /GA4 funnel/);
  await expect(page.getByRole('status')).toContainText(/Imported “ga4_funnel_exploration_checkout_may2024”/);
  // Drop-off between the funnel steps, on the arrows the map already had.
  const drops = page.getByTestId('drop-off');
  await expect(drops.filter({ hasText: '72.0% drop-off' })).toHaveCount(1); // View product → Add to cart
  await expect(drops.filter({ hasText: '35.2% drop-off' })).toHaveCount(1); // Add to cart → Begin checkout
  // The share that continues is the same move's: 72.0 % drop off, 28.0 % reach the cart (it read 100.0 %).
  await expect(drops.filter({ hasText: '72.0% drop-off' })).toContainText('28.0% continue');
  await expect(drops.filter({ hasText: '35.2% drop-off' })).toContainText('64.8% continue');
  // Users per step on the step's touchpoint: the Total row, not the device sum.
  await expect(app.card('Product page – Summit Trail Runner X').getByTestId('kpi-chip').filter({ hasText: '18,620' })).toHaveCount(1);
  await expect(page.getByText('18,900')).toHaveCount(0);

  await importFile(page, 'qualtrics_post_purchase_may2024.csv', /Qualtrics/);
  const checkout = app.card('Checkout');
  await expect(checkout.getByTestId('kpi-chip').filter({ hasText: 'CSAT 75.0%' })).toHaveCount(1);
  await expect(checkout.getByTestId('kpi-chip').filter({ hasText: '3,380' })).toHaveCount(1);
  // Every number says where it comes from.
  await expect(checkout.getByTestId('kpi-chip').filter({ hasText: 'CSAT 75.0%' })).toHaveAttribute('title', /qualtrics_post_purchase_may2024/);

  // The data-driven emotion curve beside the workshop's.
  await page.getByLabel('Data curve').selectOption('csat');
  await expect(page.getByTestId('data-curve')).toBeVisible();
  await page.getByLabel('Heat strip').selectOption('csat');
  await expect(page.getByTestId('heat-strip').first()).toBeVisible();
  await app.settled();
  await page.screenshot({ path: 'artifacts/screenshots/import-on-map.png' });

  // One undo step per import: undoing twice leaves the map as it was.
  await page.getByRole('button', { name: 'Undo' }).click(); // heat strip
  await page.getByRole('button', { name: 'Undo' }).click(); // data curve
  await page.getByRole('button', { name: 'Undo' }).click(); // Qualtrics
  await expect(checkout.getByTestId('kpi-chip').filter({ hasText: 'CSAT' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click(); // GA4
  await expect(page.getByTestId('kpi-chip')).toHaveCount(0);
  expect(app.errors).toEqual([]);
});

test('a file that is not data is refused with a clear message, and the map is untouched', async ({ page }) => {
  const app = new JourneyPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Import data…' }).first().click();
  const wizard = page.getByRole('dialog', { name: 'Import data' });
  const chooser = page.waitForEvent('filechooser');
  await wizard.getByRole('button', { name: 'Choose file…' }).click();
  await (await chooser).setFiles('assets/icons/64x64.png');
  await expect(wizard.getByTestId('import-error')).toContainText(/64x64\.png/);
  await wizard.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('kpi-chip')).toHaveCount(0);
  await expect(page.getByTestId('map-title')).not.toContainText('•');
});

/** A GA4 pages report of `rows` rows (the shape of ga4_pages_and_screens_may2024.csv). */
function bigGa4Csv(rows: number): Buffer {
  const head = '# ----------------------------------------\n# Pages and screens: Page path and screen class\n# Start date: 20240501\n# End date: 20240531\n# ----------------------------------------\nPage path and screen class,Views,Active users,Views per active user,Average engagement time per active user,Event count,Key events,Total revenue\n';
  const lines: string[] = [head, '/cart,9034,5120,1.7645,52.07,30000,0,0\n'];
  for (let i = 0; i < rows; i++) lines.push(`/products/item-${i},${1000 + (i % 977)},${500 + (i % 311)},${(1 + (i % 7) / 10).toFixed(4)},${(i % 120) + 0.5},${3000 + i},0,0\n`);
  return Buffer.from(lines.join(''));
}

test('a 300,000-row export imports in the worker: progress shows, the page stays responsive, Cancel stops it, and the values past what a map stores are reported', async ({ page }) => {
  test.setTimeout(180_000);
  const app = new JourneyPage(page);
  await app.open();
  const file = { name: 'ga4_pages_big.csv', mimeType: 'text/csv', buffer: bigGa4Csv(300_000) };

  await page.getByRole('button', { name: 'Import data…' }).first().click();
  const wizard = page.getByRole('dialog', { name: 'Import data' });
  let chooser = page.waitForEvent('filechooser');
  await wizard.getByRole('button', { name: 'Choose file…' }).click();
  await (await chooser).setFiles(file);
  await expect(wizard.getByTestId('import-progress')).toBeVisible();
  // The page answers while the worker parses: the main thread is free.
  expect(await page.evaluate(() => document.querySelectorAll('[data-testid="card"]').length)).toBeGreaterThan(30);
  await wizard.getByRole('button', { name: 'Cancel import' }).click();
  await expect(wizard.getByRole('button', { name: 'Choose file…' })).toBeVisible();

  chooser = page.waitForEvent('filechooser');
  await wizard.getByRole('button', { name: 'Choose file…' }).click();
  await (await chooser).setFiles(file);
  await expect(wizard.getByTestId('import-source')).toHaveText(/Google Analytics 4/, { timeout: 120_000 });
  await expect(wizard.getByTestId('import-report')).toContainText('300,001 of 300,001 rows imported');
  // 300,001 rows × 7 values exceed what a dataset stores: the cut is reported, not silent.
  await expect(wizard.getByTestId('import-report')).toContainText(/more values than the 200,000 a dataset holds were left out/);
  await expect(wizard.getByTestId('mapping-hidden')).toBeVisible();
  await expect(wizard.locator('tr[data-scope="/cart"] select')).not.toHaveValue('');
  await wizard.getByRole('button', { name: 'Add to the map' }).click();
  await expect(app.card('Cart').getByTestId('kpi-chip').filter({ hasText: '9,034' })).toHaveCount(1);
});

test('dropping an export on the map starts the import; Refresh re-reads an updated file with the same mapping', async ({ page }) => {
  const app = new JourneyPage(page);
  await app.open();
  const csv = readFileSync(`${FIXTURES}/ga4_pages_and_screens_may2024.csv`, 'utf8');
  await page.evaluate((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'ga4_pages.csv', { type: 'text/csv' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
  }, csv);
  const wizard = page.getByRole('dialog', { name: 'Import data' });
  await expect(wizard.getByTestId('import-source')).toHaveText(/Google Analytics 4/);
  await wizard.getByRole('button', { name: 'Add to the map' }).click();
  const cartViews = app.card('Cart').getByTestId('kpi-chip').filter({ hasText: /^Views / });
  await expect(cartViews).toHaveText('Views 9,034');

  // The same report a month later: more views on /cart. Refresh reads it the same way.
  const updated = csv.replace('/cart,9034,', '/cart,9500,');
  expect(updated).not.toBe(csv);
  await page.getByTestId('datasets').getByRole('button', { name: 'Refresh…' }).click();
  const refresh = page.getByRole('dialog', { name: 'Refresh “ga4_pages”' });
  const chooser = page.waitForEvent('filechooser');
  await refresh.getByRole('button', { name: 'Choose file…' }).click();
  await (await chooser).setFiles({ name: 'ga4_pages_june.csv', mimeType: 'text/csv', buffer: Buffer.from(updated) });
  await refresh.getByRole('button', { name: 'Replace the data' }).click();
  await expect(page.getByRole('status')).toContainText('Refreshed “ga4_pages” from ga4_pages_june.csv');
  await expect(cartViews).toHaveText('Views 9,500');
});
