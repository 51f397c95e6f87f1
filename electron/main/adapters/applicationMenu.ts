/** Turns the pure menu template into Electron's application menu. */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuAction, MenuItemSpec } from '../menu/buildMenuTemplate';

function toElectron(spec: MenuItemSpec, onAction: (action: MenuAction) => void): MenuItemConstructorOptions {
  switch (spec.kind) {
    case 'separator': return { type: 'separator' };
    case 'role': return { role: spec.role as MenuItemConstructorOptions['role'], ...(spec.label ? { label: spec.label } : {}) };
    case 'submenu': return { label: spec.label, ...(spec.id ? { id: spec.id } : {}), submenu: spec.submenu.map((s) => toElectron(s, onAction)) };
    case 'action': return {
      id: spec.id, label: spec.label, enabled: spec.enabled, registerAccelerator: spec.registerAccelerator,
      ...(spec.accelerator ? { accelerator: spec.accelerator } : {}),
      click: () => onAction(spec.action),
    };
  }
}

export function setApplicationMenu(template: MenuItemSpec[], onAction: (action: MenuAction) => void): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(template.map((s) => toElectron(s, onAction))));
}
