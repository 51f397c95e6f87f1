/**
 * Journey layout: where every stage column, lane row, card and emotion point sits, in
 * canvas units. The canvas (React Flow node positions) and the SVG export both draw from
 * this one function, which is why they look alike. Pure and O(cards).
 */
import { buildKpiLayer, type KpiLayer } from '../kpi/binding/kpiLayer';
import { dataCurvePoints } from '../kpi/binding/dataCurve';
import { cardKindDef } from '../model/kinds/registry';
import type { Card, CardOf, Journey } from '../model/schema';
import { orderedCurves, orderedLanes, orderedStages } from '../model/journey';
import { stageColor, TYPE } from '../theme/theme';
import { type ChipBox, layoutChips } from './layoutChips';
import { smoothPath, type Point } from './smoothPath';
import { interMeasure, type TextMeasurer, wrapText } from './textMeasure';

export const GEOMETRY = {
  laneHeaderWidth: 184,
  stageHeaderHeight: 64,
  defaultStageWidth: 264,
  collapsedStageWidth: 44,
  collapsedLaneHeight: 36,
  cellPadding: 12,
  cardGap: 10,
  cardPaddingX: 12,
  cardPaddingY: 10,
  cardHeaderHeight: 18,
  defaultLaneHeight: 96,
  emotionLaneHeight: 176,
  emotionPointRadius: 9,
} as const;

/** Space between a card's text and its KPI chips; height of a stage tile's title line. */
const CHIP_SPACING = 6;
export const TILE_TITLE_HEIGHT = 18;

export interface StageBox { id: string; index: number; x: number; width: number; color: string; collapsed: boolean }
export interface LaneBox {
  id: string; index: number; y: number; height: number; collapsed: boolean; kind: string;
  /** For emotion lanes: the vertical band the scale maps onto (top = scale max). */
  band?: { top: number; height: number };
}
export interface CardBox {
  id: string; kind: Card['kind']; stageId: string; laneId: string;
  x: number; y: number; width: number; height: number;
  titleLines: string[]; bodyLines: string[];
  /** Imported values bound to the card, as chips below its text (relative to the card's top left). */
  kpiChips: ChipBox[];
}
/** The stage-level values of a stage, in a tile at the top of its cell in the first KPI lane. */
export interface StageTileBox { stageId: string; x: number; y: number; width: number; height: number; chips: ChipBox[] }
export interface EmotionPointBox { id: string; curveId: string; x: number; y: number; score: number; stageId: string; laneId: string }
export interface CurveLayout { id: string; laneId: string; color: string; visible: boolean; path: string; points: Point[] }

export interface JourneyLayout {
  width: number;
  height: number;
  stages: StageBox[];
  lanes: LaneBox[];
  cards: Map<string, CardBox>;
  emotionPoints: Map<string, EmotionPointBox>;
  curves: CurveLayout[];
  stageTiles: Map<string, StageTileBox>;
  /** The data-driven emotion curve (settings.kpiView.curveMetric) in the first emotion lane. */
  dataCurve: DataCurveLayout | null;
}
export interface DataCurveLayout { metric: string; laneId: string; path: string; points: (Point & { stageId: string; score: number; text: string })[] }

export interface LayoutOptions {
  measure?: TextMeasurer;
  /** Lanes left out (export scope "hide lanes"). */
  hiddenLaneIds?: ReadonlySet<string>;
  /** Show only cards for this persona (and cards for everyone). Defaults to the map's setting. */
  personaFilter?: string | null;
  /** Draw imported data (KPI chips, stage tiles). Defaults to the map's setting (shown unless hidden). */
  showKpis?: boolean;
}

export function cardIsVisible(card: Card, personaFilter: string | null | undefined): boolean {
  return !personaFilter || card.personaId === undefined || card.personaId === personaFilter;
}

type Measured = Pick<CardBox, 'height' | 'titleLines' | 'bodyLines'>;

/**
 * Measuring wraps text, the costly part of layout. Documents are immutable with structural
 * sharing (immer), so an unchanged card is the same object: cache by card object, width and
 * measurer, and a one-card edit re-measures one card.
 */
const measureCache = new WeakMap<Card, { width: number; measure: TextMeasurer; result: Measured }>();

/** The box of one card of `width`, with its wrapped text. */
export function measureCard(card: Card, width: number, measure: TextMeasurer): Measured {
  const hit = measureCache.get(card);
  if (hit && hit.width === width && hit.measure === measure) return hit.result;
  const result = measureCardUncached(card, width, measure);
  measureCache.set(card, { width, measure, result });
  return result;
}

function measureCardUncached(card: Card, width: number, measure: TextMeasurer): Measured {
  const def = cardKindDef(card.kind);
  const inner = width - 2 * GEOMETRY.cardPaddingX;
  const titleLines = wrapText(card.title || 'Untitled', inner, TYPE.cardTitle, measure, def.size.maxTitleLines, true);
  const bodyLines = card.body ? wrapText(card.body, inner, TYPE.cardBody, measure, def.size.maxBodyLines) : [];
  const textHeight = titleLines.length * TYPE.cardTitle * TYPE.lineHeight + (bodyLines.length ? 4 + bodyLines.length * TYPE.cardBody * TYPE.lineHeight : 0);
  const height = Math.max(def.size.minHeight, Math.ceil(2 * GEOMETRY.cardPaddingY + GEOMETRY.cardHeaderHeight + textHeight));
  return { height, titleLines, bodyLines };
}

export function layoutJourney(journey: Journey, options: LayoutOptions = {}): JourneyLayout {
  const measure = options.measure ?? interMeasure;
  const personaFilter = options.personaFilter === undefined ? journey.settings.personaFilter : options.personaFilter;
  const g = GEOMETRY;
  const kpis: KpiLayer | null = (options.showKpis ?? !journey.settings.kpiView?.hidden) && Object.keys(journey.bindings).length ? buildKpiLayer(journey) : null;
  const stageTiles = new Map<string, StageTileBox>();
  const tileLaneId = kpis ? orderedLanes(journey).find((l) => l.kind === 'kpis' && !l.collapsed && !options.hiddenLaneIds?.has(l.id))?.id : undefined;

  const stages: StageBox[] = [];
  let x = g.laneHeaderWidth;
  orderedStages(journey).forEach((s, index) => {
    const width = s.collapsed ? g.collapsedStageWidth : (s.width ?? g.defaultStageWidth);
    stages.push({ id: s.id, index, x, width, color: stageColor(index, s.color), collapsed: s.collapsed });
    x += width;
  });
  const stageById = new Map(stages.map((s) => [s.id, s]));
  const lanes = orderedLanes(journey).filter((l) => !options.hiddenLaneIds?.has(l.id));

  // Group visible cards per cell once.
  const cells = new Map<string, Card[]>();
  for (const card of Object.values(journey.cards)) {
    if (!cardIsVisible(card, personaFilter) || !stageById.has(card.stageId)) continue;
    const key = `${card.stageId}|${card.laneId}`;
    const list = cells.get(key);
    if (list) list.push(card); else cells.set(key, [card]);
  }
  for (const list of cells.values()) list.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));

  const laneBoxes: LaneBox[] = [];
  const cards = new Map<string, CardBox>();
  const emotionPoints = new Map<string, EmotionPointBox>();
  const scale = journey.settings.emotionScale;
  let y = g.stageHeaderHeight;

  lanes.forEach((lane, index) => {
    if (lane.collapsed) {
      laneBoxes.push({ id: lane.id, index, y, height: g.collapsedLaneHeight, collapsed: true, kind: lane.kind });
      y += g.collapsedLaneHeight;
      return;
    }
    const isEmotion = lane.kind === 'emotions';
    let contentHeight = 0;
    const pending: { stage: StageBox; boxes: CardBox[] }[] = [];
    for (const stage of stages) {
      const list = cells.get(`${stage.id}|${lane.id}`) ?? [];
      const boxes: CardBox[] = [];
      if (!stage.collapsed) {
        let cy = 0;
        const width = stage.width - 2 * g.cellPadding;
        const stageValues = lane.id === tileLaneId ? kpis!.byTarget.get(`stage:${stage.id}`) : undefined;
        if (stageValues) {
          const { chips, height } = layoutChips(stageValues, width - 2 * g.cardPaddingX, measure);
          const tile = { stageId: stage.id, x: stage.x + g.cellPadding, y: 0, width, height: height + 2 * g.cardPaddingY + TILE_TITLE_HEIGHT, chips };
          stageTiles.set(stage.id, tile);
          cy = tile.height + g.cardGap;
        }
        for (const card of list) {
          if (card.kind === 'emotion') continue;
          const m = measureCard(card, width, measure);
          const values = kpis?.byTarget.get(`card:${card.id}`);
          const chips = values ? layoutChips(values, width - 2 * g.cardPaddingX, measure) : null;
          const height = chips ? m.height + chips.height + CHIP_SPACING : m.height;
          const kpiChips = chips ? chips.chips.map((c) => ({ ...c, x: c.x + g.cardPaddingX, y: c.y + m.height - g.cardPaddingY + CHIP_SPACING })) : [];
          boxes.push({ id: card.id, kind: card.kind, stageId: stage.id, laneId: lane.id, x: stage.x + g.cellPadding, y: cy, width, ...m, height, kpiChips });
          cy += height + g.cardGap;
        }
        if (cy > 0) contentHeight = Math.max(contentHeight, cy - g.cardGap);
      }
      pending.push({ stage, boxes });
    }
    const base = lane.minHeight ?? (isEmotion ? g.emotionLaneHeight : g.defaultLaneHeight);
    const height = Math.max(base, contentHeight + 2 * g.cellPadding);
    for (const { boxes } of pending) for (const b of boxes) { b.y += y + g.cellPadding; cards.set(b.id, b); }
    if (lane.id === tileLaneId) for (const tile of stageTiles.values()) tile.y += y + g.cellPadding;
    // Emotion points: x spread by step within the stage, y by score on the map's scale.
    const bandTop = y + g.cellPadding + g.emotionPointRadius + 14;
    const bandHeight = height - 2 * (g.cellPadding + g.emotionPointRadius) - 28;
    for (const stage of stages) {
      const list = (cells.get(`${stage.id}|${lane.id}`) ?? []).filter((c): c is CardOf<'emotion'> => c.kind === 'emotion');
      const byCurve = new Map<string, CardOf<'emotion'>[]>();
      for (const p of list) { const l = byCurve.get(p.curveId); if (l) l.push(p); else byCurve.set(p.curveId, [p]); }
      for (const points of byCurve.values()) {
        points.forEach((p, i) => {
          const t = (scale.max - Math.min(scale.max, Math.max(scale.min, p.score))) / (scale.max - scale.min);
          emotionPoints.set(p.id, {
            id: p.id, curveId: p.curveId, stageId: stage.id, laneId: lane.id, score: p.score,
            x: stage.x + ((i + 0.5) / points.length) * stage.width,
            y: bandTop + t * bandHeight,
          });
        });
      }
    }
    laneBoxes.push({ id: lane.id, index, y, height, collapsed: false, kind: lane.kind, ...(isEmotion ? { band: { top: bandTop, height: bandHeight } } : {}) });
    y += height;
  });

  const curves: CurveLayout[] = [];
  for (const curve of orderedCurves(journey)) {
    const pts = [...emotionPoints.values()].filter((p) => p.curveId === curve.id);
    const byLane = new Map<string, EmotionPointBox[]>();
    for (const p of pts) { const l = byLane.get(p.laneId); if (l) l.push(p); else byLane.set(p.laneId, [p]); }
    for (const [laneId, list] of byLane) {
      const sorted = list.sort((a, b) => a.x - b.x);
      curves.push({ id: curve.id, laneId, color: curve.color, visible: curve.visible, points: sorted.map(({ x: px, y: py }) => ({ x: px, y: py })), path: smoothPath(sorted) });
    }
  }

  let dataCurve: DataCurveLayout | null = null;
  const curveMetric = journey.settings.kpiView?.curveMetric;
  const emotionLane = kpis && curveMetric ? laneBoxes.find((l) => l.band) : undefined;
  if (emotionLane?.band && curveMetric) {
    const band = emotionLane.band;
    const points = dataCurvePoints(journey, curveMetric).flatMap((p) => {
      const stage = stageById.get(p.stageId);
      if (!stage) return [];
      const t = (scale.max - p.score) / (scale.max - scale.min);
      return [{ ...p, x: stage.x + stage.width / 2, y: band.top + t * band.height }];
    });
    if (points.length) dataCurve = { metric: curveMetric, laneId: emotionLane.id, points, path: smoothPath(points) };
  }

  return { width: x, height: y, stages, lanes: laneBoxes, cards, emotionPoints, curves, stageTiles, dataCurve };
}

/** The score at canvas height `y` in an emotion lane (inverse of the point layout), snapped to halves. */
export function scoreAtY(band: { top: number; height: number }, y: number, scale: { min: number; max: number }): number {
  const t = Math.min(1, Math.max(0, (y - band.top) / band.height));
  return Math.round((scale.max - t * (scale.max - scale.min)) * 2) / 2;
}
