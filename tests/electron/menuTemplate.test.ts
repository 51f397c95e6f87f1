import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, isCommandEnabled, type MenuItemSpec, toAccelerator } from '../../electron/main/menu/buildMenuTemplate';
import { COMMAND_CATALOG } from '../../shared/commands/catalog';

const idle = { canUndo: false, canRedo: false, hasSelection: false, dirty: false, readOnly: false };
const flatten = (items: MenuItemSpec[]): MenuItemSpec[] => items.flatMap((i) => (i.kind === 'submenu' ? [i, ...flatten(i.submenu)] : [i]));
const byId = (items: MenuItemSpec[], id: string) => flatten(items).find((i) => (i.kind === 'action' || i.kind === 'submenu') && i.id === id);

describe('menu template', () => {
  it('has an item per palette command, its id being the command id', () => {
    const template = buildMenuTemplate({ platform: 'linux', state: idle, recentPaths: [], fileName: (p) => p });
    const ids = flatten(template).flatMap((i) => (i.kind === 'action' && i.action.type === 'command' ? [i.id] : []));
    const expected = COMMAND_CATALOG.filter((c) => (c as { palette?: boolean }).palette !== false).map((c) => c.id);
    expect(ids.sort()).toEqual([...expected].sort());
    expect(byId(template, 'file.open')).toMatchObject({ label: 'Open…', accelerator: 'CmdOrCtrl+O', registerAccelerator: false, action: { type: 'command', commandId: 'file.open' } });
  });

  it('converts shortcuts to Electron accelerators', () => {
    expect(toAccelerator('Mod+Shift+Z')).toBe('CmdOrCtrl+Shift+Z');
    expect(toAccelerator('Mod++')).toBe('CmdOrCtrl+Plus');
    expect(toAccelerator('Alt+ArrowLeft')).toBe('Alt+Left');
    expect(toAccelerator('Delete')).toBe('Delete');
  });

  it('enables items from the page’s menu state', () => {
    expect(isCommandEnabled('edit.undo', idle)).toBe(false);
    expect(isCommandEnabled('edit.undo', { ...idle, canUndo: true })).toBe(true);
    expect(isCommandEnabled('edit.delete', { ...idle, hasSelection: true })).toBe(true);
    expect(isCommandEnabled('edit.delete', { ...idle, hasSelection: true, readOnly: true })).toBe(false);
    expect(isCommandEnabled('file.save', { ...idle, readOnly: true })).toBe(false);
    expect(isCommandEnabled('file.open', { ...idle, readOnly: true })).toBe(true);
  });

  it('lists recent files under File › Open recent, with a Clear item', () => {
    const template = buildMenuTemplate({ platform: 'linux', state: idle, recentPaths: ['/m/a.journey', '/m/b.journey'], fileName: (p) => p.split('/').pop()! });
    const recent = byId(template, 'file.openRecent');
    expect(recent?.kind === 'submenu' && recent.submenu.map((i) => (i.kind === 'action' ? [i.label, i.action.type] : [i.kind]))).toEqual([
      ['a.journey', 'openRecent'], ['b.journey', 'openRecent'], ['separator'], ['Clear recent', 'clearRecent'],
    ]);
  });

  it('uses the standard app menu and edit roles on macOS', () => {
    const mac = buildMenuTemplate({ platform: 'darwin', state: idle, recentPaths: [], fileName: (p) => p });
    expect(mac[0]).toEqual({ kind: 'role', role: 'appMenu' });
    expect(flatten(mac)).toContainEqual({ kind: 'role', role: 'copy', label: 'Copy' });
  });
});
