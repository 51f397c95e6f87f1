/**
 * The command registry: the shared catalog (ids, labels, shortcuts, undo behaviour) bound
 * to the renderer's handlers. Toolbar, context menus, the palette, keyboard shortcuts and
 * the native menu all run commands through `runCommand(id)`.
 */
import { COMMAND_CATALOG, type CommandInfo, normalizeShortcut } from '../../shared/commands/catalog';
import type { Handler, Handlers } from './Handler';
import { editHandlers } from './editHandlers';
import { fileHandlers } from './fileHandlers';
import { insertHandlers } from './insertHandlers';
import { viewHandlers } from './viewHandlers';
import { structureHandlers } from './structureHandlers';
import { dataHandlers } from './dataHandlers';

export const HANDLERS: Handlers = { ...fileHandlers, ...editHandlers, ...structureHandlers, ...insertHandlers, ...viewHandlers, ...dataHandlers };

export interface Command extends CommandInfo, Handler {}

export const COMMANDS: ReadonlyMap<string, Command> = new Map(
  COMMAND_CATALOG.flatMap((info) => {
    const h = HANDLERS[info.id];
    return h ? [[info.id, { ...info, ...h }] as const] : [];
  }),
);

export function isEnabled(id: string): boolean {
  const c = COMMANDS.get(id);
  return !!c && (c.enabled ? c.enabled() : true);
}

/** Runs a command if it exists and is enabled; returns whether it ran. */
export function runCommand(id: string): boolean {
  const c = COMMANDS.get(id);
  if (!c || (c.enabled && !c.enabled())) return false;
  void c.run();
  return true;
}

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The normalized shortcut of a key event, e.g. `Mod+Shift+Z`, `Alt+ArrowLeft`, `Delete`. */
export function eventShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): string {
  const mod = IS_MAC ? e.metaKey : e.ctrlKey;
  const parts: string[] = [];
  if (mod) parts.push('Mod');
  if (e.altKey) parts.push('Alt');
  // Shift is part of the key for printable symbols ("+" is Shift+= on many layouts).
  const printable = e.key.length === 1 && !/[a-z0-9]/i.test(e.key);
  if (e.shiftKey && !printable) parts.push('Shift');
  parts.push(e.key);
  return normalizeShortcut(parts.join('+').replace(/\+\+$/, '++'));
}

const BY_SHORTCUT = new Map<string, string>();
for (const c of COMMANDS.values()) for (const s of c.shortcuts ?? []) BY_SHORTCUT.set(normalizeShortcut(s), c.id);

export function commandForEvent(e: KeyboardEvent): string | undefined {
  return BY_SHORTCUT.get(eventShortcut(e));
}

/** A shortcut as shown to the user on this platform. */
export function displayShortcut(s: string): string {
  return s.replace('Mod', IS_MAC ? '⌘' : 'Ctrl').replace('Alt', IS_MAC ? '⌥' : 'Alt').replace('Shift', IS_MAC ? '⇧' : 'Shift').replace('Arrow', '');
}
