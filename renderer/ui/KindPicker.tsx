import { useState } from 'react';
import { LANE_KINDS, LANE_KIND_LABELS, STAGE_KINDS, STAGE_KIND_LABELS } from '../../shared/model/vocabulary';
import { createLane, createStage } from '../commands/insertHandlers';
import { useUiStore } from '../store/uiStore';
import { Dialog } from './Dialog';

/** New stage / new lane: pick its kind (type to filter, arrows, Enter), then name it in place. */
export function KindPicker({ what }: { what: 'stage' | 'lane' }) {
  const options = what === 'stage'
    ? STAGE_KINDS.map((k) => ({ value: k as string, label: STAGE_KIND_LABELS[k] }))
    : LANE_KINDS.map((k) => ({ value: k as string, label: LANE_KIND_LABELS[k] }));
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const shown = options.filter((o) => o.label.toLowerCase().includes(query.toLowerCase()));
  const close = () => useUiStore.getState().open(null);
  const pick = (value: string) => {
    close();
    const cell = useUiStore.getState().activeCell;
    if (what === 'stage') createStage(value as never, cell?.stageId); else createLane(value as never, cell?.laneId);
  };
  return (
    <Dialog title={what === 'stage' ? 'New stage' : 'New lane'} onClose={close} className="wm-palette">
      <input autoFocus aria-label={`${what === 'stage' ? 'Stage' : 'Lane'} kind`} placeholder="Kind…" value={query}
        onChange={(e) => { setQuery(e.target.value); setActive(0); }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') { setActive((a) => Math.min(a + 1, shown.length - 1)); e.preventDefault(); }
          else if (e.key === 'ArrowUp') { setActive((a) => Math.max(a - 1, 0)); e.preventDefault(); }
          else if (e.key === 'Enter' && shown[active]) { pick(shown[active]!.value); e.preventDefault(); }
        }} />
      <ul role="listbox" aria-label="Kinds">
        {shown.map((o, i) => (
          <li key={o.value} role="option" aria-selected={i === active} className={i === active ? 'is-active' : undefined} onMouseEnter={() => setActive(i)} onClick={() => pick(o.value)}>{o.label}</li>
        ))}
      </ul>
    </Dialog>
  );
}
