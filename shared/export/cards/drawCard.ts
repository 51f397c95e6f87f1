/**
 * One card box as the canvas draws it (renderer/canvas/nodes/CardNode.tsx + styles.css):
 * rounded box in the kind's fill and stroke, a 4-unit accent bar on the left, a header line
 * (kind label in capitals, badge, votes, open comments), the title lines (semibold) and the
 * body lines (smaller, 85 %), with the line breaks the shared layout chose.
 */
import { GEOMETRY, type CardBox } from '../../layout/layoutJourney';
import type { Card } from '../../model/schema';
import { TYPE } from '../../theme/theme';
import { attrs, num, safeColor } from '../escape';
import type { RenderContext } from '../svgTypes';
import { centeredBaseline, fit, lines, runWidth, text } from '../svgText';
import { cardHeaderParts } from './cardDrawers';

const RADIUS = 8;
const HEAD = 10.5;
const VOTES_COLOR = '#2563eb';

/** A box with only its left corners rounded: the accent bar. */
function accentBar(x: number, y: number, h: number, w: number, r: number): string {
  return `M${num(x + r)},${num(y)} H${num(x + w)} V${num(y + h)} H${num(x + r)} A${r},${r} 0 0 1 ${num(x)},${num(y + h - r)} V${num(y + r)} A${r},${r} 0 0 1 ${num(x + r)},${num(y)} Z`;
}

export function drawCard(ctx: RenderContext, card: Card, box: CardBox, openComments: number): string {
  const { theme, measure } = ctx;
  const style = theme.kinds[card.kind];
  const stroke = card.color ? safeColor(card.color, style.stroke) : style.stroke;
  const { x, y, width: w, height: h } = box;
  let out = `<g${attrs({ 'data-card-id': card.id, 'data-kind': card.kind })}>`;
  // The canvas's soft shadow: 0 1px 2px rgba(0,0,0,.06).
  out += `<rect${attrs({ x, y: y + 1, width: w, height: h, rx: RADIUS, fill: '#000000', 'fill-opacity': 0.06 })}/>`;
  out += `<rect${attrs({ x: x + 0.5, y: y + 0.5, width: w - 1, height: h - 1, rx: RADIUS - 0.5, fill: style.fill, stroke, 'stroke-width': 1 })}/>`;
  out += `<path${attrs({ d: accentBar(x + 0.5, y + 0.5, h - 1, 4, RADIUS - 0.5), fill: card.color ? stroke : style.accent })}/>`;

  // Header line: label left; badge, votes and comment count right (DOM order: badge, votes, comments).
  const headCy = y + GEOMETRY.cardPaddingY + GEOMETRY.cardHeaderHeight / 2;
  const headBase = centeredBaseline(headCy, HEAD);
  const parts = cardHeaderParts(card, theme);
  let right = x + w - GEOMETRY.cardPaddingX;
  const rightItems: string[] = [];
  if (openComments > 0) {
    const label = String(openComments);
    const tw = measure(label, HEAD);
    const iconX = right - tw - 3 - 11;
    rightItems.push(`<path${attrs({ d: `M${num(iconX + 1.4)},${num(headCy - 5)} h8.2 v6.2 h-5.5 l-2.7,2.1 z`, fill: 'none', stroke: style.text, 'stroke-width': 1.2, 'stroke-linejoin': 'round' })}/>`
      + text(right, headBase, label, { size: HEAD, fill: style.text, anchor: 'end' }));
    right = iconX - 6;
  }
  if (card.votes > 0) {
    const label = `● ${card.votes}`;
    rightItems.push(text(right, headBase, label, { size: HEAD, fill: VOTES_COLOR, anchor: 'end' }));
    right -= measure(label, HEAD) + 6;
  }
  const kindLabel = parts.label.toUpperCase();
  const labelX = x + 14;
  const labelW = runWidth(measure, kindLabel, HEAD, true, 0.04);
  if (parts.badge && parts.badge.text) {
    const pad = parts.badge.plain ? 0 : 6;
    const maxW = Math.max(0, right - (labelX + labelW + 6) - 2 * pad);
    const t = fit(measure, parts.badge.text, HEAD, true, maxW);
    if (t) {
      const bw = measure(t, HEAD, true) + 2 * pad;
      if (!parts.badge.plain) {
        const bh = HEAD * TYPE.lineHeight;
        rightItems.push(`<rect${attrs({ x: right - bw, y: headCy - bh / 2, width: bw, height: bh, rx: bh / 2, fill: '#000000', 'fill-opacity': theme.name === 'dark' ? 0.25 : 0.06 })}/>`);
      }
      rightItems.push(text(right - pad, headBase, t, { size: HEAD, weight: 600, fill: parts.badge.color ?? style.text, anchor: 'end' }));
      right -= bw + 6;
    }
  }
  out += text(labelX, headBase, fit(measure, kindLabel, HEAD, true, Math.max(0, right - labelX)), { size: HEAD, weight: 700, fill: style.accent, letterSpacing: 0.04 });
  out += rightItems.join('');

  // Title and body, with the layout's line breaks.
  const titleTop = y + GEOMETRY.cardPaddingY + GEOMETRY.cardHeaderHeight;
  out += lines(labelX, titleTop, box.titleLines, { size: TYPE.cardTitle, weight: 600, fill: style.text });
  if (box.bodyLines.length) {
    const bodyTop = titleTop + box.titleLines.length * TYPE.cardTitle * TYPE.lineHeight + 4;
    out += lines(labelX, bodyTop, box.bodyLines, { size: TYPE.cardBody, fill: style.text, opacity: 0.85 });
  }
  return `${out}</g>`;
}
