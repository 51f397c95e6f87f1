/**
 * An export SVG cut into horizontal strips for the PNG rasterizer, each strip its own small
 * SVG, so strips can be drawn in parallel (resvg's renderAsync runs on the thread pool) and
 * none holds the whole bitmap.
 *
 * The text is what makes an export SVG heavy (outlined, it is 95 % of a 500-card map's
 * markup). So the picture is drawn with a placeholder for each text run (`deferTextRuns`),
 * and each strip's SVG gets the runs that reach into it and leaves out the others. The rest
 * of the picture (rectangles, lines, connections) is small and goes into every strip.
 *
 * A run's place is its extent (from its glyphs) moved by the translate() of the groups
 * around it. A run inside anything else (another transform, a nested <svg>, <defs>, a
 * clip path) has no known place and goes into every strip: never wrong, only slower.
 */
import type { TextOutliner } from '../../../../shared/export/svgText';
import { svgSize } from '../../../../shared/export/svgSize';
import type { OutlinedRun, RunOutliner } from './textOutliner';

/** A picture drawn with placeholders for its text runs, and the runs. */
export interface DeferredPicture { svg: string; runs: OutlinedRun[] }

/** An outlineText for the SVG renderer that leaves a placeholder and keeps the run aside. */
export function deferTextRuns(outline: RunOutliner): { outlineText: TextOutliner; runs: OutlinedRun[] } {
  const runs: OutlinedRun[] = [];
  const outlineText: TextOutliner = (x, y, content, style) => {
    const run = outline(x, y, content, style);
    if (!run) return '';
    runs.push(run);
    return `<!--wm-run:${runs.length - 1}-->`;
  };
  return { outlineText, runs };
}

const TRANSLATE = /^\s*translate\(\s*(-?[\d.]+(?:e-?\d+)?)(?:[\s,]+(-?[\d.]+(?:e-?\d+)?))?\s*\)\s*$/;
const CONTAINERS = /^(g|a|svg|defs|clipPath|mask|pattern|marker|symbol|switch)$/;
const TAG = /<(\/?)([a-zA-Z][\w:-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--wm-run:(\d+)-->/g;

export class StripPicture {
  readonly width: number;
  readonly height: number;
  private readonly rootAttrs: string;
  private readonly viewBox: [number, number, number, number];
  /** The markup between placeholders; runAt[i] is the run after segments[i]. */
  private readonly segments: string[] = [];
  private readonly runAt: number[] = [];
  private readonly runs: OutlinedRun[];
  /** Each run's extent in the root's user space; NaN where unknown (drawn in every strip). */
  private readonly top: Float64Array;
  private readonly bottom: Float64Array;

  constructor(picture: string | DeferredPicture) {
    const svg = typeof picture === 'string' ? picture : picture.svg;
    this.runs = typeof picture === 'string' ? [] : picture.runs;
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
    const inner = svg.slice(open.index + open[0].length, close);
    this.top = new Float64Array(this.runs.length).fill(Number.NaN);
    this.bottom = new Float64Array(this.runs.length).fill(Number.NaN);
    this.split(inner);
  }

  /** Splits the markup at the placeholders and places each run (see the file comment). */
  private split(inner: string): void {
    // Per open container: its y offset, or NaN when its children's place is unknown.
    const stack: number[] = [];
    let dy = 0;
    let unknown = 0;
    let from = 0;
    for (const m of inner.matchAll(TAG)) {
      if (m[5] !== undefined) {
        const i = Number(m[5]);
        if (i >= this.runs.length) continue;
        this.segments.push(inner.slice(from, m.index));
        this.runAt.push(i);
        from = m.index + m[0].length;
        if (!unknown) { this.top[i] = this.runs[i]!.top + dy; this.bottom[i] = this.runs[i]!.bottom + dy; }
        continue;
      }
      const [, closing, name, attrs = '', selfClosing] = m;
      // Only containers move or hide what is inside them; other elements hold no runs.
      if (selfClosing || !CONTAINERS.test(name!)) continue;
      if (closing) {
        const off = stack.pop();
        if (off === undefined) continue;
        if (Number.isNaN(off)) unknown--; else dy -= off;
        continue;
      }
      let off = Number.NaN;
      if (name === 'g' || name === 'a') {
        const transform = /\stransform="([^"]*)"/.exec(attrs)?.[1];
        const t = transform === undefined ? undefined : TRANSLATE.exec(transform);
        off = transform === undefined ? 0 : t ? Number(t[2] ?? 0) : Number.NaN;
      }
      stack.push(off);
      if (Number.isNaN(off)) unknown++; else dy += off;
    }
    this.segments.push(inner.slice(from));
  }

  /** How many runs the strip of user-space rows [top, bottom) draws (for tests and diagnostics). */
  runsIn(top: number, bottom: number): number {
    let n = 0;
    for (const i of this.runAt) if (this.shows(i, top, bottom)) n++;
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
    const parts: string[] = [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${pixelWidth}" height="${rows}" viewBox="0 ${row} ${pixelWidth} ${rows}">`,
      `<svg${this.rootAttrs} width="${pixelWidth}" height="${pixelHeight}" preserveAspectRatio="none" overflow="visible">`,
      this.segments[0]!,
    ];
    for (let k = 0; k < this.runAt.length; k++) {
      const i = this.runAt[k]!;
      if (this.shows(i, top, bottom)) parts.push(this.runs[i]!.markup);
      parts.push(this.segments[k + 1]!);
    }
    parts.push('</svg></svg>');
    return parts.join('');
  }
}
