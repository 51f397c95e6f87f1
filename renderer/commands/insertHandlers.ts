import { newCard, newLane, newStage } from '../../shared/model/journey';
import { addCard, insertLane, insertStage, upsertPersona } from '../../shared/model/operations';
import { createId } from '../../shared/model/ids';
import type { LaneKind, StageKind } from '../../shared/model/vocabulary';
import { STAGE_PALETTE } from '../../shared/theme/theme';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import type { Handlers } from './Handler';

const doc = () => useDocumentStore.getState();
const ui = () => useUiStore.getState();
const writable = () => !doc().readOnly;

/** A new card in the active cell; its title is edited in place right away. */
export function createCardIn(cell: { stageId: string; laneId: string }, title = '') {
  let id = '';
  doc().change('New card', (d) => { const c = newCard(d, { ...cell, title }); addCard(d, c); id = c.id; });
  ui().select([id], cell);
  ui().editCard(id);
  return id;
}

export function createStage(kind: StageKind = 'custom', afterStageId?: string) {
  let id = '';
  const lane = ui().activeCell?.laneId ?? Object.values(doc().journey.lanes).sort((a, b) => a.order - b.order)[0]?.id;
  doc().change('New stage', (d) => {
    const s = newStage(d, kind, kind === 'custom' ? 'New stage' : undefined);
    const after = afterStageId ? d.stages[afterStageId] : undefined;
    insertStage(d, s, after ? after.order + 1 : undefined);
    id = s.id;
  });
  ui().select([], lane ? { stageId: id, laneId: lane } : null);
  ui().editHeader({ type: 'stage', id });
  return id;
}

export function createLane(kind: LaneKind = 'notes', afterLaneId?: string) {
  let id = '';
  const stage = ui().activeCell?.stageId ?? Object.values(doc().journey.stages).sort((a, b) => a.order - b.order)[0]?.id;
  doc().change('New lane', (d) => {
    const l = newLane(d, kind);
    const after = afterLaneId ? d.lanes[afterLaneId] : undefined;
    insertLane(d, l, after ? after.order + 1 : undefined);
    if (kind === 'emotions' && Object.keys(d.curves).length === 0) {
      const curveId = createId('curve');
      d.curves[curveId] = { id: curveId, name: 'As-is', variant: 'asIs', color: '#7c3aed', visible: true, order: 0 };
    }
    id = l.id;
  });
  ui().select([], stage ? { stageId: stage, laneId: id } : null);
  ui().editHeader({ type: 'lane', id });
  return id;
}

export const insertHandlers: Handlers = {
  'insert.card': {
    run: () => { const cell = ui().activeCell; if (cell) createCardIn(cell); },
    enabled: () => writable() && !!ui().activeCell && !!doc().journey.stages[ui().activeCell!.stageId] && !!doc().journey.lanes[ui().activeCell!.laneId],
  },
  'insert.stage': { run: () => ui().open('newStage'), enabled: writable },
  'insert.lane': { run: () => ui().open('newLane'), enabled: writable },
  'insert.connection': {
    run: () => ui().open('connect'),
    enabled: () => writable() && ui().selectedIds.length === 1 && !!doc().journey.cards[ui().selectedIds[0]!],
  },
  'insert.comment': { run: () => ui().open('comment'), enabled: () => writable() && (ui().selectedIds.length === 1 || !!ui().activeCell) },
  'insert.persona': {
    run: () => {
      const count = Object.keys(doc().journey.personas).length;
      doc().change('New persona', (d) => upsertPersona(d, {
        id: createId('persona'), name: `Persona ${count + 1}`, role: '', goals: [], frustrations: [], color: STAGE_PALETTE[(count + 3) % STAGE_PALETTE.length]!,
      }));
      ui().setPanel('personas');
    },
    enabled: writable,
  },
};
