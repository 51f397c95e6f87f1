/**
 * One cell of the grid: its cards stacked top to bottom (with their KPI chips), and the
 * stage tile above them in the KPI lane. The result is cached by the cell's card array,
 * which `cellIndex` keeps the same while none of the cell's cards changed, so an edit
 * re-lays one cell instead of every card of the map.
 */
import type { KpiLayer } from '../kpi/binding/kpiLayer';
import { cardKindDef } from '../model/kinds/registry';
import type { Card, CardOf } from '../model/schema';
import { TYPE } from '../theme/theme';
import { CHIP_SPACING, GEOMETRY, TILE_TITLE_HEIGHT } from './geometry';
import type { CardBox, StageBox } from './layoutJourney';
import { type ChipBox, layoutChips } from './layoutChips';
import { type TextMeasurer, wrapText } from './textMeasure';

export interface CellLayout {
  /** Card boxes with `y` relative to the top of the cell's content (the lane's top + padding). */
  boxes: readonly CardBox[];
  /** The stage tile (KPI lane only), `y` relative like the boxes. */
  tile: { height: number; chips: ChipBox[] } | null;
  /** Height of the stacked content, 0 when empty. */
  contentHeight: number;
  /** The cell's emotion points, in order. */
  emotions: readonly CardOf<'emotion'>[];
}

interface CellInputs { x: number; width: number; collapsed: boolean; laneId: string; kpis: KpiLayer | null; tileLane: boolean; measure: TextMeasurer }

const cellCache = new WeakMap<readonly Card[], { inputs: CellInputs; result: CellLayout }>();
/** Empty cells have no array of their own: cached by cell key (bounded by the cells of the maps seen). */
const emptyCache = new Map<string, { inputs: CellInputs; result: CellLayout }>();
const EMPTY_CELL: readonly Card[] = Object.freeze([]);

const sameInputs = (a: CellInputs, b: CellInputs) =>
  a.x === b.x && a.width === b.width && a.collapsed === b.collapsed && a.laneId === b.laneId && a.kpis === b.kpis && a.tileLane === b.tileLane && a.measure === b.measure;

export function layoutCell(cards: readonly Card[] | undefined, stage: StageBox, laneId: string, kpis: KpiLayer | null, tileLane: boolean, measure: TextMeasurer): CellLayout {
  const list = cards ?? EMPTY_CELL;
  const inputs: CellInputs = { x: stage.x, width: stage.width, collapsed: stage.collapsed, laneId, kpis, tileLane, measure };
  const key = list.length ? null : `${stage.id}|${laneId}`;
  const hit = key === null ? cellCache.get(list) : emptyCache.get(key);
  if (hit && sameInputs(hit.inputs, inputs)) return hit.result;
  const result = layoutCellUncached(list, stage, inputs);
  if (key === null) cellCache.set(list, { inputs, result });
  else {
    if (emptyCache.size > 50_000) emptyCache.clear();
    emptyCache.set(key, { inputs, result });
  }
  return result;
}

function layoutCellUncached(list: readonly Card[], stage: StageBox, { laneId, kpis, tileLane, measure }: CellInputs): CellLayout {
  const g = GEOMETRY;
  const emotions = list.filter((c): c is CardOf<'emotion'> => c.kind === 'emotion');
  const boxes: CardBox[] = [];
  let tile: CellLayout['tile'] = null;
  if (stage.collapsed) return { boxes, tile, contentHeight: 0, emotions };
  let cy = 0;
  const width = stage.width - 2 * g.cellPadding;
  const stageValues = tileLane ? kpis?.byTarget.get(`stage:${stage.id}`) : undefined;
  if (stageValues) {
    const { chips, height } = layoutChips(stageValues, width - 2 * g.cardPaddingX, measure);
    tile = { height: height + 2 * g.cardPaddingY + TILE_TITLE_HEIGHT, chips };
    cy = tile.height + g.cardGap;
  }
  for (const card of list) {
    if (card.kind === 'emotion') continue;
    const m = measureCard(card, width, measure);
    const values = kpis?.byTarget.get(`card:${card.id}`);
    const chips = values ? layoutChips(values, width - 2 * g.cardPaddingX, measure) : null;
    const height = chips ? m.height + chips.height + CHIP_SPACING : m.height;
    const kpiChips = chips ? chips.chips.map((c) => ({ ...c, x: c.x + g.cardPaddingX, y: c.y + m.height - g.cardPaddingY + CHIP_SPACING })) : [];
    boxes.push({ id: card.id, kind: card.kind, stageId: stage.id, laneId, x: stage.x + g.cellPadding, y: cy, width, ...m, height, kpiChips });
    cy += height + g.cardGap;
  }
  return { boxes, tile, contentHeight: cy > 0 ? cy - g.cardGap : 0, emotions };
}

type Measured = Pick<CardBox, 'height' | 'titleLines' | 'bodyLines'>;

/**
 * Measuring wraps text, the costly part of layout. Cache by card object, width and
 * measurer: a card moved to another cell of the same width is not measured again.
 */
const measureCache = new WeakMap<Card, { width: number; measure: TextMeasurer; result: Measured }>();

/** The box of one card of `width`, with its wrapped text. */
export function measureCard(card: Card, width: number, measure: TextMeasurer): Measured {
  const hit = measureCache.get(card);
  if (hit && hit.width === width && hit.measure === measure) return hit.result;
  const def = cardKindDef(card.kind);
  const inner = width - 2 * GEOMETRY.cardPaddingX;
  const titleLines = wrapText(card.title || 'Untitled', inner, TYPE.cardTitle, measure, def.size.maxTitleLines, true);
  const bodyLines = card.body ? wrapText(card.body, inner, TYPE.cardBody, measure, def.size.maxBodyLines) : [];
  const textHeight = titleLines.length * TYPE.cardTitle * TYPE.lineHeight + (bodyLines.length ? 4 + bodyLines.length * TYPE.cardBody * TYPE.lineHeight : 0);
  const height = Math.max(def.size.minHeight, Math.ceil(2 * GEOMETRY.cardPaddingY + GEOMETRY.cardHeaderHeight + textHeight));
  const result = { height, titleLines, bodyLines };
  measureCache.set(card, { width, measure, result });
  return result;
}
