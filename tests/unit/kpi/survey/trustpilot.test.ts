import { describe, expect, it } from 'vitest';
import { trustpilotSource } from '../../../../shared/kpi/sources/survey/trustpilotSource';
import type { Sheet, SheetCell } from '../../../../shared/kpi/types';
import { metricOf, textInput, valueOf } from './fixtures';

// The "Trustpilot export" sheet of journey_kpi_workbook.xlsx cell by cell, as an xlsx reader
// returns it (xl/worksheets/sheet2.xml: B is a datetime serial with format 166, I6 absent).
// trustpilotWorkbook.test.ts reads the same sheet from the real file through core's reader.
const s = (value: string): SheetCell => ({ type: 'string', value });
const n = (value: number, format?: string): SheetCell => (format ? { type: 'number', value, format } : { type: 'number', value });
const DT = 'yyyy\\-mm\\-dd\\ hh:mm:ss';
const HEADER = ['Review Id', 'Review Created (UTC)', 'Review Consumer User Id', 'Review Username', 'Review Title', 'Review Content', 'Review Stars', 'Source Of Review', 'Reference Id', 'Domain URL', 'Webshop Name', 'Business Unit Id'];
const tail = [s('www.northwind-outdoor.example'), s('Northwind Outdoor'), s('5a1b2c3d4e5f6a7b8c9d0e1f')];
export const trustpilotSheet = (refCell: SheetCell = s('00012345')): Sheet => ({
  name: 'Trustpilot export',
  rows: [
    HEADER.map(s),
    [s('664f0a1b2c3d4e5f6a7b8c01'), n(45415.431759259256, DT), s('5f9a0b1c2d3e4f5a6b7c8d01'), s('Hannah R.'), s('Great After-Sales Service!'), s('Wrong size sent, exchanged within 3 days, no fuss.'), n(5), s('AFSv2'), s('NW-100270'), ...tail],
    [s('664f0a1b2c3d4e5f6a7b8c02'), n(45421.70978009259, DT), s('5f9a0b1c2d3e4f5a6b7c8d02'), s('Tom'), s('Checkout kept failing'), s('Card declined three times at payment step, worked on PayPal in the end.'), n(2), s('AFSv2'), s('NW-100341'), ...tail],
    [s('664f0a1b2c3d4e5f6a7b8c03'), n(45426.364583333336, DT), s('5f9a0b1c2d3e4f5a6b7c8d03'), s('Aoife Byrne'), s('Fast delivery'), s('Arrived next day as promised.'), n(5), s('Organic'), refCell, ...tail],
    [s('664f0a1b2c3d4e5f6a7b8c04'), n(45433.84140046296, DT), s('5f9a0b1c2d3e4f5a6b7c8d04'), s('M. Schulz'), s('Okay'), s('Jacket is fine, packaging excessive.'), n(3), s('AFSv2'), s('NW-100466'), ...tail],
    [s('664f0a1b2c3d4e5f6a7b8c05'), n(45442.50021990741, DT), s('5f9a0b1c2d3e4f5a6b7c8d05'), s('priya_k'), s('Refund still pending'), s("Returned boots 3 weeks ago, still no refund and support doesn't reply."), n(1), s('AFSv2'), null, ...tail],
  ],
});
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
