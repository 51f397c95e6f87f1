import { actionCardSchema } from '../schema';
import type { CardKindDef } from './CardKindDef';

export const action: CardKindDef<'action'> = {
  kind: 'action',
  label: 'Action',
  hint: 'What the customer (or, backstage, the team) does',
  homeLane: 'actions',
  schema: actionCardSchema,
  defaults: () => ({}),
  size: { box: true, minHeight: 56, maxTitleLines: 3, maxBodyLines: 4 },
  badge: () => null,
};
