import { describe, expect, it } from 'vitest';
import { COMMAND_CATALOG, assertUnambiguous, normalizeShortcut } from '../../shared/commands/catalog';
import { CARD_KIND_REGISTRY } from '../../shared/model/kinds/registry';
import { CARD_KINDS } from '../../shared/model/vocabulary';
import { CARD_VIEWS } from '../../renderer/canvas/nodes/cardViews';
import { COMMANDS, HANDLERS, eventShortcut } from '../../renderer/commands/registry';

describe('registries agree', () => {
  it('every card kind has a definition and a canvas view, and nothing else does', () => {
    expect(Object.keys(CARD_KIND_REGISTRY).sort()).toEqual([...CARD_KINDS].sort());
    expect(Object.keys(CARD_VIEWS).sort()).toEqual([...CARD_KINDS].sort());
  });

  it('every catalog command has a handler, and every handler a catalog entry', () => {
    const catalog = COMMAND_CATALOG.map((c) => c.id).sort();
    expect(Object.keys(HANDLERS).sort()).toEqual(catalog);
    expect([...COMMANDS.keys()].sort()).toEqual(catalog);
  });

  it('every command declares its undo behaviour', () => {
    for (const c of COMMAND_CATALOG) expect(['record', 'none', 'history']).toContain(c.history);
  });

  it('refuses ambiguous shortcuts', () => {
    expect(() => assertUnambiguous([
      { id: 'a', label: 'A', menu: 'edit', history: 'none', shortcuts: ['Mod+Shift+K'] },
      { id: 'b', label: 'B', menu: 'edit', history: 'none', shortcuts: ['shift+mod+k'] },
    ])).toThrow(/Mod\+Shift\+K is claimed by both a and b/);
  });

  it('maps key events to shortcuts the way the catalog writes them', () => {
    const ev = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });
    expect(eventShortcut(ev('z', { ctrlKey: true }))).toBe(normalizeShortcut('Mod+Z'));
    expect(eventShortcut(ev('Z', { ctrlKey: true, shiftKey: true }))).toBe(normalizeShortcut('Mod+Shift+Z'));
    expect(eventShortcut(ev('ArrowLeft', { altKey: true }))).toBe('Alt+ArrowLeft');
    expect(eventShortcut(ev('+', { ctrlKey: true, shiftKey: true }))).toBe(normalizeShortcut('Mod++'));
  });
});
