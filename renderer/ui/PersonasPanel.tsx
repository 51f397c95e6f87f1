import { useMemo } from 'react';
import { deletePersona, upsertPersona } from '../../shared/model/operations';
import type { Persona } from '../../shared/model/schema';
import { useDocumentStore } from '../store/documentStore';
import { runCommand } from '../commands/registry';
import { TextField } from './inspector/fields';

const MAX_PICTURE_BYTES = 1_000_000;
const change: ReturnType<typeof useDocumentStore.getState>['change'] = (...args) => useDocumentStore.getState().change(...args);
const edit = (p: Persona, label: string, fields: Partial<Persona>) => change(label, (d) => upsertPersona(d, { ...d.personas[p.id]!, ...fields }));

/** Reads a picked image file into a data: URL (the map file stays self-contained). */
function pickPicture(p: Persona) {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = 'image/png,image/jpeg,image/webp';
  input.onchange = () => {
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_PICTURE_BYTES) { window.alert?.('Pictures up to 1 MB, please.'); return; }
    const reader = new FileReader();
    reader.onload = () => { if (typeof reader.result === 'string' && /^data:image\/(png|jpeg|webp);base64,/.test(reader.result)) edit(p, 'Set picture', { picture: reader.result }); };
    reader.readAsDataURL(file);
  };
  input.click();
}

export function PersonasPanel() {
  // Select the record (a stable reference); a new array from a selector would re-render forever.
  const personaRecords = useDocumentStore((s) => s.journey.personas);
  const personas = useMemo(() => Object.values(personaRecords), [personaRecords]);
  const filter = useDocumentStore((s) => s.journey.settings.personaFilter);
  const readOnly = useDocumentStore((s) => s.readOnly);
  const lines = (v: string) => v.split('\n').map((l) => l.trim()).filter(Boolean);
  return (
    <div className="wm-personas">
      <h2>Personas</h2>
      {personas.length === 0 && <p className="wm-muted">No personas yet.</p>}
      {personas.map((p) => (
        <article key={p.id} className="wm-persona" aria-label={`Persona ${p.name}`}>
          <header>
            {p.picture ? <img src={p.picture} alt="" width={40} height={40} /> : <span className="wm-avatar" style={{ background: p.color }} aria-hidden>{p.name.slice(0, 1)}</span>}
            <strong>{p.name}</strong>
          </header>
          <TextField label="Name" value={p.name} readOnly={readOnly} onCommit={(v) => edit(p, 'Rename persona', { name: v })} />
          <TextField label="Role" value={p.role} readOnly={readOnly} onCommit={(v) => edit(p, 'Edit role', { role: v })} />
          <TextField label="Goals (one per line)" multiline value={p.goals.join('\n')} readOnly={readOnly} onCommit={(v) => edit(p, 'Edit goals', { goals: lines(v) })} />
          <TextField label="Frustrations (one per line)" multiline value={p.frustrations.join('\n')} readOnly={readOnly} onCommit={(v) => edit(p, 'Edit frustrations', { frustrations: lines(v) })} />
          <TextField label="Quote" value={p.quote ?? ''} readOnly={readOnly} onCommit={(v) => edit(p, 'Edit quote', { quote: v || undefined })} />
          {!readOnly && (
            <div className="wm-buttons-inline">
              <button type="button" onClick={() => pickPicture(p)}>Picture…</button>
              <button type="button" aria-pressed={filter === p.id} onClick={() => change('Filter by persona', (d) => { d.settings.personaFilter = filter === p.id ? undefined : p.id; })}>{filter === p.id ? 'Show all' : 'Show only this persona'}</button>
              <button type="button" className="is-danger" onClick={() => change('Delete persona', (d) => deletePersona(d, p.id))}>Delete</button>
            </div>
          )}
        </article>
      ))}
      {!readOnly && <button type="button" onClick={() => runCommand('insert.persona')}>+ New persona</button>}
    </div>
  );
}
