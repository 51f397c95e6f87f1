/**
 * The document store: the open journey and its undo history. Every change goes through
 * `change(label, recipe, mode)`; immer records patches and inverse patches, so history is
 * small (no snapshots) and undo is exact. Modes: `record` (one undo step), `merge` (folds
 * into the step opened by `beginGesture`, so a drag is one step) and `ignore`.
 * Selection and viewport live in the UI store and never enter history.
 */
import { create } from 'zustand';
import { applyPatches, enablePatches, type Patch, produceWithPatches, type Draft } from 'immer';
import type { Journey } from '../../shared/model/schema';
import { createEmptyJourney } from '../../shared/model/journey';

enablePatches();

export type HistoryMode = 'record' | 'merge' | 'ignore';

interface Step { label: string; patches: Patch[]; inverse: Patch[] }

export interface DocumentState {
  journey: Journey;
  /** Increments on every document change; `savedRevision` marks the saved one. */
  revision: number;
  savedRevision: number;
  readOnly: boolean;
  /** Counts the maps opened in this window, so views can tell a new map from an edit. */
  loads: number;
  past: Step[];
  future: Step[];
  /** An open gesture collects `merge` changes into one step. */
  gesture: Step | null;
  load(journey: Journey, options?: { readOnly?: boolean; dirty?: boolean }): void;
  change(label: string, recipe: (draft: Draft<Journey>) => void, mode?: HistoryMode): void;
  beginGesture(label: string): void;
  endGesture(): void;
  undo(): void;
  redo(): void;
  markSaved(): void;
}

const HISTORY_LIMIT = 500;

export const useDocumentStore = create<DocumentState>()((set, get) => ({
  journey: createEmptyJourney(),
  revision: 0,
  savedRevision: 0,
  readOnly: false,
  loads: 0,
  past: [],
  future: [],
  gesture: null,
  load(journey, options = {}) {
    // Opening a map is not undoable: history starts empty.
    set((s) => ({ journey, revision: 0, savedRevision: options.dirty ? -1 : 0, readOnly: options.readOnly ?? false, loads: s.loads + 1, past: [], future: [], gesture: null }));
  },
  change(label, recipe, mode = 'record') {
    // A recorded step during an open gesture closes the gesture first, so history keeps
    // the order in which things happened (found by the history property test).
    if (mode === 'record' && get().gesture) get().endGesture();
    const state = get();
    const [next, patches, inverse] = produceWithPatches(state.journey, recipe);
    if (patches.length === 0) return;
    if (mode === 'ignore') { set({ journey: next, revision: state.revision + 1 }); return; }
    if (mode === 'merge' && state.gesture) {
      const g = state.gesture;
      set({ journey: next, revision: state.revision + 1, gesture: { label: g.label, patches: [...g.patches, ...patches], inverse: [...inverse, ...g.inverse] } });
      return;
    }
    const past = [...state.past, { label, patches, inverse }];
    if (past.length > HISTORY_LIMIT) past.shift();
    set({ journey: next, revision: state.revision + 1, past, future: [] });
  },
  beginGesture(label) {
    if (get().gesture) get().endGesture();
    set({ gesture: { label, patches: [], inverse: [] } });
  },
  endGesture() {
    const { gesture, past } = get();
    if (!gesture) return;
    if (gesture.patches.length === 0) { set({ gesture: null }); return; }
    set({ gesture: null, past: [...past, gesture].slice(-HISTORY_LIMIT), future: [] });
  },
  undo() {
    get().endGesture();
    const { past, future, journey, revision } = get();
    const step = past.at(-1);
    if (!step) return;
    set({ journey: applyPatches(journey, step.inverse), past: past.slice(0, -1), future: [...future, step], revision: revision + 1 });
  },
  redo() {
    get().endGesture();
    const { past, future, journey, revision } = get();
    const step = future.at(-1);
    if (!step) return;
    set({ journey: applyPatches(journey, step.patches), past: [...past, step], future: future.slice(0, -1), revision: revision + 1 });
  },
  markSaved() { set({ savedRevision: get().revision }); },
}));

export const selectDirty = (s: DocumentState) => s.revision !== s.savedRevision;
