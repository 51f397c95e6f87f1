import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import { CardInspector } from './inspector/CardInspector';
import { ConnectionInspector, MapInspector } from './inspector/MapInspector';
import { PersonasPanel } from './PersonasPanel';
import { CommentsPanel } from './CommentsPanel';

/** The side panel: inspector (selected card, connection or the map), personas, comments. */
export function SidePanel() {
  const panel = useUiStore((s) => s.panel);
  const selectedId = useUiStore((s) => (s.selectedIds.length === 1 ? s.selectedIds[0] : undefined));
  const card = useDocumentStore((s) => (selectedId ? s.journey.cards[selectedId] : undefined));
  const connection = useDocumentStore((s) => (selectedId ? s.journey.connections[selectedId] : undefined));
  const openComments = useDocumentStore((s) => Object.values(s.journey.comments).filter((c) => !c.resolved).length);
  const tabs = [['inspector', 'Inspector'], ['personas', 'Personas'], ['comments', `Comments${openComments ? ` (${openComments})` : ''}`]] as const;
  return (
    <aside className="wm-inspector wm-panel" aria-label="Side panel">
      <div role="tablist" className="wm-tabs">
        {tabs.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={panel === id} className={panel === id ? 'is-active' : undefined} onClick={() => useUiStore.getState().setPanel(id)}>{label}</button>
        ))}
      </div>
      <div role="tabpanel" aria-label={tabs.find(([id]) => id === panel)![1]}>
        {panel === 'inspector' && (card ? <CardInspector key={card.id} card={card} /> : connection ? <ConnectionInspector key={connection.id} connection={connection} /> : <MapInspector />)}
        {panel === 'personas' && <PersonasPanel />}
        {panel === 'comments' && <CommentsPanel />}
      </div>
    </aside>
  );
}
