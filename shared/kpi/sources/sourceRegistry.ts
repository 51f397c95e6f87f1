/**
 * Every source the importer knows, most specific first. `importKpiFile` asks each to
 * recognize the file and uses the most confident one; the generic column import is last.
 */
import type { KpiSource } from '../types';
import { analyticsSources, genericTableSource } from './analytics/analyticsSources';
import { surveySources } from './survey/surveySources';

export const sourceRegistry: KpiSource[] = [
  // analytics sources (shared/kpi/sources/analytics/)
  ...analyticsSources,
  // survey and review sources (shared/kpi/sources/survey/)
  ...surveySources,
  // the generic column import: always last
  genericTableSource,
];
