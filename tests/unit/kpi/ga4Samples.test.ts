/** FORMATS.md 3.1 and 3.2: the GA4 standard report and funnel exploration samples. */
import { describe, expect, it } from 'vitest';
import { expectValue, importSample, metricOf, valueOf } from './kpiTestUtil';

describe('3.1 ga4_pages_and_screens_may2024.csv (GA4 standard report)', () => {
  const v = importSample('ga4_pages_and_screens_may2024.csv');

  it('is recognized as a GA4 report with its period and title from the preamble', () => {
    expect(v.source).toBe('ga4-report');
    expect(v.period).toEqual({ start: '2024-05-01', end: '2024-05-31' });
    expect(v.title).toBe('Pages and screens');
    expect(v.encoding).toBe('utf-8');
    expect(v.delimiter).toBe(',');
  });

  it('reads the ten data rows (the header comes right after the "# " line) and no totals row', () => {
    expect(v.rowsRead).toBe(10);
    expect(v.rowsImported).toBe(10);
    expect(v.errors).toEqual([]);
    expect(new Set(v.metrics.map((m) => m.scope)).size).toBe(10);
    expect(v.metrics.some((m) => m.scope === 'total')).toBe(false);
  });

  const rows: [string, number, number, number, number, number, number][] = [
    ['/', 48213, 21877, 2.2038, 41.83, 0, 0],
    ['/collections/trail-running', 22950, 11022, 2.0822, 63.30, 0, 0],
    ['/products/summit-trail-runner-x', 15488, 8710, 1.7782, 88.41, 0, 0],
    ['/search?q=boots,waterproof', 3391, 2204, 1.5386, 27.53, 0, 0],
    ['/cart', 9034, 5120, 1.7645, 52.07, 0, 0],
    ['/checkout', 6120, 3902, 1.5684, 97.61, 0, 0],
    ['/checkout/payment', 4388, 3011, 1.4573, 71.20, 0, 0],
    ['/checkout/order-confirmation', 2610, 2488, 1.0490, 19.48, 2488, 287413.55],
    ['/account/orders', 3102, 1190, 2.6067, 44.19, 0, 0],
    ['(not set)', 212, 198, 1.0707, 0, 0, 0],
  ];
  it.each(rows)('%s: views, active users, views/user, time on page (s), key events, revenue', (page, views, users, vpu, time, key, revenue) => {
    expect(valueOf(v, page, 'views')).toBe(views);
    expect(valueOf(v, page, 'users')).toBe(users);
    expectValue(v, page, 'viewsPerUser', vpu, 4);
    expectValue(v, page, 'timeOnPage', time, 2);
    expect(metricOf(v, page, 'timeOnPage').unit).toBe('seconds');
    expect(valueOf(v, page, 'keyEvents')).toBe(key);
    expect(valueOf(v, page, 'revenue')).toBeCloseTo(revenue, 2);
  });

  it('keeps full precision (no rounding on the way in)', () => {
    expect(valueOf(v, '/', 'viewsPerUser')).toBe(2.20382136490378);
    expect(valueOf(v, '/', 'timeOnPage')).toBe(41.83192393838278);
  });

  it('trap: the quoted path with a comma is one page, not two columns', () => {
    expect(v.metrics.filter((m) => m.scope === '/search?q=boots,waterproof')).toHaveLength(7);
    expect(v.metrics.some((m) => m.scope === '"/search?q=boots' || m.scope === '/search?q=boots')).toBe(false);
  });

  it('trap: (not set) is kept as a real page, not treated as missing', () => {
    expect(valueOf(v, '(not set)', 'views')).toBe(212);
  });

  it('trap: active users are per page only; no stage or file total is made by summing them', () => {
    expect(v.metrics.filter((m) => m.metric === 'users')).toHaveLength(10);
  });
});

describe('3.2 ga4_funnel_exploration_checkout_may2024.csv (GA4 funnel exploration)', () => {
  const v = importSample('ga4_funnel_exploration_checkout_may2024.csv');

  it('is recognized as a GA4 funnel, with the exploration name from line 3 and the period', () => {
    expect(v.source).toBe('ga4-funnel');
    expect(v.title).toBe('Checkout journey-Funnel exploration 1');
    expect(v.period).toEqual({ start: '2024-05-01', end: '2024-05-31' });
    expect(v.rowsRead).toBe(20);
    expect(v.errors).toEqual([]);
  });

  // Step, users, to next step, drop-off n, drop-off rate, % of step 1, elapsed from previous (s)
  const steps: [string, number, number | null, number | null, number | null, number, number | null][] = [
    ['View product', 18620, 0.2800, 13406, 0.7200, 1, null],
    ['Add to cart', 5214, 0.6483, 1834, 0.3517, 0.2800, 61.8],
    ['Begin checkout', 3380, 0.7902, 709, 0.2098, 0.1815, 144.0],
    ['Add payment info', 2671, 0.9315, 183, 0.0685, 0.1434, 95.3],
    ['Purchase', 2488, null, null, null, 0.1336, 40.1],
  ];
  it.each(steps)('%s (Total row): users, completion, drop-off, rate, overall, elapsed', (step, users, completion, drop, dropRate, overall, elapsed) => {
    expect(valueOf(v, step, 'users')).toBe(users);
    expectValue(v, step, 'completionRate', completion, 4);
    expectValue(v, step, 'dropOff', drop, 0);
    expectValue(v, step, 'dropOffRate', dropRate, 4);
    expectValue(v, step, 'overallConversion', overall, 4);
    expectValue(v, step, 'timeFromPrevious', elapsed, 1);
  });

  it('strips the "1. " numbering into a step index', () => {
    expect(['View product', 'Add to cart', 'Begin checkout', 'Add payment info', 'Purchase'].map((s) => valueOf(v, s, 'stepIndex'))).toEqual([1, 2, 3, 4, 5]);
    expect(v.metrics.some((m) => m.scope.startsWith('1. '))).toBe(false);
  });

  it('reads Elapsed time as microseconds (61834567.23 µs = 61.83 s)', () => {
    expect(valueOf(v, 'Add to cart', 'timeFromPrevious')).toBeCloseTo(61.8345672341092, 9);
  });

  it('trap: the last step\'s "1,0,0" means no next step: completion, drop-off and rate are missing, not 1/0/0', () => {
    for (const m of ['completionRate', 'dropOff', 'dropOffRate']) expect(valueOf(v, 'Purchase', m), m).toBeNull();
    expect(v.notes.some((n) => /no next step/.test(n))).toBe(true);
  });

  it('forward-fills the empty Step cell of breakdown rows: device users per step', () => {
    const devices: Record<string, number[]> = {
      desktop: [7410, 2390, 1622, 1318, 1251],
      mobile: [10588, 2720, 1702, 1317, 1206],
      tablet: [902, 164, 96, 76, 70],
    };
    const names = ['View product', 'Add to cart', 'Begin checkout', 'Add payment info', 'Purchase'];
    for (const [device, counts] of Object.entries(devices)) {
      expect(names.map((s) => valueOf(v, `${s} / device=${device}`, 'users')), device).toEqual(counts);
    }
  });

  it('trap: device rows sum to 18,900 at step 1 but the step total is the Total row, 18,620', () => {
    const sum = ['desktop', 'mobile', 'tablet'].reduce((a, d) => a + valueOf(v, `View product / device=${d}`, 'users')!, 0);
    expect(sum).toBe(18900);
    expect(valueOf(v, 'View product', 'users')).toBe(18620);
    expectValue(v, 'Purchase', 'overallConversion', 2488 / 18620, 10);
  });

  it('computes breakdown funnels from their own counts (desktop step 1 → 2: 2390/7410)', () => {
    expectValue(v, 'View product / device=desktop', 'completionRate', 2390 / 7410, 10);
    expectValue(v, 'Add to cart / device=mobile', 'conversion', 2720 / 10588, 10);
  });

  it('the computed rates agree with the file\'s Completion rate column (no mismatch notes)', () => {
    expect(v.notes.filter((n) => /the file says/.test(n))).toEqual([]);
  });
});
