/**
 * Journey layout: where every stage column, lane row, card and emotion point sits, in
 * canvas units. The canvas (React Flow node positions) and the SVG export both draw from
 * this one function, which is why they look alike. Pure: the same document gives the same
 * layout. Work is reused between documents by identity (immer shares what an edit did not
 * touch): cells by their card array (`cellIndex`, `layoutCell`), lanes by record and top,
 * so an edit at 5,000 cards re-lays the cells it touched, not every card.
 */
import { buildKpiLayer, type KpiLayer } from '../kpi/binding/kpiLayer';
import { dataCurvePoints } from '../kpi/binding/dataCurve';
import type { Card, CardOf, Journey, Lane } from '../model/schema';
import { orderedCurves, orderedLanes, orderedStages } from '../model/journey';
import { stageColor } from '../theme/theme';
import type { ChipBox } from './layoutChips';
import { cellIndex, cellKey } from './cellIndex';
import { GEOMETRY } from './geometry';
import { type CellLayout, layoutCell } from './layoutCell';
import { smoothPath, type Point } from './smoothPath';
import { interMeasure, type TextMeasurer } from './textMeasure';

export { GEOMETRY, TILE_TITLE_HEIGHT } from './geometry';

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

  const cells = cellIndex(journey.cards, personaFilter);
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
    const tileLane = lane.id === tileLaneId;
    const laid = stages.map((stage) => layoutCell(cells.get(cellKey(stage.id, lane.id)), stage, lane.id, kpis, tileLane, measure));
    const placed = placeLane(lane, y, laid, stages, scale);
    for (const b of placed.boxes) cards.set(b.id, b);
    for (const p of placed.points) emotionPoints.set(p.id, p);
    if (tileLane) {
      laid.forEach((cell, i) => {
        const stage = stages[i]!;
        if (cell.tile) stageTiles.set(stage.id, { stageId: stage.id, x: stage.x + g.cellPadding, y: y + g.cellPadding, width: stage.width - 2 * g.cellPadding, ...cell.tile });
      });
    }
    laneBoxes.push({ id: lane.id, index, y, height: placed.height, collapsed: false, kind: lane.kind, ...(placed.band ? { band: placed.band } : {}) });
    y += placed.height;
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

interface PlacedLane { boxes: CardBox[]; points: EmotionPointBox[]; height: number; band: { top: number; height: number } | null }
/** A lane's placed boxes, reused while its record, its top and every one of its cells are the same. */
const laneCache = new WeakMap<Lane, { y: number; laid: CellLayout[]; scale: Journey['settings']['emotionScale']; result: PlacedLane }>();

/** A lane's cards and emotion points in canvas units, from its cells' relative layouts. */
function placeLane(lane: Lane, y: number, laid: CellLayout[], stages: StageBox[], scale: Journey['settings']['emotionScale']): PlacedLane {
  const hit = laneCache.get(lane);
  if (hit && hit.y === y && hit.scale === scale && hit.laid.length === laid.length && hit.laid.every((c, i) => c === laid[i])) return hit.result;
  const g = GEOMETRY;
  const isEmotion = lane.kind === 'emotions';
  const contentHeight = Math.max(0, ...laid.map((c) => c.contentHeight));
  const base = lane.minHeight ?? (isEmotion ? g.emotionLaneHeight : g.defaultLaneHeight);
  const height = Math.max(base, contentHeight + 2 * g.cellPadding);
  const top = y + g.cellPadding;
  const boxes: CardBox[] = [];
  for (const cell of laid) for (const b of cell.boxes) boxes.push({ ...b, y: b.y + top });
  // Emotion points: x spread by step within the stage, y by score on the map's scale.
  const bandTop = top + g.emotionPointRadius + 14;
  const bandHeight = height - 2 * (g.cellPadding + g.emotionPointRadius) - 28;
  const points: EmotionPointBox[] = [];
  laid.forEach((cell, i) => {
    const stage = stages[i]!;
    const byCurve = new Map<string, CardOf<'emotion'>[]>();
    for (const p of cell.emotions) { const l = byCurve.get(p.curveId); if (l) l.push(p); else byCurve.set(p.curveId, [p]); }
    for (const list of byCurve.values()) {
      list.forEach((p, step) => {
        const t = (scale.max - Math.min(scale.max, Math.max(scale.min, p.score))) / (scale.max - scale.min);
        points.push({
          id: p.id, curveId: p.curveId, stageId: stage.id, laneId: lane.id, score: p.score,
          x: stage.x + ((step + 0.5) / list.length) * stage.width,
          y: bandTop + t * bandHeight,
        });
      });
    }
  });
  const result = { boxes, points, height, band: isEmotion ? { top: bandTop, height: bandHeight } : null };
  laneCache.set(lane, { y, laid, scale, result });
  return result;
}
