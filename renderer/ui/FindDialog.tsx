import { useMemo, useState } from 'react';
import { findInJourney, type SearchMatch } from '../../shared/model/search';
import { layoutJourney } from '../../shared/layout/layoutJourney';
import { canvasApi } from '../canvas/canvasApi';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import { Dialog } from './Dialog';

/** Jumps to a match: selects and centers a card, or opens the panel that shows the record. */
function jump(m: SearchMatch) {
  const ui = useUiStore.getState();
  const j = useDocumentStore.getState().journey;
  const layout = layoutJourney(j);
  if (m.type === 'card' && j.cards[m.id]) {
    const c = j.cards[m.id]!;
    ui.select([m.id], { stageId: c.stageId, laneId: c.laneId });
    ui.setPanel('inspector');
    const box = layout.cards.get(m.id) ?? layout.emotionPoints.get(m.id);
    if (box) canvasApi()?.centerOn(box.x + ('width' in box ? box.width / 2 : 0), box.y + ('height' in box ? box.height / 2 : 0));
  } else if (m.type === 'stage') {
    const s = layout.stages.find((x) => x.id === m.id);
    if (s) canvasApi()?.centerOn(s.x + s.width / 2, layout.height / 2);
  } else if (m.type === 'lane') {
    const l = layout.lanes.find((x) => x.id === m.id);
    if (l) canvasApi()?.centerOn(layout.width / 2, l.y + l.height / 2);
  } else if (m.type === 'persona') ui.setPanel('personas');
  else if (m.type === 'comment') ui.setPanel('comments');
  else if (m.type === 'connection') { ui.select([m.id]); ui.setPanel('inspector'); }
}

export function FindDialog() {
  const journey = useDocumentStore((s) => s.journey);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const close = () => useUiStore.getState().open(null);
  const matches = useMemo(() => (query.trim() ? findInJourney(journey, query.trim(), { limit: 200 }) : []), [journey, query]);
  const go = (m: SearchMatch) => { close(); jump(m); };
  return (
    <Dialog title="Find in map" onClose={close} className="wm-palette">
      <input autoFocus aria-label="Find" placeholder="Find text in cards, stages, personas, comments…" value={query}
        onChange={(e) => { setQuery(e.target.value); setActive(0); }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') { setActive((a) => Math.min(a + 1, matches.length - 1)); e.preventDefault(); }
          else if (e.key === 'ArrowUp') { setActive((a) => Math.max(a - 1, 0)); e.preventDefault(); }
          else if (e.key === 'Enter' && matches[active]) { go(matches[active]!); e.preventDefault(); }
        }} />
      <p className="wm-muted" aria-live="polite">{query.trim() ? `${matches.length} match${matches.length === 1 ? '' : 'es'}` : ''}</p>
      <ul role="listbox" aria-label="Matches">
        {matches.map((m, i) => (
          <li key={`${m.type}-${m.id}-${m.field}-${m.index}`} role="option" aria-selected={i === active} className={i === active ? 'is-active' : undefined} onMouseEnter={() => setActive(i)} onClick={() => go(m)}>
            <span>
              {m.snippet.slice(0, m.snippetIndex)}<mark>{m.snippet.slice(m.snippetIndex, m.snippetIndex + m.length)}</mark>{m.snippet.slice(m.snippetIndex + m.length)}
            </span>
            <kbd>{m.type} · {m.field}</kbd>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
