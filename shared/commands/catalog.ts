/**
 * Every user command, as data: id, label, menu, shortcut and how it affects undo. The
 * renderer binds each id to its handler (renderer/commands/), and the desktop shell builds
 * the native menu from this same list, so a menu item, a toolbar button, a shortcut and
 * the command palette always mean the same thing. A test asserts every entry has a handler.
 *
 * Shortcuts use `Mod` for Cmd on macOS and Ctrl elsewhere.
 * `history`: `record` adds one undo step; `none` leaves the document alone (navigation,
 * view, file and selection commands); `history` itself is for undo/redo.
 */
export type CommandMenu = 'file' | 'edit' | 'view' | 'insert' | 'data' | 'help';
export type CommandHistory = 'record' | 'none' | 'history';

export interface CommandInfo {
  readonly id: string;
  readonly label: string;
  readonly menu: CommandMenu;
  readonly shortcuts?: readonly string[];
  readonly history: CommandHistory;
  /** Shown in the command palette; false for commands that only make sense from a key. */
  readonly palette?: boolean;
}

export const COMMAND_CATALOG = [
  { id: 'file.new', label: 'New map', menu: 'file', shortcuts: ['Mod+N'], history: 'none' },
  { id: 'file.newFromTemplate', label: 'New from template…', menu: 'file', shortcuts: ['Mod+Shift+N'], history: 'none' },
  { id: 'file.open', label: 'Open…', menu: 'file', shortcuts: ['Mod+O'], history: 'none' },
  { id: 'file.save', label: 'Save', menu: 'file', shortcuts: ['Mod+S'], history: 'none' },
  { id: 'file.saveAs', label: 'Save as…', menu: 'file', shortcuts: ['Mod+Shift+S'], history: 'none' },
  { id: 'file.revert', label: 'Revert to saved', menu: 'file', history: 'none' },
  { id: 'file.restoreBackup', label: 'Restore the version before the last save…', menu: 'file', history: 'none' },
  { id: 'file.export', label: 'Export PNG, PDF, SVG, CSV or Markdown…', menu: 'file', shortcuts: ['Mod+E'], history: 'none' },
  { id: 'file.exportOjf', label: 'Export as OpenJourney (.ojf)…', menu: 'file', history: 'none' },
  { id: 'file.exportMermaid', label: 'Export as Mermaid journey (.mmd)…', menu: 'file', history: 'none' },

  { id: 'edit.undo', label: 'Undo', menu: 'edit', shortcuts: ['Mod+Z'], history: 'history' },
  { id: 'edit.redo', label: 'Redo', menu: 'edit', shortcuts: ['Mod+Shift+Z', 'Mod+Y'], history: 'history' },
  { id: 'edit.cut', label: 'Cut', menu: 'edit', shortcuts: ['Mod+X'], history: 'record' },
  { id: 'edit.copy', label: 'Copy', menu: 'edit', shortcuts: ['Mod+C'], history: 'none' },
  { id: 'edit.paste', label: 'Paste', menu: 'edit', shortcuts: ['Mod+V'], history: 'record' },
  { id: 'edit.duplicate', label: 'Duplicate', menu: 'edit', shortcuts: ['Mod+D'], history: 'record' },
  { id: 'edit.delete', label: 'Delete', menu: 'edit', shortcuts: ['Delete', 'Backspace'], history: 'record' },
  { id: 'edit.selectAll', label: 'Select all cards', menu: 'edit', shortcuts: ['Mod+A'], history: 'none' },
  { id: 'edit.rename', label: 'Edit title', menu: 'edit', shortcuts: ['Enter', 'F2'], history: 'record' },
  { id: 'edit.deselect', label: 'Clear selection', menu: 'edit', shortcuts: ['Escape'], history: 'none', palette: false },
  { id: 'edit.find', label: 'Find…', menu: 'edit', shortcuts: ['Mod+F'], history: 'none' },

  { id: 'select.next', label: 'Select next card', menu: 'edit', shortcuts: ['Tab'], history: 'none', palette: false },
  { id: 'select.previous', label: 'Select previous card', menu: 'edit', shortcuts: ['Shift+Tab'], history: 'none', palette: false },
  { id: 'select.left', label: 'Select card to the left', menu: 'edit', shortcuts: ['ArrowLeft'], history: 'none', palette: false },
  { id: 'select.right', label: 'Select card to the right', menu: 'edit', shortcuts: ['ArrowRight'], history: 'none', palette: false },
  { id: 'select.up', label: 'Select card above', menu: 'edit', shortcuts: ['ArrowUp'], history: 'none', palette: false },
  { id: 'select.down', label: 'Select card below', menu: 'edit', shortcuts: ['ArrowDown'], history: 'none', palette: false },
  { id: 'card.moveLeft', label: 'Move card to previous stage', menu: 'edit', shortcuts: ['Alt+ArrowLeft'], history: 'record' },
  { id: 'card.moveRight', label: 'Move card to next stage', menu: 'edit', shortcuts: ['Alt+ArrowRight'], history: 'record' },
  { id: 'card.moveUp', label: 'Move card up', menu: 'edit', shortcuts: ['Alt+ArrowUp'], history: 'record' },
  { id: 'card.moveDown', label: 'Move card down', menu: 'edit', shortcuts: ['Alt+ArrowDown'], history: 'record' },

  { id: 'stage.rename', label: 'Rename stage', menu: 'edit', shortcuts: ['Shift+F2'], history: 'record' },
  { id: 'stage.moveLeft', label: 'Move stage left', menu: 'edit', shortcuts: ['Mod+Alt+ArrowLeft'], history: 'record' },
  { id: 'stage.moveRight', label: 'Move stage right', menu: 'edit', shortcuts: ['Mod+Alt+ArrowRight'], history: 'record' },
  { id: 'stage.toggleCollapse', label: 'Collapse or expand stage', menu: 'view', history: 'record' },
  { id: 'stage.delete', label: 'Delete stage and its cards', menu: 'edit', shortcuts: ['Mod+Alt+Backspace'], history: 'record' },
  { id: 'lane.rename', label: 'Rename lane', menu: 'edit', shortcuts: ['Alt+F2'], history: 'record' },
  { id: 'lane.moveUp', label: 'Move lane up', menu: 'edit', shortcuts: ['Mod+Alt+ArrowUp'], history: 'record' },
  { id: 'lane.moveDown', label: 'Move lane down', menu: 'edit', shortcuts: ['Mod+Alt+ArrowDown'], history: 'record' },
  { id: 'lane.toggleCollapse', label: 'Collapse or expand lane', menu: 'view', history: 'record' },
  { id: 'lane.delete', label: 'Delete lane and its cards', menu: 'edit', shortcuts: ['Mod+Alt+Delete'], history: 'record' },
  { id: 'insert.card', label: 'New card in the selected cell', menu: 'insert', shortcuts: ['Mod+Enter'], history: 'record' },
  { id: 'insert.stage', label: 'New stage', menu: 'insert', shortcuts: ['Mod+Alt+S'], history: 'record' },
  { id: 'insert.lane', label: 'New lane', menu: 'insert', shortcuts: ['Mod+Alt+L'], history: 'record' },
  { id: 'insert.connection', label: 'Connect selected card to…', menu: 'insert', shortcuts: ['Mod+Alt+C'], history: 'record' },
  { id: 'insert.comment', label: 'Comment on selection…', menu: 'insert', shortcuts: ['Mod+Alt+M'], history: 'record' },
  { id: 'insert.persona', label: 'New persona', menu: 'insert', history: 'record' },

  { id: 'data.import', label: 'Import data…', menu: 'data', shortcuts: ['Mod+I'], history: 'record' },
  { id: 'data.refresh', label: 'Refresh data from its file…', menu: 'data', history: 'record' },
  { id: 'data.toggleLayer', label: 'Show or hide data on the map', menu: 'data', history: 'record' },

  { id: 'view.zoomIn', label: 'Zoom in', menu: 'view', shortcuts: ['Mod+=', 'Mod++'], history: 'none' },
  { id: 'view.zoomOut', label: 'Zoom out', menu: 'view', shortcuts: ['Mod+-'], history: 'none' },
  { id: 'view.fit', label: 'Fit map to window', menu: 'view', shortcuts: ['Mod+0', 'Shift+1'], history: 'none' },
  { id: 'view.palette', label: 'Command palette…', menu: 'view', shortcuts: ['Mod+K'], history: 'none', palette: false },
  { id: 'view.focusPanel', label: 'Move focus to the side panel', menu: 'view', shortcuts: ['F6'], history: 'none' },
  { id: 'view.toggleTheme', label: 'Toggle dark theme', menu: 'view', history: 'none' },
] as const satisfies readonly CommandInfo[];

export type CommandId = (typeof COMMAND_CATALOG)[number]['id'];

export const COMMAND_BY_ID: ReadonlyMap<string, CommandInfo> = new Map(COMMAND_CATALOG.map((c) => [c.id, c]));

/** Normalizes a shortcut string so `mod+shift+z` and `Shift+Mod+Z` compare equal. */
export function normalizeShortcut(s: string): string {
  const parts = s.split('+').map((p) => p.trim()).filter(Boolean);
  // A literal "+" key ("Mod++") leaves an empty part at the end.
  const key = s.endsWith('++') ? '+' : parts.pop() ?? '';
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const order = ['mod', 'alt', 'shift'].filter((m) => mods.has(m));
  return [...order.map((m) => m[0]!.toUpperCase() + m.slice(1)), key.length === 1 ? key.toUpperCase() : key].join('+');
}

/** Throws if two commands share a shortcut: an ambiguous shortcut is refused, never guessed. */
export function assertUnambiguous(list: readonly CommandInfo[]): void {
  const seen = new Map<string, string>();
  for (const c of list) {
    for (const s of c.shortcuts ?? []) {
      const key = normalizeShortcut(s);
      const other = seen.get(key);
      if (other) throw new Error(`shortcut ${key} is claimed by both ${other} and ${c.id}`);
      seen.set(key, c.id);
    }
  }
}
assertUnambiguous(COMMAND_CATALOG);
