import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../../shared/kpi/xlsx/readWorkbook';
import { trustpilotSource } from '../../../../shared/kpi/sources/survey/trustpilotSource';
import { metricOf, sampleBytes, valueOf } from './fixtures';
import { trustpilotSheet } from './trustpilotSheet';

const FILE = 'journey_kpi_workbook.xlsx';

function workbookInput() {
  const wb = readWorkbook(sampleBytes(FILE));
  if (!wb.ok) throw new Error(wb.message);
  return { fileName: FILE, sheets: wb.value.sheets };
}

describe('"Trustpilot export" sheet read from journey_kpi_workbook.xlsx by core\'s reader', () => {
  it('gives the figures of FORMATS.md 3.14: average 3.2, sentiment 2/1/2, Reference Id "00012345", B2 = 2024-05-03T10:21:44', () => {
    const input = workbookInput();
    expect(trustpilotSource.recognize(input)).toBe(1);
    const r = trustpilotSource.extract(input, {});
    expect(metricOf(r, 'total', 'stars')).toEqual({ value: 3.2, n: 5 });
    expect([valueOf(r, 'total', 'positiveFeedback'), valueOf(r, 'total', 'neutralFeedback'), valueOf(r, 'total', 'negativeFeedback')]).toEqual([2, 1, 2]);
    expect(r.feedback[2]!.respondentId).toBe('00012345');
    expect(r.period?.start).toBe('2024-05-03T10:21:44Z');
    expect(r.notes).toContain('Sheet "Trustpilot export"');
  });

  it('matches the hand-built sheet the other Trustpilot tests use', () => {
    const fromFile = trustpilotSource.extract(workbookInput(), {});
    const byHand = trustpilotSource.extract({ fileName: FILE, sheets: [trustpilotSheet()] }, {});
    expect(fromFile.metrics).toEqual(byHand.metrics);
    expect(fromFile.feedback).toEqual(byHand.feedback);
    expect(fromFile.period).toEqual(byHand.period);
  });
});
