import { COMMANDS, displayShortcut, isEnabled, runCommand } from '../commands/registry';
import { HeaderMenu } from './headers/HeaderMenu';

/** A context menu of registry commands at a screen position: the same commands as the menus and shortcuts. */
export function ContextMenu({ x, y, ids, onClose }: { x: number; y: number; ids: string[]; onClose(): void }) {
  const items = ids.flatMap((id) => {
    const c = COMMANDS.get(id);
    if (!c) return [];
    const shortcut = c.shortcuts?.[0];
    return [{ id, label: shortcut ? `${c.label}   ${displayShortcut(shortcut)}` : c.label, disabled: !isEnabled(id), onSelect: () => runCommand(id) }];
  });
  return (
    <div className="wm-context" style={{ left: x, top: y }}>
      <HeaderMenu label="Context menu" items={items} onClose={onClose} />
    </div>
  );
}

export const CARD_CONTEXT = ['edit.rename', 'edit.duplicate', 'edit.copy', 'edit.cut', 'insert.comment', 'card.moveLeft', 'card.moveRight', 'edit.delete'];
export const CELL_CONTEXT = ['insert.card', 'edit.paste', 'insert.stage', 'insert.lane', 'view.fit'];
export const EDGE_CONTEXT = ['edit.delete'];
