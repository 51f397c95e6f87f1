import { describe, expect, it } from 'vitest';
import { surveyMonkeySource } from '../../../../shared/kpi/sources/survey/surveyMonkeySource';
import { qualtricsSource } from '../../../../shared/kpi/sources/survey/qualtricsSource';
import { delimitedInput, metricOf, rounded, sampleBytes, sampleText, textInput, valueOf } from './fixtures';

const FILE = 'surveymonkey_onboarding_may2024.csv';
const input = () => delimitedInput(FILE, sampleBytes(FILE));
const result = () => surveyMonkeySource.extract(input(), {});
const PLAN = 'Which plan are you on?';

describe('SurveyMonkey sample (FORMATS.md 3.10)', () => {
  it('is recognized by its two header rows; the other survey sources say 0', () => {
    expect(surveyMonkeySource.recognize(input())).toBe(1);
    expect(qualtricsSource.recognize(input())).toBe(0);
    const oneRow = sampleText(FILE).split('\r\n').filter((_, i) => i !== 1).join('\r\n');
    expect(surveyMonkeySource.recognize(textInput(FILE, oneRow))).toBe(0);
  });

  it('CES from choice text (Very difficult = 1 … Very easy = 5): mean 3.50, 62.5 % easy or very easy, n 8', () => {
    const r = result();
    expect(metricOf(r, 'total', 'ces')).toEqual({ value: 3.5, n: 8 });
    expect(metricOf(r, 'total', 'cesEasy')).toEqual({ value: 0.625, n: 8 });
  });

  it('matrix question forward-filled over its blank row-1 cells: per-row n, top-2 and mean', () => {
    const r = result();
    const row = (s: string) => [metricOf(r, s, 'csat').n, rounded(valueOf(r, s, 'csat')! * 100, 1), rounded(valueOf(r, s, 'csatMean'), 2)];
    expect(row('Sign-up form')).toEqual([8, 87.5, 4.25]);
    expect(row('Welcome email')).toEqual([7, 71.4, 3.71]);
    expect(row('Setup wizard')).toEqual([8, 62.5, 3.5]);
    expect(row('First project template')).toEqual([7, 71.4, 3.71]);
  });

  it('NPS: n = 7 (one skipped), 3 promoters, 2 detractors → +14.3', () => {
    const r = result();
    expect(metricOf(r, 'total', 'nps').n).toBe(7);
    expect([valueOf(r, 'total', 'promoters'), valueOf(r, 'total', 'detractors')]).toEqual([3, 2]);
    expect(rounded(valueOf(r, 'total', 'nps'), 1)).toBe(14.3);
  });

  it('skipped NPS and matrix cells are skipped answers, reported with their lines, not zeros', () => {
    const r = result();
    expect(r.notes).toContain('NPS: 1 skipped (line 10)');
    expect(r.notes).toContain('Welcome email: 1 skipped (line 6)');
    expect(r.notes).toContain('First project template: 1 skipped (line 10)');
    expect(r.errors).toEqual([]);
  });

  it('plan: Team 3, Starter 4, and the Other (please specify) answer "Enterprise trial" 1', () => {
    const r = result();
    expect(valueOf(r, `total / ${PLAN}=Team`, 'responses')).toBe(3);
    expect(valueOf(r, `total / ${PLAN}=Starter`, 'responses')).toBe(4);
    expect(valueOf(r, `total / ${PLAN}=Enterprise trial`, 'responses')).toBe(1);
    expect(r.notes).toContain(`"${PLAN}": 1 answer from "Other (please specify)" (line 6)`);
  });

  it('Custom Data 1 = d7-onboarding on every row, noted and not a breakdown', () => {
    const r = result();
    expect(r.notes).toContain('Custom Data 1 = d7-onboarding on every row');
    expect(r.metrics.some((m) => m.scope.includes('Custom Data'))).toBe(false);
  });

  it('Open-Ended Response answers are comments with the NPS answer as their score', () => {
    const fb = result().feedback;
    expect(fb).toHaveLength(5);
    const v = fb.find((f) => f.respondentId === '114839455102')!;
    expect(v).toMatchObject({ scope: 'total', text: 'Verification email never arrived, had to ask support', score: 2 });
    expect(v.sentiment).toBeLessThan(0);
  });

  it('all 8 responses, period from the MM/DD/YYYY hh:mm:ss AM/PM dates', () => {
    const r = result();
    expect([r.rowsRead, r.rowsImported, valueOf(r, 'total', 'responses')]).toEqual([8, 8, 8]);
    expect(r.period).toEqual({ start: '2024-05-14T09:12:44', end: '2024-05-21T15:46:10' });
  });

  it('choice text off the scale is an error on its line, never a guess', () => {
    const text = sampleText(FILE).replace('d7-onboarding,Easy,Very satisfied,Satisfied,Satisfied,Satisfied,8', 'd7-onboarding,Quite easy,Very satisfied,Satisfied,Satisfied,Satisfied,8');
    const r = surveyMonkeySource.extract(textInput(FILE, text), {});
    expect(r.errors).toEqual([{ line: 8, message: 'CES: "Quite easy" is not on the ease scale; answer left out' }]);
    expect(metricOf(r, 'total', 'ces').n).toBe(7);
  });

  it('a row with a missing field is reported with its line and not imported', () => {
    const text = sampleText(FILE).replace(',Very easy,Very satisfied,Very satisfied,Very satisfied,Very satisfied,10,Pricing page was clear,Team,', ',Very easy,Very satisfied,Very satisfied,Very satisfied,Very satisfied,10,Pricing page was clear,Team');
    const r = surveyMonkeySource.extract(textInput(FILE, text), {});
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.line).toBe(9);
    expect([r.rowsRead, r.rowsImported]).toEqual([8, 7]);
  });
});

describe('SurveyMonkey variants of FORMATS.md 2.10', () => {
  const HEAD = 'Respondent ID,Collector ID,Start Date,End Date,How satisfied are you with support?,How much effort did it take to solve your issue?,Which team helped you?,\r\n,,,,Response,Response,Response,Other (please specify)';
  const rows = ['1,9,05/02/2024 10:00:00 AM,05/02/2024 10:05:00 AM,5,2,Billing,', '2,9,05/03/2024 10:00:00 AM,05/03/2024 10:05:00 AM,3,6,Billing,', '3,9,05/13/2024 10:00:00 AM,05/13/2024 10:05:00 AM,4,,,Partners'];

  it('numeric ratings: CSAT on 1–5 and effort as CES with lower = easier', () => {
    const r = surveyMonkeySource.extract(textInput('s.csv', [HEAD, ...rows].join('\r\n')), {});
    expect(metricOf(r, 'total', 'csat')).toEqual({ value: 2 / 3, n: 3 });
    expect(metricOf(r, 'total', 'ces')).toEqual({ value: 4, n: 2 });
    expect(metricOf(r, 'total', 'cesEasy')).toEqual({ value: 0.5, n: 2 });
    expect(r.notes).toContain('CES: "How much effort did it take to solve your issue?" on 1–7, lower = easier');
    expect(valueOf(r, 'total / Which team helped you?=Billing', 'csatMean')).toBe(4);
    expect(valueOf(r, 'total / Which team helped you?=Partners', 'responses')).toBe(1);
  });

  it('a number off the rating scale is an error on its line', () => {
    const r = surveyMonkeySource.extract(textInput('s.csv', [HEAD, ...rows].join('\r\n').replace(',5,2,Billing', ',6,2,Billing')), {});
    expect(r.errors).toEqual([{ line: 3, message: 'CSAT: "6" is not an answer on 1–5; answer left out' }]);
  });
});

describe('SurveyMonkey ease matrix', () => {
  it('a matrix on the ease scale gives per-row CES (Very difficult = 1 … Very easy = 5)', () => {
    const text = [
      'Respondent ID,Collector ID,How easy was each step?,,',
      ',,Connecting data,Inviting teammates,Billing',
      '1,9,Very easy,Difficult,Easy',
      '2,9,Easy,Very difficult,',
      '3,9,Neither easy nor difficult,Easy,Very easy',
    ].join('\r\n');
    const r = surveyMonkeySource.extract(textInput('s.csv', text), {});
    expect(metricOf(r, 'Connecting data', 'ces')).toEqual({ value: 4, n: 3 });
    expect(metricOf(r, 'Inviting teammates', 'cesEasy')).toEqual({ value: 1 / 3, n: 3 });
    expect(metricOf(r, 'Billing', 'ces')).toEqual({ value: 4.5, n: 2 });
    expect(r.metrics.some((m) => m.scope === 'Billing' && m.metric === 'csat')).toBe(false);
  });
});
