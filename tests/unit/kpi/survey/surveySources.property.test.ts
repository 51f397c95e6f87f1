import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readDelimited } from '../../../../shared/kpi/text/readDelimited';
import { importKpiFile } from '../../../../shared/kpi/importKpiFile';
import { qualtricsSource } from '../../../../shared/kpi/sources/survey/qualtricsSource';
import { surveyMonkeySource } from '../../../../shared/kpi/sources/survey/surveyMonkeySource';
import { typeformSource } from '../../../../shared/kpi/sources/survey/typeformSource';
import type { KpiSource, SourceResult } from '../../../../shared/kpi/types';
import { sampleBytes, sampleText, textInput } from './fixtures';

const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const serialize = (records: string[][]) => records.map((r) => r.map(quote).join(',')).join('\r\n');

const SAMPLES: [string, KpiSource, number][] = [
  ['qualtrics_post_purchase_may2024.csv', qualtricsSource, 3],
  ['surveymonkey_onboarding_may2024.csv', surveyMonkeySource, 2],
  ['typeform_trial_feedback_may2024.csv', typeformSource, 1],
];

/** Metrics as a map scope|metric → [value, n], for comparing without caring about order. */
const byKey = (r: SourceResult) => new Map(r.metrics.map((m) => [`${m.scope}|${m.metric}`, [m.value, m.n]] as const));

describe('survey sources: properties over the samples', () => {
  for (const [file, source, headerRows] of SAMPLES) {
    it(`${source.id}: figures do not depend on the order of the responses`, () => {
      const records = readDelimited(sampleText(file)).records.toArray().map((r) => r.cells).filter((c) => c.some((x) => x !== ''));
      const head = records.slice(0, headerRows);
      const body = records.slice(headerRows);
      const base = byKey(source.extract(textInput(file, serialize(records)), {}));
      fc.assert(fc.property(fc.shuffledSubarray(body, { minLength: body.length, maxLength: body.length }), (shuffled) => {
        const r = source.extract(textInput(file, serialize([...head, ...shuffled])), {});
        const got = byKey(r);
        expect([...got.keys()].sort()).toEqual([...base.keys()].sort());
        for (const [k, [v, n]] of base) {
          const [gv, gn] = got.get(k)!;
          expect(gn).toBe(n);
          if (v === null) expect(gv).toBeNull(); else expect(gv).toBeCloseTo(v, 9);
        }
      }), { numRuns: 40 });
    });
  }

  it('any damage to a sample is imported, reported or refused — never a throw or an out-of-range figure', () => {
    const files = [...SAMPLES.map(([f]) => f), 'journey_kpi_workbook.xlsx'];
    const damage = fc.record({
      file: fc.constantFrom(...files),
      edits: fc.array(fc.tuple(fc.nat(), fc.constantFrom(',', '"', '\n', '\r\n', '', 'x', '11', '\u00ff', '#')), { maxLength: 6 }),
      cut: fc.option(fc.nat(), { nil: undefined }),
    });
    fc.assert(fc.property(damage, ({ file, edits, cut }) => {
      let bytes = sampleBytes(file);
      if (!file.endsWith('.xlsx')) {
        let text = new TextDecoder().decode(bytes);
        for (const [at, s] of edits) { const i = at % (text.length + 1); text = text.slice(0, i) + s + text.slice(i + (s === '' ? 1 : 0)); }
        bytes = new TextEncoder().encode(text);
      }
      if (cut !== undefined) bytes = bytes.slice(0, cut % (bytes.length + 1));
      const r = importKpiFile(bytes, file);
      if (!r.ok) { expect(r.error.message).toBeTruthy(); return; }
      for (const m of r.value.metrics) {
        if (m.value === null) continue;
        expect(Number.isFinite(m.value)).toBe(true);
        if (m.metric === 'nps') expect(Math.abs(m.value)).toBeLessThanOrEqual(100);
        if (m.unit === 'fraction' && ['csat', 'cesEasy', 'responseRate'].includes(m.metric)) expect(m.value >= 0 && m.value <= 1).toBe(true);
      }
      for (const f of r.value.feedback) if (f.sentiment !== undefined) expect(Math.abs(f.sentiment)).toBeLessThanOrEqual(1);
      for (const e of r.value.errors) expect(Number.isInteger(e.line) && e.line >= 0).toBe(true);
    }), { numRuns: 300 });
  });
});
