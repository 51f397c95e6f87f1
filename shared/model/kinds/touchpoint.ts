import { touchpointCardSchema } from '../schema';
import { CHANNEL_LABELS, type KnownChannel } from '../vocabulary';
import type { CardKindDef } from './CardKindDef';

export const touchpoint: CardKindDef<'touchpoint'> = {
  kind: 'touchpoint',
  label: 'Touchpoint',
  hint: 'Where the customer meets the brand, on a channel',
  homeLane: 'touchpoints',
  schema: touchpointCardSchema,
  defaults: () => ({ channel: 'web' }),
  size: { box: true, minHeight: 64, maxTitleLines: 3, maxBodyLines: 4 },
  badge: (card) => CHANNEL_LABELS[card.channel as KnownChannel] ?? (card.channel || null),
};
