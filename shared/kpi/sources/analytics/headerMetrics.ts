/**
 * Column headers → metric names, for the analytics exports and KPI tables (English plus the
 * localized UA/Excel headers FORMATS.md shows: Dutch, German). A header not listed here is
 * still imported by the table sources, under its own name.
 */
import type { DurationUnit } from '../../cells/parseDuration';
import { normalizeHeader } from '../../text/headerRows';

export type ColumnKind = 'count' | 'fraction' | 'seconds' | 'currency' | 'number' | 'score' | 'csat';

export interface HeaderMetric {
  metric: string;
  kind: ColumnKind;
  duration?: DurationUnit;
}

const EXACT: Record<string, HeaderMetric> = {};
const add = (metric: string, kind: ColumnKind, names: string[], duration?: DurationUnit): void => {
  for (const n of names) EXACT[normalizeHeader(n)] = duration ? { metric, kind, duration } : { metric, kind };
};
add('views', 'count', ['Views', 'Pageviews', 'Page views', 'Screen page views', 'Seitenaufrufe', 'Aufrufe', 'Paginaweergaven']);
add('uniquePageviews', 'count', ['Unique Pageviews', 'Unique page views']);
add('users', 'count', ['Active users', 'Users', 'Total users', 'Visitors', 'Unique visitors', 'Besucher', 'Nutzer', 'Aktive Nutzer', 'Gebruikers', 'Unique Visitors']);
add('newUsers', 'count', ['New users', 'Nieuwe gebruikers', 'Neue Nutzer']);
add('sessions', 'count', ['Sessions', 'Sitzungen', 'Sessies', 'Visits', 'Besuche']);
add('entrances', 'count', ['Entrances', 'Einstiege']);
add('eventCount', 'count', ['Event count', 'Events', 'Total events']);
add('keyEvents', 'count', ['Key events', 'Conversions']);
add('transactions', 'count', ['Transactions', 'Transaktionen', 'Transacties', 'Orders', 'Bestellungen']);
add('goalCompletions', 'count', ['Goal Completions', 'Behaalde doelen', 'Zielerreichungen']);
add('conversion', 'fraction', ['Conversion', 'Conversion rate', 'Conv. rate', 'Ecommerce Conversion Rate', 'E-commerce conversion rate', 'Goal Conversion Rate', 'Doelconversieratio', 'Konversionsrate', 'Conversionrate', 'Conversion Rate (%)', 'Taux de conversion']);
add('bounceRate', 'fraction', ['Bounce rate', 'Bouncepercentage', 'Absprungrate', 'Bounce', 'Bounce Rate (%)', 'Taux de rebond']);
add('newSessionsRate', 'fraction', ['% New Sessions', '% nieuwe sessies', '% neue Sitzungen']);
add('exitRate', 'fraction', ['% Exit', 'Exit rate', 'Ausstiegsrate']);
add('engagementRate', 'fraction', ['Engagement rate']);
add('pagesPerSession', 'number', ['Pages / Session', 'Pages/Session', "Pagina's/sessie", 'Seiten/Sitzung']);
add('viewsPerUser', 'number', ['Views per active user', 'Views per user']);
add('sessionDuration', 'seconds', ['Avg. Session Duration', 'Gem. sessieduur', 'Durchschn. Sitzungsdauer', 'Average session duration'], 'hms');
add('timeOnPage', 'seconds', ['Avg. Time on Page'], 'hms');
add('timeOnPage', 'seconds', ['Average engagement time per active user', 'Average engagement time', 'Average engagement time per session', 'User engagement'], 'seconds');
add('revenue', 'currency', ['Total revenue', 'Revenue', 'Purchase revenue', 'Umsatz', 'Opbrengst', 'Ecommerce revenue']);
add('goalValue', 'currency', ['Goal Value', 'Doelwaarde', 'Zielwert']);
add('pageValue', 'currency', ['Page Value', 'Seitenwert']);

/** Patterns for KPI-table headers with free wording (`Churn rate (90d)`, `CLTV (cohort, GBP)`). */
const PATTERNS: [RegExp, HeaderMetric][] = [
  [/conversion rate\)$/, { metric: 'conversion', kind: 'fraction' }], // UA "<Goal> (Goal 1 Conversion Rate)"
  [/\bcsat\b|zufriedenheit|satisfaction/, { metric: 'csat', kind: 'csat' }],
  [/\bnps\b|net promoter/, { metric: 'nps', kind: 'score' }],
  [/\bces\b|effort score/, { metric: 'ces', kind: 'score' }],
  [/churn|kündigungsrate|abwanderung/, { metric: 'churn', kind: 'fraction' }],
  [/\bcltv\b|\bclv\b|\bltv\b|lifetime value|kundenwert/, { metric: 'cltv', kind: 'currency' }],
  [/time on page|verweildauer|engagement time|zeit auf der seite|temps passé/, { metric: 'timeOnPage', kind: 'seconds', duration: 'seconds' }],
  [/^(?:conversion|konversion|conv\.)/, { metric: 'conversion', kind: 'fraction' }],
  [/^bounce|absprung/, { metric: 'bounceRate', kind: 'fraction' }],
  [/^sessions\b|^sitzungen\b/, { metric: 'sessions', kind: 'count' }],
  [/^(?:besucher|visitors|users)\b/, { metric: 'users', kind: 'count' }],
  [/^revenue\b|^umsatz\b/, { metric: 'revenue', kind: 'currency' }],
];

/** The metric a header names, or undefined. */
export function metricForHeader(header: string): HeaderMetric | undefined {
  const h = normalizeHeader(header);
  const exact = EXACT[h];
  if (exact) return exact;
  for (const [re, m] of PATTERNS) if (re.test(h)) {
    if (m.metric === 'timeOnPage' && /\bmin/.test(h)) return { ...m, kind: 'seconds', duration: 'seconds' };
    return m;
  }
  return undefined;
}

/** Whether a header says its plain numbers are percentage points (`Conversion (%)`, `% New Sessions`). */
export function headerSaysPercent(header: string): boolean {
  return /%|\bpercent\b|\bpct\b|prozent/i.test(header);
}

/** Whether a header names minutes (`Time on page (min)`). */
export function headerSaysMinutes(header: string): boolean {
  return /\((?:min|minutes|minuten)\)/i.test(header);
}

/** A short key for a breakdown dimension header (`Device category` → `device`). */
export function breakdownKey(header: string): string {
  const h = normalizeHeader(header);
  if (h === 'device category' || h === 'device' || h === 'gerätekategorie' || h === 'apparaatcategorie') return 'device';
  return h;
}
