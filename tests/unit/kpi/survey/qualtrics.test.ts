import { describe, expect, it } from 'vitest';
import { qualtricsSource } from '../../../../shared/kpi/sources/survey/qualtricsSource';
import { delimitedInput, metricOf, rounded, sampleBytes, sampleText, textInput, valueOf } from './fixtures';

const FILE = 'qualtrics_post_purchase_may2024.csv';
const input = () => delimitedInput(FILE, sampleBytes(FILE));
const result = () => qualtricsSource.extract(input(), {});

describe('Qualtrics sample (FORMATS.md 3.9)', () => {
  it('is recognized by its three header rows, including the ImportId JSON row', () => {
    expect(qualtricsSource.recognize(input())).toBe(1);
    const twoRows = sampleText(FILE).split('\r\n').filter((_, i) => i !== 2).join('\r\n');
    expect(qualtricsSource.recognize(textInput(FILE, twoRows))).toBe(0);
  });

  it('all valid responses, partial included (the default policy): NPS 11, 5, 4 → +9.1', () => {
    const r = result();
    expect(metricOf(r, 'total', 'nps').n).toBe(11);
    expect([valueOf(r, 'total', 'promoters'), valueOf(r, 'total', 'detractors')]).toEqual([5, 4]);
    expect(rounded(valueOf(r, 'total', 'nps'), 1)).toBe(9.1);
    expect(valueOf(r, 'total', 'responses')).toBe(11);
    expect(r.rowsImported).toBe(11);
    expect(r.notes.some((n) => /1 partial response \(line 15\) included/.test(n))).toBe(true);
  });

  it('finished only: NPS 10, 5, 3 → +20.0, CSAT and CES unchanged', () => {
    const r = qualtricsSource.extract(input(), { partialResponses: 'exclude' });
    expect(metricOf(r, 'total', 'nps')).toEqual({ value: 20, n: 10 });
    expect([valueOf(r, 'total', 'promoters'), valueOf(r, 'total', 'detractors')]).toEqual([5, 3]);
    expect(metricOf(r, 'total', 'csat')).toEqual(metricOf(result(), 'total', 'csat'));
    expect(metricOf(r, 'total', 'ces')).toEqual(metricOf(result(), 'total', 'ces'));
    expect(r.rowsImported).toBe(10);
    expect(r.notes.some((n) => /excluded \(partialResponses: exclude\)/.test(n) && n.includes('line 15'))).toBe(true);
  });

  it('CSAT 70.0 % top-2 (n 10), mean 3.60; CES mean 5.00', () => {
    const r = result();
    expect(metricOf(r, 'total', 'csat')).toEqual({ value: 0.7, n: 10 });
    expect(rounded(valueOf(r, 'total', 'csatMean'), 2)).toBe(3.6);
    expect(metricOf(r, 'total', 'ces')).toEqual({ value: 5, n: 10 });
  });

  it('per touchpoint (embedded data): NPS, CSAT top-2 / mean and CES', () => {
    const r = result();
    const fin = qualtricsSource.extract(input(), { partialResponses: 'exclude' });
    const np = (res: typeof r, s: string) => [metricOf(res, s, 'nps').n, valueOf(res, s, 'promoters'), valueOf(res, s, 'detractors'), rounded(valueOf(res, s, 'nps'), 1)];
    expect(np(r, 'Checkout')).toEqual([5, 2, 2, 0]);
    expect(np(fin, 'Checkout')).toEqual([4, 2, 1, 25]);
    expect(np(r, 'Delivery')).toEqual([3, 2, 1, 33.3]);
    expect(np(r, 'Returns')).toEqual([3, 1, 1, 0]);
    const cs = (s: string) => [rounded(valueOf(r, s, 'csat'), 3), metricOf(r, s, 'csat').n, rounded(valueOf(r, s, 'csatMean'), 2), rounded(valueOf(r, s, 'ces'), 2)];
    expect(cs('Checkout')).toEqual([0.75, 4, 4, 5.25]);
    expect(cs('Delivery')).toEqual([0.667, 3, 3.67, 5.33]);
    expect(cs('Returns')).toEqual([0.667, 3, 3, 4.33]);
  });

  it('matrix items: means across all valid rows, scoped by item and question', () => {
    const r = result();
    expect(rounded(valueOf(r, 'Product information (Q4)', 'csatMean'), 2)).toBe(3.8);
    expect(rounded(valueOf(r, 'Checkout (Q4)', 'csatMean'), 2)).toBe(3.9);
    expect(rounded(valueOf(r, 'Delivery (Q4)', 'csatMean'), 2)).toBe(3.4);
    expect(metricOf(r, 'Checkout (Q4)', 'csatMean').n).toBe(10);
  });

  it('the Survey Preview row (Status 1) is excluded and reported with its line', () => {
    const r = result();
    expect(r.feedback.some((f) => f.respondentId === 'R_7cUm9ErYa5qBiNl')).toBe(false);
    expect(r.notes).toContain('1 response excluded, Status 1 (Survey Preview): line 14');
    expect(r.rowsRead).toBe(12);
    expect(r.errors).toEqual([]);
  });

  it('keeps the multi-line quoted comment with its embedded quotes intact', () => {
    const f = result().feedback.find((x) => x.respondentId === 'R_8yTf2GdRk6pNsVx')!;
    expect(f.text).toBe('Payment page timed out twice.\nHad to re-enter my card, and the "Place order" button froze.');
    expect(f.scope).toBe('Checkout');
    expect(f.score).toBe(6);
  });

  it('9 comments on their touchpoints; the empty and the partial response give none', () => {
    const fb = result().feedback;
    expect(fb).toHaveLength(9);
    expect(fb.map((f) => f.respondentId)).not.toContain('R_5hWc1XvBn7oLuMe');
    expect(fb.map((f) => f.respondentId)).not.toContain('R_1sOk2PjWv8zXhCf');
    expect(fb.filter((f) => f.scope === 'Delivery').map((f) => f.respondentId)).toEqual(['R_1dKq8ZpLw3vXmTa', 'R_0kPd3SaFj9iUyHr']);
  });

  it('most negative comments: R_9jVb7KcLx4rAoPq, R_0kPd3SaFj9iUyHr, R_8yTf2GdRk6pNsVx', () => {
    const fb = [...result().feedback].sort((a, b) => a.sentiment! - b.sentiment!);
    expect(fb.slice(0, 3).map((f) => f.respondentId)).toEqual(['R_9jVb7KcLx4rAoPq', 'R_0kPd3SaFj9iUyHr', 'R_8yTf2GdRk6pNsVx']);
    expect(fb.slice(0, 3).every((f) => f.sentiment! < 0)).toBe(true);
    expect(fb.slice(3).every((f) => f.sentiment! >= 0)).toBe(true);
  });

  it('Q1_NPS_GROUP comes before Q1 and must agree with it; a disagreement is an error on its line', () => {
    const text = sampleText(FILE).replace('EN-GB,3,10,5,7,5,5,4,', 'EN-GB,1,10,5,7,5,5,4,');
    const r = qualtricsSource.extract(textInput(FILE, text), {});
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.line).toBe(4);
    expect(r.errors[0]!.message).toMatch(/Q1_NPS_GROUP is "1" but Q1 = 10 means 3/);
    expect(metricOf(r, 'total', 'nps')).toEqual(metricOf(result(), 'total', 'nps'));
  });

  it('CRLF record ends stay out of the cells (touchpoints, ids, comments)', () => {
    expect(sampleText(FILE)).toContain('\r\n');
    const r = result();
    expect(r.metrics.some((m) => m.scope.includes('\r'))).toBe(false);
    expect(r.feedback.some((f) => f.text.includes('\r') || f.respondentId!.includes('\r'))).toBe(false);
    expect(r.feedback.find((f) => f.respondentId === 'R_3tRe8MuQo6yLnDg')!.text).toBe('Love the trail runners');
  });

  it('the period comes from the kept responses, with the ImportId time zone noted', () => {
    const r = result();
    expect(r.period).toEqual({ start: '2024-05-02T08:14:09', end: '2024-05-28T11:37:55' });
    expect(r.notes).toContain('Times are local to Europe/London (from the ImportId row)');
  });

  it('order_id is an identifier, not a breakdown; touchpoint scopes the responses', () => {
    const r = result();
    expect(r.metrics.some((m) => m.scope.includes('order_id'))).toBe(false);
    expect([...new Set(r.metrics.map((m) => m.scope))].slice(0, 4)).toEqual(['total', 'Delivery', 'Checkout', 'Returns']);
  });

  it('an unknown Status and an out-of-range answer are errors with their lines, not repairs', () => {
    const text = sampleText(FILE).replace('08:16:51,0,81.2.69.160', '08:16:51,12,81.2.69.160').replace('EN-GB,2,7,4,6,4,4,4,', 'EN-GB,2,7,9,6,4,4,4,');
    const r = qualtricsSource.extract(textInput(FILE, text), {});
    expect(r.errors.map((e) => e.line)).toEqual([4, 11]);
    expect(r.errors[0]!.message).toMatch(/Status "12"/);
    expect(r.errors[1]!.message).toMatch(/Q2: "9" is not an answer on 1–5/);
    expect(metricOf(r, 'total', 'csat').n).toBe(8);
  });
});

describe('Qualtrics variants of FORMATS.md 2.9', () => {
  const HEAD = [
    'StartDate,EndDate,Status,Progress,Finished,ResponseId,Q1_NPS_GROUP,Q1,Q2,touchpoint',
    'Start Date,End Date,Response Type,Progress,Finished,Response ID,How likely are you to recommend us? - Group,How likely are you to recommend us?,How satisfied were you?,touchpoint',
    '"{""ImportId"":""startDate"",""timeZone"":""UTC""}","{""ImportId"":""endDate"",""timeZone"":""UTC""}","{""ImportId"":""status""}","{""ImportId"":""progress""}","{""ImportId"":""finished""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1_NPS_GROUP""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2""}","{""ImportId"":""touchpoint""}"',
  ];

  it('a choice-text export: status names, "10 - Extremely likely", satisfaction labels, True/False', () => {
    const text = [...HEAD,
      '2024-05-01 10:00:00,2024-05-01 10:05:00,IP Address,100,True,R_a,Promoter,10 - Extremely likely,Extremely satisfied,Web',
      '2024-05-02 10:00:00,2024-05-02 10:05:00,Survey Preview,100,True,R_b,Detractor,0 - Not at all likely,Extremely dissatisfied,Web',
      '2024-05-03 10:00:00,2024-05-03 10:05:00,IP Address,100,True,R_c,Detractor,4,Somewhat dissatisfied,Web',
    ].join('\r\n');
    const r = qualtricsSource.extract(textInput('q.csv', text), {});
    expect(metricOf(r, 'total', 'nps')).toEqual({ value: 0, n: 2 });
    expect(metricOf(r, 'total', 'csatMean')).toEqual({ value: 3.5, n: 2 });
    expect(r.notes).toContain('1 response excluded, Status 1 (Survey Preview): line 5');
    expect(r.errors).toEqual([]);
    const wrong = qualtricsSource.extract(textInput('q.csv', text.replace('Detractor,4,', 'Passive,4,')), {});
    expect(wrong.errors.map((e) => e.line)).toEqual([6]);
  });

  it('multiple-answer columns (1 = ticked) are not read as ratings, and the note says so', () => {
    const head = HEAD.map((l, i) => l + [',Q6_1,Q6_2', ',Which did you use? - Selected Choice - App,Which did you use? - Selected Choice - Web', ',"{""ImportId"":""QID6_1""}","{""ImportId"":""QID6_2""}"'][i]);
    const text = [...head, '2024-05-01 10:00:00,2024-05-01 10:05:00,0,100,1,R_a,3,9,5,Web,1,'].join('\r\n');
    const r = qualtricsSource.extract(textInput('q.csv', text), {});
    expect(r.metrics.some((m) => m.scope.includes('(Q6)'))).toBe(false);
    expect(r.notes).toContain('Not read (not an NPS, CSAT or CES question): Q6_1, Q6_2');
  });

  it('dates re-saved in Excel (9/11/2022 17:54): the order comes from a date that decides it, else it is flagged', () => {
    const row = (d: string, id: string) => `${d},${d},0,100,1,${id},3,9,5,Web`;
    const decided = qualtricsSource.extract(textInput('q.csv', [...HEAD, row('9/11/2022 17:54', 'R_1'), row('9/13/2022 08:00', 'R_2')].join('\r\n')), {});
    expect(decided.period).toEqual({ start: '2022-09-11T17:54:00', end: '2022-09-13T08:00:00' });
    const open = qualtricsSource.extract(textInput('q.csv', [...HEAD, row('9/11/2022 17:54', 'R_1')].join('\r\n')), {});
    expect(open.period).toBeUndefined();
    expect(open.notes).toContain('Dates could be DMY or MDY and no date decides: no period (set options.dateOrder)');
    const dmy = qualtricsSource.extract(textInput('q.csv', [...HEAD, row('9/11/2022 17:54', 'R_1')].join('\r\n')), { dateOrder: 'DMY' });
    expect(dmy.period?.start).toBe('2022-11-09T17:54:00');
  });
});
