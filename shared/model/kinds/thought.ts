import { thoughtCardSchema } from '../schema';
import type { CardKindDef } from './CardKindDef';

export const thought: CardKindDef<'thought'> = {
  kind: 'thought',
  label: 'Thought',
  hint: 'What the customer thinks or asks at this step',
  homeLane: 'thoughts',
  schema: thoughtCardSchema,
  defaults: () => ({}),
  size: { box: true, minHeight: 56, maxTitleLines: 4, maxBodyLines: 3 },
  badge: () => null,
};
