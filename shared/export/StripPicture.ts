/**
 * An export SVG cut into horizontal strips for the PNG rasterizer, each strip its own small
 * SVG, so strips can be drawn in parallel (resvg's renderAsync runs on the thread pool) and
 * none holds the whole bitmap; and into the pages of a tiled PDF (`pictureFor`), each page
 * drawing only what it shows instead of the whole map clipped (44 A4 pages of a 500-card map
 * took 19.7 MB and 34 s drawn whole, and take 2.8 MB and 6.3 s this way).
 *
 * Most of an export SVG is local: a text run (outlined, text is 95 % of a 500-card map's
 * markup), a card, its KPI chips, a connection and its label, a section under the map. So
 * the picture is drawn with a placeholder for each such part (`deferParts`: text runs as
 * outlines and the rest as blocks; `deferBlocks`: blocks only, text stays in place), and each
 * strip or page gets the parts that reach into it and leaves out the others. What is not a
 * part (lane bands, headers, curves, stage tiles) is small and goes everywhere.
 *
 * A part's place is its extent (rows, and columns when it says) moved by the translate() of
 * the groups around it. Parts nest (a card's runs are inside the card). A part inside
 * anything else (another transform, a nested <svg>, <defs>, a clip path) has no known place
 * and goes wherever its parent goes: never wrong, only slower.
 */
import type { TextOutliner, TextStyle } from './svgText';
import type { BlockDeferrer } from './svgTypes';
import { svgSize } from './svgSize';

/**
 * A piece of the picture kept aside: its markup and the rows it reaches, and the columns
 * when known (a part without them spans every column), in its parent's units.
 */
export interface DeferredPart { markup: string; top: number; bottom: number; left?: number; right?: number }

/** Text runs as outlines (electron/main/services/export/textOutliner.ts): markup and rows. */
export type RunOutliner = (x: number, y: number, content: string, style: TextStyle) => DeferredPart | undefined;

/** A picture drawn with placeholders for its parts, and the parts. */
export interface DeferredPicture { svg: string; parts: DeferredPart[] }

const placeholder = (i: number) => `<!--wm-part:${i}-->`;

/** The renderer hook that leaves a placeholder for each block (card, chips, connection, section) and keeps the parts; text stays in place (the PDF's tiles). */
export function deferBlocks(parts: DeferredPart[] = []): { deferBlock: BlockDeferrer; parts: DeferredPart[] } {
  const deferBlock: BlockDeferrer = (markup, top, bottom, left, right) => { parts.push({ markup, top, bottom, left, right }); return placeholder(parts.length - 1); };
  return { deferBlock, parts };
}

/** deferBlocks, plus text runs as outlines kept aside too (the PNG's strips). */
export function deferParts(outline: RunOutliner): { outlineText: TextOutliner; deferBlock: BlockDeferrer; parts: DeferredPart[] } {
  const { deferBlock, parts } = deferBlocks();
  const outlineText: TextOutliner = (x, y, content, style) => {
    const run = outline(x, y, content, style);
    if (!run) return '';
    parts.push(run);
    return placeholder(parts.length - 1);
  };
  return { outlineText, deferBlock, parts };
}

const TRANSLATE = /^\s*translate\(\s*(-?[\d.]+(?:e-?\d+)?)(?:[\s,]+(-?[\d.]+(?:e-?\d+)?))?\s*\)\s*$/;
const CONTAINERS = /^(g|a|svg|defs|clipPath|mask|pattern|marker|symbol|switch)$/;
const TAG = /<(\/?)([a-zA-Z][\w:-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--wm-part:(\d+)-->/g;

/** Markup cut at its placeholders: segments[k], then part children[k], …, then the last segment. */
interface Split { segments: string[]; children: number[] }

export class StripPicture {
  readonly width: number;
  readonly height: number;
  /** The root element's start tag, as given. */
  private readonly openTag: string;
  private readonly rootAttrs: string;
  /** The root's view box: x, y, width, height (its size when it has none). */
  readonly viewBox: readonly [number, number, number, number];
  private readonly parts: DeferredPart[];
  private readonly root: Split;
  private readonly splits: (Split | undefined)[];
  /** Each part's rows and columns in the root's user space; NaN where unknown (drawn wherever its parent is). */
  private readonly top: Float64Array;
  private readonly bottom: Float64Array;
  private readonly left: Float64Array;
  private readonly right: Float64Array;

  constructor(picture: string | DeferredPicture) {
    const svg = typeof picture === 'string' ? picture : picture.svg;
    this.parts = typeof picture === 'string' ? [] : picture.parts;
    const open = /<svg\b((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(svg);
    const close = svg.lastIndexOf('</svg>');
    if (!open || close < open.index) throw new Error('The SVG has no <svg> root element.');
    this.openTag = open[0];
    const size = svgSize(svg);
    this.width = size.width;
    this.height = size.height;
    let attrs = open[1]!.replace(/\s(width|height|preserveAspectRatio|overflow)="[^"]*"/g, '');
    const vb = /\sviewBox="([^"]*)"/.exec(attrs)?.[1]?.trim().split(/[\s,]+/).map(Number);
    if (vb && vb.length === 4 && vb.every(Number.isFinite) && vb[2]! > 0 && vb[3]! > 0) this.viewBox = vb as [number, number, number, number];
    else {
      attrs = `${attrs.replace(/\sviewBox="[^"]*"/, '')} viewBox="0 0 ${size.width} ${size.height}"`;
      this.viewBox = [0, 0, size.width, size.height];
    }
    this.rootAttrs = attrs;
    this.top = new Float64Array(this.parts.length).fill(Number.NaN);
    this.bottom = new Float64Array(this.parts.length).fill(Number.NaN);
    this.left = new Float64Array(this.parts.length).fill(Number.NaN);
    this.right = new Float64Array(this.parts.length).fill(Number.NaN);
    this.splits = new Array<Split | undefined>(this.parts.length);
    this.root = this.split(svg.slice(open.index + open[0].length, close), 0, 0, false);
  }

  /**
   * Cuts markup at its placeholders and places each part found: `dx`, `dy` are the offset of
   * the markup's own units, `unknown` whether its place is unknown. Each part is split once.
   */
  private split(markup: string, dx: number, dy: number, unknown: boolean): Split {
    const out: Split = { segments: [], children: [] };
    // Per open container: its offset, or NaN when its children's place is unknown.
    const stack: [number, number][] = [];
    let unknownDepth = 0;
    let from = 0;
    for (const m of markup.matchAll(TAG)) {
      if (m[5] !== undefined) {
        const i = Number(m[5]);
        if (i >= this.parts.length || this.splits[i]) continue;
        out.segments.push(markup.slice(from, m.index));
        out.children.push(i);
        from = m.index + m[0].length;
        const lost = unknown || unknownDepth > 0;
        const part = this.parts[i]!;
        if (!lost) {
          this.top[i] = part.top + dy; this.bottom[i] = part.bottom + dy;
          if (part.left !== undefined && part.right !== undefined) { this.left[i] = part.left + dx; this.right[i] = part.right + dx; }
        }
        this.splits[i] = { segments: [], children: [] }; // marks it taken while its own markup is split
        this.splits[i] = this.split(part.markup, dx, dy, lost);
        continue;
      }
      const [, closing, name, attrs = '', selfClosing] = m;
      // Only containers move or hide what is inside them; other elements hold no parts.
      if (selfClosing || !CONTAINERS.test(name!)) continue;
      if (closing) {
        const off = stack.pop();
        if (off === undefined) continue;
        if (Number.isNaN(off[1])) unknownDepth--; else { dx -= off[0]; dy -= off[1]; }
        continue;
      }
      let off: [number, number] = [Number.NaN, Number.NaN];
      if (name === 'g' || name === 'a') {
        const transform = /\stransform="([^"]*)"/.exec(attrs)?.[1];
        const t = transform === undefined ? undefined : TRANSLATE.exec(transform);
        off = transform === undefined ? [0, 0] : t ? [Number(t[1]), Number(t[2] ?? 0)] : [Number.NaN, Number.NaN];
      }
      stack.push(off);
      if (Number.isNaN(off[1])) unknownDepth++; else { dx += off[0]; dy += off[1]; }
    }
    out.segments.push(markup.slice(from));
    return out;
  }

  /** How many parts the strip of user-space rows [top, bottom) draws (for tests and diagnostics). */
  partsIn(top: number, bottom: number): number {
    let n = 0;
    const count = (s: Split) => { for (const i of s.children) if (this.shows(i, top, bottom)) { n++; count(this.splits[i]!); } };
    count(this.root);
    return n;
  }

  private shows(i: number, top: number, bottom: number, left = Number.NEGATIVE_INFINITY, right = Number.POSITIVE_INFINITY): boolean {
    const t = this.top[i]!;
    const l = this.left[i]!;
    // One unit of slack for anti-aliasing at the edge.
    return Number.isNaN(t) || (this.bottom[i]! + 1 >= top && t - 1 <= bottom && (Number.isNaN(l) || (this.right[i]! + 1 >= left && l - 1 <= right)));
  }

  /**
   * The whole picture as given (same root, size and view box), drawing only the parts that
   * reach into the rectangle of the root's user space: a page of a tiled print.
   */
  pictureFor(left: number, top: number, right: number, bottom: number): string {
    const out: string[] = [this.openTag];
    this.emit(this.root, out, (i) => this.shows(i, top, bottom, left, right));
    out.push('</svg>');
    return out.join('');
  }

  private emit(s: Split, out: string[], shows: (i: number) => boolean): void {
    out.push(s.segments[0]!);
    for (let k = 0; k < s.children.length; k++) {
      const i = s.children[k]!;
      if (shows(i)) this.emit(this.splits[i]!, out, shows);
      out.push(s.segments[k + 1]!);
    }
  }

  /**
   * The SVG of pixel rows [row, row + rows) of the picture drawn at `pixelWidth` ×
   * `pixelHeight`: the picture stretched onto that size, seen through a window of the strip.
   * Its user units are pixels, so strips cut at whole rows tile the picture exactly.
   */
  stripSvg(pixelWidth: number, pixelHeight: number, row: number, rows: number): string {
    const [, vy, , vh] = this.viewBox;
    const perRow = vh / pixelHeight;
    const top = vy + row * perRow;
    const bottom = vy + (row + rows) * perRow;
    const out: string[] = [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${pixelWidth}" height="${rows}" viewBox="0 ${row} ${pixelWidth} ${rows}">`,
      `<svg${this.rootAttrs} width="${pixelWidth}" height="${pixelHeight}" preserveAspectRatio="none" overflow="visible">`,
    ];
    this.emit(this.root, out, (i) => this.shows(i, top, bottom));
    out.push('</svg></svg>');
    return out.join('');
  }
}
