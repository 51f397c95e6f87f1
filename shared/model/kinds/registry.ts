import type { CardKind } from '../vocabulary';
import type { CardKindDef } from './CardKindDef';
import { action } from './action';
import { emotion } from './emotion';
import { kpi } from './kpi';
import { note } from './note';
import { opportunity } from './opportunity';
import { painPoint } from './painPoint';
import { thought } from './thought';
import { touchpoint } from './touchpoint';

/** The card kind registry: one definition per kind, keyed by kind. */
export const CARD_KIND_REGISTRY: { readonly [K in CardKind]: CardKindDef<K> } = {
  touchpoint, action, thought, painPoint, opportunity, note, emotion, kpi,
};

export function cardKindDef<K extends CardKind>(kind: K): CardKindDef<K> {
  return CARD_KIND_REGISTRY[kind];
}
