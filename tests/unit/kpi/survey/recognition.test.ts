import { describe, expect, it } from 'vitest';
import { surveySources } from '../../../../shared/kpi/sources/survey/surveySources';
import { readWorkbook } from '../../../../shared/kpi/xlsx/readWorkbook';
import type { SourceInput } from '../../../../shared/kpi/types';
import { delimitedInput, fixtureBytes, sampleBytes } from './fixtures';

const text = (dir: 'shared' | 'local', name: string) => delimitedInput(name, dir === 'shared' ? sampleBytes(name) : fixtureBytes(name));
const json = (dir: 'shared' | 'local', name: string): SourceInput => ({ fileName: name, json: JSON.parse(new TextDecoder().decode(dir === 'shared' ? sampleBytes(name) : fixtureBytes(name))) as unknown });
function workbook(): SourceInput {
  const wb = readWorkbook(sampleBytes('journey_kpi_workbook.xlsx'));
  if (!wb.ok) throw new Error(wb.message);
  return { fileName: 'journey_kpi_workbook.xlsx', sheets: wb.value.sheets };
}

// Every sample and fixture, and the one survey/review source that owns it (null: none of them).
const CASES: [string, () => SourceInput, string | null][] = [
  ['qualtrics sample', () => text('shared', 'qualtrics_post_purchase_may2024.csv'), 'qualtrics'],
  ['surveymonkey sample', () => text('shared', 'surveymonkey_onboarding_may2024.csv'), 'surveymonkey'],
  ['typeform sample', () => text('shared', 'typeform_trial_feedback_may2024.csv'), 'typeform'],
  ['workbook (Trustpilot sheet)', workbook, 'trustpilot'],
  ['delighted csv', () => text('local', 'delighted_responses_synthetic.csv'), 'delighted'],
  ['delighted json', () => json('local', 'delighted_responses_synthetic.json'), 'delighted'],
  ['zendesk csv', () => text('local', 'zendesk_satisfaction_ratings_synthetic.csv'), 'zendesk-csat'],
  ['google play csv', () => text('local', 'reviews_com.flowboard.app_202405_synthetic.csv'), 'google-play'],
  ['app store json', () => json('local', 'app_store_customer_reviews_synthetic.json'), 'app-store'],
  ['medallia csv', () => text('local', 'medallia_agent_connect_synthetic.csv'), 'medallia'],
  ['ga4 report', () => text('shared', 'ga4_pages_and_screens_may2024.csv'), null],
  ['ga4 funnel', () => text('shared', 'ga4_funnel_exploration_checkout_may2024.csv'), null],
  ['ua landing pages', () => text('shared', 'ua_landing_pages_apr2019.csv'), null],
  ['german excel csv', () => text('shared', 'excel_de_saas_stage_kpis.csv'), null],
  ['mixpanel json', () => json('shared', 'mixpanel_funnels_signup_may2024.json'), null],
];

describe('recognition is specific: each file is claimed by its own source only', () => {
  for (const [name, input, owner] of CASES) {
    it(`${name} → ${owner ?? 'no survey source'}`, () => {
      const i = input();
      const claims = surveySources.filter((s) => s.recognize(i) > 0).map((s) => s.id);
      expect(claims).toEqual(owner ? [owner] : []);
    });
  }

  it('empty and odd inputs are nobody\'s', () => {
    const odd: SourceInput[] = [{ fileName: 'x' }, { fileName: 'x', json: null }, { fileName: 'x', json: [] }, { fileName: 'x', json: { data: [{}] } }, { fileName: 'x', sheets: [] }, delimitedInput('x', new Uint8Array())];
    for (const i of odd) expect(surveySources.map((s) => s.recognize(i))).toEqual(surveySources.map(() => 0));
  });

  it('every source has a distinct id', () => {
    expect(new Set(surveySources.map((s) => s.id)).size).toBe(surveySources.length);
  });
});
