/**
 * A Markdown report of the map: stages, touchpoints per stage, pain points by severity, and
 * KPIs with their source dataset and period. File text is escaped so it stays text: no HTML,
 * no links or emphasis injected, no broken tables.
 */
import { SEVERITY_LABELS } from '../model/kinds/painPoint';
import { CARD_KIND_REGISTRY } from '../model/kinds/registry';
import { orderedStages } from '../model/journey';
import type { CardOf, Journey } from '../model/schema';
import { STAGE_KIND_LABELS } from '../model/vocabulary';
import { buildKpiLayer, type BoundValue } from '../kpi/binding/kpiLayer';

/** Inline Markdown text: one line; emphasis, code, link and table characters backslash-escaped; HTML brackets as entities. */
export function mdText(s: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const STATUS_WORDS = { good: 'on goal', warn: 'near goal', bad: 'off goal', none: '' } as const;

function period(r: BoundValue): string {
  const p = r.dataset.period;
  return p ? `${p.start.slice(0, 10)} – ${p.end.slice(0, 10)}` : '';
}

export function markdownReport(journey: Journey): string {
  const out: string[] = [];
  const stages = orderedStages(journey);
  const stageName = (id: string) => journey.stages[id]?.name ?? id;
  const cards = Object.values(journey.cards);
  const byStage = (kind: string) => stages.map((s) => ({ s, list: cards.filter((c) => c.stageId === s.id && c.kind === kind).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1)) }));

  out.push(`# ${mdText(journey.settings.title || 'Untitled journey')}`, '');
  if (journey.settings.description) out.push(mdText(journey.settings.description), '');
  const personas = Object.values(journey.personas);
  if (personas.length) {
    out.push('## Personas', '');
    for (const p of personas) out.push(`- **${mdText(p.name)}**${p.role ? ` — ${mdText(p.role)}` : ''}${p.quote ? `: “${mdText(p.quote)}”` : ''}`);
    out.push('');
  }

  out.push('## Stages', '', '| # | Stage | Kind | Cards |', '|---|---|---|---|');
  stages.forEach((s, i) => out.push(`| ${i + 1} | ${mdText(s.name)} | ${STAGE_KIND_LABELS[s.kind]} | ${cards.filter((c) => c.stageId === s.id).length} |`));
  out.push('');

  out.push('## Touchpoints', '');
  for (const { s, list } of byStage('touchpoint')) {
    if (!list.length) continue;
    out.push(`### ${mdText(s.name)}`, '');
    for (const c of list as CardOf<'touchpoint'>[]) {
      const channel = CARD_KIND_REGISTRY.touchpoint.badge(c);
      out.push(`- ${mdText(c.title || 'Untitled')}${channel ? ` (${mdText(channel)})` : ''}${c.body ? ` — ${mdText(c.body)}` : ''}`);
    }
    out.push('');
  }

  out.push('## Pain points by severity', '');
  const pains = cards.filter((c): c is CardOf<'painPoint'> => c.kind === 'painPoint');
  if (!pains.length) out.push('None recorded.', '');
  for (let sev = 5; sev >= 1; sev--) {
    const list = pains.filter((p) => p.severity === sev).sort((a, b) => (stages.findIndex((s) => s.id === a.stageId) - stages.findIndex((s) => s.id === b.stageId)) || a.order - b.order);
    if (!list.length) continue;
    out.push(`### Severity ${sev} — ${SEVERITY_LABELS[sev]} (${list.length})`, '');
    for (const p of list) {
      const tps = p.touchpointIds.map((id) => journey.cards[id]?.title).filter((t): t is string => !!t);
      out.push(`- ${mdText(p.title || 'Untitled')} — *${mdText(stageName(p.stageId))}*${tps.length ? `; touchpoints: ${tps.map(mdText).join(', ')}` : ''}${p.votes ? `; ${p.votes} votes` : ''}`);
    }
    out.push('');
  }

  out.push('## KPIs', '');
  const layer = buildKpiLayer(journey);
  const readings = [...layer.byTarget.values()].flat();
  const kpiCards = cards.filter((c): c is CardOf<'kpi'> => c.kind === 'kpi');
  if (!readings.length && !kpiCards.length) out.push('No KPIs on this map.', '');
  if (readings.length) {
    out.push('| On | Metric | Value | Goal | Δ to goal | Status | Source dataset | Period |', '|---|---|---|---|---|---|---|---|');
    for (const r of readings) {
      const t = r.target;
      const on = t.type === 'stage' ? `Stage ${stageName(t.id)}` : t.type === 'card' ? journey.cards[t.id]?.title ?? t.id
        : (() => { const c = journey.connections[t.id]; return c ? `${journey.cards[c.sourceId]?.title ?? '?'} → ${journey.cards[c.targetId]?.title ?? '?'}` : t.id; })();
      out.push(`| ${mdText(on)} | ${mdText(r.label)} | ${mdText(r.text)} | ${r.goalText ? mdText(r.goalText) : ''} | ${r.deltaText ? mdText(r.deltaText) : ''} | ${STATUS_WORDS[r.status]} | ${mdText(r.dataset.name)} (${mdText(r.dataset.source)}, ${mdText(r.dataset.fileName)}) | ${mdText(period(r))} |`);
    }
    out.push('');
  }
  if (kpiCards.length) {
    out.push('### KPI cards', '', '| Stage | KPI | Metric | Value | Target |', '|---|---|---|---|---|');
    for (const c of kpiCards.sort((a, b) => stages.findIndex((s) => s.id === a.stageId) - stages.findIndex((s) => s.id === b.stageId) || a.order - b.order)) {
      const u = c.unit ?? '';
      out.push(`| ${mdText(stageName(c.stageId))} | ${mdText(c.title || 'Untitled')} | ${mdText(c.metric)} | ${c.value !== undefined ? mdText(`${c.value}${u}`) : ''} | ${c.target !== undefined ? mdText(`${c.target}${u}`) : ''} |`);
    }
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
