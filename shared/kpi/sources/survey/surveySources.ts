/**
 * The survey and review sources, for shared/kpi/sources/sourceRegistry.ts. Each recognizes
 * only its own tool's header signature (1 when it matches, else 0).
 */
import type { KpiSource } from '../../types';
import { appStoreSource } from './appStoreSource';
import { delightedSource } from './delightedSource';
import { googlePlaySource } from './googlePlaySource';
import { medalliaSource } from './medalliaSource';
import { qualtricsSource } from './qualtricsSource';
import { surveyMonkeySource } from './surveyMonkeySource';
import { trustpilotSource } from './trustpilotSource';
import { typeformSource } from './typeformSource';
import { zendeskCsatSource } from './zendeskCsatSource';

export const surveySources: KpiSource[] = [
  qualtricsSource, surveyMonkeySource, typeformSource, delightedSource, medalliaSource, zendeskCsatSource,
  trustpilotSource, googlePlaySource, appStoreSource,
];
