import { deleteLane, deleteStage, moveLane, moveStage, updateLane, updateStage } from '../../shared/model/operations';
import { orderedLanes, orderedStages } from '../../shared/model/journey';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import type { Handlers } from './Handler';

/**
 * Stage and lane commands act on the active cell's stage or lane (the selected card's, or
 * the cell cursor's), so everything the header menus do can also be done from the keyboard
 * or the command palette.
 */
const doc = () => useDocumentStore.getState();
const ui = () => useUiStore.getState();
const stageId = () => { const id = ui().activeCell?.stageId; return id && doc().journey.stages[id] ? id : null; };
const laneId = () => { const id = ui().activeCell?.laneId; return id && doc().journey.lanes[id] ? id : null; };
const can = (get: () => string | null) => () => !doc().readOnly && get() !== null;

function shiftStage(delta: -1 | 1) {
  const id = stageId();
  if (!id) return;
  const index = orderedStages(doc().journey).findIndex((s) => s.id === id) + delta;
  if (index >= 0 && index < Object.keys(doc().journey.stages).length) doc().change('Move stage', (d) => moveStage(d, id, index));
}
function shiftLane(delta: -1 | 1) {
  const id = laneId();
  if (!id) return;
  const index = orderedLanes(doc().journey).findIndex((l) => l.id === id) + delta;
  if (index >= 0 && index < Object.keys(doc().journey.lanes).length) doc().change('Move lane', (d) => moveLane(d, id, index));
}
/** After deleting, the cell cursor moves to a neighbour so the keyboard user keeps a place. */
function afterDelete(kind: 'stage' | 'lane', index: number) {
  const j = doc().journey;
  const list = kind === 'stage' ? orderedStages(j) : orderedLanes(j);
  const next = list[Math.min(index, list.length - 1)];
  const cell = ui().activeCell;
  if (!next || !cell) { ui().setActiveCell(null); return; }
  ui().select([], kind === 'stage' ? { stageId: next.id, laneId: cell.laneId } : { stageId: cell.stageId, laneId: next.id });
}

export const structureHandlers: Handlers = {
  'stage.rename': { run: () => { const id = stageId(); if (id) ui().editHeader({ type: 'stage', id }); }, enabled: can(stageId) },
  'stage.moveLeft': { run: () => shiftStage(-1), enabled: can(stageId) },
  'stage.moveRight': { run: () => shiftStage(1), enabled: can(stageId) },
  'stage.toggleCollapse': {
    run: () => { const id = stageId(); if (id) doc().change('Collapse stage', (d) => updateStage(d, id, { collapsed: !d.stages[id]!.collapsed })); },
    enabled: can(stageId),
  },
  'stage.delete': {
    run: () => {
      const id = stageId();
      if (!id) return;
      const index = orderedStages(doc().journey).findIndex((s) => s.id === id);
      doc().change('Delete stage', (d) => deleteStage(d, id));
      afterDelete('stage', index);
    },
    enabled: can(stageId),
  },
  'lane.rename': { run: () => { const id = laneId(); if (id) ui().editHeader({ type: 'lane', id }); }, enabled: can(laneId) },
  'lane.moveUp': { run: () => shiftLane(-1), enabled: can(laneId) },
  'lane.moveDown': { run: () => shiftLane(1), enabled: can(laneId) },
  'lane.toggleCollapse': {
    run: () => { const id = laneId(); if (id) doc().change('Collapse lane', (d) => updateLane(d, id, { collapsed: !d.lanes[id]!.collapsed })); },
    enabled: can(laneId),
  },
  'lane.delete': {
    run: () => {
      const id = laneId();
      if (!id) return;
      const index = orderedLanes(doc().journey).findIndex((l) => l.id === id);
      doc().change('Delete lane', (d) => deleteLane(d, id));
      afterDelete('lane', index);
    },
    enabled: can(laneId),
  },
};
