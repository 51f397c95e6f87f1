/**
 * An export SVG cut into horizontal strips for the PNG rasterizer, each strip its own small
 * SVG, so strips can be drawn in parallel (resvg's renderAsync runs on the thread pool) and
 * none holds the whole bitmap.
 *
 * Most of an export SVG is local: a text run (outlined, text is 95 % of a 500-card map's
 * markup) or a card sits in a band of rows. So the picture is drawn with a placeholder for
 * each such part (`deferParts`: text runs, and cards as blocks), and each strip's SVG gets
 * the parts that reach into it and leaves out the others. What is not a part (lane bands,
 * headers, connections, curves) is small and goes into every strip.
 *
 * A part's place is its extent moved by the translate() of the groups around it. Parts nest
 * (a card's runs are inside the card). A part inside anything else (another transform, a
 * nested <svg>, <defs>, a clip path) has no known place and goes into every strip that
 * shows its parent: never wrong, only slower.
 */
import type { TextOutliner } from '../../../../shared/export/svgText';
import type { BlockDeferrer } from '../../../../shared/export/svgTypes';
import { svgSize } from '../../../../shared/export/svgSize';
import type { RunOutliner } from './textOutliner';

/** A piece of the picture kept aside: its markup and the rows it reaches, in its parent's units. */
export interface DeferredPart { markup: string; top: number; bottom: number }

/** A picture drawn with placeholders for its parts, and the parts. */
export interface DeferredPicture { svg: string; parts: DeferredPart[] }

const placeholder = (i: number) => `<!--wm-part:${i}-->`;

/** The renderer hooks that leave placeholders (text runs as outlines, cards as blocks) and keep the parts. */
export function deferParts(outline: RunOutliner): { outlineText: TextOutliner; deferBlock: BlockDeferrer; parts: DeferredPart[] } {
  const parts: DeferredPart[] = [];
  const keep = (part: DeferredPart) => { parts.push(part); return placeholder(parts.length - 1); };
  const outlineText: TextOutliner = (x, y, content, style) => {
    const run = outline(x, y, content, style);
    return run ? keep(run) : '';
  };
  const deferBlock: BlockDeferrer = (markup, top, bottom) => keep({ markup, top, bottom });
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
  private readonly rootAttrs: string;
  private readonly viewBox: [number, number, number, number];
  private readonly parts: DeferredPart[];
  private readonly root: Split;
  private readonly splits: (Split | undefined)[];
  /** Each part's rows in the root's user space; NaN where unknown (drawn wherever its parent is). */
  private readonly top: Float64Array;
  private readonly bottom: Float64Array;

  constructor(picture: string | DeferredPicture) {
    const svg = typeof picture === 'string' ? picture : picture.svg;
    this.parts = typeof picture === 'string' ? [] : picture.parts;
    const open = /<svg\b((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(svg);
    const close = svg.lastIndexOf('</svg>');
    if (!open || close < open.index) throw new Error('The SVG has no <svg> root element.');
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
    this.splits = new Array<Split | undefined>(this.parts.length);
    this.root = this.split(svg.slice(open.index + open[0].length, close), 0, false);
  }

  /**
   * Cuts markup at its placeholders and places each part found: `dy` is the offset of the
   * markup's own units, `unknown` whether its place is unknown. Each part is split once.
   */
  private split(markup: string, dy: number, unknown: boolean): Split {
    const out: Split = { segments: [], children: [] };
    // Per open container: its y offset, or NaN when its children's place is unknown.
    const stack: number[] = [];
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
        if (!lost) { this.top[i] = this.parts[i]!.top + dy; this.bottom[i] = this.parts[i]!.bottom + dy; }
        this.splits[i] = { segments: [], children: [] }; // marks it taken while its own markup is split
        this.splits[i] = this.split(this.parts[i]!.markup, dy, lost);
        continue;
      }
      const [, closing, name, attrs = '', selfClosing] = m;
      // Only containers move or hide what is inside them; other elements hold no parts.
      if (selfClosing || !CONTAINERS.test(name!)) continue;
      if (closing) {
        const off = stack.pop();
        if (off === undefined) continue;
        if (Number.isNaN(off)) unknownDepth--; else dy -= off;
        continue;
      }
      let off = Number.NaN;
      if (name === 'g' || name === 'a') {
        const transform = /\stransform="([^"]*)"/.exec(attrs)?.[1];
        const t = transform === undefined ? undefined : TRANSLATE.exec(transform);
        off = transform === undefined ? 0 : t ? Number(t[2] ?? 0) : Number.NaN;
      }
      stack.push(off);
      if (Number.isNaN(off)) unknownDepth++; else dy += off;
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

  private shows(i: number, top: number, bottom: number): boolean {
    const t = this.top[i]!;
    // One unit of slack for anti-aliasing at the strip's edge.
    return Number.isNaN(t) || (this.bottom[i]! + 1 >= top && t - 1 <= bottom);
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
    const emit = (s: Split) => {
      out.push(s.segments[0]!);
      for (let k = 0; k < s.children.length; k++) {
        const i = s.children[k]!;
        if (this.shows(i, top, bottom)) emit(this.splits[i]!);
        out.push(s.segments[k + 1]!);
      }
    };
    emit(this.root);
    out.push('</svg></svg>');
    return out.join('');
  }
}
