/**
 * What goes above the map: an optional title block (title, subtitle, date) and the persona
 * header (one card per persona: avatar, name, role, quote, goals, frustrations).
 */
import { wrapText } from '../layout/textMeasure';
import type { Persona } from '../model/schema';
import { TYPE } from '../theme/theme';
import { attrs, safeColor } from './escape';
import type { RenderContext, TitleBlock } from './svgTypes';
import { baseline, centeredBaseline, fit, lines, text } from './svgText';

export function drawTitleBlock(ctx: RenderContext, block: TitleBlock, x: number, y: number, width: number): { svg: string; height: number } {
  const { theme, measure, journey } = ctx;
  const title = block.title ?? journey.settings.title;
  let out = '';
  let cy = y;
  const dateW = block.date ? measure(block.date, 12) + 16 : 0;
  out += text(x, baseline(cy, TYPE.mapTitle), fit(measure, title || 'Untitled journey', TYPE.mapTitle, true, width - dateW), { size: TYPE.mapTitle, weight: 700, fill: theme.text });
  if (block.date) out += text(x + width, baseline(cy, TYPE.mapTitle), block.date, { size: 12, fill: theme.mutedText, anchor: 'end' });
  cy += TYPE.mapTitle * TYPE.lineHeight;
  const subtitle = block.subtitle ?? journey.settings.description;
  if (subtitle) {
    const sub = wrapText(subtitle, width, 12, measure, 2);
    out += lines(x, cy + 2, sub, { size: 12, fill: theme.mutedText });
    cy += 2 + sub.length * 12 * TYPE.lineHeight;
  }
  return { svg: `<g data-layer="title">${out}</g>`, height: cy - y };
}

const CARD_W = 300;
const GAP = 12;

function initials(name: string): string {
  return name.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => [...w][0]!.toUpperCase()).join('') || '?';
}

function personaCard(ctx: RenderContext, p: Persona, index: number, x: number, y: number, w: number, pdfSafe: boolean): { svg: string; height: number } {
  const { theme, measure } = ctx;
  const color = safeColor(p.color, '#7c3aed');
  const inner = w - 24;
  let body = '';
  let cy = y + 12;
  const ax = x + 12 + 20;
  const ay = cy + 20;
  // pdfkit cannot draw webp; such a picture falls back to initials in every output.
  const picture = p.picture && !(pdfSafe && p.picture.startsWith('data:image/webp')) ? p.picture : undefined;
  if (picture) {
    const clip = `wm-persona-clip-${index}`;
    body += `<clipPath id="${clip}"><circle${attrs({ cx: ax, cy: ay, r: 20 })}/></clipPath>`;
    body += `<image${attrs({ x: ax - 20, y: ay - 20, width: 40, height: 40, href: picture, 'clip-path': `url(#${clip})`, preserveAspectRatio: 'xMidYMid slice' })}/>`;
  } else {
    body += `<circle${attrs({ cx: ax, cy: ay, r: 20, fill: color })}/>`;
    body += text(ax, centeredBaseline(ay, 14), initials(p.name), { size: 14, weight: 700, fill: '#ffffff', anchor: 'middle' });
  }
  const tx = x + 12 + 40 + 10;
  body += text(tx, baseline(cy + 1, 14), fit(measure, p.name || 'Persona', 14, true, w - 12 - (tx - x)), { size: 14, weight: 700, fill: theme.text });
  if (p.role) body += text(tx, baseline(cy + 21, 11.5), fit(measure, p.role, 11.5, false, w - 12 - (tx - x)), { size: 11.5, fill: theme.mutedText });
  cy += 48;
  if (p.quote) {
    const q = wrapText(`“${p.quote}”`, inner, 11.5, measure, 3);
    body += lines(x + 12, cy, q, { size: 11.5, fill: theme.text, italic: true });
    cy += q.length * 11.5 * TYPE.lineHeight + 6;
  }
  for (const [heading, items] of [['Goals', p.goals], ['Frustrations', p.frustrations]] as const) {
    if (items.length === 0) continue;
    body += text(x + 12, baseline(cy, 10.5), heading.toUpperCase(), { size: 10.5, weight: 700, fill: theme.mutedText, letterSpacing: 0.05 });
    cy += 10.5 * TYPE.lineHeight + 1;
    for (const item of items.slice(0, 4)) {
      const l = wrapText(item, inner - 12, 11.5, measure, 2);
      body += text(x + 14, baseline(cy, 11.5), '•', { size: 11.5, fill: color });
      body += lines(x + 24, cy, l, { size: 11.5, fill: theme.text });
      cy += l.length * 11.5 * TYPE.lineHeight + 1;
    }
    cy += 5;
  }
  const height = cy - y + 6;
  const frame = `<rect${attrs({ x: x + 0.5, y: y + 0.5, width: w - 1, height: height - 1, rx: 8, fill: theme.stageHeaderFill, stroke: theme.cellBorder })}/>`
    + `<rect${attrs({ x: x + 0.5, y: y + 0.5, width: 4, height: height - 1, fill: color })}/>`;
  return { svg: `<g${attrs({ 'data-persona-id': p.id })}>${frame}${body}</g>`, height };
}

/** Persona cards in rows that wrap at `width`. */
export function drawPersonaHeader(ctx: RenderContext, personas: Persona[], x: number, y: number, width: number, pdfSafe: boolean): { svg: string; height: number } {
  if (personas.length === 0) return { svg: '', height: 0 };
  const perRow = Math.max(1, Math.floor((width + GAP) / (CARD_W + GAP)));
  let out = '';
  let cy = y;
  for (let i = 0; i < personas.length; i += perRow) {
    const row = personas.slice(i, i + perRow);
    const cards = row.map((p, j) => personaCard(ctx, p, i + j, x + j * (CARD_W + GAP), cy, CARD_W, pdfSafe));
    const h = Math.max(...cards.map((c) => c.height));
    out += cards.map((c) => c.svg).join('');
    cy += h + GAP;
  }
  return { svg: `<g data-layer="personas">${out}</g>`, height: cy - y - GAP };
}
