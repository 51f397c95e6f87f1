/** Turns the pure menu templates into Electron menus: the application menu and the text context menu. */
import { BrowserWindow, Menu, type MenuItemConstructorOptions, type WebContents } from 'electron';
import type { MenuAction, MenuItemSpec } from '../menu/buildMenuTemplate';
import { buildContextMenuTemplate, type ContextMenuItemSpec, type ContextMenuParams } from '../menu/buildContextMenuTemplate';

type Role = MenuItemConstructorOptions['role'];

function toElectron(spec: MenuItemSpec, onAction: (action: MenuAction) => void): MenuItemConstructorOptions {
  switch (spec.kind) {
    case 'separator': return { type: 'separator' };
    case 'role': return { role: spec.role as Role, ...(spec.label ? { label: spec.label } : {}) };
    case 'submenu': return { label: spec.label, ...(spec.id ? { id: spec.id } : {}), submenu: spec.submenu.map((s) => toElectron(s, onAction)) };
    case 'action': return {
      id: spec.id, label: spec.label, enabled: spec.enabled, registerAccelerator: spec.registerAccelerator,
      ...(spec.accelerator ? { accelerator: spec.accelerator } : {}),
      ...(spec.type ? { type: spec.type, checked: spec.checked ?? false } : {}),
      click: () => onAction(spec.action),
    };
  }
}

export function setApplicationMenu(template: MenuItemSpec[], onAction: (action: MenuAction) => void): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(template.map((s) => toElectron(s, onAction))));
}

function contextItem(spec: ContextMenuItemSpec, contents: WebContents): MenuItemConstructorOptions {
  if (spec.kind === 'separator') return { type: 'separator' };
  if (spec.kind === 'role') return { role: spec.role, enabled: spec.enabled };
  const { action } = spec;
  return {
    id: spec.id, label: spec.label, enabled: spec.enabled,
    click: () => { if (action.type === 'replaceMisspelling') contents.replaceMisspelling(action.word); else contents.session.addWordToSpellCheckerDictionary(action.word); },
  };
}

/** Right-click on text: spelling suggestions and the edit roles (Electron shows no menu by default). */
export function attachContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(params as ContextMenuParams);
    if (template.length === 0) return;
    const win = BrowserWindow.fromWebContents(contents);
    Menu.buildFromTemplate(template.map((s) => contextItem(s, contents))).popup(win ? { window: win } : {});
  });
}
