/**
 * The templates offered by File → New from template: one per seed journey type. Each is a
 * realistic, reusable starting point; `instantiateTemplate` turns one into a new map.
 */
import type { JourneySpec } from '../buildJourney';
import { acquisitionFunnel } from './acquisitionFunnel';
import { appEngagement } from './appEngagement';
import { saasOnboarding } from './saasOnboarding';
import { subscriptionRetention } from './subscriptionRetention';
import { supportResolution } from './supportResolution';

export const JOURNEY_TYPES = ['acquisition', 'onboarding', 'engagement', 'support', 'retention'] as const;
export type JourneyType = (typeof JOURNEY_TYPES)[number];

export interface JourneyTemplate {
  id: string;
  name: string;
  description: string;
  journeyType: JourneyType;
  spec: JourneySpec;
}

export const TEMPLATES: readonly JourneyTemplate[] = [
  {
    id: 'b2c-acquisition', name: 'B2C acquisition funnel', journeyType: 'acquisition', spec: acquisitionFunnel,
    description: 'From a first ad impression to the first order: awareness, interest, comparison, purchase and confirmation.',
  },
  {
    id: 'saas-onboarding', name: 'SaaS onboarding', journeyType: 'onboarding', spec: saasOnboarding,
    description: 'A trial user from sign-up through setup and the first value moment to team adoption and a paid plan.',
  },
  {
    id: 'app-engagement', name: 'Mobile app engagement loop', journeyType: 'engagement', spec: appEngagement,
    description: 'The habit loop of an active customer: trigger, core use, reward, exploring features and sharing.',
  },
  {
    id: 'support-resolution', name: 'Support ticket resolution', journeyType: 'support', spec: supportResolution,
    description: 'A customer with a problem: self-help, contacting support, resolution and the follow-up survey.',
  },
  {
    id: 'subscription-retention', name: 'Subscription retention and loyalty', journeyType: 'retention', spec: subscriptionRetention,
    description: 'A subscriber around renewal: routine use, price changes, the risk of churn, save offers and loyalty.',
  },
];

export function templateById(id: string): JourneyTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
