import { painPointCardSchema } from '../schema';
import type { CardKindDef } from './CardKindDef';

export const SEVERITY_LABELS = ['', 'Minor', 'Moderate', 'Serious', 'Severe', 'Critical'] as const;

export const painPoint: CardKindDef<'painPoint'> = {
  kind: 'painPoint',
  label: 'Pain point',
  hint: 'Friction, with a severity from 1 (minor) to 5 (critical)',
  homeLane: 'painPoints',
  schema: painPointCardSchema,
  defaults: () => ({ severity: 3, touchpointIds: [] }),
  size: { box: true, minHeight: 64, maxTitleLines: 3, maxBodyLines: 4 },
  badge: (card) => `S${card.severity}`,
};
