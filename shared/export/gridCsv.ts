/**
 * The map as CSV (RFC 4180: CRLF records, fields with comma, quote, CR or LF quoted, quotes
 * doubled). Formula-injection safe: a cell that starts with = + - @ (or a tab/CR, which some
 * spreadsheets strip first) gets a leading apostrophe, so a title like `=HYPERLINK(...)` stays
 * text when the file is opened in Excel, LibreOffice or Google Sheets.
 *
 * Shapes: 'grid' — one row per lane, one column per stage, a cell lists its cards' titles one
 * per line; 'cards' — one row per card with stage, lane, kind, title, body and kind details.
 */
import { CARD_KIND_REGISTRY } from '../model/kinds/registry';
import { cardsByCell, cellKey, orderedLanes, orderedStages } from '../model/journey';
import type { Card, Journey } from '../model/schema';
import { EVIDENCE_LEVELS } from '../model/vocabulary';

export interface GridCsvOptions {
  shape?: 'grid' | 'cards';
  hideLanes?: readonly string[];
}

export function csvCell(value: string): string {
  let v = value.replace(/\r\n?/g, '\n');
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\n\r]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

const record = (cells: readonly string[]) => cells.map(csvCell).join(',');

function details(card: Card): string {
  switch (card.kind) {
    case 'touchpoint': return card.channel ? `channel: ${CARD_KIND_REGISTRY.touchpoint.badge(card) ?? card.channel}` : '';
    case 'painPoint': return `severity: ${card.severity}`;
    case 'opportunity': return [card.impact !== undefined ? `impact: ${card.impact}` : '', card.effort !== undefined ? `effort: ${card.effort}` : ''].filter(Boolean).join('; ');
    case 'emotion': return `score: ${card.score}`;
    case 'kpi': return [`metric: ${card.metric}`, card.value !== undefined ? `value: ${card.value}${card.unit ?? ''}` : '', card.target !== undefined ? `target: ${card.target}${card.unit ?? ''}` : ''].filter(Boolean).join('; ');
    default: return '';
  }
}

export function gridCsv(journey: Journey, options: GridCsvOptions = {}): string {
  const hidden = new Set(options.hideLanes ?? []);
  const stages = orderedStages(journey);
  const lanes = orderedLanes(journey).filter((l) => !hidden.has(l.id));
  const cells = cardsByCell(journey);
  const rows: string[] = [];
  if ((options.shape ?? 'grid') === 'grid') {
    rows.push(record(['Lane', ...stages.map((s) => s.name)]));
    for (const lane of lanes) {
      rows.push(record([lane.name, ...stages.map((s) => (cells.get(cellKey(s.id, lane.id)) ?? []).map((c) => c.title || 'Untitled').join('\n'))]));
    }
  } else {
    rows.push(record(['Stage', 'Lane', 'Order', 'Kind', 'Title', 'Body', 'Details', 'Evidence', 'Votes', 'Tags', 'Owner', 'Persona']));
    for (const stage of stages) for (const lane of lanes) {
      (cells.get(cellKey(stage.id, lane.id)) ?? []).forEach((c, i) => {
        rows.push(record([
          stage.name, lane.name, String(i + 1), CARD_KIND_REGISTRY[c.kind].label, c.title, c.body, details(c),
          EVIDENCE_LEVELS.includes(c.evidence) ? c.evidence : '', String(c.votes), c.tags.join('; '), c.owner ?? '',
          c.personaId ? journey.personas[c.personaId]?.name ?? '' : '',
        ]));
      });
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
