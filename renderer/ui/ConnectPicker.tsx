import { useMemo, useState } from 'react';
import { addConnection } from '../../shared/model/operations';
import { createId } from '../../shared/model/ids';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import { Dialog } from './Dialog';

/** Connect the selected card to another, chosen by name: the keyboard way to draw a connection. */
export function ConnectPicker() {
  const sourceId = useUiStore.getState().selectedIds[0]!;
  const j = useDocumentStore.getState().journey;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const close = () => useUiStore.getState().open(null);
  const shown = useMemo(() => Object.values(j.cards)
    .filter((c) => c.id !== sourceId && c.kind !== 'emotion' && c.title.toLowerCase().includes(query.toLowerCase()))
    .slice(0, 50), [j, sourceId, query]);
  const pick = (targetId: string) => {
    close();
    useDocumentStore.getState().change('Connect cards', (d) => addConnection(d, { id: createId('conn'), sourceId, targetId }));
  };
  return (
    <Dialog title={`Connect “${j.cards[sourceId]?.title}” to…`} onClose={close} className="wm-palette">
      <input autoFocus aria-label="Target card" placeholder="Card title…" value={query}
        onChange={(e) => { setQuery(e.target.value); setActive(0); }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') { setActive((a) => Math.min(a + 1, shown.length - 1)); e.preventDefault(); }
          else if (e.key === 'ArrowUp') { setActive((a) => Math.max(a - 1, 0)); e.preventDefault(); }
          else if (e.key === 'Enter' && shown[active]) { pick(shown[active]!.id); e.preventDefault(); }
        }} />
      <ul role="listbox" aria-label="Cards">
        {shown.map((c, i) => (
          <li key={c.id} role="option" aria-selected={i === active} className={i === active ? 'is-active' : undefined} onMouseEnter={() => setActive(i)} onClick={() => pick(c.id)}>
            <span>{c.title || 'Untitled'}</span><kbd>{j.stages[c.stageId]?.name} · {j.lanes[c.laneId]?.name}</kbd>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
