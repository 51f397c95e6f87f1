import type { KpiImport } from '../../../shared/kpi/types';

const SOURCE_NAMES: Record<string, string> = {
  'ga4-report': 'Google Analytics 4 report', 'ga4-funnel': 'GA4 funnel exploration', ua: 'Universal Analytics', adobe: 'Adobe Analytics',
  mixpanel: 'Mixpanel', amplitude: 'Amplitude', heap: 'Heap', posthog: 'PostHog', qualtrics: 'Qualtrics', surveymonkey: 'SurveyMonkey',
  typeform: 'Typeform', delighted: 'Delighted', medallia: 'Medallia', zendesk: 'Zendesk', trustpilot: 'Trustpilot', 'google-play': 'Google Play',
  'app-store': 'Apple App Store', generic: 'a table (generic import)',
};
const n = (x: number) => x.toLocaleString('en-US');
export const sourceName = (id: string) => SOURCE_NAMES[id] ?? id;

/** What the importer understood: the tool, the encoding, rows read and imported, every reported row. */
export function ImportReport({ result }: { result: KpiImport }) {
  return (
    <section className="wm-import-report" data-testid="import-report" aria-label="Import report">
      <p>
        Recognized <strong data-testid="import-source">{sourceName(result.source)}</strong>
        {result.title ? <> — “{result.title}”</> : null}
        {result.period ? <> · {result.period.start} – {result.period.end}</> : null}
      </p>
      <p className="wm-muted">
        {result.encoding ?? 'binary'}{result.delimiter ? ` · delimiter ${result.delimiter === '\t' ? 'tab' : `“${result.delimiter}”`}` : ''}
        {' · '}{n(result.rowsImported)} of {n(result.rowsRead)} rows imported · {n(result.metrics.length)} values{result.feedback.length ? ` · ${n(result.feedback.length)} comments` : ''}
      </p>
      {result.notes.length > 0 && <ul className="wm-muted">{result.notes.map((n, i) => <li key={i}>{n}</li>)}</ul>}
      {result.errors.length > 0 && (
        <details open={result.errors.length <= 5}>
          <summary>{n(result.errors.length)} row{result.errors.length === 1 ? '' : 's'} not imported or cut</summary>
          <ul className="wm-import-errors" data-testid="import-errors">
            {result.errors.slice(0, 200).map((e, i) => <li key={i}>{e.line > 0 ? `Line ${e.line}: ` : ''}{e.message}</li>)}
            {result.errors.length > 200 && <li>…and {result.errors.length - 200} more (stored with the dataset)</li>}
          </ul>
        </details>
      )}
    </section>
  );
}
