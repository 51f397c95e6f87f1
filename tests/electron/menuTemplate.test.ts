import { describe, expect, it } from 'vitest';
import { buildContextMenuTemplate } from '../../electron/main/menu/buildContextMenuTemplate';
import { buildMenuTemplate, isCommandEnabled, type MenuInput, type MenuItemSpec, REPLACED_IN_MENU, toAccelerator } from '../../electron/main/menu/buildMenuTemplate';
import { ALLOWED_ROLES, SHELL_COMMAND_BY_ID, SHELL_COMMANDS } from '../../electron/main/menu/shellCommands';
import { canZoom, clampZoomFactor, nextZoomFactor, ZOOM_FACTORS } from '../../electron/main/menu/zoom';
import { COMMAND_BY_ID, COMMAND_CATALOG } from '../../shared/commands/catalog';

const idle = { canUndo: false, canRedo: false, hasSelection: false, dirty: false, readOnly: false };
const base: MenuInput = {
  platform: 'linux', state: idle, recentPaths: [], fileName: (p) => p.split('/').pop()!,
  themeSource: 'system', zoomFactor: 1, windows: [{ id: 1, title: 'Northwind.journey', focused: true }], devTools: false,
};
const build = (over: Partial<MenuInput> = {}) => buildMenuTemplate({ ...base, ...over });
const flatten = (items: MenuItemSpec[]): MenuItemSpec[] => items.flatMap((i) => (i.kind === 'submenu' ? [i, ...flatten(i.submenu)] : [i]));
const byId = (items: MenuItemSpec[], id: string) => flatten(items).find((i) => (i.kind === 'action' || i.kind === 'submenu') && i.id === id);
const actionIds = (items: MenuItemSpec[]) => flatten(items).flatMap((i) => (i.kind === 'action' ? [i.id] : []));

/** A readable outline of a menu, one line per item, for the per-platform snapshots. */
function outline(items: MenuItemSpec[], depth = 0): string[] {
  const pad = '  '.repeat(depth);
  return items.flatMap((i) => {
    if (i.kind === 'separator') return [`${pad}----`];
    if (i.kind === 'role') return [`${pad}(role ${i.role}${i.label ? ` "${i.label}"` : ''})`];
    if (i.kind === 'submenu') return [`${pad}${i.label} [${i.id ?? ''}]`, ...outline(i.submenu, depth + 1)];
    const marks = [i.accelerator ? `${i.accelerator}${i.registerAccelerator ? '' : ' (shown)'}` : '', i.enabled ? '' : 'disabled', i.type ? `${i.type}${i.checked ? ' ✓' : ''}` : ''].filter(Boolean).join(', ');
    return [`${pad}${i.label} [${i.id}]${marks ? ` {${marks}}` : ''}`];
  });
}

describe('menu template', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('matches the %s snapshot', (platform) => {
    const template = build({ platform, recentPaths: ['/maps/Northwind.journey'], windows: [{ id: 1, title: 'Northwind.journey', focused: true }, { id: 2, title: 'Untitled.journey', focused: false }] });
    expect(outline(template).join('\n')).toMatchSnapshot();
  });

  it.each(['darwin', 'win32', 'linux'] as const)('has File, Edit, Insert, Data, View, Window and Help on %s (and the app menu on macOS)', (platform) => {
    const ids = build({ platform }).map((m) => (m.kind === 'submenu' ? m.id : m.kind));
    expect(ids).toEqual([...(platform === 'darwin' ? ['menu.app'] : []), 'menu.file', 'menu.edit', 'menu.insert', 'menu.data', 'menu.view', 'menu.window', 'menu.help']);
  });

  it.each(['darwin', 'win32', 'linux'] as const)('every item on %s maps to a registered command or an allowed role', (platform) => {
    const template = build({ platform, recentPaths: ['/m/a.journey'] });
    for (const item of flatten(template)) {
      if (item.kind === 'role') expect(ALLOWED_ROLES).toContain(item.role);
      if (item.kind !== 'action') continue;
      const { action } = item;
      if (action.type === 'command') { expect(COMMAND_BY_ID.has(action.commandId), item.id).toBe(true); expect(item.id).toBe(action.commandId); }
      else if (action.type === 'shell') { expect(SHELL_COMMAND_BY_ID.has(action.command), item.id).toBe(true); expect(item.id).toBe(action.command); }
      else if (action.type === 'openRecent') expect(item.id).toMatch(/^recent\.\d+$/);
      else expect(item.id).toBe(`window.focus.${action.windowId}`);
    }
    // No id twice: Menu.getMenuItemById must find the one item.
    const ids = actionIds(template);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows every palette command of the catalog, and every shell command', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const template = build({ platform, recentPaths: ['/m/a.journey'] });
      const commands = flatten(template).flatMap((i) => (i.kind === 'action' && i.action.type === 'command' ? [i.id] : i.kind === 'role' && i.label ? [i.label] : []));
      for (const c of COMMAND_CATALOG.filter((c) => (c as { palette?: boolean }).palette !== false)) {
        if (REPLACED_IN_MENU[c.id]) expect(byId(template, REPLACED_IN_MENU[c.id]!), c.id).toBeDefined();
        // macOS shows cut/copy/paste as the standard roles, under the command's label.
        else expect(commands.includes(c.id) || commands.includes(c.label), `${platform}: ${c.id}`).toBe(true);
      }
      for (const s of SHELL_COMMANDS) expect(actionIds(template), `${platform}: ${s.id}`).toContain(s.id);
    }
  });

  it('uses Cmd on macOS and Ctrl elsewhere through CmdOrCtrl; page keys are shown, shell keys registered', () => {
    expect(toAccelerator('Mod+Shift+Z')).toBe('CmdOrCtrl+Shift+Z');
    expect(toAccelerator('Mod++')).toBe('CmdOrCtrl+Plus');
    expect(toAccelerator('Alt+ArrowLeft')).toBe('Alt+Left');
    expect(toAccelerator('Delete')).toBe('Delete');
    const template = build();
    expect(byId(template, 'file.open')).toMatchObject({ label: 'Open…', accelerator: 'CmdOrCtrl+O', registerAccelerator: false, action: { type: 'command', commandId: 'file.open' } });
    expect(byId(template, 'window.new')).toMatchObject({ accelerator: 'CmdOrCtrl+Alt+N', registerAccelerator: true, action: { type: 'shell', command: 'window.new' } });
    // macOS would take plain keys (Delete, Enter, Alt+arrows) from every text field: only Cmd keys there.
    const macKeys = flatten(build({ platform: 'darwin' })).flatMap((i) => (i.kind === 'action' && i.accelerator ? [i.accelerator] : []));
    expect(macKeys.length).toBeGreaterThan(10);
    expect(macKeys.filter((k) => !k.startsWith('CmdOrCtrl+'))).toEqual([]);
    expect(byId(build({ platform: 'darwin' }), 'edit.delete')).not.toHaveProperty('accelerator');
    expect(byId(build({ platform: 'win32' }), 'edit.delete')).toMatchObject({ accelerator: 'Delete' });
  });

  it('enables items from the page’s menu state', () => {
    expect(isCommandEnabled('edit.undo', idle)).toBe(false);
    expect(isCommandEnabled('edit.undo', { ...idle, canUndo: true })).toBe(true);
    expect(isCommandEnabled('edit.delete', { ...idle, hasSelection: true })).toBe(true);
    expect(isCommandEnabled('edit.delete', { ...idle, hasSelection: true, readOnly: true })).toBe(false);
    expect(isCommandEnabled('file.save', { ...idle, readOnly: true })).toBe(false);
    expect(isCommandEnabled('file.open', { ...idle, readOnly: true })).toBe(true);
    expect(byId(build(), 'edit.undo')).toMatchObject({ enabled: false });
    expect(byId(build({ state: { ...idle, canUndo: true } }), 'edit.undo')).toMatchObject({ enabled: true });
    expect(byId(build({ state: { ...idle, readOnly: true } }), 'data.import')).toMatchObject({ enabled: false });
    // The page's own handlers have the last word: what they refuse now is greyed out.
    expect(byId(build(), 'data.toggleLayer')).toMatchObject({ enabled: true });
    expect(byId(build({ state: { ...idle, disabled: ['data.toggleLayer', 'file.revert'] } }), 'data.toggleLayer')).toMatchObject({ enabled: false });
    expect(byId(build({ state: { ...idle, dirty: true, disabled: ['file.revert'] } }), 'file.revert')).toMatchObject({ enabled: false });
  });

  it('checks the data layer, the theme preference and the focused window', () => {
    expect(byId(build(), 'data.toggleLayer')).toMatchObject({ type: 'checkbox', checked: false, label: 'Show data on the map' });
    expect(byId(build({ state: { ...idle, checked: ['data.toggleLayer'] } }), 'data.toggleLayer')).toMatchObject({ type: 'checkbox', checked: true });
    const themes = (source: MenuInput['themeSource']) => ['theme.system', 'theme.light', 'theme.dark'].map((id) => (byId(build({ themeSource: source }), id) as { checked: boolean }).checked);
    expect(themes('system')).toEqual([true, false, false]);
    expect(themes('dark')).toEqual([false, false, true]);
    const windows = build({ windows: [{ id: 3, title: 'A', focused: false }, { id: 7, title: 'B', focused: true }] });
    expect(byId(windows, 'window.focus.3')).toMatchObject({ label: 'A', checked: false, action: { type: 'focusWindow', windowId: 3 } });
    expect(byId(windows, 'window.focus.7')).toMatchObject({ checked: true });
  });

  it('disables interface-size steps at their limits', () => {
    expect(byId(build({ zoomFactor: 1 }), 'zoom.reset')).toMatchObject({ enabled: false });
    expect(byId(build({ zoomFactor: 2 }), 'zoom.in')).toMatchObject({ enabled: false });
    expect(byId(build({ zoomFactor: 0.67 }), 'zoom.out')).toMatchObject({ enabled: false });
    expect(byId(build({ zoomFactor: 1.25 }), 'zoom.reset')).toMatchObject({ enabled: true });
  });

  it('lists recent files under File › Open recent, with a Clear item', () => {
    const recent = byId(build({ recentPaths: ['/m/a.journey', '/m/b.journey'] }), 'file.openRecent');
    expect(recent?.kind === 'submenu' && recent.submenu.map((i) => (i.kind === 'action' ? [i.label, i.action.type] : [i.kind]))).toEqual([
      ['a.journey', 'openRecent'], ['b.journey', 'openRecent'], ['separator'], ['Clear recent', 'shell'],
    ]);
    const empty = byId(build(), 'file.openRecent');
    expect(empty?.kind === 'submenu' && empty.submenu).toEqual([expect.objectContaining({ id: 'recent.clear', enabled: false })]);
  });

  it('uses the macOS app menu and edit roles there; About is in Help elsewhere', () => {
    const mac = build({ platform: 'darwin' });
    expect(mac[0]).toMatchObject({ kind: 'submenu', id: 'menu.app', label: 'Waymark' });
    expect(mac[0]!.kind === 'submenu' && mac[0]!.submenu[0]).toMatchObject({ id: 'help.about' });
    expect(flatten(mac)).toContainEqual({ kind: 'role', role: 'copy', label: 'Copy' });
    expect(byId(build({ platform: 'win32' }), 'menu.help')).toMatchObject({ submenu: expect.arrayContaining([expect.objectContaining({ id: 'help.about' })]) });
    expect(flatten(build({ platform: 'win32' }))).toContainEqual({ kind: 'role', role: 'quit', label: 'Exit' });
    expect(flatten(build({ platform: 'win32' }))).not.toContainEqual(expect.objectContaining({ role: 'copy' }));
  });

  it('offers developer tools only in development builds', () => {
    expect(flatten(build({ devTools: true }))).toContainEqual({ kind: 'role', role: 'toggleDevTools' });
    expect(flatten(build())).not.toContainEqual({ kind: 'role', role: 'toggleDevTools' });
  });

  it('never starts, ends or doubles a separator in any menu', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const check = (items: MenuItemSpec[]) => {
        items.forEach((item, i) => {
          if (item.kind === 'separator') expect(i > 0 && i < items.length - 1 && items[i - 1]!.kind !== 'separator').toBe(true);
          if (item.kind === 'submenu') check(item.submenu);
        });
      };
      build({ platform }).forEach((m) => m.kind === 'submenu' && check(m.submenu));
    }
  });
});

describe('interface size (page zoom)', () => {
  it('steps through the factors and stops at the ends', () => {
    expect(nextZoomFactor(1, 'in')).toBe(1.1);
    expect(nextZoomFactor(1, 'out')).toBe(0.9);
    expect(nextZoomFactor(2, 'in')).toBe(2);
    expect(nextZoomFactor(0.67, 'out')).toBe(0.67);
    expect(nextZoomFactor(1.3, 'in')).toBe(1.5);
    expect(nextZoomFactor(1.3, 'out')).toBe(1.25);
    expect(nextZoomFactor(1.75, 'reset')).toBe(1);
    expect(ZOOM_FACTORS.every((f) => canZoom(f, 'in') === (f < 2) && canZoom(f, 'out') === (f > 0.67))).toBe(true);
    expect([clampZoomFactor(5), clampZoomFactor(0.1), clampZoomFactor('x'), clampZoomFactor(1.1)]).toEqual([2, 0.67, 1, 1.1]);
  });
});

describe('text context menu', () => {
  const params = { isEditable: true, selectionText: '', misspelledWord: '', dictionarySuggestions: [] as string[], editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } };

  it('offers spelling suggestions and the dictionary on a misspelled word', () => {
    const items = buildContextMenuTemplate({ ...params, misspelledWord: 'jouney', dictionarySuggestions: ['journey', 'journal'] });
    expect(items.slice(0, 4)).toEqual([
      { kind: 'action', id: 'spelling.0', label: 'journey', enabled: true, action: { type: 'replaceMisspelling', word: 'journey' } },
      { kind: 'action', id: 'spelling.1', label: 'journal', enabled: true, action: { type: 'replaceMisspelling', word: 'journal' } },
      { kind: 'action', id: 'spelling.add', label: 'Add “jouney” to the dictionary', enabled: true, action: { type: 'addToDictionary', word: 'jouney' } },
      { kind: 'separator' },
    ]);
  });

  it('enables the edit roles from the field’s edit flags; only Copy for selected page text; nothing elsewhere', () => {
    expect(buildContextMenuTemplate(params).filter((i) => i.kind === 'role')).toEqual([
      { kind: 'role', role: 'cut', enabled: false }, { kind: 'role', role: 'copy', enabled: false }, { kind: 'role', role: 'paste', enabled: true }, { kind: 'role', role: 'selectAll', enabled: true },
    ]);
    expect(buildContextMenuTemplate({ ...params, isEditable: false, selectionText: 'Checkout' })).toEqual([{ kind: 'role', role: 'copy', enabled: true }]);
    expect(buildContextMenuTemplate({ ...params, isEditable: false })).toEqual([]);
  });
});
