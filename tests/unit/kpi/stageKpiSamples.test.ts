/** FORMATS.md 3.14 ("Stage KPIs" sheet of the workbook) and 3.15 (German Excel CSV). */
import { describe, expect, it } from 'vitest';
import { expectValue, importSample, metricOf, valueOf } from './kpiTestUtil';

describe('3.14 journey_kpi_workbook.xlsx, sheet "Stage KPIs"', () => {
  const v = importSample('journey_kpi_workbook.xlsx', { table: 'Stage KPIs' });

  it('reads the sheet as a stage KPI table; the merged A1 title is the title, the header is on row 3', () => {
    expect(v.source).toBe('stage-kpis');
    expect(v.title).toBe('Northwind Outdoor – journey KPIs (May 2024)');
    expect(v.rowsRead).toBe(7);
    expect(v.rowsImported).toBe(7);
    expect(v.errors).toEqual([]);
  });

  // touchpoint, sessions, conversion, bounce, CSAT, time on page, CLTV, churn, as of
  const rows: [string, number | null, number | null, number | null, number | null, number | null, number | null, number | null, string][] = [
    ['Home page', 41207, 0.0184, 0.3892, null, 41.8, null, null, '2024-05-31'],
    ['Blog: how to choose trail shoes', 6915, 0.0029, 0.7160, null, 58.0, null, null, '2024-05-31'],
    ['Product page – Summit Trail Runner X', 8304, 0.0302, 0.5218, 0.82, 88.4, null, null, '2024-05-31'],
    ['Checkout', 6120, 0.4065, null, 0.75, 97.6, null, null, '2024-05-31'],
    ['Delivery', null, null, null, 0.667, null, null, null, '2024-05-31'],
    ['Repeat purchase email', 12480, 0.061, null, null, null, 1234567.891, 0.187, '2024-05-20'],
    ['Members club', 3310, 0.094, null, 0.90, null, 2310400.00, 0.052, '2024-05-20'],
  ];
  it.each(rows)('row %s', (tp, sessions, conv, bounce, csat, time, cltv, churn, asOf) => {
    expectValue(v, tp, 'sessions', sessions, 0);
    expectValue(v, tp, 'conversion', conv, 4);
    expectValue(v, tp, 'bounceRate', bounce, 4);
    expectValue(v, tp, 'csat', csat, 3);
    expectValue(v, tp, 'timeOnPage', time, 1);
    expectValue(v, tp, 'cltv', cltv, 3);
    expectValue(v, tp, 'churn', churn, 3);
    expect(v.asOf?.[tp]).toBe(asOf);
  });

  it('percent-formatted cells are fractions already (not divided again); CSAT in 0% format is a share', () => {
    expect(metricOf(v, 'Home page', 'conversion')).toMatchObject({ value: 0.0184, unit: 'fraction' });
    expect(metricOf(v, 'Checkout', 'csat')).toMatchObject({ value: 0.75, unit: 'fraction' });
  });

  it('D7 is a formula: its cached value 0.40653594771241831 is used', () => {
    expect(valueOf(v, 'Checkout', 'conversion')).toBe(0.4065359477124183);
  });

  it('CLTV: [$£-809] format → GBP; the text cell "£2,310,400.00" in H10 is read too', () => {
    expect(metricOf(v, 'Repeat purchase email', 'cltv').unit).toBe('currency:GBP');
    expect(valueOf(v, 'Members club', 'cltv')).toBe(2310400);
  });

  it('the text date "31/05/2024" in J8 is read as DMY; serials 45443 and 45432 with format 14 are dates', () => {
    expect(v.asOf?.Delivery).toBe('2024-05-31');
    expect(v.asOf?.['Members club']).toBe('2024-05-20');
  });

  it('empty cells are missing values (null), never 0', () => {
    expect(valueOf(v, 'Delivery', 'sessions')).toBeNull();
    expect(valueOf(v, 'Home page', 'churn')).toBeNull();
  });
});

describe('3.15 excel_de_saas_stage_kpis.csv (German Excel "CSV UTF-8")', () => {
  const v = importSample('excel_de_saas_stage_kpis.csv');

  it('BOM, semicolon, CRLF: recognized as a stage KPI table with 9 rows; the ;-only row 11 is skipped with a note', () => {
    expect(v.source).toBe('stage-kpis');
    expect(v.encoding).toBe('utf-8-bom');
    expect(v.delimiter).toBe(';');
    expect(v.rowsRead).toBe(9);
    expect(v.rowsImported).toBe(9);
    expect(v.errors).toEqual([]);
    expect(v.notes).toContain('1 empty row skipped (line 11)');
  });

  // touchpoint, visitors, conv, bounce, time (s), CSAT (1–5), NPS, churn, CLTV (EUR), as of
  const rows: [string, number, number | null, number | null, number | null, number | null, number | null, number | null, number | null, string][] = [
    ['Blogartikel „OKR-Vorlage“', 48213, 0.0042, 0.7160, 38.5, null, null, null, null, '2024-05-31'],
    ['Preisseite', 9812, 0.0600, 0.2878, 177.0, null, null, null, null, '2024-05-31'],
    ['Registrierungsformular', 1480, 0.4128, 0.0899, 190.0, 4.2, null, null, null, '2024-05-31'],
    ['Willkommens-E-Mail', 611, 0.6841, null, null, 4.5, null, null, null, '2024-05-30'],
    ['Setup-Assistent', 418, 0.5789, null, 245.3, 3.1, null, null, null, '2024-05-30'],
    ['Integration verbunden', 0, null, null, null, null, null, null, null, '2024-05-30'],
    ['Checkout (Upgrade)', 387, 0.5245, null, 96.2, 4.6, null, null, 1234567.89, '2024-05-31'],
    ['Kündigungsseite', 902, null, null, 61.0, 2.4, -12, 0.0470, 98450.00, '2024-05-31'],
    ['Kundenportal', 3310, null, null, null, 4.1, 31, 0.0190, null, '2024-05-31'],
  ];
  it.each(rows)('row %s', (tp, visitors, conv, bounce, time, csat, nps, churn, cltv, asOf) => {
    expect(valueOf(v, tp, 'users')).toBe(visitors);
    expectValue(v, tp, 'conversion', conv, 6);
    expectValue(v, tp, 'bounceRate', bounce, 6);
    expectValue(v, tp, 'timeOnPage', time, 6);
    expectValue(v, tp, 'csatMean', csat, 6);
    expectValue(v, tp, 'nps', nps, 6);
    expectValue(v, tp, 'churn', churn, 6);
    expectValue(v, tp, 'cltv', cltv, 6);
    expect(v.asOf?.[tp]).toBe(asOf);
  });

  it('trap: thousands "." — 48.213 is 48,213 visitors, not 48.213', () => {
    expect(valueOf(v, 'Blogartikel „OKR-Vorlage“', 'users')).toBe(48213);
    expect(valueOf(v, 'Kundenportal', 'users')).toBe(3310);
  });

  it('trap: #DIV/0! is missing, not 0; #NV is missing', () => {
    expect(valueOf(v, 'Integration verbunden', 'conversion')).toBeNull();
    expect(valueOf(v, 'Kundenportal', 'cltv')).toBeNull();
  });

  it('"1.234.567,89 €" is 1,234,567.89 EUR; CSAT on a 1–5 scale is a mean score, not a share', () => {
    expect(metricOf(v, 'Checkout (Upgrade)', 'cltv')).toMatchObject({ value: 1234567.89, unit: 'currency:EUR' });
    expect(metricOf(v, 'Registrierungsformular', 'csatMean').unit).toBe('score');
    expect(v.metrics.some((m) => m.metric === 'csat')).toBe(false);
  });

  it('trap: the BOM does not stick to the first header, and umlauts/„…“ decode as UTF-8', () => {
    expect(v.metrics.some((m) => m.scope.includes('\uFEFF'))).toBe(false);
    expect(v.metrics.some((m) => m.scope === 'Kündigungsseite')).toBe(true);
  });
});
