// The bundled sample journeys, read through the same loading pipeline as any file.
import northwind from '../assets/samples/northwind-outdoor.journey?raw';
import flowboard from '../assets/samples/flowboard-saas-onboarding.journey?raw';

export const BUNDLED_SAMPLES = [
  { name: 'northwind-outdoor.journey', title: 'Northwind Outdoor (e-commerce)', text: northwind },
  { name: 'flowboard-saas-onboarding.journey', title: 'Flowboard (SaaS onboarding)', text: flowboard },
] as const;
