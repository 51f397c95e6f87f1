/** Properties of the whole import over generated input: never a throw, always located, always schema-valid. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importKpiFile } from '../../../shared/kpi/importKpiFile';
import { metricValueSchema } from '../../../shared/model/schema';
import { sampleBytes } from './kpiTestUtil';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('importKpiFile over generated files', () => {
  const cell = fc.oneof(
    fc.constantFrom('', '0', '12', '1,234', '1.234,5', '12.5%', '#DIV/0!', '(not set)', '£3.50', '00:01:02', '"', '#', 'N/A', '-7', 'x'),
    fc.string({ maxLength: 6 }),
  );
  const table = fc.tuple(fc.constantFrom(',', ';', '\t'), fc.integer({ min: 1, max: 5 }))
    .chain(([d, w]) => fc.tuple(fc.constant(d), fc.array(fc.array(cell, { minLength: 1, maxLength: w + 1 }), { minLength: 1, maxLength: 12 })));

  it('property: any table imports or is refused with a message; errors point at real lines; metrics fit the schema', () => {
    fc.assert(fc.property(table, fc.constantFrom('', '# Start date: 20240501\n# End date: 20240531\n', '"# Date: May 1, 2024 - May 31, 2024"\n', 'sep=;\n'), ([d, rows], preamble) => {
      const header = rows[0]!.map((_, i) => ['Page path and screen class', 'Views', 'Active users', 'Stage', 'Touchpoint', 'Sessions'][i] ?? `c${i}`);
      const text = preamble + [header, ...rows.slice(1)].map((r) => r.join(d)).join('\n') + '\n';
      const lines = text.split('\n').length;
      const r = importKpiFile(enc(text), 'generated.csv');
      if (!r.ok) { expect(r.error.message.length).toBeGreaterThan(0); return; }
      for (const e of r.value.errors) {
        expect(e.line).toBeGreaterThanOrEqual(0);
        expect(e.line).toBeLessThanOrEqual(lines);
        expect(e.message.length).toBeGreaterThan(0);
      }
      for (const m of r.value.metrics) expect(metricValueSchema.safeParse(m).success).toBe(true);
      expect(r.value.rowsImported).toBeLessThanOrEqual(r.value.rowsRead);
    }), { numRuns: 400 });
  });

  it('property: cutting a sample anywhere never throws (truncated downloads)', () => {
    const samples = ['ga4_funnel_exploration_checkout_may2024.csv', 'ua_landing_pages_apr2019.csv', 'excel_de_saas_stage_kpis.csv', 'mixpanel_funnels_signup_may2024.json', 'journey_kpi_workbook.xlsx'].map((n) => [n, sampleBytes(n)] as const);
    fc.assert(fc.property(fc.constantFrom(...samples), fc.double({ min: 0, max: 1, noNaN: true }), ([name, bytes], at) => {
      const r = importKpiFile(bytes.subarray(0, Math.floor(bytes.length * at)), name);
      expect(typeof r.ok).toBe('boolean');
      if (!r.ok) expect(r.error.message).not.toMatch(/internal error/);
    }), { numRuns: 300 });
  });
});

describe('GA4 funnel: only the first funnel table is read', () => {
  it('a second table in the file is ignored unless options.table picks it', () => {
    const text = 'Step,Active users,Completion rate,Abandonments,Abandonment rate\n1. A,100,0.5,50,0.5\n2. B,50,1,0,0\n\nStep,Active users,Completion rate,Abandonments,Abandonment rate\n1. X,9,0.5,5,0.5\n2. Y,4,1,0,0\n';
    const first = importKpiFile(enc(text), 'f.csv');
    expect(first.ok && first.value.metrics.some((m) => m.scope === 'X')).toBe(false);
    expect(first.ok && first.value.metrics.some((m) => m.scope === 'A')).toBe(true);
    const second = importKpiFile(enc(text), 'f.csv', { table: '2' });
    expect(second.ok && second.value.metrics.find((m) => m.scope === 'Y' && m.metric === 'users')?.value).toBe(4);
  });
});
