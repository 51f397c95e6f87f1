/**
 * Amplitude, Heap, PostHog and Adobe from the shapes FORMATS.md documents. No real samples
 * exist: the fixtures in tests/fixtures/kpi/ are SYNTHETIC (see its README).
 */
import { describe, expect, it } from 'vitest';
import { importKpiFile } from '../../../shared/kpi/importKpiFile';
import { expectValue, importSample, metricOf, SYNTHETIC, valueOf } from './kpiTestUtil';

const synthetic = (name: string, options = {}) => importSample(name, options, SYNTHETIC);

describe('Amplitude funnel API response (synthetic)', () => {
  const v = synthetic('amplitude_funnel_synthetic.json');

  it('recognized; counts from cumulativeRaw; rates from the counts', () => {
    expect(v.source).toBe('amplitude');
    expect(['Viewed Pricing', 'Started Signup', 'Completed Signup'].map((s) => valueOf(v, s, 'users'))).toEqual([340, 208, 191]);
    expectValue(v, 'Started Signup', 'conversion', 208 / 340, 12);
    expectValue(v, 'Completed Signup', 'overallConversion', 0.5618, 4);
    expectValue(v, 'Viewed Pricing', 'dropOff', 132, 0);
    expect(v.notes.filter((n) => /the file says/.test(n))).toEqual([]);
  });

  it('transition times are milliseconds: 61,000 ms avg = 61 s; index 0 is missing, not 0', () => {
    expect(valueOf(v, 'Started Signup', 'timeFromPrevious')).toBe(61);
    expect(valueOf(v, 'Completed Signup', 'medianTimeFromPrevious')).toBe(120);
    expect(valueOf(v, 'Viewed Pricing', 'timeFromPrevious')).toBeNull();
  });

  it('a group-by gives one series per group and no total (groups are never summed)', () => {
    const g = synthetic('amplitude_funnel_grouped_synthetic.json');
    expect(valueOf(g, 'Viewed Pricing / group=mobile', 'users')).toBe(200);
    expect(valueOf(g, 'Started Signup / group=desktop', 'users')).toBe(105);
    expectValue(g, 'Started Signup / group=desktop', 'conversion', 0.7, 12);
    expect(g.metrics.some((m) => m.scope === 'Viewed Pricing')).toBe(false);
  });

  it('a wrong field is a located error, not a guess', () => {
    const bad = new TextEncoder().encode(JSON.stringify({ data: [{ events: ['a', 'b'], cumulativeRaw: [10, 'x'], stepByStep: [1, 0.5] }] }));
    const r = importKpiFile(bad, 'amp.json');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.errors).toEqual([{ line: 0, message: 'data[0].cumulativeRaw: expected 2 counts' }]);
  });
});

describe('Heap funnel by column mapping (synthetic)', () => {
  const v = synthetic('heap_funnel_synthetic.csv');

  it('recognized as Heap from the file name; names from the Event column; 340 → 208 → 191', () => {
    expect(v.source).toBe('heap');
    expect(['Viewed Pricing', 'Started Signup', 'Completed Signup'].map((s) => valueOf(v, s, 'users'))).toEqual([340, 208, 191]);
    expectValue(v, 'Completed Signup', 'overallConversion', 0.5618, 4);
    expectValue(v, 'Completed Signup', 'conversion', 0.9183, 4);
    expect(v.notes).toEqual([]); // the stated rates agree with the counts
  });

  it('the same table under another name is a generic funnel table', () => {
    const r = importKpiFile(new TextEncoder().encode('Step,Users\n1. Landing,100\n2. Signup,40\n'), 'funnel.csv');
    expect(r.ok && r.value.source).toBe('funnel-table');
    if (r.ok) expectValue(r.value, 'Signup', 'conversion', 0.4, 12);
  });

  it('a stated rate that disagrees with the counts is noted with its line', () => {
    const r = importKpiFile(new TextEncoder().encode('Step,Users,Conversion rate\nA,100,100%\nB,40,45%\n'), 'heap.csv');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.notes).toEqual(['line 3: "B" Conversion rate: the file says 0.45, the counts give 0.4']);
  });
});

describe('PostHog funnel insight CSV (synthetic)', () => {
  const v = synthetic('posthog_funnel_synthetic.csv');

  it('recognized; CRLF; counts; no rate columns in the file, so rates are computed', () => {
    expect(v.source).toBe('posthog');
    expect(v.errors).toEqual([]);
    expect(['Viewed pricing', 'Signed up', 'Created project'].map((s) => valueOf(v, s, 'users'))).toEqual([1200, 420, 300]);
    expectValue(v, 'Signed up', 'conversion', 0.35, 12);
    expectValue(v, 'Created project', 'overallConversion', 0.25, 12);
    expectValue(v, 'Viewed pricing', 'dropOffRate', 0.65, 12);
  });

  it('conversion times in seconds (172800.0 = 2 days); step 1\'s empty (None) time is missing', () => {
    expect(valueOf(v, 'Signed up', 'medianTimeFromPrevious')).toBe(172800);
    expect(valueOf(v, 'Signed up', 'timeFromPrevious')).toBe(190000.5);
    expect(valueOf(v, 'Viewed pricing', 'timeFromPrevious')).toBeNull();
  });

  it('breakdown values are separate series, never summed into a total', () => {
    const b = synthetic('posthog_funnel_breakdown_synthetic.csv');
    expect(valueOf(b, 'Signed up / breakdown=Chrome::desktop', 'users')).toBe(300);
    expectValue(b, 'Signed up / breakdown=Safari::mobile', 'conversion', 0.3, 12);
    expect(b.metrics.some((m) => m.scope === 'Signed up')).toBe(false);
  });
});

describe('Adobe Analytics freeform table (synthetic)', () => {
  const v = synthetic('adobe_freeform_synthetic.csv');

  it('recognized; BOM; the quoted "# Date" line gives the period; report suite in the title', () => {
    expect(v.source).toBe('adobe');
    expect(v.encoding).toBe('utf-8-bom');
    expect(v.period).toEqual({ start: '2024-05-01', end: '2024-05-31' });
    expect(v.title).toBe('Freeform (Northwind Outdoor (prod))');
  });

  it('the dimension-name row holds the totals; two header rows give metric and segment', () => {
    expect(valueOf(v, 'Referring Domain=total', 'sessions')).toBe(120000);
    expect(valueOf(v, 'Referring Domain=total / segment=Mobile Phone', 'sessions')).toBe(70000);
    expect(valueOf(v, 'Referring Domain=google.com / segment=Other', 'sessions')).toBe(20000);
    expect(valueOf(v, 'Referring Domain=google.com', 'transactions')).toBe(1300);
  });

  it('"Unspecified" is kept as an item; rates stay raw fractions; the second table is read too', () => {
    expect(valueOf(v, 'Referring Domain=Unspecified', 'sessions')).toBe(9000);
    expect(metricOf(v, 'Page=cart', 'bounceRate')).toMatchObject({ value: 0.0012691731028697322, unit: 'fraction' });
    expect(valueOf(v, 'Page=total', 'bounceRate')).toBe(0.4012);
  });

  it('trap: the totals are taken from the file, not summed (items add up to less here)', () => {
    const items = ['google.com', 'Unspecified', 'bing.com'].reduce((a, d) => a + valueOf(v, `Referring Domain=${d}`, 'sessions')!, 0);
    expect(items).not.toBe(valueOf(v, 'Referring Domain=total', 'sessions'));
  });

  it('options.table picks one table (scopes then plain)', () => {
    const one = synthetic('adobe_freeform_synthetic.csv', { table: '2' });
    expect(valueOf(one, 'home', 'bounceRate')).toBe(0.35);
    expect(one.metrics.some((m) => m.metric === 'sessions')).toBe(false);
  });
});
