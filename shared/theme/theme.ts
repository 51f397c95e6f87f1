/**
 * The visual language shared by the canvas and every export: colors per card kind,
 * stage and lane palettes, type scale and spacing. The canvas reads these as CSS
 * variables (renderer/theme/), the SVG export reads them directly, so both agree.
 */
import type { CardKind, LaneKind } from '../model/vocabulary';

export interface KindStyle { fill: string; stroke: string; accent: string; text: string }

export interface Theme {
  name: 'light' | 'dark';
  background: string;
  gridLine: string;
  stageHeaderFill: string;
  stageHeaderText: string;
  laneHeaderFill: string;
  laneHeaderText: string;
  laneBandFill: [string, string];
  cellBorder: string;
  text: string;
  mutedText: string;
  connection: string;
  selection: string;
  kinds: Record<CardKind, KindStyle>;
  statusGood: string;
  statusWarn: string;
  statusBad: string;
}

export const FONT_FAMILY = 'Inter';
export const FONT_STACK = `${FONT_FAMILY}, "DejaVu Sans", "Segoe UI", system-ui, sans-serif`;

/** Type scale in canvas units (px at 100% zoom). */
export const TYPE = {
  mapTitle: 22,
  stageTitle: 15,
  laneTitle: 13,
  cardTitle: 13,
  cardBody: 11.5,
  badge: 10.5,
  lineHeight: 1.35,
} as const;

/** A palette for stages and personas; picked by order when none is set. */
export const STAGE_PALETTE = ['#2563eb', '#0891b2', '#059669', '#ca8a04', '#ea580c', '#db2777', '#7c3aed', '#475569'] as const;

export const LANE_ICONS: Record<LaneKind, string> = {
  actions: '▶', touchpoints: '◎', thoughts: '❞', emotions: '♥', painPoints: '⚠',
  opportunities: '✦', kpis: '▦', backstage: '⚙', notes: '✎',
};

export const lightTheme: Theme = {
  name: 'light',
  background: '#f7f7f5',
  gridLine: '#e4e4e0',
  stageHeaderFill: '#ffffff',
  stageHeaderText: '#1f2937',
  laneHeaderFill: '#ffffff',
  laneHeaderText: '#374151',
  laneBandFill: ['#fbfbfa', '#f3f3f0'],
  cellBorder: '#e2e2dd',
  text: '#1f2937',
  mutedText: '#6b7280',
  connection: '#64748b',
  selection: '#2563eb',
  statusGood: '#15803d',
  statusWarn: '#b45309',
  statusBad: '#b91c1c',
  kinds: {
    touchpoint: { fill: '#eff6ff', stroke: '#93c5fd', accent: '#2563eb', text: '#1e3a8a' },
    action: { fill: '#f8fafc', stroke: '#cbd5e1', accent: '#475569', text: '#1f2937' },
    thought: { fill: '#faf5ff', stroke: '#d8b4fe', accent: '#9333ea', text: '#3b0764' },
    painPoint: { fill: '#fef2f2', stroke: '#fca5a5', accent: '#dc2626', text: '#7f1d1d' },
    opportunity: { fill: '#f0fdf4', stroke: '#86efac', accent: '#16a34a', text: '#14532d' },
    note: { fill: '#fefce8', stroke: '#fde047', accent: '#ca8a04', text: '#422006' },
    emotion: { fill: '#ffffff', stroke: '#7c3aed', accent: '#7c3aed', text: '#1f2937' },
    kpi: { fill: '#ecfeff', stroke: '#67e8f9', accent: '#0891b2', text: '#164e63' },
  },
};

export const darkTheme: Theme = {
  name: 'dark',
  background: '#15171c',
  gridLine: '#262a33',
  stageHeaderFill: '#1e2129',
  stageHeaderText: '#e5e7eb',
  laneHeaderFill: '#1e2129',
  laneHeaderText: '#d1d5db',
  laneBandFill: ['#181b21', '#1c1f26'],
  cellBorder: '#2c313c',
  text: '#e5e7eb',
  mutedText: '#9ca3af',
  connection: '#94a3b8',
  selection: '#60a5fa',
  statusGood: '#4ade80',
  statusWarn: '#fbbf24',
  statusBad: '#f87171',
  kinds: {
    touchpoint: { fill: '#172554', stroke: '#1d4ed8', accent: '#60a5fa', text: '#dbeafe' },
    action: { fill: '#1f2937', stroke: '#475569', accent: '#94a3b8', text: '#e5e7eb' },
    thought: { fill: '#2e1065', stroke: '#7e22ce', accent: '#c084fc', text: '#f3e8ff' },
    painPoint: { fill: '#450a0a', stroke: '#b91c1c', accent: '#f87171', text: '#fee2e2' },
    opportunity: { fill: '#052e16', stroke: '#15803d', accent: '#4ade80', text: '#dcfce7' },
    note: { fill: '#422006', stroke: '#a16207', accent: '#facc15', text: '#fef9c3' },
    emotion: { fill: '#1e2129', stroke: '#a78bfa', accent: '#a78bfa', text: '#e5e7eb' },
    kpi: { fill: '#083344', stroke: '#0e7490', accent: '#22d3ee', text: '#cffafe' },
  },
};

export const THEMES_BY_NAME = { light: lightTheme, dark: darkTheme } as const;

export function stageColor(index: number, explicit?: string): string {
  return explicit ?? STAGE_PALETTE[index % STAGE_PALETTE.length]!;
}

/** Face and words for an emotion score, by its position on the map's scale. */
export function emotionFace(score: number, scale: { min: number; max: number }): { emoji: string; label: string } {
  const t = (score - scale.min) / (scale.max - scale.min);
  if (t <= 0.15) return { emoji: '😣', label: 'Very negative' };
  if (t <= 0.4) return { emoji: '🙁', label: 'Negative' };
  if (t < 0.6) return { emoji: '😐', label: 'Neutral' };
  if (t < 0.85) return { emoji: '🙂', label: 'Positive' };
  return { emoji: '😄', label: 'Very positive' };
}
