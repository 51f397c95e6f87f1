import { layoutJourney } from '../../shared/layout/layoutJourney';
import { newCard } from '../../shared/model/journey';
import { addCard, deleteCards, deleteConnections, duplicateCards, moveCard, setEmotionScore } from '../../shared/model/operations';
import type { Card } from '../../shared/model/schema';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import { cardsToClipboard, internalClipboard, parseClipboard, rememberClipboard, type Pasted } from './clipboard';
import { neighbour, readingOrder, type Direction } from './navigation';
import type { Handlers } from './Handler';
import { createId } from '../../shared/model/ids';

const doc = () => useDocumentStore.getState();
const ui = () => useUiStore.getState();
const selectedCards = (): Card[] => ui().selectedIds.flatMap((id) => (doc().journey.cards[id] ? [doc().journey.cards[id]!] : []));
const hasSelection = () => selectedCards().length > 0;
const writable = () => !doc().readOnly;

function selectCard(id: string | null) {
  if (!id) return;
  const card = doc().journey.cards[id];
  ui().select([id], card ? { stageId: card.stageId, laneId: card.laneId } : null);
}

/** Arrow keys: from a selected card to its neighbour; with no card selected, the cell cursor moves. */
function go(dir: Direction) {
  const j = doc().journey;
  const current = ui().selectedIds.find((id) => j.cards[id]);
  if (current) { selectCard(neighbour(layoutJourney(j), current, dir)); return; }
  const stages = Object.values(j.stages).sort((a, b) => a.order - b.order);
  const lanes = Object.values(j.lanes).sort((a, b) => a.order - b.order);
  if (!stages.length || !lanes.length) return;
  const cell = ui().activeCell;
  let si = Math.max(0, stages.findIndex((s) => s.id === cell?.stageId));
  let li = Math.max(0, lanes.findIndex((l) => l.id === cell?.laneId));
  if (cell) {
    if (dir === 'left') si = Math.max(0, si - 1);
    if (dir === 'right') si = Math.min(stages.length - 1, si + 1);
    if (dir === 'up') li = Math.max(0, li - 1);
    if (dir === 'down') li = Math.min(lanes.length - 1, li + 1);
  }
  ui().setActiveCell({ stageId: stages[si]!.id, laneId: lanes[li]!.id });
}

function step(delta: 1 | -1) {
  const order = readingOrder(layoutJourney(doc().journey));
  if (order.length === 0) return;
  const at = order.indexOf(ui().selectedIds[0] ?? '');
  selectCard(order[at === -1 ? 0 : (at + delta + order.length) % order.length]!);
}

/** Moves the selected card to the neighbouring stage (dx) or within its cell (dy); for an emotion point, up and down change the score. */
function shift(dx: -1 | 0 | 1, dy: -1 | 0 | 1) {
  const card = selectedCards()[0];
  if (!card) return;
  if (card.kind === 'emotion' && dy !== 0) {
    doc().change('Set emotion score', (d) => setEmotionScore(d, card.id, card.score - dy));
    return;
  }
  const j = doc().journey;
  const stages = Object.values(j.stages).sort((a, b) => a.order - b.order);
  const si = stages.findIndex((s) => s.id === card.stageId);
  const target = stages[si + dx];
  if (!target) return;
  if (dx !== 0) doc().change('Move card', (d) => moveCard(d, card.id, target.id, card.laneId));
  else doc().change('Move card', (d) => moveCard(d, card.id, card.stageId, card.laneId, Math.max(0, card.order + dy)));
  ui().setActiveCell({ stageId: target.id, laneId: card.laneId });
}

/** Applies pasted content to the active cell (or the selected card's cell). */
export function applyPaste(pasted: Pasted) {
  const cell = ui().activeCell;
  if (pasted.kind === 'nothing' || !writable()) return;
  if (pasted.kind === 'cards') {
    const target = cell ?? { stageId: pasted.cards[0]!.stageId, laneId: pasted.cards[0]!.laneId };
    const j = doc().journey;
    if (!j.stages[target.stageId] || !j.lanes[target.laneId]) { ui().notify({ kind: 'info', text: 'Select a cell to paste the cards into.' }); return; }
    const ids: string[] = [];
    doc().change(`Paste ${pasted.cards.length} card(s)`, (d) => {
      for (const c of pasted.cards) {
        const copy = { ...c, id: createId('card'), stageId: target.stageId, laneId: target.laneId } as Card;
        if (copy.personaId && !d.personas[copy.personaId]) delete copy.personaId;
        if (copy.kind === 'painPoint') copy.touchpointIds = copy.touchpointIds.filter((t) => d.cards[t]);
        if (copy.kind === 'emotion' && !d.curves[copy.curveId]) {
          const curve = Object.values(d.curves)[0];
          if (!curve) continue;
          copy.curveId = curve.id;
        }
        addCard(d, copy);
        ids.push(copy.id);
      }
    });
    ui().select(ids);
    return;
  }
  if (!cell) { ui().notify({ kind: 'info', text: 'Select a cell (or a card) to paste the lines into.' }); return; }
  const ids: string[] = [];
  doc().change(`Paste ${pasted.lines.length} card(s)`, (d) => {
    for (const line of pasted.lines) {
      const card = newCard(d, { ...cell, title: line });
      addCard(d, card);
      ids.push(card.id);
    }
  });
  ui().select(ids);
}

/** Puts the selected cards on the clipboard; returns both forms for clipboard events. */
export function copySelection(): { json: string; text: string } | null {
  const cards = selectedCards();
  if (cards.length === 0) return null;
  const data = cardsToClipboard(cards);
  rememberClipboard(data.json);
  return data;
}

export const editHandlers: Handlers = {
  'edit.undo': { run: () => doc().undo(), enabled: () => doc().past.length > 0 || !!doc().gesture },
  'edit.redo': { run: () => doc().redo(), enabled: () => doc().future.length > 0 },
  'edit.copy': {
    run: async () => { const data = copySelection(); if (data) await navigator.clipboard?.writeText(data.json).catch(() => undefined); },
    enabled: hasSelection,
  },
  'edit.cut': {
    run: async () => {
      const ids = ui().selectedIds;
      const data = copySelection();
      if (data) await navigator.clipboard?.writeText(data.json).catch(() => undefined);
      doc().change('Cut', (d) => deleteCards(d, ids));
      ui().select([]);
    },
    enabled: () => hasSelection() && writable(),
  },
  'edit.paste': {
    run: async () => {
      let text: string | null = null;
      try { text = await navigator.clipboard.readText(); } catch { text = null; }
      applyPaste(parseClipboard(text ?? internalClipboard() ?? ''));
    },
    enabled: writable,
  },
  'edit.duplicate': {
    run: () => { let ids: string[] = []; doc().change('Duplicate', (d) => { ids = duplicateCards(d, ui().selectedIds); }); ui().select(ids); },
    enabled: () => hasSelection() && writable(),
  },
  'edit.delete': {
    run: () => {
      const ids = ui().selectedIds;
      doc().change(ids.length > 1 ? `Delete ${ids.length} items` : 'Delete', (d) => { deleteConnections(d, ids.filter((id) => d.connections[id])); deleteCards(d, ids); });
      ui().select([]);
    },
    enabled: () => writable() && ui().selectedIds.some((id) => doc().journey.cards[id] || doc().journey.connections[id]),
  },
  'edit.selectAll': { run: () => ui().select(Object.keys(doc().journey.cards)), enabled: () => Object.keys(doc().journey.cards).length > 0 },
  'edit.rename': { run: () => ui().editCard(selectedCards()[0]?.id ?? null), enabled: () => selectedCards().length === 1 && writable() },
  'edit.deselect': { run: () => { ui().select([]); ui().editCard(null); ui().editHeader(null); ui().open(null); } },
  'select.next': { run: () => step(1) },
  'select.previous': { run: () => step(-1) },
  'select.left': { run: () => go('left') },
  'select.right': { run: () => go('right') },
  'select.up': { run: () => go('up') },
  'select.down': { run: () => go('down') },
  'card.moveLeft': { run: () => shift(-1, 0), enabled: () => selectedCards().length === 1 && writable() },
  'card.moveRight': { run: () => shift(1, 0), enabled: () => selectedCards().length === 1 && writable() },
  'card.moveUp': { run: () => shift(0, -1), enabled: () => selectedCards().length === 1 && writable() },
  'card.moveDown': { run: () => shift(0, 1), enabled: () => selectedCards().length === 1 && writable() },
};
