/** Variants FORMATS.md section 2 describes without a sample file: written inline here (synthetic). */
import { describe, expect, it } from 'vitest';
import { importKpiFile } from '../../../shared/kpi/importKpiFile';
import type { KpiImport } from '../../../shared/kpi/types';
import { expectValue, metricOf, valueOf } from './kpiTestUtil';

function ok(text: string | Uint8Array, name = 'file.csv', options = {}): KpiImport {
  const r = importKpiFile(typeof text === 'string' ? new TextEncoder().encode(text) : text, name, options);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('Universal Analytics in Dutch (2.3): localized headers and numbers, English preamble', () => {
  const v = ok([
    '# ----------------------------------------', '# All Web Site Data', '# Browser', '# 20150416-20150416', '# ----------------------------------------', '',
    "Browser,Browserversie,Sessies,% nieuwe sessies,Nieuwe gebruikers,Bouncepercentage,Pagina's/sessie,Gem. sessieduur,Doelconversieratio,Behaalde doelen,Doelwaarde",
    'Chrome,120.0,2.546,"99,88%",2.543,"61,20%","1,15",00:00:31,"0,00%",0,"US$ 0,00"',
    ',,"2.546","99,88%","2.543","61,20%","1,15",00:00:31,"0,00%",0,"US$ 0,00"',
  ].join('\n'));

  it('reads "2.546" as 2,546, "99,88%" as 0.9988, "1,15" as 1.15, US$ amounts in USD', () => {
    expect(v.source).toBe('ua');
    const scope = 'Chrome / browserversie=120.0';
    expect(valueOf(v, scope, 'sessions')).toBe(2546);
    expectValue(v, scope, 'newSessionsRate', 0.9988, 10);
    expectValue(v, scope, 'pagesPerSession', 1.15, 10);
    expect(valueOf(v, scope, 'sessionDuration')).toBe(31);
    expect(metricOf(v, scope, 'goalValue')).toMatchObject({ value: 0, unit: 'currency:USD' });
    expect(valueOf(v, 'total', 'sessions')).toBe(2546);
  });
});

describe('GA4 variants (2.1): BOM before "#", a blank line after the preamble, CRLF, a Totals row, "Conversions"', () => {
  const v = ok('\uFEFF# Start date: 20250101\r\n# End date: 20250211\r\n\r\nPage title,Views,Active users,Conversions\r\n"Home, welcome",10,8,1\r\nGrand total,12,9,1\r\n');

  it('is still a GA4 report; the Totals row is the total scope, never a sum of pages', () => {
    expect(v.source).toBe('ga4-report');
    expect(v.period).toEqual({ start: '2025-01-01', end: '2025-02-11' });
    expect(valueOf(v, 'Home, welcome', 'keyEvents')).toBe(1);
    expect(valueOf(v, 'total', 'users')).toBe(9);
  });
});

describe('GA4 funnel variants (2.2)', () => {
  it('"Active users" cells with "(xx%)", no breakdown column, Excel exponent elapsed time', () => {
    const v = ok('# a\n# b\n# Funnel-Tab\nStep,Elapsed time,Active users (% of Step 1),Completion rate,Abandonments,Abandonment rate\n1. Visit,,1000 (100%),0.4,600,0.6\n2. Buy,1.56888E+11,400 (40%),1,0,0\n');
    expect(v.source).toBe('ga4-funnel');
    expect(valueOf(v, 'Visit', 'users')).toBe(1000);
    expect(valueOf(v, 'Buy', 'users')).toBe(400);
    expect(valueOf(v, 'Buy', 'timeFromPrevious')).toBeCloseTo(156888, 6);
    expect(valueOf(v, 'Buy', 'completionRate')).toBeNull();
  });

  it('breakdown rows without any Total row: no step totals are made up by summing them', () => {
    const v = ok('Step,Device category,Active users,Completion rate,Abandonments,Abandonment rate\n1. Visit,desktop,600,0.5,300,0.5\n,mobile,500,0.2,400,0.8\n2. Buy,desktop,300,1,0,0\n,mobile,100,1,0,0\n');
    expect(v.metrics.some((m) => m.scope === 'Visit')).toBe(false);
    expect(valueOf(v, 'Visit / device=mobile', 'users')).toBe(500);
    expect(v.notes[0]).toMatch(/no Total rows: step totals are left out/);
  });
});

describe('Excel habits (2.19): sep= line, tab-separated, windows-1252', () => {
  it('a "sep=;" first line is honoured and dropped; lines keep their numbers in errors', () => {
    const v = ok('sep=;\nStage;Touchpoint;Sessions;Bounce rate\nA;Home;1.200;40,5%\nB;Blog;x;1,0%\n');
    expect(v.delimiter).toBe(';');
    expect(valueOf(v, 'Home', 'sessions')).toBe(1200);
    expect(v.errors).toEqual([{ line: 4, message: '"Sessions" has "x", which is not a number; row skipped' }]);
  });

  it('a windows-1252 German file (no BOM, not UTF-8) decodes umlauts and €', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Phase;Touchpoint;Besucher;CLTV;Conversion Rate\nBindung;K'), 0xfc, ...new TextEncoder().encode('ndigung;902;98.450,00 '), 0x80, ...new TextEncoder().encode(';4,7%\n')]);
    const v = ok(bytes);
    expect(v.encoding).toBe('windows-1252');
    expect(metricOf(v, 'Kündigung', 'cltv')).toMatchObject({ value: 98450, unit: 'currency:EUR' });
  });

  it('TSV with quoted fields', () => {
    const v = ok('Step\tUsers\n"1. Visit"\t10\n"2. Buy"\t4\n', 'funnel.tsv');
    expect(v.delimiter).toBe('\t');
    expectValue(v, 'Buy', 'conversion', 0.4, 12);
  });
});

describe('date order nothing decides is flagged (9.)', () => {
  it('a Day Index of 01/04 … 12/04 could be DMY or MDY: read as DMY and flagged; --dateOrder MDY changes it', () => {
    const days = Array.from({ length: 12 }, (_, i) => `${String(i + 1).padStart(2, '0')}/04/2019,"1,${String(i).padStart(3, '0')}"`);
    const text = ['# All Web Site Data', '# 20190401-20190412', '', 'Day Index,Sessions', ...days, ',"12,066"'].join('\n');
    const v = ok(text);
    expect(v.notes).toContain('"Day Index" dates could be day/month or month/day (no day over 12): read as DMY; set the dateOrder option to MDY if that is wrong');
    expect(valueOf(v, '2019-04-12', 'sessions')).toBe(1011);
    const mdy = ok(text, 'file.csv', { dateOrder: 'MDY' });
    expect(valueOf(mdy, '2019-12-04', 'sessions')).toBe(1011);
    expect(mdy.notes.some((n) => /could be/.test(n))).toBe(false);
  });
});
