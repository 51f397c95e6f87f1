import { COMMANDS, displayShortcut, isEnabled, runCommand } from '../commands/registry';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';

const GROUPS: { label: string; items: { id: string; text: string }[] }[] = [
  { label: 'File', items: [{ id: 'file.new', text: 'New' }, { id: 'file.newFromTemplate', text: 'Templates' }, { id: 'file.open', text: 'Open' }, { id: 'file.save', text: 'Save' }, { id: 'file.export', text: 'Export' }] },
  { label: 'History', items: [{ id: 'edit.undo', text: 'Undo' }, { id: 'edit.redo', text: 'Redo' }] },
  { label: 'Insert', items: [{ id: 'insert.card', text: '+ Card' }, { id: 'insert.stage', text: '+ Stage' }, { id: 'insert.lane', text: '+ Lane' }, { id: 'insert.comment', text: 'Comment' }] },
  { label: 'Data', items: [{ id: 'data.import', text: 'Import data' }] },
  { label: 'View', items: [{ id: 'edit.find', text: 'Find' }, { id: 'view.zoomOut', text: '−' }, { id: 'view.fit', text: 'Fit' }, { id: 'view.zoomIn', text: '+' }, { id: 'view.palette', text: 'Commands' }] },
];

/** The toolbar: buttons for registry commands, enabled as the registry says. */
export function Toolbar() {
  // Re-render when anything that changes enablement changes.
  useDocumentStore((s) => s.revision + (s.readOnly ? 0.5 : 0) + s.past.length * 1e-6 + s.future.length * 1e-9);
  useUiStore((s) => `${s.selectedIds.join()}|${s.activeCell?.stageId}|${s.activeCell?.laneId}|${s.documentRef}`);
  return (
    <div className="wm-toolbar" role="toolbar" aria-label="Main toolbar">
      {GROUPS.map((g) => (
        <div key={g.label} className="wm-toolgroup" role="group" aria-label={g.label}>
          {g.items.map(({ id, text }) => {
            const c = COMMANDS.get(id);
            if (!c) return null;
            const shortcut = c.shortcuts?.[0];
            return (
              <button key={id} type="button" data-command={id} disabled={!isEnabled(id)} onClick={() => runCommand(id)}
                title={shortcut ? `${c.label} (${displayShortcut(shortcut)})` : c.label} aria-label={c.label}>
                {text}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
