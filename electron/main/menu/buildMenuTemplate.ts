/**
 * The native menu as data, built from the same command catalog as the toolbar, palette
 * and shortcuts (shared/commands/catalog.ts) plus the shell's own commands
 * (menu/shellCommands.ts), with enablement and check marks from the small menu state the
 * page pushes and the shell's own state (theme preference, interface size, open windows).
 * Item ids are command ids, so `Menu.getMenuItemById('file.open')` finds the item (the
 * Electron tests click items that way). adapters/applicationMenu.ts turns this into an
 * Electron Menu and wires each `action` to a click.
 *
 * Page commands' accelerators are shown but not registered with the OS
 * (`registerAccelerator: false`): the page's shortcut registry owns those keys, so Ctrl+C
 * inside a text field stays a text copy. (macOS registers menu accelerators regardless;
 * there the standard edit roles keep text editing working, see EDIT_ROLES.) Shell commands
 * have keys the page does not claim, so theirs are registered.
 *
 * Menus on every platform: File, Edit, Insert, Data, View, Window, Help; on macOS the app
 * menu (About, Services, Hide, Quit) comes first.
 */
import { COMMAND_CATALOG, type CommandInfo, type CommandMenu } from '../../../shared/commands/catalog';
import type { DocumentStateMessage } from '../../../shared/ipc/contract';
import { SHELL_COMMAND_BY_ID, type ShellCommandId, type ThemeSource } from './shellCommands';
import { canZoom } from './zoom';

export type MenuAction =
  | { type: 'command'; commandId: string }
  | { type: 'shell'; command: ShellCommandId }
  | { type: 'openRecent'; path: string }
  | { type: 'focusWindow'; windowId: number };

export type MenuItemSpec =
  | { kind: 'action'; id: string; label: string; accelerator?: string; registerAccelerator: boolean; enabled: boolean; type?: 'checkbox' | 'radio'; checked?: boolean; action: MenuAction }
  | { kind: 'role'; role: string; label?: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; id?: string; label: string; submenu: MenuItemSpec[] };

export type MenuState = DocumentStateMessage['menu'];

export interface MenuInput {
  readonly platform: NodeJS.Platform;
  /** What the focused window's page reported. */
  readonly state: MenuState;
  readonly recentPaths: readonly string[];
  fileName(path: string): string;
  /** The theme preference (View › Theme), the interface zoom factor, the open windows. */
  readonly themeSource: ThemeSource;
  readonly zoomFactor: number;
  readonly windows: readonly { readonly id: number; readonly title: string; readonly focused: boolean }[];
  /** Development builds get View › Toggle developer tools. */
  readonly devTools: boolean;
}

const MENU_LABELS: Readonly<Record<CommandMenu | 'window', string>> = { file: '&File', edit: '&Edit', view: '&View', insert: '&Insert', data: '&Data', window: '&Window', help: '&Help' };
const KEY_NAMES: Readonly<Record<string, string>> = { ArrowLeft: 'Left', ArrowRight: 'Right', ArrowUp: 'Up', ArrowDown: 'Down', Escape: 'Escape', Enter: 'Enter', '+': 'Plus' };
/** On macOS the menu owns these keys; the standard roles keep text fields working. */
const EDIT_ROLES: Readonly<Record<string, string>> = { 'edit.cut': 'cut', 'edit.copy': 'copy', 'edit.paste': 'paste' };
/** Page commands shown as check boxes, with the label that reads right next to a check mark. */
const CHECKBOX_COMMANDS: Readonly<Record<string, string>> = { 'data.toggleLayer': 'Show data on the map' };
/**
 * Catalog commands the native menu shows differently: the page's theme toggle becomes the
 * View › Theme choice, which main owns (it persists and drives nativeTheme).
 */
export const REPLACED_IN_MENU: Readonly<Record<string, string>> = { 'view.toggleTheme': 'view.theme' };
/** Edit-menu commands grouped in a submenu by id prefix. */
const EDIT_GROUPS: readonly { prefix: string; id: string; label: string }[] = [
  { prefix: 'card.', id: 'edit.card', label: 'Card' },
  { prefix: 'stage.', id: 'edit.stage', label: 'Stage' },
  { prefix: 'lane.', id: 'edit.lane', label: 'Lane' },
];
/** A separator goes before these (when present), to group the File menu. */
const FILE_BREAKS: readonly string[] = ['file.save', 'file.revert'];

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
  if (id === 'edit.paste' || id.startsWith('insert.') || id.startsWith('data.')) return !state.readOnly;
  return true;
}

function commandItem(c: CommandInfo, state: MenuState, platform: NodeJS.Platform): MenuItemSpec {
  // macOS matches menu key equivalents before a text field sees the key, so a plain Delete,
  // Enter or Alt+Left there would stop working in every input: only Cmd keys go in its menu.
  const first = c.shortcuts?.find((s) => platform !== 'darwin' || s.startsWith('Mod+'));
  const checkLabel = CHECKBOX_COMMANDS[c.id];
  return {
    kind: 'action', id: c.id, label: checkLabel ?? c.label, registerAccelerator: false, enabled: isCommandEnabled(c.id, state) && !state.disabled?.includes(c.id),
    ...(checkLabel ? { type: 'checkbox' as const, checked: state.checked?.includes(c.id) ?? false } : {}),
    action: { type: 'command', commandId: c.id }, ...(first ? { accelerator: toAccelerator(first) } : {}),
  };
}

function shellItem(id: ShellCommandId, extra: { enabled?: boolean; type?: 'checkbox' | 'radio'; checked?: boolean; label?: string } = {}): MenuItemSpec {
  const info = SHELL_COMMAND_BY_ID.get(id)!;
  return {
    kind: 'action', id, label: extra.label ?? info.label, registerAccelerator: true, enabled: extra.enabled ?? true,
    ...(info.accelerator ? { accelerator: info.accelerator } : {}),
    ...(extra.type ? { type: extra.type, checked: extra.checked ?? false } : {}),
    action: { type: 'shell', command: id },
  };
}

const separator: MenuItemSpec = { kind: 'separator' };

/** Removes leading, trailing and doubled separators. */
function tidy(items: MenuItemSpec[]): MenuItemSpec[] {
  const out: MenuItemSpec[] = [];
  for (const item of items) {
    if (item.kind === 'separator' && (out.length === 0 || out.at(-1)!.kind === 'separator')) continue;
    out.push(item);
  }
  while (out.at(-1)?.kind === 'separator') out.pop();
  return out;
}

export function buildMenuTemplate(input: MenuInput): MenuItemSpec[] {
  const { platform, state } = input;
  const mac = platform === 'darwin';
  const inMenu = (menu: CommandMenu) => COMMAND_CATALOG.filter((c: CommandInfo) => c.menu === menu && c.palette !== false && !REPLACED_IN_MENU[c.id]);
  const item = (c: CommandInfo): MenuItemSpec => (mac && EDIT_ROLES[c.id] ? { kind: 'role', role: EDIT_ROLES[c.id]!, label: c.label } : commandItem(c, state, platform));

  // File
  const recent: MenuItemSpec = {
    kind: 'submenu', id: 'file.openRecent', label: 'Open recent',
    submenu: tidy([
      ...input.recentPaths.map((path, i): MenuItemSpec => ({ kind: 'action', id: `recent.${i}`, label: input.fileName(path), registerAccelerator: false, enabled: true, action: { type: 'openRecent', path } })),
      separator,
      shellItem('recent.clear', { enabled: input.recentPaths.length > 0 }),
    ]),
  };
  const file: MenuItemSpec[] = [];
  let exportsSeen = false;
  for (const c of inMenu('file')) {
    if (FILE_BREAKS.includes(c.id) || (!exportsSeen && c.id.startsWith('file.export'))) file.push(separator);
    if (c.id.startsWith('file.export')) exportsSeen = true;
    file.push(item(c));
    if (c.id === 'file.newFromTemplate') file.push(shellItem('window.new'));
    if (c.id === 'file.open') file.push(recent);
  }
  file.push(separator, mac ? { kind: 'role', role: 'close', label: 'Close window' } : { kind: 'role', role: 'quit', label: platform === 'win32' ? 'Exit' : 'Quit' });

  // Edit: the commands, with card/stage/lane commands in submenus.
  const edit: MenuItemSpec[] = [];
  const groups = new Map(EDIT_GROUPS.map((g) => [g.prefix, [] as MenuItemSpec[]]));
  for (const c of inMenu('edit')) {
    const group = EDIT_GROUPS.find((g) => c.id.startsWith(g.prefix));
    if (group) groups.get(group.prefix)!.push(item(c));
    else edit.push(item(c));
    if (c.id === 'edit.redo' || c.id === 'edit.paste') edit.push(separator);
  }
  const groupMenus = EDIT_GROUPS.filter((g) => groups.get(g.prefix)!.length > 0).map((g): MenuItemSpec => ({ kind: 'submenu', id: g.id, label: g.label, submenu: groups.get(g.prefix)! }));
  if (groupMenus.length) edit.push(separator, ...groupMenus);

  // View: the page's commands, then the shell's theme, interface size and full screen.
  const view: MenuItemSpec[] = inMenu('view').map(item);
  view.push(
    separator,
    { kind: 'submenu', id: 'view.theme', label: 'Theme', submenu: (['theme.system', 'theme.light', 'theme.dark'] as const).map((id) => shellItem(id, { type: 'radio', checked: id === `theme.${input.themeSource}` })) },
    { kind: 'submenu', id: 'view.interfaceSize', label: 'Interface size', submenu: [
      shellItem('zoom.reset', { enabled: input.zoomFactor !== 1 }),
      shellItem('zoom.in', { enabled: canZoom(input.zoomFactor, 'in') }),
      shellItem('zoom.out', { enabled: canZoom(input.zoomFactor, 'out') }),
    ] },
    separator,
    { kind: 'role', role: 'togglefullscreen' },
    ...(input.devTools ? [{ kind: 'role', role: 'toggleDevTools' } as const] : []),
  );

  // Window: window management and the list of open maps.
  const windowList = input.windows.map((w): MenuItemSpec => ({ kind: 'action', id: `window.focus.${w.id}`, label: w.title, registerAccelerator: false, enabled: true, type: 'checkbox', checked: w.focused, action: { type: 'focusWindow', windowId: w.id } }));
  const windowMenu: MenuItemSpec[] = tidy(mac
    ? [{ kind: 'role', role: 'minimize' }, { kind: 'role', role: 'zoom' }, separator, ...windowList, separator, { kind: 'role', role: 'front' }]
    : [{ kind: 'role', role: 'minimize' }, { kind: 'role', role: 'close', label: 'Close window' }, separator, ...windowList]);

  // Help: the page's help commands, documentation, licenses; About (on macOS in the app menu).
  const help: MenuItemSpec[] = tidy([...inMenu('help').map(item), separator, shellItem('help.docs'), shellItem('help.licenses'), ...(mac ? [] : [separator, shellItem('help.about')])]);

  const menus: MenuItemSpec[] = [];
  if (mac) {
    menus.push({ kind: 'submenu', id: 'menu.app', label: 'Waymark', submenu: [
      shellItem('help.about'), separator, { kind: 'role', role: 'services' }, separator,
      { kind: 'role', role: 'hide' }, { kind: 'role', role: 'hideOthers' }, { kind: 'role', role: 'unhide' }, separator, { kind: 'role', role: 'quit' },
    ] });
  }
  const add = (id: CommandMenu | 'window', items: MenuItemSpec[]) => { const submenu = tidy(items); if (submenu.length) menus.push({ kind: 'submenu', id: `menu.${id}`, label: MENU_LABELS[id], submenu }); };
  add('file', file);
  add('edit', edit);
  add('insert', inMenu('insert').map(item));
  add('data', inMenu('data').map(item));
  add('view', view);
  add('window', windowMenu);
  add('help', help);
  return menus;
}
