/**
 * The canvas view of each card kind: what goes in the card's header line. Keyed by kind
 * like shared/model/kinds (a test asserts the keys agree), so a new kind cannot be added
 * without its view.
 */
import type { ReactNode } from 'react';
import type { Card, CardOf } from '../../../shared/model/schema';
import { CARD_KIND_REGISTRY } from '../../../shared/model/kinds/registry';
import type { CardKind } from '../../../shared/model/vocabulary';

type HeaderView<K extends CardKind> = (card: CardOf<K>) => ReactNode;

const badge = (card: Card) => {
  const text = (CARD_KIND_REGISTRY[card.kind].badge as (c: Card) => string | null)(card);
  return text ? <span className="wm-badge">{text}</span> : null;
};

const label = (card: Card) => <span className="wm-kind">{CARD_KIND_REGISTRY[card.kind].label}</span>;

export const CARD_VIEWS: { [K in CardKind]: HeaderView<K> } = {
  touchpoint: (c) => <>{label(c)}{badge(c)}</>,
  action: (c) => <>{label(c)}</>,
  thought: (c) => <>{label(c)}</>,
  painPoint: (c) => <>{label(c)}<span className={`wm-badge wm-sev wm-sev-${c.severity}`} title={`Severity ${c.severity} of 5`}>{badge(c)}</span></>,
  opportunity: (c) => <>{label(c)}{badge(c)}</>,
  note: (c) => <>{label(c)}</>,
  emotion: (c) => <>{label(c)}{badge(c)}</>,
  kpi: (c) => <>{label(c)}{badge(c)}</>,
};

export function CardHeader({ card }: { card: Card }) {
  return <>{(CARD_VIEWS[card.kind] as HeaderView<CardKind>)(card as never)}</>;
}
