/**
 * The closed vocabularies of a journey map: the kinds of stages, lanes and cards,
 * touchpoint channels, evidence levels. Each list is the single source the schema,
 * the inspector and the templates read.
 */

export const STAGE_KINDS = [
  'awareness', 'consideration', 'decision', 'retention',
  'onboarding', 'engagement', 'support', 'advocacy', 'custom',
] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export const LANE_KINDS = [
  'actions', 'touchpoints', 'thoughts', 'emotions', 'painPoints',
  'opportunities', 'kpis', 'backstage', 'notes',
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const CARD_KINDS = [
  'touchpoint', 'action', 'thought', 'painPoint', 'opportunity', 'note', 'emotion', 'kpi',
] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** Suggested channels; a touchpoint may also carry a custom channel string. */
export const CHANNELS = [
  'web', 'mobileApp', 'email', 'store', 'phone', 'chat', 'social', 'ads', 'partner',
] as const;
export type KnownChannel = (typeof CHANNELS)[number];

export const EVIDENCE_LEVELS = ['observed', 'assumed', 'proposed'] as const;
export type Evidence = (typeof EVIDENCE_LEVELS)[number];

export const CURVE_VARIANTS = ['asIs', 'toBe', 'data'] as const;
export type CurveVariant = (typeof CURVE_VARIANTS)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeSetting = (typeof THEMES)[number];

/** The card kind a new card gets when it is created in a lane of this kind. */
export const DEFAULT_CARD_KIND_FOR_LANE: Record<LaneKind, CardKind> = {
  actions: 'action',
  touchpoints: 'touchpoint',
  thoughts: 'thought',
  emotions: 'emotion',
  painPoints: 'painPoint',
  opportunities: 'opportunity',
  kpis: 'kpi',
  backstage: 'action',
  notes: 'note',
};

export const STAGE_KIND_LABELS: Record<StageKind, string> = {
  awareness: 'Awareness', consideration: 'Consideration', decision: 'Decision', retention: 'Retention',
  onboarding: 'Onboarding', engagement: 'Engagement', support: 'Support', advocacy: 'Advocacy', custom: 'Custom',
};

export const LANE_KIND_LABELS: Record<LaneKind, string> = {
  actions: 'Actions', touchpoints: 'Touchpoints & channels', thoughts: 'Thoughts', emotions: 'Emotions',
  painPoints: 'Pain points', opportunities: 'Opportunities', kpis: 'KPIs', backstage: 'Backstage', notes: 'Notes',
};

export const CHANNEL_LABELS: Record<KnownChannel, string> = {
  web: 'Web', mobileApp: 'Mobile app', email: 'Email', store: 'Store', phone: 'Phone', chat: 'Chat',
  social: 'Social', ads: 'Ads', partner: 'Partner',
};
