import { noteCardSchema } from '../schema';
import type { CardKindDef } from './CardKindDef';

export const note: CardKindDef<'note'> = {
  kind: 'note',
  label: 'Note',
  hint: 'A sticky note: anything worth writing down',
  homeLane: 'notes',
  schema: noteCardSchema,
  defaults: () => ({}),
  size: { box: true, minHeight: 56, maxTitleLines: 4, maxBodyLines: 6 },
  badge: () => null,
};
