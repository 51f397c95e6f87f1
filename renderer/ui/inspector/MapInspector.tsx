import { setEmotionScale, updateConnection } from '../../../shared/model/operations';
import type { Connection } from '../../../shared/model/schema';
import { createId } from '../../../shared/model/ids';
import { nextOrder } from '../../../shared/model/journey';
import { STAGE_PALETTE } from '../../../shared/theme/theme';
import { useDocumentStore } from '../../store/documentStore';
import { Section, SelectField, TextField } from './fields';
import { DataSection } from './DataSection';

const change: ReturnType<typeof useDocumentStore.getState>['change'] = (...args) => useDocumentStore.getState().change(...args);

export const EMOTION_SCALES = [
  { value: '-2..2', label: '−2 to +2', min: -2, max: 2 },
  { value: '1..5', label: '1 to 5', min: 1, max: 5 },
  { value: '1..10', label: '1 to 10', min: 1, max: 10 },
  { value: '-3..3', label: '−3 to +3', min: -3, max: 3 },
] as const;

/** The map's own settings (title, emotion scale, curves, persona view) when no card is selected. */
export function MapInspector() {
  const j = useDocumentStore((s) => s.journey);
  const readOnly = useDocumentStore((s) => s.readOnly);
  const scale = `${j.settings.emotionScale.min}..${j.settings.emotionScale.max}`;
  const known = EMOTION_SCALES.some((s) => s.value === scale);
  const curves = Object.values(j.curves).sort((a, b) => a.order - b.order);
  const personas = Object.values(j.personas);
  return (
    <>
      <h2>Map</h2>
      <TextField label="Title" value={j.settings.title} readOnly={readOnly} onCommit={(v) => change('Rename map', (d) => { d.settings.title = v; })} />
      <TextField label="Description" value={j.settings.description ?? ''} multiline readOnly={readOnly} onCommit={(v) => change('Edit description', (d) => { d.settings.description = v || undefined; })} />
      <SelectField label="Show cards for" value={j.settings.personaFilter ?? ''} disabled={readOnly}
        options={[{ value: '', label: 'All personas' }, ...personas.map((p) => ({ value: p.id, label: p.name }))]}
        onChange={(v) => change('Filter by persona', (d) => { d.settings.personaFilter = v || undefined; })} />
      <Section title="Emotions">
        <SelectField label="Emotion scale" value={known ? scale : 'custom'} disabled={readOnly}
          options={[...EMOTION_SCALES.map((s) => ({ value: s.value as string, label: s.label })), ...(known ? [] : [{ value: 'custom', label: scale }])]}
          onChange={(v) => { const s = EMOTION_SCALES.find((x) => x.value === v); if (s) change('Change emotion scale', (d) => setEmotionScale(d, s.min, s.max)); }} />
        <ul className="wm-curve-list" aria-label="Emotion curves">
          {curves.map((c) => (
            <li key={c.id}>
              <label><input type="checkbox" checked={c.visible} disabled={readOnly} onChange={() => change(c.visible ? 'Hide curve' : 'Show curve', (d) => { d.curves[c.id]!.visible = !c.visible; })} />
                <span className="wm-swatch" style={{ background: c.color }} aria-hidden /> {c.name}</label>
            </li>
          ))}
        </ul>
        {!readOnly && (
          <div className="wm-buttons-inline">
            <button type="button" onClick={() => change('New curve', (d) => { const id = createId('curve'); d.curves[id] = { id, name: 'To-be', variant: 'toBe', color: '#16a34a', visible: true, order: nextOrder(Object.values(d.curves)) }; })}>+ To-be curve</button>
            {personas.filter((p) => !curves.some((c) => c.personaId === p.id)).slice(0, 3).map((p, i) => (
              <button key={p.id} type="button" onClick={() => change('New curve', (d) => { const id = createId('curve'); d.curves[id] = { id, name: p.name, variant: 'asIs', personaId: p.id, color: p.color || STAGE_PALETTE[i]!, visible: true, order: nextOrder(Object.values(d.curves)) }; })}>+ Curve for {p.name}</button>
            ))}
          </div>
        )}
      </Section>
      <DataSection />
    </>
  );
}

export function ConnectionInspector({ connection }: { connection: Connection }) {
  const j = useDocumentStore((s) => s.journey);
  const readOnly = useDocumentStore((s) => s.readOnly);
  return (
    <>
      <h2>Connection</h2>
      <p className="wm-muted">{j.cards[connection.sourceId]?.title} → {j.cards[connection.targetId]?.title}</p>
      <TextField label="Label" value={connection.label ?? ''} readOnly={readOnly} onCommit={(v) => change('Label connection', (d) => updateConnection(d, connection.id, { label: v }))} />
    </>
  );
}
