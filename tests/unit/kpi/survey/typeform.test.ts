import { describe, expect, it } from 'vitest';
import { isChoiceColumn, typeformSource } from '../../../../shared/kpi/sources/survey/typeformSource';
import { qualtricsSource } from '../../../../shared/kpi/sources/survey/qualtricsSource';
import { surveyMonkeySource } from '../../../../shared/kpi/sources/survey/surveyMonkeySource';
import { delimitedInput, metricOf, rounded, sampleBytes, sampleText, textInput, valueOf } from './fixtures';

const FILE = 'typeform_trial_feedback_may2024.csv';
const input = () => delimitedInput(FILE, sampleBytes(FILE));
const result = () => typeformSource.extract(input(), {});
const HARDEST = 'Which step was the hardest?';

describe('Typeform sample (FORMATS.md 3.11)', () => {
  it('the header starting with "#," is the header, not a comment line', () => {
    expect(typeformSource.recognize(input())).toBe(1);
    expect(result().rowsRead).toBe(7);
    expect(qualtricsSource.recognize(input())).toBe(0);
    expect(surveyMonkeySource.recognize(input())).toBe(0);
    expect(typeformSource.recognize(textInput(FILE, sampleText(FILE).replace(/^#,/, 'Token,')))).toBe(0);
  });

  it('n = 7; rating (1–5) mean 3.429, top-2 57.1 %', () => {
    const r = result();
    expect(valueOf(r, 'total', 'responses')).toBe(7);
    expect(metricOf(r, 'total', 'csatMean').n).toBe(7);
    expect(rounded(valueOf(r, 'total', 'csatMean'), 3)).toBe(3.429);
    expect(rounded(valueOf(r, 'total', 'csat')! * 100, 1)).toBe(57.1);
  });

  it('effort (1 = very little, 7 = a lot) is CES with lower = easier: mean 3.714', () => {
    const r = result();
    expect(rounded(valueOf(r, 'total', 'ces'), 3)).toBe(3.714);
    expect(r.notes).toContain('CES: "How much effort did it take to get your first report live?" on 1–7, lower = easier');
    // The easy end is 1–2: three answers (2, 2, 1) of seven.
    expect(rounded(valueOf(r, 'total', 'cesEasy'), 4)).toBe(rounded(3 / 7, 4));
  });

  it('by the hidden field plan: team n 4 rating 4.50 effort 2.00; starter n 3 rating 2.00 effort 6.00', () => {
    const r = result();
    const plan = (p: string) => [valueOf(r, `total / plan=${p}`, 'responses'), valueOf(r, `total / plan=${p}`, 'csatMean'), valueOf(r, `total / plan=${p}`, 'ces')];
    expect(plan('team')).toEqual([4, 4.5, 2]);
    expect(plan('starter')).toEqual([3, 2, 6]);
    expect(r.notes).toContain('Hidden fields: plan, utm_source');
  });

  it('the empty utm_source puts that response in no utm_source group', () => {
    const r = result();
    const groups = r.metrics.filter((m) => m.scope.startsWith('total / utm_source=') && m.metric === 'responses');
    expect(groups.reduce((a, m) => a + m.value!, 0)).toBe(6);
    expect(valueOf(r, 'total / utm_source=google', 'responses')).toBe(3);
  });

  it('hardest step: Connecting a data source 3, Building the first report 2, Inviting teammates 1, Billing 1', () => {
    const r = result();
    const counts = ['Connecting a data source', 'Building the first report', 'Inviting teammates', 'Billing'].map((s) => valueOf(r, `total / ${HARDEST}=${s}`, 'responses'));
    expect(counts).toEqual([3, 2, 1, 1]);
  });

  it('comments: the empty optional answer gives none; the emoji (4-byte UTF-8) is intact', () => {
    const fb = result().feedback;
    expect(fb).toHaveLength(6);
    expect(fb.map((f) => f.respondentId)).not.toContain('c07a3e9d5f2b4c18a6d0e7b1f3c9a245');
    expect(fb[0]!.text).toBe('Honestly nothing, the templates are great \u{1F44D}');
    expect(fb[0]).toMatchObject({ scope: 'total', score: 5, sentiment: 1 });
  });

  it('UTC submit dates give the period, marked Z', () => {
    expect(result().period).toEqual({ start: '2024-05-03T14:24:51Z', end: '2024-05-27T14:00:31Z' });
  });

  it('options override the effort direction and scale', () => {
    const r = typeformSource.extract(input(), { cesHigherIsEasier: true, cesScale: 7 });
    expect(rounded(valueOf(r, 'total', 'cesEasy'), 4)).toBe(rounded(2 / 7, 4)); // 6 and 7 are now the easy end
    const five = typeformSource.extract(input(), { cesScale: 5 });
    expect(five.errors.map((e) => e.line)).toEqual([5, 7]); // effort 6 and 7 are off a 1–5 scale
    expect(metricOf(five, 'total', 'ces').n).toBe(5);
  });
});

describe('Typeform text columns: choice question or comments', () => {
  it('the sample: the hardest step is a choice, the "one thing" answers are comments, and the notes say so', () => {
    const r = result();
    expect(r.notes).toContain('Read as choices (breakdowns): "Which step was the hardest?"');
    expect(r.notes).toContain('Read as comments: "What\'s the one thing we could do better?"');
  });

  it('free text that repeats a short answer stays free text; many answers over few options are a choice', () => {
    expect(isChoiceColumn(['Nothing', 'Nothing', 'Faster exports', 'Dark mode', 'More templates', 'Cheaper plan', 'Gantt view'])).toBe(false);
    expect(isChoiceColumn(Array.from({ length: 100 }, (_, i) => `Option ${i % 12}`))).toBe(true);
    expect(isChoiceColumn(['A', 'B', 'C'])).toBe(false);
    expect(isChoiceColumn(['A', 'A', 'x'.repeat(61)])).toBe(false);
  });
});

describe('Typeform variants of FORMATS.md 2.11', () => {
  it('newer exports: Response Type partial follows the partial policy; Stage Date and Ending are not questions', () => {
    const text = [
      '#,How likely are you to recommend us?,Anything else?,plan,Response Type,Start Date (UTC),Stage Date (UTC),Submit Date (UTC),Network ID,Ending',
      't1,10,Great,team,completed,2024-05-01 10:00:00,2024-05-01 10:01:00,2024-05-01 10:02:00,n1,Default',
      't2,2,,starter,partial,2024-05-02 10:00:00,2024-05-02 10:01:00,,n2,',
      't3,9,,team,completed,2024-05-03 10:00:00,2024-05-03 10:01:00,2024-05-03 10:02:00,n3,Default',
    ].join('\n');
    const inc = typeformSource.extract(textInput('t.csv', text), {});
    expect(metricOf(inc, 'total', 'nps').n).toBe(3);
    expect(valueOf(inc, 'total', 'nps')).toBeCloseTo(100 / 3, 9);
    expect(inc.notes).toContain('1 partial response (line 3) included for the questions answered (partialResponses: include)');
    const exc = typeformSource.extract(textInput('t.csv', text), { partialResponses: 'exclude' });
    expect(metricOf(exc, 'total', 'nps')).toEqual({ value: 100, n: 2 });
    expect(inc.feedback.map((f) => f.text)).toEqual(['Great']);
  });

  it('rows after a blank line inside the data are reported, not silently dropped', () => {
    const lines = sampleText(FILE).split('\n');
    const text = [...lines.slice(0, 4), '', ...lines.slice(4)].join('\n');
    const r = typeformSource.extract(textInput(FILE, text), {});
    expect(r.errors).toEqual([{ line: 6, message: '4 rows from here not read: a blank or comment line above ended the table' }]);
    expect([r.rowsRead, r.rowsImported]).toEqual([7, 3]);
  });
});
