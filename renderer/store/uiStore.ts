/** UI state that is never part of the document nor of undo: selection, panels, messages. */
import { create } from 'zustand';

export interface UiState {
  selectedIds: string[];
  /** The file the document came from, as the platform named it. */
  documentRef: string | null;
  documentName: string;
  message: { kind: 'info' | 'error'; text: string } | null;
  select(ids: string[]): void;
  setDocument(ref: string | null, name: string): void;
  notify(message: UiState['message']): void;
}

export const useUiStore = create<UiState>()((set) => ({
  selectedIds: [],
  documentRef: null,
  documentName: 'Untitled.journey',
  message: null,
  select: (ids) => set({ selectedIds: ids }),
  setDocument: (documentRef, documentName) => set({ documentRef, documentName }),
  notify: (message) => set({ message }),
}));
