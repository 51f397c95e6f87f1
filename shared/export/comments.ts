/**
 * Comments in print: a numbered marker on each commented stage, lane or card, and a notes
 * list (number, author, date, text) under the map. Open comments only, numbered in creation
 * order, so the numbers are stable between exports of the same map.
 */
import { GEOMETRY } from '../layout/layoutJourney';
import { wrapText } from '../layout/textMeasure';
import type { Comment, Journey } from '../model/schema';
import { attrs } from './escape';
import type { RenderContext } from './svgTypes';
import { baseline, centeredBaseline, lines, text } from './svgText';

const MARKER_R = 8;
const MARKER_FILL = '#f59e0b';

/** Open comments in creation order, numbered from 1. */
export function numberedComments(journey: Journey, isShown: (c: Comment) => boolean): { n: number; comment: Comment }[] {
  return Object.values(journey.comments)
    .filter((c) => !c.resolved && isShown(c))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1))
    .map((comment, i) => ({ n: i + 1, comment }));
}

function marker(cx: number, cy: number, numbers: number[]): string {
  const label = numbers.join(',');
  const w = Math.max(2 * MARKER_R, 7 * label.length + 8);
  return `<g data-comment-marker="${label}">`
    + `<rect${attrs({ x: cx - w / 2, y: cy - MARKER_R, width: w, height: 2 * MARKER_R, rx: MARKER_R, fill: MARKER_FILL, stroke: '#ffffff', 'stroke-width': 1.5 })}/>`
    + text(cx, centeredBaseline(cy, 10), label, { size: 10, weight: 700, fill: '#ffffff', anchor: 'middle' })
    + '</g>';
}

/** Markers on commented cards (top-right corner of the box or on the emotion point). */
export function drawCardMarkers(ctx: RenderContext): string {
  let out = '';
  for (const [key, numbers] of ctx.commentNumbers) {
    if (!key.startsWith('card:')) continue;
    const id = key.slice(5);
    const box = ctx.layout.cards.get(id);
    if (box) { out += marker(box.x + box.width - 4, box.y + 2, numbers); continue; }
    const p = ctx.layout.emotionPoints.get(id);
    if (p) out += marker(p.x + 12, p.y - 12, numbers);
  }
  return out;
}

/** A stage marker, in stage-header coordinates. */
export function drawStageMarkers(ctx: RenderContext): string {
  let out = '';
  for (const s of ctx.layout.stages) {
    const numbers = ctx.commentNumbers.get(`stage:${s.id}`);
    if (numbers) out += marker(s.x + s.width - 16, 14, numbers);
  }
  return out;
}

/** A lane marker, in lane-header coordinates. */
export function drawLaneMarkers(ctx: RenderContext): string {
  let out = '';
  for (const l of ctx.layout.lanes) {
    const numbers = ctx.commentNumbers.get(`lane:${l.id}`);
    if (numbers) out += marker(GEOMETRY.laneHeaderWidth - 16, l.y + 14, numbers);
  }
  return out;
}

function targetName(journey: Journey, c: Comment): string {
  const t = c.target;
  if (t.type === 'stage') return `Stage “${journey.stages[t.id]?.name ?? t.id}”`;
  if (t.type === 'lane') return `Lane “${journey.lanes[t.id]?.name ?? t.id}”`;
  return `“${journey.cards[t.id]?.title || 'Untitled'}”`;
}

/** The notes list; returns markup at (x, y) and its height. */
export function drawNotes(ctx: RenderContext, list: { n: number; comment: Comment }[], x: number, y: number, width: number): { svg: string; height: number } {
  if (list.length === 0) return { svg: '', height: 0 };
  const { theme, measure, journey } = ctx;
  let out = text(x, baseline(y, 13), 'Notes', { size: 13, weight: 700, fill: theme.text });
  let cy = y + 13 * 1.35 + 6;
  for (const { n, comment } of list) {
    out += marker(x + MARKER_R, cy + 8, [n]);
    const head = `${comment.author || 'Anonymous'} · ${comment.createdAt.slice(0, 10)} · on ${targetName(journey, comment)}`;
    const headLines = wrapText(head, width - 28, 11, measure, 2, true);
    out += lines(x + 24, cy, headLines, { size: 11, weight: 600, fill: theme.mutedText });
    cy += headLines.length * 11 * 1.35;
    const body = wrapText(comment.text, width - 28, 11.5, measure, 12);
    out += lines(x + 24, cy, body, { size: 11.5, fill: theme.text });
    cy += body.length * 11.5 * 1.35 + 8;
  }
  return { svg: `<g data-layer="notes">${out}</g>`, height: cy - y };
}
