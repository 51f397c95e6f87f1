import { createEmptyJourney } from '../../shared/model/journey';
import { confirmDiscard, openDocument, revertDocument, saveDocument, showJourney } from '../app/documentLifecycle';
import { currentPlatform } from '../app/session';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import type { Handlers } from './Handler';

const hasPlatform = () => currentPlatform() !== null;

export const fileHandlers: Handlers = {
  'file.new': {
    run: async () => {
      if (!(await confirmDiscard('start a new map'))) return;
      // A truly empty map: the empty state offers stages, lanes and templates.
      showJourney(createEmptyJourney(), 'Untitled.journey', null);
    },
  },
  'file.newFromTemplate': { run: () => useUiStore.getState().open('templates') },
  'file.open': { run: openDocument, enabled: hasPlatform },
  'file.save': { run: async () => { await saveDocument(false); }, enabled: () => hasPlatform() && !useDocumentStore.getState().readOnly },
  'file.saveAs': { run: async () => { await saveDocument(true); }, enabled: () => hasPlatform() && !useDocumentStore.getState().readOnly },
  'file.revert': { run: revertDocument, enabled: () => hasPlatform() && useUiStore.getState().documentRef !== null },
};
