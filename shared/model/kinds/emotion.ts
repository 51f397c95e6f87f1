import { emotionCardSchema } from '../schema';
import type { CardKindDef } from './CardKindDef';

export const emotion: CardKindDef<'emotion'> = {
  kind: 'emotion',
  label: 'Emotion point',
  hint: 'How the customer feels at a step; the points form a curve',
  homeLane: 'emotions',
  schema: emotionCardSchema,
  // curveId is set by whoever creates the point (the lane's first visible curve).
  defaults: () => ({ score: 0, curveId: '' }),
  size: { box: false, minHeight: 160, maxTitleLines: 2, maxBodyLines: 0 },
  badge: (card) => (card.score > 0 ? `+${card.score}` : String(card.score)),
};
