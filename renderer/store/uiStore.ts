/** UI state that is never part of the document nor of undo: selection, panels, messages. */
import { create } from 'zustand';

export type Panel = 'inspector' | 'personas' | 'comments';
export type Dialog = null | 'palette' | 'find' | 'templates' | 'comment' | 'newStage' | 'newLane' | 'connect' | 'importData' | 'export';

/** What the import wizard starts with: a file already chosen (dropped), or a dataset to refresh. */
export type ImportRequest = { file?: { name: string; bytes: Uint8Array }; refreshDatasetId?: string };

export interface Cell { stageId: string; laneId: string }

export interface UiState {
  selectedIds: string[];
  /** The cell keyboard commands act on (the selected card's, or the last clicked). */
  activeCell: Cell | null;
  /** The card whose title is being edited in place. */
  editingCardId: string | null;
  /** A stage or lane whose name is being edited in place. */
  editingHeader: { type: 'stage' | 'lane'; id: string } | null;
  panel: Panel;
  dialog: Dialog;
  theme: 'light' | 'dark';
  documentRef: string | null;
  documentName: string;
  message: { kind: 'info' | 'error'; text: string } | null;
  importRequest: ImportRequest | null;
  /** Opens the import wizard (with a file already chosen, or to refresh a dataset). */
  startImport(request: ImportRequest): void;
  select(ids: string[], cell?: Cell | null): void;
  setActiveCell(cell: Cell | null): void;
  editCard(id: string | null): void;
  editHeader(h: UiState['editingHeader']): void;
  setPanel(p: Panel): void;
  open(d: Dialog): void;
  setTheme(t: 'light' | 'dark'): void;
  setDocument(ref: string | null, name: string): void;
  notify(message: UiState['message']): void;
}

export const useUiStore = create<UiState>()((set) => ({
  selectedIds: [],
  activeCell: null,
  editingCardId: null,
  editingHeader: null,
  panel: 'inspector',
  dialog: null,
  theme: 'light',
  documentRef: null,
  documentName: 'Untitled.journey',
  message: null,
  importRequest: null,
  startImport: (importRequest) => set({ importRequest, dialog: 'importData' }),
  select: (ids, cell) => set(cell === undefined ? { selectedIds: ids } : { selectedIds: ids, activeCell: cell }),
  setActiveCell: (activeCell) => set({ activeCell }),
  editCard: (editingCardId) => set({ editingCardId }),
  editHeader: (editingHeader) => set({ editingHeader }),
  setPanel: (panel) => set({ panel }),
  open: (dialog) => set({ dialog }),
  setTheme: (theme) => set({ theme }),
  setDocument: (documentRef, documentName) => set({ documentRef, documentName }),
  notify: (message) => set({ message }),
}));
