import { describe, expect, it } from 'vitest';
import { trustpilotSource } from '../../../../shared/kpi/sources/survey/trustpilotSource';
import type { Sheet } from '../../../../shared/kpi/types';
import { n, s, trustpilotSheet } from './trustpilotSheet';
import { metricOf, textInput, valueOf } from './fixtures';

const stageSheet: Sheet = { name: 'Stage KPIs', rows: [[s('Northwind Outdoor – journey KPIs (May 2024)')], [], [s('Stage'), s('Touchpoint'), s('Sessions')]] };
const input = (sheet = trustpilotSheet()) => ({ fileName: 'journey_kpi_workbook.xlsx', sheets: [stageSheet, sheet] });

describe('Trustpilot sheet of the workbook (FORMATS.md 3.14)', () => {
  it('is recognized by its header on the second sheet; the Stage KPIs sheet alone is not Trustpilot', () => {
    expect(trustpilotSource.recognize(input())).toBe(1);
    expect(trustpilotSource.recognize({ fileName: 'x.xlsx', sheets: [stageSheet] })).toBe(0);
  });

  it('5 reviews, stars 5, 2, 5, 3, 1: average 3.2', () => {
    const r = trustpilotSource.extract(input(), {});
    expect(metricOf(r, 'total', 'stars')).toEqual({ value: 3.2, n: 5 });
    expect(r.feedback.map((f) => f.score)).toEqual([5, 2, 5, 3, 1]);
    expect([r.rowsRead, r.rowsImported]).toEqual([5, 5]);
  });

  it('star-derived sentiment: 2 positive, 1 neutral, 2 negative', () => {
    const r = trustpilotSource.extract(input(), {});
    expect([valueOf(r, 'total', 'positiveFeedback'), valueOf(r, 'total', 'neutralFeedback'), valueOf(r, 'total', 'negativeFeedback')]).toEqual([2, 1, 2]);
    expect(r.feedback.map((f) => f.sentiment)).toEqual([1, -0.5, 1, 0, -1]);
  });

  it('Reference Id "00012345" stays a string with its zeros; the missing one is noted', () => {
    const r = trustpilotSource.extract(input(), {});
    expect(r.feedback.map((f) => f.respondentId)).toEqual(['NW-100270', 'NW-100341', '00012345', 'NW-100466', undefined]);
    expect(r.notes).toContain('1 review without a Reference Id (line 6)');
    const numeric = trustpilotSource.extract(input(trustpilotSheet(n(12345))), {});
    expect(numeric.feedback[2]!.respondentId).toBe('12345');
    expect(numeric.notes).toContain('Reference Id stored as a number (line 4): any leading zeros were lost in the file');
  });

  it('the datetime serial of B2 reads as 2024-05-03T10:21:44 (UTC)', () => {
    const r = trustpilotSource.extract(input(), {});
    expect(r.period).toEqual({ start: '2024-05-03T10:21:44Z', end: '2024-05-30T12:00:19Z' });
  });

  it('feedback text is the title then the content', () => {
    const r = trustpilotSource.extract(input(), {});
    expect(r.feedback[1]!.text).toBe('Checkout kept failing\nCard declined three times at payment step, worked on PayPal in the end.');
  });

  it('reads the same export as CSV with ISO dates; stars off 1–5 are errors with the line', () => {
    const csv = [
      'Review Id,Review Created (UTC),Review Title,Review Content,Review Stars,Reference Id,Location Name',
      'a1,2024-05-03T10:21:44Z,Great,Fast and friendly,5,00012345,Leeds',
      'a2,2024-05-04T08:00:00Z,Meh,Late again,2,,Leeds',
      'a3,2024-05-05T09:30:00Z,Odd,Six stars?,6,NW-1,York',
    ].join('\n');
    const r = trustpilotSource.extract(textInput('reviews.csv', csv), {});
    expect(r.errors).toEqual([{ line: 4, message: 'stars: "6" is not an answer on 1–5; answer left out' }]);
    expect(metricOf(r, 'total', 'stars')).toEqual({ value: 3.5, n: 2 });
    expect(valueOf(r, 'total / Location Name=Leeds', 'stars')).toBe(3.5);
    expect(r.feedback[0]!.respondentId).toBe('00012345');
    expect(r.period).toEqual({ start: '2024-05-03T10:21:44Z', end: '2024-05-05T09:30:00Z' });
  });
});
