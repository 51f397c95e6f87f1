/** The analytics and KPI-table sources, most specific first (the generic import is separate: it goes last). */
import type { KpiSource } from '../../types';
import { adobeAnalyticsSource } from './adobeAnalytics';
import { amplitudeSource } from './amplitude';
import { funnelTableSource, heapSource } from './funnelTable';
import { ga4FunnelSource } from './ga4Funnel';
import { ga4ReportSource } from './ga4Report';
import { mixpanelSource } from './mixpanel';
import { posthogSource } from './posthog';
import { stageKpiTableSource } from './stageKpiTable';
import { universalAnalyticsSource } from './universalAnalytics';

export const analyticsSources: KpiSource[] = [
  ga4FunnelSource, ga4ReportSource, universalAnalyticsSource, adobeAnalyticsSource, mixpanelSource, amplitudeSource,
  posthogSource, heapSource, stageKpiTableSource, funnelTableSource,
];

export { genericTableSource } from './genericTable';
