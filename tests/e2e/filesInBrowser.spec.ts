import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { JourneyPage } from './JourneyPage';

/** File handling in the web build: recovery after a reload, open by upload, save by download. */
const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

test('an edit survives a reload without saving: the recovery prompt brings it back', async ({ page }) => {
  page.on('dialog', (d) => void d.accept()); // the "leave site?" question on reload
  const app = new JourneyPage(page);
  await app.open();
  await app.card('Cart').dblclick();
  await page.keyboard.press(`${mod}+a`);
  await page.keyboard.type('Basket drawer');
  await page.keyboard.press('Enter');
  await expect(app.card('Basket drawer')).toHaveCount(1);
  await page.waitForTimeout(1600); // the recovery snapshot is debounced by a second
  await page.reload();
  const dialog = page.getByRole('dialog', { name: 'Recover unsaved changes?' });
  await expect(dialog).toContainText('Northwind Outdoor');
  await expect(dialog).toContainText('last changed');
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(app.card('Basket drawer')).toHaveCount(1);
  await expect(page.getByTestId('map-title')).toContainText('•');
  // Restored work is still unsaved work: a second crash right away loses nothing.
  await page.reload();
  await expect(page.getByRole('dialog', { name: 'Recover unsaved changes?' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Discard' }).click();
  await expect(app.card('Cart')).toHaveCount(1); // discarded: the sample as shipped
  await page.reload();
  await expect(app.cards.first()).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(app.errors).toEqual([]);
});

test('dropping a map file on the window opens it, after asking about unsaved changes', async ({ page }) => {
  const app = new JourneyPage(page);
  await app.open();
  await app.card('Cart').click();
  await page.keyboard.press(process.platform === 'darwin' ? 'Meta+d' : 'Control+d'); // an unsaved change
  const text = readFileSync('assets/samples/flowboard-saas-onboarding.journey', 'utf8');
  await page.evaluate((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'flowboard.journey', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
  }, text);
  const dialog = page.getByRole('dialog', { name: 'Unsaved changes' });
  await dialog.getByRole('button', { name: 'Don’t save' }).click();
  await expect(page.getByTestId('map-title')).toContainText('Flowboard');
  await expect(page.getByTestId('map-title')).not.toContainText('•');
});

test.describe('without the File System Access API (upload and download)', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => { delete (window as any).showOpenFilePicker; delete (window as any).showSaveFilePicker; });
  });

  test('open an old file: it is upgraded and says so', async ({ page }) => {
    const app = new JourneyPage(page);
    await app.open();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).click();
    await (await chooser).setFiles('tests/fixtures/journeys/v1-preview.journey');
    await expect(page.getByTestId('map-title')).toHaveText(/Coffee subscription/);
    await expect(page.getByRole('status')).toContainText('Upgraded from file version 1');
    await expect(app.card('Shipping fee surprise')).toHaveCount(1);
  });

  test('open a truncated file: a located error, and the open map is untouched', async ({ page }) => {
    const app = new JourneyPage(page);
    await app.open();
    const text = readFileSync('assets/samples/flowboard-saas-onboarding.journey', 'utf8').slice(0, 5000);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).click();
    await (await chooser).setFiles({ name: 'broken.journey', mimeType: 'application/json', buffer: Buffer.from(text) });
    const dialog = page.getByRole('dialog', { name: 'Can’t open “broken.journey”' });
    await expect(dialog).toContainText(/Line \d+, column \d+: unexpected end of file/);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(page.getByTestId('map-title')).toHaveText(/Northwind Outdoor/);
  });

  test('open a repairable file: the repairs are listed before it opens', async ({ page }) => {
    const app = new JourneyPage(page);
    await app.open();
    const f = JSON.parse(readFileSync('assets/samples/flowboard-saas-onboarding.journey', 'utf8'));
    const id = Object.keys(f.document.cards)[0]!;
    f.document.cards[id].stageId = 'stage_gone';
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).click();
    await (await chooser).setFiles({ name: 'damaged.journey', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(f)) });
    const dialog = page.getByRole('dialog', { name: '“damaged.journey” needs repair' });
    await expect(dialog).toContainText(`cards[${id}].stageId: unknown stage "stage_gone"; card dropped`);
    await dialog.getByRole('button', { name: 'Open repaired copy' }).click();
    await expect(page.getByTestId('map-title')).toContainText('Flowboard');
    await expect(page.getByTestId('map-title')).toContainText('•');
  });

  test('save downloads a .journey file that opens as the same map', async ({ page }) => {
    const app = new JourneyPage(page);
    await app.open();
    await app.card('Cart').dblclick();
    await page.keyboard.type('Cart drawer');
    await page.keyboard.press('Enter');
    const download = page.waitForEvent('download');
    await page.keyboard.press(`${mod}+s`);
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.journey$/);
    const saved = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    expect(saved.format).toBe('waymark.journey');
    expect(Object.values<any>(saved.document.cards).some((c) => c.title === 'Cart drawer')).toBe(true);
    await expect(page.getByTestId('map-title')).not.toContainText('•');
  });

  test('maps are not locked in: open a Mermaid journey, export OpenJourney and Mermaid', async ({ page }) => {
    const app = new JourneyPage(page);
    await app.open();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).click();
    const mermaid = 'journey\n  title Renting a bike\n  section Find\n    Open the app: 4: Rider\n  section Ride\n    Unlock the bike: 2: Rider\n    Ride to work: 5: Rider\n';
    await (await chooser).setFiles({ name: 'bike.mmd', mimeType: 'text/plain', buffer: Buffer.from(mermaid) });
    await expect(page.getByTestId('map-title')).toContainText('Renting a bike');
    await expect(page.getByRole('status')).toContainText('Imported from Mermaid');
    await expect(app.cards).toHaveCount(3);
    await expect(page.getByTestId('emotion-point')).toHaveCount(3);

    for (const [label, ext] of [['Export as OpenJourney (.ojf)…', '.ojf'], ['Export as Mermaid journey (.mmd)…', '.mmd']] as const) {
      const download = page.waitForEvent('download');
      await page.keyboard.press(process.platform === 'darwin' ? 'Meta+k' : 'Control+k');
      await page.keyboard.type(label.replace('…', ''));
      await page.keyboard.press('Enter');
      const file = await download;
      expect(file.suggestedFilename()).toBe(`Renting a bike${ext}`);
      const text = readFileSync((await file.path())!, 'utf8');
      if (ext === '.ojf') expect(JSON.parse(text).stages.map((x: { name: string }) => x.name)).toEqual(['Find', 'Ride']);
      else expect(text).toContain('    Unlock the bike: 2: Rider');
    }
  });
});
