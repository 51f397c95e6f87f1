/** The xlsx reader: the sample workbook cell by cell (cross-checked with read-excel-file), 1904 dates, zip bombs. */
import { strToU8, zipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../shared/kpi/xlsx/readWorkbook';
import { inspectZip } from '../../../shared/kpi/xlsx/inspectZip';
import { importKpiFile } from '../../../shared/kpi/importKpiFile';
import type { SheetCell } from '../../../shared/kpi/types';
import { sampleBytes } from './kpiTestUtil';

const workbookBytes = sampleBytes('journey_kpi_workbook.xlsx');

function read(bytes: Uint8Array) {
  const r = readWorkbook(bytes);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

/** A minimal workbook: one sheet with the given <sheetData> rows and styles. */
function makeWorkbook(rowsXml: string, opts: { date1904?: boolean; numFmts?: string; xfs?: string; strings?: string[] } = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(`<workbook xmlns:r="r"><workbookPr date1904="${opts.date1904 ? '1' : '0'}"/><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/data.xml"/></Relationships>'),
    'xl/styles.xml': strToU8(`<styleSheet>${opts.numFmts ?? ''}<cellXfs><xf numFmtId="0"/>${opts.xfs ?? ''}</cellXfs></styleSheet>`),
    'xl/sharedStrings.xml': strToU8(`<sst>${(opts.strings ?? []).map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`),
    'xl/worksheets/data.xml': strToU8(`<worksheet><sheetData>${rowsXml}</sheetData></worksheet>`),
  });
}

describe('the sample workbook (FORMATS.md 3.14)', () => {
  const wb = read(workbookBytes);
  const stage = wb.sheets[0]!;

  it('has the two sheets, 1900 date system', () => {
    expect(wb.sheets.map((s) => s.name)).toEqual(['Stage KPIs', 'Trustpilot export']);
    expect(wb.date1904).toBe(false);
  });

  it('Stage KPIs: merged title in A1, row 2 blank, headers on row 3', () => {
    expect(stage.rows[0]).toEqual([{ type: 'string', value: 'Northwind Outdoor – journey KPIs (May 2024)' }]);
    expect(stage.rows[1]).toEqual([]);
    expect(stage.rows[2]!.map((c) => (c as { value: string }).value)).toEqual(['Stage', 'Touchpoint', 'Sessions', 'Conversion rate', 'Bounce rate', 'CSAT (% satisfied)', 'Avg. time on page (s)', 'CLTV (cohort, GBP)', 'Churn rate (90d)', 'Last updated']);
  });

  it('keeps number formats: 10 (0.00%), 0.0%, 9 (0%), [$£-809]#,##0.00; date serials with format 14 become ISO dates', () => {
    expect(stage.rows[3]![3]).toEqual({ type: 'number', value: 0.0184, format: '0.00%' });
    expect(stage.rows[3]![4]).toEqual({ type: 'number', value: 0.3892, format: '0.0%' });
    expect(stage.rows[5]![5]).toEqual({ type: 'number', value: 0.82, format: '0%' });
    expect(stage.rows[8]![7]).toEqual({ type: 'number', value: 1234567.891, format: '[$£-809]#,##0.00' });
    expect(stage.rows[3]![9]).toEqual({ type: 'date', value: '2024-05-31' });
    expect(stage.rows[8]![9]).toEqual({ type: 'date', value: '2024-05-20' });
  });

  it('D7 is the formula 2488/C7: its cached value; J8 and H10 are text cells; empty styled cells are null', () => {
    expect(stage.rows[6]![3]).toEqual({ type: 'number', value: 0.4065359477124183, format: '0.00%' });
    expect(stage.rows[7]![9]).toEqual({ type: 'string', value: '31/05/2024' });
    expect(stage.rows[9]![7]).toEqual({ type: 'string', value: '£2,310,400.00' });
    expect(stage.rows[3]![5]).toBeNull();
  });

  it('Trustpilot export: datetime serial B2 = 2024-05-03T10:21:44, Reference Id "00012345" stays a string', () => {
    const tp = wb.sheets[1]!;
    expect(tp.rows[1]![1]).toEqual({ type: 'date', value: '2024-05-03T10:21:44' });
    expect(tp.rows[3]![8]).toEqual({ type: 'string', value: '00012345' });
    expect(tp.rows[5]![8]).toBeNull();
  });

  it('agrees with read-excel-file/universal on every cell of both sheets', async () => {
    const lib = await readXlsxFile(workbookBytes.slice().buffer);
    expect(lib.map((s) => s.sheet)).toEqual(wb.sheets.map((s) => s.name));
    let compared = 0;
    lib.forEach((libSheet, k) => {
      const ours = wb.sheets[k]!.rows;
      libSheet.data.forEach((row, r) => row.forEach((value, c) => {
        const cell: SheetCell = ours[r]?.[c] ?? null;
        if (value === null) expect(cell, `${libSheet.sheet} r${r} c${c}`).toBeNull();
        else if (value instanceof Date) {
          expect(cell?.type).toBe('date');
          const mine = Date.parse(`${(cell as { value: string }).value}${(cell as { value: string }).value.length === 10 ? 'T00:00:00' : ''}Z`);
          expect(Math.round(value.getTime() / 1000)).toBe(Math.round(mine / 1000)); // the library's 10:21:43.999 is 10:21:44
        } else expect((cell as { value: unknown }).value, `${libSheet.sheet} r${r} c${c}`).toBe(value);
        compared++;
      }));
    });
    expect(compared).toBeGreaterThan(150);
  });
});

describe('cell types and date systems', () => {
  it('1904 system: serial 0 is 1904-01-01; inline strings, booleans, error cells, cells without r attributes', () => {
    const bytes = makeWorkbook(
      '<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43981</v></c><c r="C1" t="inlineStr"><is><t>a &amp; b</t></is></c></row>'
      + '<row><c t="b"><v>1</v></c><c t="e"><v>#DIV/0!</v></c><c t="s"><v>0</v></c><c t="str"><f>A1</f><v>x</v></c></row>',
      { date1904: true, xfs: '<xf numFmtId="14"/>', strings: ['shared_x000D_'] },
    );
    const wb = read(bytes);
    expect(wb.date1904).toBe(true);
    expect(wb.sheets[0]!.rows).toEqual([
      [{ type: 'date', value: '1904-01-01' }, { type: 'date', value: '2024-05-31' }, { type: 'string', value: 'a & b' }],
      [{ type: 'boolean', value: true }, { type: 'string', value: '#DIV/0!' }, { type: 'string', value: 'shared\r' }, { type: 'string', value: 'x' }],
    ]);
  });

  it('the same serial in the 1900 system is a date 1,462 days later', () => {
    const wb = read(makeWorkbook('<row r="1"><c r="A1" s="1"><v>43981</v></c></row>', { xfs: '<xf numFmtId="14"/>' }));
    expect(wb.sheets[0]!.rows[0]![0]).toEqual({ type: 'date', value: '2020-05-30' });
  });
});

describe('zip-bomb guard (checked before inflating)', () => {
  it('refuses an entry whose declared size is out of proportion to its compressed size (20 MB of zeros)', () => {
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const r = readWorkbook(bomb);
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/^refused: entry "xl\/workbook.xml" has a compression ratio of \d+:1 \(limit 200:1\); it may be a zip bomb$/) });
    const imported = importKpiFile(bomb, 'bomb.xlsx');
    expect(imported.ok).toBe(false);
    if (!imported.ok) expect(imported.error.message).toMatch(/zip bomb/);
  });

  it('refuses an entry that inflates beyond the size its header declares (a lying header)', () => {
    const payload = new Uint8Array(2 * 1024 * 1024).fill(0x41);
    const zip = zipSync({ 'xl/workbook.xml': payload }, { level: 9 });
    // declare 1,000 bytes in both the local header (offset 22) and the central directory entry (offset 24)
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    view.setUint32(22, 1000, true);
    let cd = zip.length - 22;
    while (view.getUint32(cd, true) !== 0x02014b50) cd--;
    view.setUint32(cd + 24, 1000, true);
    const r = readWorkbook(zip);
    expect(r).toEqual({ ok: false, message: 'refused: entry "xl/workbook.xml" inflates beyond its declared 1000 bytes; it may be a zip bomb' });
  });

  it('refuses too many entries and too large a declared total', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 5; i++) files[`f${i}.xml`] = strToU8('<a/>');
    const zip = zipSync(files);
    expect(inspectZip(zip, { maxEntries: 4 })).toEqual({ ok: false, message: 'refused: the archive has 5 entries (limit 4); it may be a zip bomb' });
    expect(inspectZip(zip, { maxTotalBytes: 10 })).toMatchObject({ ok: false, message: expect.stringMatching(/more than 10 bytes/) });
    expect(inspectZip(zip).ok).toBe(true);
  });

  it('a zip that is not a workbook, and a truncated one, are refused with a message', () => {
    const zip = zipSync({ 'readme.txt': strToU8('hello') });
    const r = importKpiFile(zip, 'archive.zip');
    expect(r).toEqual({ ok: false, error: { message: 'a zip archive but not an .xlsx workbook (no xl/workbook.xml)' } });
    const cut = importKpiFile(workbookBytes.subarray(0, 2000), 'cut.xlsx');
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.error.message).toMatch(/truncated or damaged|damaged zip/);
  });
});
