/**
 * Options and the shared drawing context of the SVG renderer (shared/export/).
 */
import type { JourneyLayout } from '../layout/layoutJourney';
import type { TextMeasurer } from '../layout/textMeasure';
import type { Journey } from '../model/schema';
import type { Theme } from '../theme/theme';
import type { TextOutliner } from './svgText';

/** What part of the map to export. */
export type ExportScope =
  | 'map'
  /** Only these cards (emotion points included), cropped to the cells they sit in. */
  | { cardIds: readonly string[] }
  /** A rectangle in canvas units (the current view), cropped; headers stay visible. */
  | { viewport: { x: number; y: number; width: number; height: number } };

/** Layers that can be left out of an export. */
export const EXPORT_LAYERS = ['kpis', 'comments', 'background', 'legend'] as const;
export type ExportLayer = (typeof EXPORT_LAYERS)[number];

/** Inter as base64 TTF data, for `fonts: { mode: 'embed' }` (read by the Node side from assets/fonts). */
export interface EmbeddedFonts { regular: string; semibold: string; bold: string }

export interface TitleBlock {
  title?: string;
  subtitle?: string;
  /** Free text, e.g. an ISO date; the renderer never reads the clock. */
  date?: string;
}

export interface SvgExportOptions {
  scope?: ExportScope;
  /** Lane ids left out of the export (the layout closes the gap). */
  hideLanes?: readonly string[];
  hideLayers?: readonly ExportLayer[];
  theme?: 'light' | 'dark';
  /**
   * How the SVG names its font. 'reference' (default): `font-family` Inter with fallbacks;
   * the viewer must have Inter (resvg and the PDF exporter load the bundled files).
   * 'embed': @font-face rules with the TTFs as base64 data, for a self-contained .svg file.
   * 'subset': the same, with the fonts `fontsFor` gives for the picture's markup once it is
   * drawn (the Node side cuts Inter to the characters it uses).
   */
  fonts?: { mode: 'reference' } | ({ mode: 'embed' } & EmbeddedFonts) | { mode: 'subset'; fontsFor(markup: string): EmbeddedFonts };
  /** A title block above the map. Defaults to none (the PDF exporter draws its own). */
  titleBlock?: TitleBlock | false;
  /** The persona header above the map; default: shown when the map has personas. */
  personaHeader?: boolean;
  /** A metric name (e.g. 'conversion') for the heat strip over the stages, from stage bindings. */
  heatMetric?: string;
  /** Overrides the map's persona filter (null: show every card). */
  personaFilter?: string | null;
  /**
   * Name each weight as its own family (Inter-SemiBold, Inter-Bold) instead of font-weight.
   * For SVG-to-PDF drawing, which only knows bold or not. Internal; files use weights.
   */
  fontPerWeight?: boolean;
  /**
   * Draw text as glyph outlines (one path per run) instead of <text>: for a rasterizer that
   * would shape every glyph anew (resvg, for the PNG). Internal; files keep real text.
   */
  outlineText?: TextOutliner;
  /**
   * Leave out the full-page rectangle of the theme's background (the lane bands stay): for
   * a rasterizer that fills its bitmap with that color instead. Internal.
   */
  omitPageRect?: boolean;
  /**
   * Hands each local piece of the map (a card, its KPI chips, a connection, a connection's
   * label) to the caller, with the box it covers (map units, before the map layer's offset),
   * and draws what it returns instead: a rasterizer in strips and the PDF's
   * tiles keep the cards aside and give each strip or page only its own (StripPicture.ts).
   */
  deferBlock?: BlockDeferrer;
}

/** What a caller chooses about the picture; fonts, text drawing and deferral are the exporters' own. */
export type PictureOptions = Omit<SvgExportOptions, 'fonts' | 'fontPerWeight' | 'outlineText' | 'omitPageRect' | 'deferBlock'>;

/** See SvgExportOptions.deferBlock. */
export type BlockDeferrer = (markup: string, top: number, bottom: number, left: number, right: number) => string;

/** Everything a layer drawer needs. Coordinates are canvas (map) units. */
export interface RenderContext {
  journey: Journey;
  layout: JourneyLayout;
  theme: Theme;
  measure: TextMeasurer;
  hidden: ReadonlySet<ExportLayer>;
  fontPerWeight: boolean;
  /** Cards drawn (after scope); emotion points included. */
  visibleCardIds: ReadonlySet<string>;
  /** The comment marker number of each commented target, keyed `type:id`. */
  commentNumbers: ReadonlyMap<string, number[]>;
  deferBlock?: BlockDeferrer;
}

/** Thrown for an export that cannot be made (empty selection, viewport outside the map). */
export class ExportError extends Error {
  override readonly name = 'ExportError';
}
