import { describe, expect, it } from 'vitest';
import { importKpiFile } from '../../../../shared/kpi/importKpiFile';
import { readDelimited } from '../../../../shared/kpi/text/readDelimited';
import { qualtricsSource } from '../../../../shared/kpi/sources/survey/qualtricsSource';
import { surveyMonkeySource } from '../../../../shared/kpi/sources/survey/surveyMonkeySource';
import type { Sheet, SheetCell } from '../../../../shared/kpi/types';
import { delimitedInput, sampleBytes, sampleText } from './fixtures';

const utf16le = (text: string) => {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff; out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) { const c = text.charCodeAt(i); out[2 + 2 * i] = c & 0xff; out[3 + 2 * i] = c >> 8; }
  return out;
};
const tsv = (records: string[][]) => records.map((r) => r.map((c) => (/["\t\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join('\t')).join('\r\n');

/** A sheet as an xlsx reader returns it: numbers as number cells, empty cells null. */
function asSheet(name: string, records: string[][]): Sheet {
  const cell = (c: string): SheetCell => (c === '' ? null : /^-?\d+(\.\d+)?$/.test(c) && !/^0\d/.test(c) ? { type: 'number', value: Number(c) } : { type: 'string', value: c });
  return { name, rows: records.map((r) => r.map(cell)) };
}

describe('the same survey in another carrier gives the same figures', () => {
  const QUALTRICS = 'qualtrics_post_purchase_may2024.csv';
  const MONKEY = 'surveymonkey_onboarding_may2024.csv';
  const records = (file: string) => readDelimited(sampleText(file)).records.toArray().map((r) => r.cells).filter((c) => c.some((x) => x !== ''));

  it('Qualtrics TSV in UTF-16LE (how Qualtrics writes TSV) through importKpiFile', () => {
    const r = importKpiFile(utf16le(tsv(records(QUALTRICS))), 'qualtrics.tsv');
    if (!r.ok) throw new Error(r.error.message);
    expect([r.value.source, r.value.encoding, r.value.delimiter]).toEqual(['qualtrics', 'utf-16le', '\t']);
    const csv = qualtricsSource.extract(delimitedInput(QUALTRICS, sampleBytes(QUALTRICS)), {});
    expect(r.value.metrics).toEqual(csv.metrics);
    expect(r.value.feedback).toEqual(csv.feedback);
  });

  it('Qualtrics and SurveyMonkey as .xlsx sheets (numbers as number cells)', () => {
    for (const [file, source] of [[QUALTRICS, qualtricsSource], [MONKEY, surveyMonkeySource]] as const) {
      const input = { fileName: 'export.xlsx', sheets: [asSheet('Sheet1', records(file))] };
      expect(source.recognize(input)).toBe(1);
      const fromSheet = source.extract(input, {});
      const fromCsv = source.extract(delimitedInput(file, sampleBytes(file)), {});
      expect(fromSheet.metrics).toEqual(fromCsv.metrics);
      expect(fromSheet.feedback.map((f) => f.text)).toEqual(fromCsv.feedback.map((f) => f.text));
    }
  });
});
