import { describe, expect, it } from 'vitest';
import { delightedSource } from '../../../../shared/kpi/sources/survey/delightedSource';
import { zendeskCsatSource } from '../../../../shared/kpi/sources/survey/zendeskCsatSource';
import { googlePlaySource } from '../../../../shared/kpi/sources/survey/googlePlaySource';
import { appStoreSource } from '../../../../shared/kpi/sources/survey/appStoreSource';
import { medalliaSource } from '../../../../shared/kpi/sources/survey/medalliaSource';
import { delimitedInput, fixtureBytes, metricOf, rounded, textInput, valueOf } from './fixtures';

const json = (name: string) => ({ fileName: name, json: JSON.parse(new TextDecoder().decode(fixtureBytes(name))) as unknown });

describe('Delighted (synthetic, FORMATS.md 2.12)', () => {
  const csv = () => delightedSource.extract(delimitedInput('d.csv', fixtureBytes('delighted_responses_synthetic.csv')), {});

  it('NPS, CSAT and touchpoints from person_properties; epoch seconds give the period', () => {
    const r = csv();
    expect(metricOf(r, 'total', 'nps')).toEqual({ value: 0, n: 4 });
    expect(metricOf(r, 'Onboarding', 'nps')).toEqual({ value: 100, n: 2 });
    expect(metricOf(r, 'Support', 'nps')).toEqual({ value: -100, n: 1 });
    expect(metricOf(r, 'Support', 'csat')).toEqual({ value: 0.5, n: 2 });
    expect(valueOf(r, 'Support', 'csatMean')).toBe(3);
    expect([valueOf(r, 'total / plan=team', 'responses'), valueOf(r, 'total / plan=starter', 'responses')]).toEqual([3, 3]);
    expect(r.period).toEqual({ start: '2024-05-01T10:00:00Z', end: '2024-05-06T10:00:00Z' });
  });

  it('an invalid score excludes the response with an error; other survey types are noted, not read', () => {
    const r = csv();
    expect(r.errors).toEqual([{ line: 9, message: 'score (nps): "11" is not an answer on 0–10; answer left out' }]);
    expect(r.notes).toContain('1 response of survey type "thumbs" not read (line 8)');
    expect([r.rowsRead, r.rowsImported]).toEqual([8, 6]);
  });

  it('comments take the sentiment of their own score (NPS or CSAT)', () => {
    const fb = csv().feedback;
    expect(fb.map((f) => [f.respondentId, f.scope, f.score])).toEqual([['1001', 'Onboarding', 10], ['1002', 'Support', 6], ['1004', 'Billing', 3], ['1005', 'Support', 4]]);
    expect(fb.map((f) => rounded(f.sentiment!, 3))).toEqual([1, rounded(-1 / 7, 3), rounded(-4 / 7, 3), 0.5]);
  });

  it('the API JSON gives the same figures as the flattened CSV', () => {
    const j = delightedSource.extract(json('delighted_responses_synthetic.json'), {});
    expect(j.metrics).toEqual(csv().metrics);
    expect(j.errors).toEqual([{ line: 8, message: 'score (nps): "11" is not an answer on 0–10; answer left out' }]);
  });
});

describe('Zendesk CSAT (synthetic, FORMATS.md 2.15)', () => {
  const r = () => zendeskCsatSource.extract(delimitedInput('z.csv', fixtureBytes('zendesk_satisfaction_ratings_synthetic.csv')), {});

  it('CSAT = good / (good + bad); offered counts in the response rate only; unoffered in neither', () => {
    const x = r();
    expect(metricOf(x, 'total', 'csat')).toEqual({ value: 0.75, n: 4 });
    expect(metricOf(x, 'total', 'responseRate')).toEqual({ value: 0.8, n: 5 });
    expect(x.notes).toContain('1 ticket never offered a survey (unoffered, line 6): in neither CSAT nor the response rate');
  });

  it('breaks down by group_id', () => {
    const x = r();
    expect(metricOf(x, 'total / group_id=201', 'csat')).toEqual({ value: 2 / 3, n: 3 });
    expect(metricOf(x, 'total / group_id=202', 'csat')).toEqual({ value: 1, n: 1 });
    expect(metricOf(x, 'total / group_id=202', 'responseRate')).toEqual({ value: 0.5, n: 2 });
  });

  it('an unknown score is an error on its line; comments are ±1 by good/bad', () => {
    const x = r();
    expect(x.errors).toEqual([{ line: 8, message: 'score "meh" is not good, bad, offered, unoffered or 1–5; rating excluded' }]);
    expect(x.feedback.map((f) => [f.respondentId, f.sentiment])).toEqual([['5001', 1], ['5002', -1], ['5006', 1]]);
    expect([x.rowsRead, x.rowsImported]).toEqual([7, 5]);
  });

  it('an appended block with the same header (re-saved in Excel, DMY dates) is read too; periods sort as dates', () => {
    const base = new TextDecoder().decode(fixtureBytes('zendesk_satisfaction_ratings_synthetic.csv'));
    const header = base.split('\r\n')[0]!;
    const block = [header, '6001,91,201,7101,31001,bad,Still waiting,,,28/05/2024 16:30,28/05/2024 16:30', '6002,92,202,7102,31002,good,,,,13/05/2024 09:00,13/05/2024 09:00'].join('\r\n');
    const x = zendeskCsatSource.extract(textInput('z.csv', `${base}\r\n${block}\r\n`), {});
    expect(x.notes).toContain('A second block with the same header from line 10 read as part of the table');
    expect(metricOf(x, 'total', 'csat')).toEqual({ value: 4 / 6, n: 6 });
    expect(x.period).toEqual({ start: '2024-05-02T09:00:00Z', end: '2024-05-28T16:30:00Z' });
  });

  it('a later table with another header is reported with its line, not read', () => {
    const base = new TextDecoder().decode(fixtureBytes('zendesk_satisfaction_ratings_synthetic.csv'));
    const x = zendeskCsatSource.extract(textInput('z.csv', `${base}\r\nGroup,Good,Bad\r\n201,2,1\r\n`), {});
    expect(x.errors).toContainEqual({ line: 10, message: '2 rows from here not read: a blank or comment line above ended the table' });
    expect(x.rowsRead).toBe(9);
  });

  it('the 5-point customizable CSAT folds 4–5 to good and 1–3 to bad', () => {
    const text = ['id,assignee_id,group_id,requester_id,ticket_id,score,comment,created_at', '1,9,2,3,4,5,Great,2024-05-01T00:00:00Z', '2,9,2,3,5,3,Meh,2024-05-02T00:00:00Z', '3,9,2,3,6,4,,2024-05-03T00:00:00Z'].join('\n');
    const x = zendeskCsatSource.extract(textInput('z.csv', text), {});
    expect(metricOf(x, 'total', 'csat')).toEqual({ value: 2 / 3, n: 3 });
    expect(x.feedback.map((f) => f.score)).toEqual([5, 3]);
  });
});

describe('Google Play (synthetic, FORMATS.md 2.17)', () => {
  const input = () => delimitedInput('reviews_com.flowboard.app_202405.csv', fixtureBytes('reviews_com.flowboard.app_202405_synthetic.csv'));

  it('decodes UTF-16LE with BOM and reads stars, version breakdown and epoch-ms dates', () => {
    const i = input();
    expect(i.encoding).toBe('utf-16le');
    expect(googlePlaySource.recognize(i)).toBe(1);
    const r = googlePlaySource.extract(i, {});
    expect(metricOf(r, 'total', 'stars')).toEqual({ value: 3, n: 4 });
    expect(metricOf(r, 'total / App Version Name=3.12.0', 'stars')).toEqual({ value: 8 / 3, n: 3 });
    expect(r.title).toBe('com.flowboard.app');
    expect(r.period).toEqual({ start: '2024-05-02T08:15:00Z', end: '2024-05-20T22:10:00Z' });
  });

  it('review text keeps commas and umlauts; stars decide the sentiment', () => {
    const fb = googlePlaySource.extract(input(), {}).feedback;
    expect(fb[0]!.text).toBe('Great app\nFast, clean, and the widgets are great');
    expect(fb[1]).toMatchObject({ text: 'Sync löscht meine Einträge', score: 2, sentiment: -0.5 });
  });
});

describe('Apple App Store (synthetic, FORMATS.md 2.18)', () => {
  it('reads the customerReviews API JSON: ratings, territory, dates with offsets to UTC', () => {
    const i = json('app_store_customer_reviews_synthetic.json');
    expect(appStoreSource.recognize(i)).toBe(1);
    const r = appStoreSource.extract(i, {});
    expect(metricOf(r, 'total', 'stars')).toEqual({ value: 10 / 3, n: 3 });
    expect(metricOf(r, 'total / territory=USA', 'stars')).toEqual({ value: 3, n: 2 });
    expect(r.period).toEqual({ start: '2024-05-03T19:00:00Z', end: '2024-05-21T22:45:00Z' });
    expect(r.feedback.map((f) => f.respondentId)).toEqual(['as-1', 'as-2', 'as-3']);
  });

  it('reads a CSV made from the API with the attribute names as columns', () => {
    const text = ['id,rating,title,body,reviewerNickname,createdDate,territory', 'a,2,Slow,"Slow, very slow",x,2024-05-01T10:00:00Z,USA', 'b,4,Ok,Fine,y,2024-05-02T10:00:00Z,USA'].join('\n');
    const r = appStoreSource.extract(textInput('reviews.csv', text), {});
    expect(metricOf(r, 'total', 'stars')).toEqual({ value: 3, n: 2 });
    expect(r.feedback[0]!.text).toBe('Slow\nSlow, very slow');
  });
});

describe('Medallia Agent Connect (synthetic, FORMATS.md 2.13)', () => {
  const r = () => medalliaSource.extract(delimitedInput('m.csv', fixtureBytes('medallia_agent_connect_synthetic.csv')), {});

  it('semicolon-delimited; stars, response rate, channel breakdown; comments is only a flag', () => {
    const x = r();
    expect(metricOf(x, 'total', 'stars')).toEqual({ value: 11 / 3, n: 3 });
    expect(metricOf(x, 'total', 'responseRate')).toEqual({ value: 0.8, n: 5 });
    expect(metricOf(x, 'total / channel=chat', 'stars')).toEqual({ value: 3, n: 2 });
    expect(x.metrics.some((m) => m.scope.includes('brand='))).toBe(false);
    expect(x.notes).toContain('1 invitation without a response (line 3): counted in the response rate only');
    expect(x.notes).toContain('"comments" is a flag in this export; no comment text to read');
    expect(x.feedback).toEqual([]);
  });

  it('a star rating off 1–5 is an error on its line', () => {
    expect(r().errors).toEqual([{ line: 6, message: 'stars: "7" is not an answer on 1–5; answer left out' }]);
  });
});
