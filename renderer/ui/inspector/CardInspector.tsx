import type { Card, CardOf } from '../../../shared/model/schema';
import { CARD_KIND_REGISTRY } from '../../../shared/model/kinds/registry';
import { SEVERITY_LABELS } from '../../../shared/model/kinds/painPoint';
import { setEmotionScore, togglePainTouchpoint, updateCard } from '../../../shared/model/operations';
import { CHANNELS, CHANNEL_LABELS, EVIDENCE_LEVELS, STAGE_KIND_LABELS } from '../../../shared/model/vocabulary';
import { useDocumentStore } from '../../store/documentStore';
import { NumberField, Section, SelectField, TextField } from './fields';
import { FeedbackSection } from './FeedbackSection';

const change: ReturnType<typeof useDocumentStore.getState>['change'] = (...args) => useDocumentStore.getState().change(...args);
const set = (card: Card, label: string, fields: Record<string, unknown>) => change(label, (d) => updateCard(d, card.id, fields as never));

/** Every field of the selected card, by kind. */
export function CardInspector({ card }: { card: Card }) {
  const j = useDocumentStore((s) => s.journey);
  const readOnly = useDocumentStore((s) => s.readOnly);
  const stage = j.stages[card.stageId];
  const lane = j.lanes[card.laneId];
  const personas = Object.values(j.personas);
  return (
    <>
      <h2>{CARD_KIND_REGISTRY[card.kind].label}</h2>
      <p className="wm-muted">{stage?.name} ({stage ? STAGE_KIND_LABELS[stage.kind] : ''}) · {lane?.name}</p>
      <TextField label="Title" value={card.title} readOnly={readOnly} onCommit={(v) => set(card, 'Edit title', { title: v })} multiline />
      <TextField label="Notes" value={card.body} readOnly={readOnly} onCommit={(v) => set(card, 'Edit notes', { body: v })} multiline />
      <KindFields card={card} readOnly={readOnly} />
      <Section title="Details">
        <SelectField label="Evidence" value={card.evidence} disabled={readOnly} options={EVIDENCE_LEVELS.map((e) => ({ value: e, label: e[0]!.toUpperCase() + e.slice(1) }))} onChange={(v) => set(card, 'Set evidence', { evidence: v })} />
        <SelectField label="Persona" value={card.personaId ?? ''} disabled={readOnly} options={[{ value: '', label: 'Everyone' }, ...personas.map((p) => ({ value: p.id, label: p.name }))]}
          onChange={(v) => set(card, 'Set persona', { personaId: v || undefined })} />
        <TextField label="Tags (comma-separated)" value={card.tags.join(', ')} readOnly={readOnly} onCommit={(v) => set(card, 'Edit tags', { tags: v.split(',').map((t) => t.trim()).filter(Boolean) })} />
        <TextField label="Owner" value={card.owner ?? ''} readOnly={readOnly} onCommit={(v) => set(card, 'Edit owner', { owner: v || undefined })} />
        <TextField label="Links (one per line: label | https://…)" multiline readOnly={readOnly} value={card.links.map((l) => `${l.label} | ${l.url}`).join('\n')}
          onCommit={(v) => set(card, 'Edit links', { links: v.split('\n').map((line) => line.split('|').map((s) => s.trim())).filter(([, url]) => url).map(([label, url]) => ({ label: label ?? '', url: url! })) })} />
        {/* One per line: page paths and survey labels may contain commas (/search?q=boots,waterproof). */}
        <TextField label="Names in data (page paths, events; one per line)" multiline readOnly={readOnly} value={(card.aliases ?? []).join('\n')}
          onCommit={(v) => set(card, 'Edit data names', { aliases: v.split('\n').map((t) => t.trim()).filter(Boolean) })} />
        <div className="wm-votes-row" role="group" aria-label="Dot votes">
          <span>Votes: <strong data-testid="votes">{card.votes}</strong></span>
          <button type="button" disabled={readOnly} onClick={() => set(card, 'Vote', { votes: card.votes + 1 })} aria-label="Add a vote">+1</button>
          <button type="button" disabled={readOnly || card.votes === 0} onClick={() => set(card, 'Remove vote', { votes: card.votes - 1 })} aria-label="Remove a vote">−1</button>
        </div>
      </Section>
      <FeedbackSection cardId={card.id} />
    </>
  );
}

function KindFields({ card, readOnly }: { card: Card; readOnly: boolean }) {
  const j = useDocumentStore((s) => s.journey);
  switch (card.kind) {
    case 'touchpoint': {
      const known = (CHANNELS as readonly string[]).includes(card.channel);
      return (
        <Section title="Touchpoint">
          <SelectField label="Channel" value={known ? card.channel : '__custom'} disabled={readOnly}
            options={[...CHANNELS.map((c) => ({ value: c as string, label: CHANNEL_LABELS[c] })), { value: '__custom', label: 'Custom…' }]}
            onChange={(v) => set(card, 'Set channel', { channel: v === '__custom' ? 'Custom channel' : v })} />
          {!known && <TextField label="Custom channel" value={card.channel} readOnly={readOnly} onCommit={(v) => set(card, 'Set channel', { channel: v })} />}
        </Section>
      );
    }
    case 'painPoint': {
      const touchpoints = Object.values(j.cards).filter((c): c is CardOf<'touchpoint'> => c.kind === 'touchpoint');
      return (
        <Section title="Pain point">
          <SelectField label="Severity" value={String(card.severity)} disabled={readOnly}
            options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n} – ${SEVERITY_LABELS[n]}` }))}
            onChange={(v) => set(card, 'Set severity', { severity: Number(v) })} />
          <fieldset className="wm-checklist" aria-label="Touchpoints this pain point concerns">
            <legend>Concerns touchpoints</legend>
            {touchpoints.map((t) => (
              <label key={t.id}><input type="checkbox" disabled={readOnly} checked={card.touchpointIds.includes(t.id)}
                onChange={() => change('Link pain point', (d) => togglePainTouchpoint(d, card.id, t.id))} /> {t.title} <span className="wm-muted">({j.stages[t.stageId]?.name})</span></label>
            ))}
          </fieldset>
        </Section>
      );
    }
    case 'emotion': {
      const { min, max } = j.settings.emotionScale;
      const curves = Object.values(j.curves);
      return (
        <Section title="Emotion">
          <NumberField label={`Score (${min} to ${max})`} value={card.score} min={min} max={max} step={0.5} readOnly={readOnly}
            onCommit={(v) => v !== undefined && change('Set emotion score', (d) => setEmotionScore(d, card.id, v))} />
          <SelectField label="Curve" value={card.curveId} disabled={readOnly} options={curves.map((c) => ({ value: c.id, label: c.name }))} onChange={(v) => set(card, 'Move to curve', { curveId: v })} />
        </Section>
      );
    }
    case 'kpi':
      return (
        <Section title="KPI">
          <TextField label="Metric" value={card.metric} readOnly={readOnly} onCommit={(v) => set(card, 'Edit metric', { metric: v })} />
          <NumberField label="Value" value={card.value} step={0.01} readOnly={readOnly} onCommit={(v) => set(card, 'Edit value', { value: v })} />
          <TextField label="Unit" value={card.unit ?? ''} readOnly={readOnly} onCommit={(v) => set(card, 'Edit unit', { unit: v || undefined })} />
          <NumberField label="Target" value={card.target} step={0.01} readOnly={readOnly} onCommit={(v) => set(card, 'Edit target', { target: v })} />
        </Section>
      );
    case 'opportunity':
      return (
        <Section title="Opportunity">
          <NumberField label="Impact (1–5)" value={card.impact} min={1} max={5} readOnly={readOnly} onCommit={(v) => set(card, 'Set impact', { impact: v === undefined ? undefined : Math.round(Math.min(5, Math.max(1, v))) })} />
          <NumberField label="Effort (1–5)" value={card.effort} min={1} max={5} readOnly={readOnly} onCommit={(v) => set(card, 'Set effort', { effort: v === undefined ? undefined : Math.round(Math.min(5, Math.max(1, v))) })} />
        </Section>
      );
    default:
      return null;
  }
}
