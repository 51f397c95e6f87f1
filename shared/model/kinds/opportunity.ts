import { opportunityCardSchema } from '../schema';
import type { CardKindDef } from './CardKindDef';

export const opportunity: CardKindDef<'opportunity'> = {
  kind: 'opportunity',
  label: 'Opportunity',
  hint: 'An idea to remove friction or add delight',
  homeLane: 'opportunities',
  schema: opportunityCardSchema,
  defaults: () => ({}),
  size: { box: true, minHeight: 56, maxTitleLines: 3, maxBodyLines: 4 },
  badge: (card) => (card.impact !== undefined ? `Impact ${card.impact}` : null),
};
