/** importKpiFile: refusals with clear messages, malformed rows with their lines, the generic import, options. */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importKpiFile } from '../../../shared/kpi/importKpiFile';
import { datasetSchema } from '../../../shared/model/schema';
import type { KpiImport } from '../../../shared/kpi/types';
import { importSample, metricOf, sampleBytes, valueOf } from './kpiTestUtil';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
function ok(bytes: Uint8Array, name: string, options = {}): KpiImport {
  const r = importKpiFile(bytes, name, options);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('files that are not data', () => {
  it.each([
    ['empty', new Uint8Array(0), 'the file is empty'],
    ['PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'not a data file: this is a PNG image'],
    ['PDF', enc('%PDF-1.7\n1 0 obj'), 'not a data file: this is a PDF document'],
    ['legacy .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'not a data file: this is a legacy Office file (.xls/.doc): save it as .xlsx or CSV'],
    ['gzip', new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0]), 'not a data file: this is a gzip archive: unpack it first'],
    ['binary', new Uint8Array([0x41, 0, 0x42, 0x43, 0, 0, 0x44, 0x45, 0x46, 0x47, 0x48, 0]), 'not a data file: it holds binary content (NUL bytes)'],
    ['blank lines only', enc('\n\n  \n'), 'the file holds no data (only empty lines)'],
    ['a zip that is not a workbook', zipSync({ 'a.txt': strToU8('x') }), 'a zip archive but not an .xlsx workbook (no xl/workbook.xml)'],
  ])('%s is refused with a message', (_name, bytes, message) => {
    expect(importKpiFile(bytes, 'file.bin')).toEqual({ ok: false, error: { message } });
  });

  it('a file over the size limit is refused before it is read', () => {
    const r = importKpiFile(new Uint8Array(2_000_001), 'big.csv', {}, { maxBytes: 2_000_000 });
    expect(r).toEqual({ ok: false, error: { message: 'the file is 2.0 MB; the import limit is 2 MB' } });
  });

  it('invalid JSON is located (line and column)', () => {
    const r = importKpiFile(enc('{\n  "data": {\n    "x": [1, 2,,]\n  }\n}'), 'funnel.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.line).toBe(3);
      expect(r.error.message).toMatch(/^invalid JSON at line 3, column \d+/);
    }
  });

  it('JSON that is no known response, and text with no numbers, are refused', () => {
    expect(importKpiFile(enc('{"hello": "world"}'), 'x.json')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not a funnel or survey response/) } });
    expect(importKpiFile(enc('name,comment\nAnna,great\nBen,fine\n'), 'notes.csv')).toMatchObject({ ok: false, error: { message: 'no table with numbers that Waymark can read was found' } });
  });

  it('an unknown forced source lists the known ones', () => {
    const r = importKpiFile(sampleBytes('ga4_pages_and_screens_may2024.csv'), 'x.csv', { source: 'nope' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^unknown source "nope" \(known: .*ga4-report.*generic\)$/);
  });

  it('never throws, whatever the bytes', () => {
    let seed = 7;
    const rand = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; };
    const base = sampleBytes('ua_landing_pages_apr2019.csv');
    for (let k = 0; k < 300; k++) {
      const b = base.slice(0, rand() % base.length + 1);
      for (let j = 0; j < 5; j++) b[rand() % b.length] = rand() % 256;
      const r = importKpiFile(b, 'damaged.csv');
      expect(typeof r.ok).toBe('boolean');
    }
  });
});

describe('malformed rows: excluded and reported with their line, never repaired', () => {
  const text = [
    '# Start date: 20240501', '# End date: 20240531',
    'Page path and screen class,Views,Active users,Key events',
    '/,100,50,1',
    '/a,200,80',                // too few fields
    '/b,300,90,2,9',            // too many
    '/c,abc,10,0',              // not a number
    '"/d,400,10,0',             // unclosed quote
  ].join('\n');
  const v = ok(enc(text), 'ga4.csv');

  it('keeps the good row, reports each bad one with its line and reason', () => {
    expect(v.source).toBe('ga4-report');
    expect(v.rowsRead).toBe(5);
    expect(v.rowsImported).toBe(1);
    expect(v.errors).toEqual([
      { line: 5, message: 'expected 4 fields like the header, found 3; row skipped' },
      { line: 6, message: 'expected 4 fields like the header, found 5; row skipped' },
      { line: 7, message: '"Views" has "abc", which is not a number; row skipped' },
      { line: 8, message: 'quoted field opened on line 8 is never closed; row skipped' },
    ]);
    expect(new Set(v.metrics.map((m) => m.scope))).toEqual(new Set(['/']));
  });

  it('a number in the wrong locale for its column is an error, not reinterpreted', () => {
    const w = ok(enc('Stage;Touchpoint;Sessions;Conversion Rate\nA;Home;1.200;4,5%\nB;Blog;300;1.5%\n'), 'de.csv');
    expect(w.errors).toEqual([{ line: 3, message: '"Conversion Rate" has "1.5%", which is not a number; row skipped' }]);
    expect(valueOf(w, 'Home', 'sessions')).toBe(1200);
    expect(valueOf(w, 'Home', 'conversion')).toBeCloseTo(0.045, 12);
  });
});

describe('the generic column import (fallback)', () => {
  const v = ok(enc('Region,Orders,Share,Avg handle time,Refunds,Updated\nNorth,"1,204",12.5%,00:04:10,£30.00,2024-05-01\nSouth,980,7.5%,00:02:00,£12.50,2024-05-02\n'), 'anything.csv');

  it('every numeric column becomes a metric named by its header, scoped by the first text column', () => {
    expect(v.source).toBe('generic');
    expect(metricOf(v, 'North', 'Orders')).toEqual({ scope: 'North', metric: 'Orders', value: 1204, unit: 'number' });
    expect(metricOf(v, 'South', 'Share')).toMatchObject({ value: 0.075, unit: 'fraction' });
    expect(metricOf(v, 'North', 'Avg handle time')).toMatchObject({ value: 250, unit: 'seconds' });
    expect(metricOf(v, 'South', 'Refunds')).toMatchObject({ value: 12.5, unit: 'currency:GBP' });
  });

  it('date and text columns are listed as not imported', () => {
    expect(v.metrics.some((m) => m.metric === 'Updated')).toBe(false);
    expect(v.notes[0]).toMatch(/scope from "Region"; 4 numeric columns imported; not imported: "Updated" \(text\)/);
  });

  it('can be forced on any table (options.source = generic)', () => {
    const g = importSample('ga4_pages_and_screens_may2024.csv', { source: 'generic' });
    expect(g.source).toBe('generic');
    expect(valueOf(g, '/cart', 'Views')).toBe(9034);
  });
});

describe('several tables, sheets and the document schema', () => {
  it('a workbook gives one import with every recognized sheet; options.table picks one', () => {
    const all = importSample('journey_kpi_workbook.xlsx');
    expect(all.source.split('+')).toContain('stage-kpis');
    expect(all.notes).toContain('sheet "Stage KPIs": read as stage-kpis');
    expect(all.notes.some((n) => n.startsWith('sheet "Trustpilot export": read as '))).toBe(true);
    const one = importSample('journey_kpi_workbook.xlsx', { table: 'Stage KPIs' });
    expect(one.source).toBe('stage-kpis');
    expect(one.metrics.length).toBeLessThan(all.metrics.length);
  });

  it('UA: both tables in one import; options.table = "Day Index" picks the daily table', () => {
    const day = importSample('ua_landing_pages_apr2019.csv', { table: 'Day Index' });
    expect(day.metrics.every((m) => /^2019-04-\d\d$/.test(m.scope) || m.scope === 'total (Day Index)')).toBe(true);
    expect(day.metrics).toHaveLength(31);
  });

  it.each(['ga4_pages_and_screens_may2024.csv', 'ga4_funnel_exploration_checkout_may2024.csv', 'ua_landing_pages_apr2019.csv', 'mixpanel_funnels_signup_may2024.json', 'journey_kpi_workbook.xlsx', 'excel_de_saas_stage_kpis.csv'])('%s fits the document\'s Dataset schema', (name) => {
    const v = importSample(name);
    const dataset = {
      id: 'd1', name, source: v.source, fileName: v.fileName, importedAt: '2026-01-01T00:00:00Z',
      ...(v.period ? { period: v.period } : {}), ...(v.encoding ? { encoding: v.encoding } : {}), ...(v.delimiter ? { delimiter: v.delimiter } : {}),
      rowsRead: v.rowsRead, rowsImported: v.rowsImported, errors: v.errors, metrics: v.metrics, feedback: v.feedback,
      options: Object.fromEntries(Object.entries(v.options).filter(([, x]) => x !== undefined)),
    };
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
  });
});

describe('progress', () => {
  it('reports rising fractions while a large file is read, in order', () => {
    const lines = ['Page path and screen class,Views,Active users'];
    for (let i = 0; i < 200_000; i++) lines.push(`/p${i},${i},${i % 7}`);
    const seen: number[] = [];
    const r = importKpiFile(enc(lines.join('\n')), 'ga4.csv', {}, { onProgress: (f) => { seen.push(f); } });
    expect(r.ok && r.value.rowsImported).toBe(200_000);
    const reading = seen.filter((f) => f > 0.15 && f < 0.6);
    expect(reading.length).toBeGreaterThanOrEqual(3); // every 65,536 records
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe('the dataset cap', () => {
  it('past 200,000 values a file’s rows are counted, not kept: the notice gives the exact number left out', async () => {
    const { generateGa4PagesCsv } = await import('../../../bench/generateJourney');
    const rows = 30_000;
    const r = importKpiFile(strToU8(generateGa4PagesCsv(rows).join('')), 'ga4_pages_and_screens.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.rowsImported).toBe(rows);
    const perRow = new Set(r.value.metrics.map((m) => m.metric)).size;
    expect(r.value.metrics).toHaveLength(200_000);
    const said = [...r.value.errors.map((e) => e.message), ...r.value.notes].join('\n');
    expect(said).toContain(`${rows * perRow - 200_000} more values than the 200,000 a dataset holds were left out`);
  });
});
