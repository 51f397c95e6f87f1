/**
 * The native context menu for text (Electron shows none by default): spelling
 * suggestions and "Add to dictionary" on a misspelled word, then the edit roles that fit
 * what was right-clicked. The canvas's own context menus (cards, stages, lanes) are the
 * page's. Pure, from the subset of Electron's ContextMenuParams it reads.
 */
export interface ContextMenuParams {
  readonly isEditable: boolean;
  readonly selectionText: string;
  readonly misspelledWord: string;
  readonly dictionarySuggestions: readonly string[];
  readonly editFlags: { readonly canCut: boolean; readonly canCopy: boolean; readonly canPaste: boolean; readonly canSelectAll: boolean };
}

export type ContextMenuAction = { type: 'replaceMisspelling'; word: string } | { type: 'addToDictionary'; word: string };

export type ContextMenuItemSpec =
  | { kind: 'action'; id: string; label: string; enabled: boolean; action: ContextMenuAction }
  | { kind: 'role'; role: 'cut' | 'copy' | 'paste' | 'selectAll'; enabled: boolean }
  | { kind: 'separator' };

const MAX_SUGGESTIONS = 5;

export function buildContextMenuTemplate(params: ContextMenuParams): ContextMenuItemSpec[] {
  const items: ContextMenuItemSpec[] = [];
  if (params.isEditable && params.misspelledWord) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    suggestions.forEach((word, i) => items.push({ kind: 'action', id: `spelling.${i}`, label: word, enabled: true, action: { type: 'replaceMisspelling', word } }));
    if (suggestions.length === 0) items.push({ kind: 'action', id: 'spelling.none', label: 'No suggestions', enabled: false, action: { type: 'replaceMisspelling', word: params.misspelledWord } });
    items.push({ kind: 'action', id: 'spelling.add', label: `Add “${params.misspelledWord.slice(0, 40)}” to the dictionary`, enabled: true, action: { type: 'addToDictionary', word: params.misspelledWord } }, { kind: 'separator' });
  }
  if (params.isEditable) {
    items.push(
      { kind: 'role', role: 'cut', enabled: params.editFlags.canCut },
      { kind: 'role', role: 'copy', enabled: params.editFlags.canCopy },
      { kind: 'role', role: 'paste', enabled: params.editFlags.canPaste },
      { kind: 'separator' },
      { kind: 'role', role: 'selectAll', enabled: params.editFlags.canSelectAll },
    );
  } else if (params.selectionText.trim()) {
    items.push({ kind: 'role', role: 'copy', enabled: true });
  }
  return items;
}
