import { describe, expect, it } from 'vitest';
import { importKpiFile } from '../../../../shared/kpi/importKpiFile';
import { sourceRegistry } from '../../../../shared/kpi/sources/sourceRegistry';
import { surveySources } from '../../../../shared/kpi/sources/survey/surveySources';
import type { KpiImport } from '../../../../shared/kpi/types';
import { datasetSchema } from '../../../../shared/model/schema';
import { fixtureBytes, metricOf, rounded, sampleBytes, valueOf } from './fixtures';

function imported(bytes: Uint8Array, fileName: string, options = {}): KpiImport {
  const r = importKpiFile(bytes, fileName, options);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** What the app stores: the import plus id, name and importedAt, checked by the document schema. */
function asDataset(k: KpiImport) {
  const { fileName, source, period, encoding, delimiter, rowsRead, rowsImported, errors, metrics, feedback, options } = k;
  return datasetSchema.parse({
    id: 'ds_1', name: fileName, source, fileName, importedAt: '2026-12-01T00:00:00Z', rowsRead, rowsImported, errors, metrics, feedback,
    options: Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
    ...(period ? { period } : {}), ...(encoding ? { encoding } : {}), ...(delimiter ? { delimiter } : {}),
  });
}

describe('bytes → KpiImport through importKpiFile: each survey sample is recognized, not just extracted', () => {
  it('the registry holds every survey and review source', () => {
    for (const s of surveySources) expect(sourceRegistry).toContain(s);
  });

  it('Qualtrics: CRLF, comma; NPS +9.1 (partial included), +20.0 with partialResponses: exclude', () => {
    const k = imported(sampleBytes('qualtrics_post_purchase_may2024.csv'), 'qualtrics_post_purchase_may2024.csv');
    expect([k.source, k.delimiter, k.encoding]).toEqual(['qualtrics', ',', 'utf-8']);
    expect(rounded(valueOf(k, 'total', 'nps'), 1)).toBe(9.1);
    expect(k.feedback).toHaveLength(9);
    const fin = imported(sampleBytes('qualtrics_post_purchase_may2024.csv'), 'q.csv', { partialResponses: 'exclude' });
    expect(valueOf(fin, 'total', 'nps')).toBe(20);
    expect(fin.options).toEqual({ partialResponses: 'exclude', cesScale: 7, cesHigherIsEasier: true }); // the user's option, and the CES reading decided from the file
    expect(() => asDataset(k)).not.toThrow();
  });

  it('SurveyMonkey: CES 3.50, NPS +14.3 (n 7)', () => {
    const k = imported(sampleBytes('surveymonkey_onboarding_may2024.csv'), 'surveymonkey_onboarding_may2024.csv');
    expect(k.source).toBe('surveymonkey');
    expect(valueOf(k, 'total', 'ces')).toBe(3.5);
    expect(metricOf(k, 'total', 'nps').n).toBe(7);
    expect(rounded(valueOf(k, 'total', 'nps'), 1)).toBe(14.3);
    expect(() => asDataset(k)).not.toThrow();
  });

  it('Typeform: the "#," header survives the whole pipeline; n 7, rating 3.429, effort 3.714', () => {
    const k = imported(sampleBytes('typeform_trial_feedback_may2024.csv'), 'typeform_trial_feedback_may2024.csv');
    expect(k.source).toBe('typeform');
    expect(valueOf(k, 'total', 'responses')).toBe(7);
    expect(rounded(valueOf(k, 'total', 'csatMean'), 3)).toBe(3.429);
    expect(rounded(valueOf(k, 'total', 'ces'), 3)).toBe(3.714);
    expect(() => asDataset(k)).not.toThrow();
  });

  it('workbook: the Trustpilot sheet is read as Trustpilot (stars 3.2, "00012345") beside the Stage KPIs sheet', () => {
    const k = imported(sampleBytes('journey_kpi_workbook.xlsx'), 'journey_kpi_workbook.xlsx');
    expect(k.source.split('+')).toContain('trustpilot');
    expect(k.notes).toContain('sheet "Trustpilot export": read as trustpilot');
    expect(metricOf(k, 'total', 'stars')).toEqual({ value: 3.2, n: 5 });
    expect(k.feedback.map((f) => f.respondentId)).toContain('00012345');
    const only = imported(sampleBytes('journey_kpi_workbook.xlsx'), 'journey_kpi_workbook.xlsx', { table: 'Trustpilot export' });
    expect(only.source).toBe('trustpilot');
    expect(only.period?.start).toBe('2024-05-03T10:21:44Z');
    expect(() => asDataset(only)).not.toThrow();
  });

  it.each([
    ['delighted_responses_synthetic.csv', 'delighted'],
    ['delighted_responses_synthetic.json', 'delighted'],
    ['zendesk_satisfaction_ratings_synthetic.csv', 'zendesk-csat'],
    ['reviews_com.flowboard.app_202405_synthetic.csv', 'google-play'],
    ['app_store_customer_reviews_synthetic.json', 'app-store'],
    ['medallia_agent_connect_synthetic.csv', 'medallia'],
  ])('synthetic %s is recognized as %s', (file, source) => {
    const k = imported(fixtureBytes(file), file);
    expect(k.source).toBe(source);
    expect(() => asDataset(k)).not.toThrow();
  });

  it('long comments, question texts and choices still make a valid dataset (cut, with a note)', () => {
    const q = `Which of these ${'very '.repeat(120)}long options?`;
    const choice = 'Option A';
    const text = [`#,How would you rate it?,${q},Tell us more,Submit Date (UTC)`, `a,5,${choice},${'word '.repeat(5000)},2024-05-01 10:00:00`, `b,4,${choice},ok,2024-05-02 10:00:00`].join('\n');
    const k = imported(new TextEncoder().encode(text), 't.csv');
    expect(k.source).toBe('typeform');
    expect(k.notes).toContain('1 comment longer than 20000 characters cut to 20000 (the longest a map stores)');
    expect(k.metrics.some((m) => m.scope.startsWith('total / Which of these very') && m.scope.endsWith('…=Option A'))).toBe(true);
    expect(k.metrics.every((m) => m.scope.length <= 500)).toBe(true);
    expect(() => asDataset(k)).not.toThrow();
  });

  it('Google Play keeps its UTF-16LE encoding and Medallia its ";" in the import', () => {
    expect(imported(fixtureBytes('reviews_com.flowboard.app_202405_synthetic.csv'), 'r.csv').encoding).toBe('utf-16le');
    expect(imported(fixtureBytes('medallia_agent_connect_synthetic.csv'), 'm.csv').delimiter).toBe(';');
  });
});
