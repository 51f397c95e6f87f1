import { memo, useCallback, useState } from 'react';
import type { StageBox, JourneyLayout } from '../../../shared/layout/layoutJourney';
import { GEOMETRY } from '../../../shared/layout/layoutJourney';
import { deleteStage, moveStage, updateStage } from '../../../shared/model/operations';
import { STAGE_KINDS, STAGE_KIND_LABELS } from '../../../shared/model/vocabulary';
import { STAGE_PALETTE } from '../../../shared/theme/theme';
import { useDocumentStore } from '../../store/documentStore';
import { useUiStore } from '../../store/uiStore';
import { createStage } from '../../commands/insertHandlers';
import { HeaderMenu, type MenuItem } from './HeaderMenu';
import { InlineName } from './InlineName';
import { useHeaderDrag } from './useHeaderDrag';

const change = (label: string, fn: Parameters<ReturnType<typeof useDocumentStore.getState>['change']>[1], mode?: 'merge') => useDocumentStore.getState().change(label, fn, mode);

/** A stage column's header: rename in place, menu (kind, color, collapse, move, delete), drag to reorder, drag the edge to resize. */
function StageHeaderView({ box, layout }: { box: StageBox; layout: JourneyLayout }) {
  const stage = useDocumentStore((s) => s.journey.stages[box.id]);
  const readOnly = useDocumentStore((s) => s.readOnly);
  const editing = useUiStore((s) => s.editingHeader?.type === 'stage' && s.editingHeader.id === box.id);
  const [menu, setMenu] = useState(false);
  const count = layout.stages.length;
  const onReorderEnd = useCallback(({ x, moved }: { x: number; moved: boolean }) => {
    if (!moved) return;
    const target = layout.stages.findIndex((s) => x < s.x + s.width / 2);
    const index = target === -1 ? count - 1 : target > box.index ? target - 1 : target;
    if (index !== box.index) change('Move stage', (d) => moveStage(d, box.id, index));
  }, [layout, box, count]);
  const startReorder = useHeaderDrag({ onEnd: onReorderEnd });
  const startResize = useHeaderDrag({
    onStart: () => useDocumentStore.getState().beginGesture('Resize stage'),
    onMove: ({ dx }) => change('Resize stage', (d) => updateStage(d, box.id, { width: Math.round(Math.min(2000, Math.max(160, box.width + dx))) }), 'merge'),
    onEnd: () => useDocumentStore.getState().endGesture(),
  });
  if (!stage) return null;
  const items: MenuItem[] = [
    { id: 'rename', label: 'Rename', onSelect: () => useUiStore.getState().editHeader({ type: 'stage', id: box.id }) },
    { id: 'collapse', label: stage.collapsed ? 'Expand' : 'Collapse', onSelect: () => change(stage.collapsed ? 'Expand stage' : 'Collapse stage', (d) => updateStage(d, box.id, { collapsed: !stage.collapsed })) },
    { id: 'left', label: 'Move left', disabled: box.index === 0, onSelect: () => change('Move stage', (d) => moveStage(d, box.id, box.index - 1)) },
    { id: 'right', label: 'Move right', disabled: box.index === count - 1, onSelect: () => change('Move stage', (d) => moveStage(d, box.id, box.index + 1)) },
    { id: 'after', label: 'Add stage after', onSelect: () => createStage('custom', box.id) },
    ...STAGE_KINDS.filter((k) => k !== stage.kind).map((k) => ({ id: `kind-${k}`, label: `Make it ${STAGE_KIND_LABELS[k]}`, onSelect: () => change('Change stage kind', (d) => updateStage(d, box.id, { kind: k })) })),
    ...STAGE_PALETTE.map((c, i) => ({ id: `color-${i}`, label: `Color ${i + 1}`, swatch: c, onSelect: () => change('Recolor stage', (d) => updateStage(d, box.id, { color: c })) })),
    { id: 'delete', label: 'Delete stage and its cards', danger: true, onSelect: () => change('Delete stage', (d) => deleteStage(d, box.id)) },
  ];
  return (
    <div className={`wm-stage-head nopan nodrag${stage.collapsed ? ' is-collapsed' : ''}`} style={{ left: box.x, width: box.width, height: GEOMETRY.stageHeaderHeight, borderTopColor: box.color }}
      data-testid="stage-title" data-stage-id={box.id} onPointerDown={readOnly ? undefined : startReorder}
      onDoubleClick={() => !readOnly && useUiStore.getState().editHeader({ type: 'stage', id: box.id })}>
      <span className="wm-stage-index" style={{ background: box.color }}>{box.index + 1}</span>
      {editing ? (
        <InlineName value={stage.name} label="Stage name" onCommit={(v) => { change('Rename stage', (d) => updateStage(d, box.id, { name: v })); useUiStore.getState().editHeader(null); }} onCancel={() => useUiStore.getState().editHeader(null)} />
      ) : !stage.collapsed && <span className="wm-stage-name">{stage.name}</span>}
      {!stage.collapsed && <span className="wm-stage-kind">{STAGE_KIND_LABELS[stage.kind]}</span>}
      {!readOnly && <button type="button" className="wm-header-button nodrag" aria-label={`Stage ${stage.name} options`} onPointerDown={(e) => e.stopPropagation()} onClick={() => setMenu(true)}>⋯</button>}
      {menu && <HeaderMenu label={`Stage ${stage.name}`} items={items} onClose={() => setMenu(false)} />}
      {!readOnly && !stage.collapsed && <span className="wm-resize-handle nodrag" role="separator" aria-label={`Resize ${stage.name}`} onPointerDown={startResize} />}
    </div>
  );
}

export const StageHeader = memo(StageHeaderView);
