/**
 * The native menu as data, built from the same command catalog as the toolbar, palette
 * and shortcuts (shared/commands/catalog.ts), with enablement from the small menu state
 * the page pushes. Item ids are command ids, so `Menu.getMenuItemById('file.open')` finds
 * the item (the Electron smoke test clicks it that way). adapters/applicationMenu.ts turns
 * this into an Electron Menu and wires each `action` to a click.
 *
 * Accelerators are shown but not registered with the OS (`registerAccelerator: false`):
 * the page's shortcut registry owns the keys, so Ctrl+C inside a text field stays a text
 * copy. (macOS registers menu accelerators regardless; there the standard edit roles
 * keep text editing working, see EDIT_ROLES.)
 */
import { COMMAND_CATALOG, type CommandInfo, type CommandMenu } from '../../../shared/commands/catalog';
import type { DocumentStateMessage } from '../../../shared/ipc/contract';

export type MenuAction =
  | { type: 'command'; commandId: string }
  | { type: 'openRecent'; path: string }
  | { type: 'clearRecent' };

export type MenuItemSpec =
  | { kind: 'action'; id: string; label: string; accelerator?: string; registerAccelerator: false; enabled: boolean; action: MenuAction }
  | { kind: 'role'; role: string; label?: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; id?: string; label: string; submenu: MenuItemSpec[] };

export type MenuState = DocumentStateMessage['menu'];

const MENU_LABELS: Readonly<Record<CommandMenu, string>> = { file: '&File', edit: '&Edit', view: '&View', insert: '&Insert', data: '&Data', help: '&Help' };
const KEY_NAMES: Readonly<Record<string, string>> = { ArrowLeft: 'Left', ArrowRight: 'Right', ArrowUp: 'Up', ArrowDown: 'Down', Escape: 'Escape', Enter: 'Enter', '+': 'Plus' };
/** On macOS the menu owns these keys; the standard roles keep text fields working. */
const EDIT_ROLES: Readonly<Record<string, string>> = { 'edit.cut': 'cut', 'edit.copy': 'copy', 'edit.paste': 'paste' };

/** `Mod+Shift+Z` → `CmdOrCtrl+Shift+Z`; `Mod++` → `CmdOrCtrl+Plus`. */
export function toAccelerator(shortcut: string): string {
  const literalPlus = shortcut.endsWith('++');
  const parts = (literalPlus ? shortcut.slice(0, -2) : shortcut).split('+').filter(Boolean);
  const key = literalPlus ? 'Plus' : parts.pop() ?? '';
  const mods = parts.map((p) => (p === 'Mod' ? 'CmdOrCtrl' : p));
  return [...mods, KEY_NAMES[key] ?? key].join('+');
}

export function isCommandEnabled(id: string, state: MenuState): boolean {
  if (id === 'edit.undo') return state.canUndo && !state.readOnly;
  if (id === 'edit.redo') return state.canRedo && !state.readOnly;
  if (id === 'file.save') return !state.readOnly;
  if (id === 'file.revert') return state.dirty;
  if (['edit.cut', 'edit.duplicate', 'edit.delete', 'edit.rename'].includes(id) || id.startsWith('card.')) return state.hasSelection && !state.readOnly;
  if (id === 'edit.copy') return state.hasSelection;
  if (id === 'edit.paste' || id.startsWith('insert.')) return !state.readOnly;
  return true;
}

function commandItem(c: CommandInfo, state: MenuState): MenuItemSpec {
  const first = c.shortcuts?.[0];
  return {
    kind: 'action', id: c.id, label: c.label, registerAccelerator: false, enabled: isCommandEnabled(c.id, state),
    action: { type: 'command', commandId: c.id }, ...(first ? { accelerator: toAccelerator(first) } : {}),
  };
}

export function buildMenuTemplate(input: { platform: NodeJS.Platform; state: MenuState; recentPaths: readonly string[]; fileName(path: string): string }): MenuItemSpec[] {
  const { platform, state } = input;
  const inMenu = (menu: CommandMenu) => COMMAND_CATALOG.filter((c: CommandInfo) => c.menu === menu && c.palette !== false);
  const recent: MenuItemSpec = {
    kind: 'submenu', id: 'file.openRecent', label: 'Open recent',
    submenu: [
      ...input.recentPaths.map((path, i): MenuItemSpec => ({ kind: 'action', id: `recent.${i}`, label: input.fileName(path), registerAccelerator: false, enabled: true, action: { type: 'openRecent', path } })),
      ...(input.recentPaths.length ? [{ kind: 'separator' } as const] : []),
      { kind: 'action', id: 'recent.clear', label: 'Clear recent', registerAccelerator: false, enabled: input.recentPaths.length > 0, action: { type: 'clearRecent' } },
    ],
  };
  const section = (menu: CommandMenu): MenuItemSpec[] => inMenu(menu).map((c) => (platform === 'darwin' && EDIT_ROLES[c.id] ? { kind: 'role', role: EDIT_ROLES[c.id]!, label: c.label } : commandItem(c, state)));
  const file = section('file');
  const openAt = file.findIndex((i) => i.kind === 'action' && i.id === 'file.open');
  file.splice(openAt + 1, 0, recent);

  const menus: MenuItemSpec[] = [];
  if (platform === 'darwin') menus.push({ kind: 'role', role: 'appMenu' });
  menus.push({ kind: 'submenu', id: 'menu.file', label: MENU_LABELS.file, submenu: [...file, { kind: 'separator' }, { kind: 'role', role: platform === 'darwin' ? 'close' : 'quit' }] });
  for (const menu of ['edit', 'insert', 'data', 'view'] as const) {
    const items = section(menu);
    if (menu === 'view') items.push({ kind: 'separator' }, { kind: 'role', role: 'togglefullscreen' });
    if (items.length) menus.push({ kind: 'submenu', id: `menu.${menu}`, label: MENU_LABELS[menu], submenu: items });
  }
  if (platform === 'darwin') menus.push({ kind: 'role', role: 'windowMenu' });
  const help = section('help');
  if (help.length) menus.push({ kind: 'submenu', id: 'menu.help', label: MENU_LABELS.help, submenu: help });
  return menus;
}
