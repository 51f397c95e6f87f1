import type { JourneySpec } from '../buildJourney';
import { flowboard } from './flowboard';
import { northwindOutdoor } from './northwindOutdoor';

/** The sample journeys shipped in assets/samples/. The first opens on first start. */
export const SAMPLES: readonly { fileName: string; spec: JourneySpec }[] = [
  { fileName: 'northwind-outdoor.journey', spec: northwindOutdoor },
  { fileName: 'flowboard-saas-onboarding.journey', spec: flowboard },
];
