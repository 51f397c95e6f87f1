import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import { updateCard } from '../../shared/model/operations';
import { CARD_KIND_REGISTRY } from '../../shared/model/kinds/registry';
import { STAGE_KIND_LABELS } from '../../shared/model/vocabulary';

/** Edits the selected card. Text fields commit on blur, as one undo step each. */
export function Inspector() {
  const selectedId = useUiStore((s) => (s.selectedIds.length === 1 ? s.selectedIds[0] : undefined));
  const card = useDocumentStore((s) => (selectedId ? s.journey.cards[selectedId] : undefined));
  const stage = useDocumentStore((s) => (card ? s.journey.stages[card.stageId] : undefined));
  const lane = useDocumentStore((s) => (card ? s.journey.lanes[card.laneId] : undefined));
  const readOnly = useDocumentStore((s) => s.readOnly);
  if (!card) {
    return <aside className="wm-inspector" aria-label="Inspector"><p className="wm-muted">Select a card to edit it.</p></aside>;
  }
  const commit = (field: 'title' | 'body', value: string) => {
    if (value === card[field]) return;
    useDocumentStore.getState().change(`Edit ${field}`, (d) => updateCard(d, card.id, { [field]: value }));
  };
  return (
    <aside className="wm-inspector" aria-label="Inspector" key={card.id}>
      <h2>{CARD_KIND_REGISTRY[card.kind].label}</h2>
      <p className="wm-muted">{stage?.name} ({stage ? STAGE_KIND_LABELS[stage.kind] : ''}) · {lane?.name}</p>
      <label>Title<textarea defaultValue={card.title} rows={2} readOnly={readOnly} onBlur={(e) => commit('title', e.currentTarget.value)} /></label>
      <label>Notes<textarea defaultValue={card.body} rows={5} readOnly={readOnly} onBlur={(e) => commit('body', e.currentTarget.value)} /></label>
      <p className="wm-muted">Evidence: {card.evidence}{card.kind === 'painPoint' ? ` · severity ${card.severity}/5` : ''}</p>
    </aside>
  );
}
