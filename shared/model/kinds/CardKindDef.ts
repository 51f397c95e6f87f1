import type { ZodType } from 'zod';
import type { Card, CardOf } from '../schema';
import type { CardKind, LaneKind } from '../vocabulary';

/** Fields every card has, whatever its kind. */
export type CardBaseField = 'id' | 'stageId' | 'laneId' | 'order' | 'title' | 'body' | 'tags' | 'owner' | 'links' | 'personaId' | 'evidence' | 'votes' | 'color' | 'aliases' | 'kind';

/** What a kind adds to the base card. */
export type KindFields<K extends CardKind> = Omit<CardOf<K>, CardBaseField>;

/**
 * Everything Waymark knows about one card kind, independent of any renderer.
 * The canvas has a matching view per kind (renderer/canvas/nodes/), the export
 * a matching SVG drawer (shared/export/cards/); tests assert the registries agree.
 */
export interface CardKindDef<K extends CardKind = CardKind> {
  readonly kind: K;
  readonly label: string;
  /** One line for menus and the inspector. */
  readonly hint: string;
  /** The lane kind where such a card naturally lives. */
  readonly homeLane: LaneKind;
  readonly schema: ZodType<CardOf<K>>;
  /** The kind-specific fields of a new card. */
  defaults(): KindFields<K>;
  /** Size rules in canvas units. `box: false` draws a point (emotion) instead of a card box. */
  readonly size: { readonly box: boolean; readonly minHeight: number; readonly maxTitleLines: number; readonly maxBodyLines: number };
  /** A short text for a badge on the card (severity, channel, value), or null. */
  badge(card: CardOf<K>): string | null;
}

export type AnyCardKindDef = { [K in CardKind]: CardKindDef<K> }[CardKind];

export function isKind<K extends CardKind>(card: Card, kind: K): card is CardOf<K> {
  return card.kind === kind;
}
