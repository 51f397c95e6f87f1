import { createEmptyJourney } from '../../shared/model/journey';
import { confirmDiscard, openBytes, openDocument, revertDocument, saveDocument, showJourney } from '../app/documentLifecycle';
import { exportMermaidJourney } from '../../shared/interchange/mermaidJourney';
import { exportOjf } from '../../shared/interchange/ojf';
import { tell } from '../ui/ask';
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
  'file.restoreBackup': {
    run: async () => {
      const platform = currentPlatform();
      const ref = useUiStore.getState().documentRef;
      if (!platform || !ref || !(await confirmDiscard('restore the previous version'))) return;
      const backup = await platform.readBackup(ref).catch((e: unknown) => { void tell('Could not read the backup', e instanceof Error ? e.message : String(e)); return null; });
      if (!backup) { await tell('No backup yet', 'Waymark keeps the version a save replaced; this map has not been saved over yet.'); return; }
      // Opened under the document's own ref and unsaved: saving puts the old version back.
      if (await openBytes(backup.bytes, backup.name, backup.ref)) useDocumentStore.setState({ savedRevision: -1 });
    },
    enabled: () => hasPlatform() && useUiStore.getState().documentRef !== null,
  },
  'file.export': { run: () => useUiStore.getState().open('export'), enabled: hasPlatform },
  'file.exportOjf': { run: () => exportText('ojf'), enabled: hasPlatform },
  'file.exportMermaid': { run: () => exportText('mermaid'), enabled: hasPlatform },
};

async function exportText(format: 'ojf' | 'mermaid') {
  const platform = currentPlatform();
  if (!platform) return;
  const journey = useDocumentStore.getState().journey;
  const { text, notes } = format === 'ojf' ? exportOjf(journey) : exportMermaidJourney(journey);
  const base = (journey.settings.title || 'journey').replace(/[\\/:*?"<>|]+/g, ' ').trim().slice(0, 120) || 'journey';
  const outcome = await platform.saveExport(text, format === 'ojf'
    ? { suggestedName: `${base}.ojf`, mime: 'application/vnd.openjourney+json' }
    : { suggestedName: `${base}.mmd`, mime: 'text/vnd.mermaid' });
  if (outcome.kind === 'failed') await tell('Export failed', outcome.message);
  else if (outcome.kind === 'saved' && notes.length) useUiStore.getState().notify({ kind: 'info', text: `Exported “${outcome.doc.name}”. ${notes.join(' ')}` });
}
