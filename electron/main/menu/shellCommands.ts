/**
 * Commands the desktop shell runs itself, in main, rather than in the page: windows,
 * theme preference, the interface size (page zoom), About, licenses and help links. The
 * page's commands live in shared/commands/catalog.ts; together the two lists are every
 * command a native menu item may name (tests/electron/menuTemplate.test.ts checks that
 * every item maps to one of them, or to an allowed Electron role).
 */
export interface ShellCommandInfo {
  readonly id: string;
  readonly label: string;
  /** Electron accelerator, registered with the OS (the page claims none of these keys). */
  readonly accelerator?: string;
}

export const SHELL_COMMANDS = [
  { id: 'window.new', label: 'New window', accelerator: 'CmdOrCtrl+Alt+N' },
  { id: 'theme.system', label: 'Follow the system' },
  { id: 'theme.light', label: 'Light' },
  { id: 'theme.dark', label: 'Dark' },
  { id: 'zoom.reset', label: 'Actual size' },
  { id: 'zoom.in', label: 'Larger' },
  { id: 'zoom.out', label: 'Smaller' },
  { id: 'recent.clear', label: 'Clear recent' },
  { id: 'help.about', label: 'About Waymark' },
  { id: 'help.licenses', label: 'Third-party licenses' },
  { id: 'help.docs', label: 'Waymark documentation' },
] as const satisfies readonly ShellCommandInfo[];

export type ShellCommandId = (typeof SHELL_COMMANDS)[number]['id'];

export const SHELL_COMMAND_BY_ID: ReadonlyMap<string, ShellCommandInfo> = new Map(SHELL_COMMANDS.map((c) => [c.id, c]));

export type ThemeSource = 'system' | 'light' | 'dark';

/** Where Help › Waymark documentation goes; it must pass isAllowedExternalUrl. */
export const DOCUMENTATION_URL = 'https://docs.waymark.invalid/';

/**
 * Electron roles a menu may use: standard behaviour Electron implements (text editing,
 * window management, the macOS app menu items). Anything else is refused by the test.
 */
export const ALLOWED_ROLES: readonly string[] = [
  'undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll',
  'minimize', 'zoom', 'close', 'front', 'togglefullscreen', 'toggleDevTools', 'quit',
  'services', 'hide', 'hideOthers', 'unhide',
];
