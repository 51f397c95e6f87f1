/** The web build's Export dialog: a live preview, then SVG, PNG, CSV and PDF as downloads; settings remembered per map. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readPhysDpi } from '../../shared/export/pngPhys';
import { loadJourney } from '../../shared/file/loadJourney';
import { JourneyPage } from './JourneyPage';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => { delete (window as any).showOpenFilePicker; delete (window as any).showSaveFilePicker; });
});

/** How long the last export took, from the click on Export to the download. */
let lastExportMs = 0;

async function exportAs(page: Page, format: RegExp, setup?: () => Promise<void>): Promise<Buffer> {
  await page.getByRole('button', { name: /^Export PNG, PDF/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format }).check();
  await setup?.();
  const download = page.waitForEvent('download');
  const started = Date.now();
  await dialog.getByRole('button', { name: /^Export .*…$/ }).click();
  const file = await download;
  lastExportMs = Date.now() - started;
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

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

test('PDF: the desktop\'s composition in the page; card titles are text, qpdf finds no error, Inter embedded; tiled A4 gives several pages', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const app = new JourneyPage(page);
  await app.open();
  const pdf = await exportAs(page, /^PDF$/);
  testInfo.annotations.push({ type: 'timing', description: `Northwind PDF (A3, fit), first in the page (starts the PDF worker, fetches Inter): ${lastExportMs} ms from Export to download` });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const path = testInfo.outputPath('northwind.pdf');
  writeFileSync(path, pdf);

  // -raw keeps content-stream order: a card's wrapped lines stay together.
  const text = flat(run('pdftotext', ['-raw', path, '-']));
  const loaded = loadJourney(readFileSync('assets/samples/northwind-outdoor.journey', 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.message);
  const journey = loaded.value.journey;
  const titles = Object.values(journey.cards).map((c) => flat(c.title)).filter(Boolean);
  expect(titles.length).toBeGreaterThan(10);
  expect(titles.filter((t) => !text.includes(t))).toEqual([]);
  expect(text).toContain(`Persona: ${Object.values(journey.personas).map((p) => p.name).join(', ')}`);
  expect(text).toContain(new Date().toISOString().slice(0, 10)); // the title block's date
  execFileSync('qpdf', ['--check', path]); // throws on a non-zero exit
  const fonts = run('pdffonts', [path]).split('\n').slice(2).filter(Boolean).map((l) => l.split(/\s+/));
  expect(fonts.map((f) => f[0]!.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['Inter-Bold', 'Inter-Regular', 'Inter-SemiBold']);
  for (const f of fonts) expect(f.slice(-5, -3)).toEqual(['yes', 'yes']); // embedded, subset
  const info = run('pdfinfo', [path]);
  expect(info).toMatch(/^Pages:\s+1$/m);
  expect(info).toMatch(/^Title:\s+Northwind Outdoor: buying trail shoes online$/m);
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  expect([Math.round(Number(w)), Math.round(Number(h))]).toEqual([842, 1191]); // A3, turned to the map's (tall) shape
  mkdirSync('artifacts/screenshots', { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', path, 'artifacts/screenshots/export-pdf-browser']);

  // Tiles on A4: the dialog's choices reach the shared tile grid.
  const tiled = await exportAs(page, /^PDF$/, async () => {
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('combobox', { name: 'Paper' }).selectOption('A4');
    await dialog.getByRole('radio', { name: /Tile across pages/ }).check();
  });
  testInfo.annotations.push({ type: 'timing', description: `Northwind PDF (A4 tiles, worker and fonts already loaded): ${lastExportMs} ms from Export to download` });
  const tiledPath = testInfo.outputPath('northwind-a4-tiles.pdf');
  writeFileSync(tiledPath, tiled);
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(run('pdfinfo', [tiledPath]))![1]);
  expect(pages).toBeGreaterThan(1);
  execFileSync('qpdf', ['--check', tiledPath]);
  expect(flat(run('pdftotext', ['-f', '1', '-l', '1', tiledPath, '-']))).toContain(`Page 1 of ${pages} · row 1, column 1`);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', tiledPath, 'artifacts/screenshots/export-pdf-browser-tile1']);
  await expect(page.getByText(new RegExp(`Exported .*\\.pdf \\(${pages} pages\\)`))).toBeVisible();
});

test('PDF: Cancel while the worker draws ends it, nothing is downloaded, and the next export works', async ({ page }) => {
  const app = new JourneyPage(page);
  await app.open();
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await page.getByRole('button', { name: /^Export PNG, PDF/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /^PDF$/ }).check();
  await dialog.getByRole('combobox', { name: 'Paper' }).selectOption('A4');
  await dialog.getByRole('radio', { name: /Tile across pages/ }).check();
  await dialog.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Export: drawing the PDF' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel export' }).click();
  await expect(dialog.getByRole('progressbar')).toBeHidden();
  await expect(dialog.getByRole('button', { name: 'Export PDF…' })).toBeVisible();
  await page.waitForTimeout(3000); // longer than the whole export takes here
  expect(downloads).toEqual([]);
  await expect(dialog.getByTestId('export-error')).toHaveCount(0);

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export PDF…' }).click();
  const pdf = readFileSync(await (await download).path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(downloads).toEqual(['Northwind Outdoor buying trail shoes online.pdf']);
});
