/** The journey grid's fixed sizes, in canvas units: shared by the layout, the canvas and the export. */
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

/** Space between a card's text and its KPI chips. */
export const CHIP_SPACING = 6;
/** Height of a stage tile's title line. */
export const TILE_TITLE_HEIGHT = 18;
