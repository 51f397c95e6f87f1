import { memo, useCallback, useState } from 'react';
import type { JourneyLayout, LaneBox } from '../../../shared/layout/layoutJourney';
import { GEOMETRY } from '../../../shared/layout/layoutJourney';
import { deleteLane, moveLane, updateLane } from '../../../shared/model/operations';
import { LANE_KINDS, LANE_KIND_LABELS } from '../../../shared/model/vocabulary';
import { LANE_ICONS } from '../../../shared/theme/theme';
import { useDocumentStore } from '../../store/documentStore';
import { useUiStore } from '../../store/uiStore';
import { createLane } from '../../commands/insertHandlers';
import { HeaderMenu, type MenuItem } from './HeaderMenu';
import { InlineName } from './InlineName';
import { useHeaderDrag } from './useHeaderDrag';

const change = (label: string, fn: Parameters<ReturnType<typeof useDocumentStore.getState>['change']>[1], mode?: 'merge') => useDocumentStore.getState().change(label, fn, mode);

/** A lane row's title: rename in place, menu (kind, collapse, move, delete), drag to reorder, drag the bottom edge for a minimum height. */
function LaneHeaderView({ box, layout }: { box: LaneBox; layout: JourneyLayout }) {
  const lane = useDocumentStore((s) => s.journey.lanes[box.id]);
  const readOnly = useDocumentStore((s) => s.readOnly);
  const editing = useUiStore((s) => s.editingHeader?.type === 'lane' && s.editingHeader.id === box.id);
  const [menu, setMenu] = useState(false);
  const count = layout.lanes.length;
  const onReorderEnd = useCallback(({ y, moved }: { y: number; moved: boolean }) => {
    if (!moved) return;
    const target = layout.lanes.findIndex((l) => y < l.y + l.height / 2);
    const index = target === -1 ? count - 1 : target > box.index ? target - 1 : target;
    if (index !== box.index) change('Move lane', (d) => moveLane(d, box.id, index));
  }, [layout, box, count]);
  const startReorder = useHeaderDrag({ onEnd: onReorderEnd });
  const startResize = useHeaderDrag({
    onStart: () => useDocumentStore.getState().beginGesture('Resize lane'),
    onMove: ({ dy }) => change('Resize lane', (d) => updateLane(d, box.id, { minHeight: Math.round(Math.min(4000, Math.max(40, box.height + dy))) }), 'merge'),
    onEnd: () => useDocumentStore.getState().endGesture(),
  });
  if (!lane) return null;
  const items: MenuItem[] = [
    { id: 'rename', label: 'Rename', onSelect: () => useUiStore.getState().editHeader({ type: 'lane', id: box.id }) },
    { id: 'collapse', label: lane.collapsed ? 'Expand' : 'Collapse', onSelect: () => change(lane.collapsed ? 'Expand lane' : 'Collapse lane', (d) => updateLane(d, box.id, { collapsed: !lane.collapsed })) },
    { id: 'up', label: 'Move up', disabled: box.index === 0, onSelect: () => change('Move lane', (d) => moveLane(d, box.id, box.index - 1)) },
    { id: 'down', label: 'Move down', disabled: box.index === count - 1, onSelect: () => change('Move lane', (d) => moveLane(d, box.id, box.index + 1)) },
    { id: 'after', label: 'Add lane below', onSelect: () => createLane('notes', box.id) },
    { id: 'fit', label: 'Fit height to content', disabled: lane.minHeight === undefined, onSelect: () => change('Fit lane height', (d) => updateLane(d, box.id, { minHeight: undefined })) },
    ...LANE_KINDS.filter((k) => k !== lane.kind).map((k) => ({ id: `kind-${k}`, label: `Make it ${LANE_KIND_LABELS[k]}`, onSelect: () => change('Change lane kind', (d) => updateLane(d, box.id, { kind: k })) })),
    { id: 'delete', label: 'Delete lane and its cards', danger: true, onSelect: () => change('Delete lane', (d) => deleteLane(d, box.id)) },
  ];
  return (
    <div className="wm-lane-title nopan nodrag" style={{ top: box.y, width: GEOMETRY.laneHeaderWidth, height: box.height }} data-testid="lane-title" data-lane-id={box.id}
      onPointerDown={readOnly ? undefined : startReorder} onDoubleClick={() => !readOnly && useUiStore.getState().editHeader({ type: 'lane', id: box.id })}>
      <span className="wm-lane-icon" aria-hidden>{LANE_ICONS[lane.kind]}</span>
      {editing ? (
        <InlineName value={lane.name} label="Lane name" onCommit={(v) => { change('Rename lane', (d) => updateLane(d, box.id, { name: v })); useUiStore.getState().editHeader(null); }} onCancel={() => useUiStore.getState().editHeader(null)} />
      ) : <span className="wm-lane-name">{lane.name}</span>}
      {!readOnly && <button type="button" className="wm-header-button nodrag" aria-label={`Lane ${lane.name} options`} onPointerDown={(e) => e.stopPropagation()} onClick={() => setMenu(true)}>⋯</button>}
      {menu && <HeaderMenu label={`Lane ${lane.name}`} items={items} onClose={() => setMenu(false)} />}
      {!readOnly && !lane.collapsed && <span className="wm-resize-handle-y nodrag" role="separator" aria-label={`Resize ${lane.name}`} onPointerDown={startResize} />}
    </div>
  );
}

export const LaneHeader = memo(LaneHeaderView);
