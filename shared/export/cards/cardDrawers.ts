/**
 * The export's view of each card kind: what goes in the card's header line, mirroring the
 * canvas views (renderer/canvas/nodes/cardViews.tsx). Keyed by kind like the kind registry
 * (shared/model/kinds/), so a new kind cannot be added without its export drawer.
 */
import { metricDef } from '../../kpi/metricCatalog';
import { CARD_KIND_REGISTRY } from '../../model/kinds/registry';
import type { Card, CardOf } from '../../model/schema';
import type { CardKind } from '../../model/vocabulary';
import type { Theme } from '../../theme/theme';

export interface CardHeaderParts {
  label: string;
  badge?: { text: string; color?: string; plain?: boolean; title?: string };
}

type HeaderDrawer<K extends CardKind> = (card: CardOf<K>, theme: Theme) => CardHeaderParts;

const badgeText = (card: Card): string | null => (CARD_KIND_REGISTRY[card.kind].badge as (c: Card) => string | null)(card);
const label = (card: Card) => CARD_KIND_REGISTRY[card.kind].label;
const withBadge = (card: Card): CardHeaderParts => {
  const t = badgeText(card);
  return t ? { label: label(card), badge: { text: t } } : { label: label(card) };
};

/** A KPI card's value against its own target: colored like a KPI badge. */
function kpiStatusColor(card: CardOf<'kpi'>, theme: Theme): string | undefined {
  if (card.value === undefined || card.target === undefined) return undefined;
  const key = card.metric.replace(/\s+(\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toLowerCase());
  const higherIsBetter = metricDef(key)?.higherIsBetter ?? !/drop|churn|bounce|cost|time|effort/i.test(card.metric);
  const good = higherIsBetter ? card.value >= card.target : card.value <= card.target;
  if (good) return theme.statusGood;
  const miss = Math.abs(card.value - card.target) / Math.max(Math.abs(card.target), 1e-9);
  return miss <= 0.1 ? theme.statusWarn : theme.statusBad;
}

export const CARD_DRAWERS: { [K in CardKind]: HeaderDrawer<K> } = {
  touchpoint: (c) => withBadge(c),
  action: (c) => ({ label: label(c) }),
  thought: (c) => ({ label: label(c) }),
  painPoint: (c, theme) => ({
    label: label(c),
    badge: { text: badgeText(c) ?? '', plain: true, color: c.severity >= 4 ? theme.statusBad : undefined, title: `Severity ${c.severity} of 5` },
  }),
  opportunity: (c) => withBadge(c),
  note: (c) => ({ label: label(c) }),
  emotion: (c) => withBadge(c),
  kpi: (c, theme) => {
    const parts = withBadge(c);
    const color = kpiStatusColor(c, theme);
    if (parts.badge && color) parts.badge.color = color;
    return parts;
  },
};

export function cardHeaderParts(card: Card, theme: Theme): CardHeaderParts {
  return (CARD_DRAWERS[card.kind] as HeaderDrawer<CardKind>)(card as never, theme);
}
