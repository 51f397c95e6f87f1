/** FORMATS.md 3.3 (Universal Analytics, UK locale) and 3.6 (Mixpanel funnels API response). */
import { describe, expect, it } from 'vitest';
import { expectValue, importSample, metricOf, valueOf } from './kpiTestUtil';

describe('3.3 ua_landing_pages_apr2019.csv (Universal Analytics)', () => {
  const v = importSample('ua_landing_pages_apr2019.csv');

  it('is recognized as UA; the period comes from the 20190401-20190430 preamble line', () => {
    expect(v.source).toBe('ua');
    expect(v.period).toEqual({ start: '2019-04-01', end: '2019-04-30' });
    expect(v.title).toBe('Landing Pages');
    expect(v.errors).toEqual([]);
    expect(v.rowsRead).toBe(7 + 31);
  });

  // sessions, % new, bounce, pages/session, avg session (s), ecom conv, transactions, revenue GBP
  const rows: [string, number, number, number, number, number, number, number, number][] = [
    ['/', 41207, 0.6231, 0.3892, 4.12, 187, 0.0184, 758, 68412.90],
    ['/collections/trail-running', 12880, 0.7105, 0.4437, 3.45, 151, 0.0211, 272, 27131.56],
    ['/products/summit-trail-runner-x', 8304, 0.8043, 0.5218, 2.27, 102, 0.0302, 251, 31870.05],
    ['/blog/how-to-choose-trail-shoes', 6915, 0.8894, 0.7160, 1.41, 58, 0.0029, 20, 2376.00],
    ['/cart', 1022, 0.1233, 0.2182, 5.88, 285, 0.0998, 102, 11046.34],
    ['(not set)', 377, 0.5517, 0.9019, 1.06, 9, 0.0000, 0, 0.00],
    ['total', 70705, 0.6787, 0.4469, 3.52, 158, 0.0198, 1403, 140836.85],
  ];
  it.each(rows)('%s', (page, sessions, newRate, bounce, pps, duration, conv, tx, revenue) => {
    expect(valueOf(v, page, 'sessions')).toBe(sessions);
    expectValue(v, page, 'newSessionsRate', newRate, 6);
    expectValue(v, page, 'bounceRate', bounce, 6);
    expectValue(v, page, 'pagesPerSession', pps, 6);
    expect(valueOf(v, page, 'sessionDuration')).toBe(duration);
    expectValue(v, page, 'conversion', conv, 6);
    expect(valueOf(v, page, 'transactions')).toBe(tx);
    expectValue(v, page, 'revenue', revenue, 6);
    expect(metricOf(v, page, 'revenue').unit).toBe('currency:GBP');
    expect(metricOf(v, page, 'bounceRate').unit).toBe('fraction');
  });

  it('reads quoted grouped thousands ("41,207") and both quoted and unquoted £ amounts', () => {
    expect(valueOf(v, '/', 'newUsers')).toBe(25676);
    expect(valueOf(v, 'total', 'newUsers')).toBe(47990);
    expect(valueOf(v, '(not set)', 'revenue')).toBe(0); // unquoted £0.00
  });

  it('trap: the row with a blank first cell is the totals row (scope "total"), not a page named ""', () => {
    expect(v.metrics.some((m) => m.scope === '')).toBe(false);
    expect(valueOf(v, 'total', 'sessions')).toBe(70705);
  });

  it('Day Index: 30 DMY dates, first values 2,182 2,120 2,300, last 2,289', () => {
    const days = v.metrics.filter((m) => /^2019-04-\d\d$/.test(m.scope) && m.metric === 'sessions');
    expect(days).toHaveLength(30);
    expect(days[0]).toMatchObject({ scope: '2019-04-01', value: 2182 });
    expect(days[1]).toMatchObject({ scope: '2019-04-02', value: 2120 });
    expect(days[2]).toMatchObject({ scope: '2019-04-03', value: 2300 });
    expect(days[29]).toMatchObject({ scope: '2019-04-30', value: 2289 });
    expect(days.reduce((a, m) => a + m.value!, 0)).toBe(70705);
    expect(v.notes).toContain('"Day Index" dates read as DMY');
  });

  it('trap: the Day Index table\'s final ,"70,705" row is a total, not a date', () => {
    expect(valueOf(v, 'total (Day Index)', 'sessions')).toBe(70705);
    expect(v.metrics.filter((m) => m.metric === 'sessions' && !/^2019-/.test(m.scope) && m.scope.startsWith('total'))).toHaveLength(2);
  });
});

describe('3.6 mixpanel_funnels_signup_may2024.json (Mixpanel Funnels Query API)', () => {
  const v = importSample('mixpanel_funnels_signup_may2024.json');

  it('is recognized as Mixpanel; one date bucket 2024-05-01', () => {
    expect(v.source).toBe('mixpanel');
    expect(v.title).toBe('Funnel (2024-05-01)');
    expect(v.rowsRead).toBe(5);
    expect(v.errors).toEqual([]);
  });

  // step, count, step conv., overall conv., avg time from previous (s)
  const steps: [string, number, number, number, number | null][] = [
    ['Viewed Pricing Page', 12480, 1, 1, null],
    ['Started Signup', 4368, 0.35, 0.35, 412.7],
    ['Verified Email', 3407, 0.78, 0.2730, 95.2],
    ['Created Workspace', 2896, 0.85, 0.2321, 260.4],
    ['Invited Teammate', 1303, 0.4499, 0.1044, 86400.9],
  ];
  it.each(steps)('%s', (step, count, conv, overall, time) => {
    expect(valueOf(v, step, 'users')).toBe(count);
    expectValue(v, step, 'conversion', conv, 4);
    expectValue(v, step, 'overallConversion', overall, 4);
    expectValue(v, step, 'timeFromPrevious', time, 1);
  });

  it('step 1 has no time from a previous step: missing (the file\'s null), not 0', () => {
    expect(valueOf(v, 'Viewed Pricing Page', 'timeFromPrevious')).toBeNull();
  });

  it('the biggest drop is 1 → 2 (65 %), matching analysis.worst = 1; computed ratios agree with the file', () => {
    expectValue(v, 'Viewed Pricing Page', 'dropOffRate', 0.65, 6);
    expect(valueOf(v, 'Viewed Pricing Page', 'dropOff')).toBe(12480 - 4368);
    expect(v.notes).toContain('2024-05-01: biggest drop 1 → 2 (65.0 %)');
    expect(v.notes.filter((n) => /the file says|differs/.test(n))).toEqual([]);
  });
});
