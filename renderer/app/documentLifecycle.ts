/**
 * Opening, saving and replacing the open map, with the questions a careful editor asks:
 * unsaved changes are never thrown away without asking, a repaired file is shown as such,
 * a file from a newer Waymark opens read-only.
 */
import { loadJourney, type LoadedJourney } from '../../shared/file/loadJourney';
import { importMermaidJourney } from '../../shared/interchange/mermaidJourney';
import { importOjf } from '../../shared/interchange/ojf';
import { serializeJourney } from '../../shared/file/serializeJourney';
import type { Journey } from '../../shared/model/schema';
import { selectDirty, useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import { ask, tell } from '../ui/ask';
import { currentPlatform } from './session';
import { sessionKey } from './liveSessions';

const doc = () => useDocumentStore.getState();
const ui = () => useUiStore.getState();

/** Asks before unsaved changes would be lost. Returns false when the user cancels. */
export async function confirmDiscard(action: string): Promise<boolean> {
  if (!selectDirty(doc())) return true;
  const answer = await ask('Unsaved changes', `Save the changes to “${ui().documentName}” before you ${action}?`, [
    { id: 'save', label: 'Save', primary: true }, { id: 'discard', label: 'Don’t save' }, { id: 'cancel', label: 'Cancel' },
  ]);
  if (answer === 'cancel') return false;
  if (answer === 'save') return saveDocument(false);
  return true;
}

export function showJourney(journey: Journey, name: string, ref: string | null, options: { readOnly?: boolean; dirty?: boolean } = {}) {
  doc().load(journey, options);
  ui().setDocument(ref, name);
  ui().select([], null);
  ui().editCard(null);
  // The canvas shows the whole new map (or an empty one's top-left) in the frame it first draws it.
}

/** Maps from other tools (OpenJourney .ojf, Mermaid journey) open as new, unsaved Waymark maps. */
async function openForeign(bytes: Uint8Array | string, name: string): Promise<boolean | null> {
  const text = typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes.slice(0, 64 * 1024 * 1024));
  const lower = name.toLowerCase();
  const looksOjf = lower.endsWith('.ojf') || /^\s*\{[\s\S]*"swimlanes"\s*:/.test(text.slice(0, 4096));
  const looksMermaid = /\.(mmd|mermaid)$/.test(lower) || /^\s*(%%[^\n]*\n\s*)*journey\s*(\n|$)/.test(text.slice(0, 4096));
  if (!looksOjf && !looksMermaid) return null;
  const result = looksOjf ? importOjf(text) : importMermaidJourney(text);
  if (!result.ok) { await tell(`Can’t open “${name}”`, result.message); return false; }
  showJourney(result.journey, `${name.replace(/\.(ojf|mmd|mermaid)$/i, '')}.journey`, null, { dirty: true });
  ui().notify({ kind: 'info', text: `Imported from ${looksOjf ? 'OpenJourney' : 'Mermaid'}. Save keeps it as a new Waymark file; “${name}” is left as it is.${result.notes.length ? ` ${result.notes.join(' ')}` : ''}` });
  return true;
}

/** Runs the loading pipeline on bytes and, after asking where needed, shows the map. */
export async function openBytes(bytes: Uint8Array | string, name: string, ref: string | null): Promise<boolean> {
  const foreign = await openForeign(bytes, name);
  if (foreign !== null) return foreign;
  const result = loadJourney(bytes);
  if (!result.ok) {
    await tell(`Can’t open “${name}”`, result.error.message);
    return false;
  }
  const loaded: LoadedJourney = result.value;
  if (loaded.status === 'repaired') {
    const answer = await ask(`“${name}” needs repair`, 'Parts of this file are damaged or invalid. Waymark can open a repaired copy; the file on disk stays as it is until you save.', [
      { id: 'open', label: 'Open repaired copy', primary: true }, { id: 'cancel', label: 'Cancel' },
    ], loaded.repairs.slice(0, 50).map((r) => `${r.path}: ${r.message}`).concat(loaded.repairs.length > 50 ? [`…and ${loaded.repairs.length - 50} more`] : []));
    if (answer !== 'open') return false;
  }
  showJourney(loaded.journey, name, loaded.readOnly ? null : ref, { readOnly: loaded.readOnly, dirty: loaded.status === 'repaired' });
  if (loaded.readOnly) ui().notify({ kind: 'info', text: 'This map was made by a newer Waymark. It is open read-only; update Waymark to edit it.' });
  else if (loaded.migrations.length) ui().notify({ kind: 'info', text: `Upgraded from file version ${loaded.fileVersion}. Saving writes the current format.` });
  else ui().notify(null);
  return true;
}

export async function openDocument(): Promise<void> {
  const platform = currentPlatform();
  if (!platform || !(await confirmDiscard('open another map'))) return;
  const opened = await platform.openDocument();
  if (opened) await openBytes(opened.bytes, opened.name, opened.ref);
}

export async function saveDocument(saveAs: boolean): Promise<boolean> {
  const platform = currentPlatform();
  if (!platform) return false;
  const { journey, revision, readOnly } = doc();
  if (readOnly) { await tell('Read-only map', 'This map was made by a newer Waymark and cannot be saved by this version.'); return false; }
  const text = serializeJourney(journey);
  const suggestedName = ui().documentName.endsWith('.journey') ? ui().documentName : `${journey.settings.title || 'Untitled'}.journey`;
  let outcome = await platform.saveDocument(text, { ref: ui().documentRef, saveAs, suggestedName });
  if (outcome.kind === 'conflict') {
    const answer = await ask('The file changed on disk', `${outcome.message} Overwrite it with your version?`, [
      { id: 'overwrite', label: 'Overwrite' }, { id: 'saveAs', label: 'Save as…', primary: true }, { id: 'cancel', label: 'Cancel' },
    ]);
    if (answer === 'cancel') return false;
    outcome = await platform.saveDocument(text, { ref: answer === 'saveAs' ? null : ui().documentRef, saveAs: answer === 'saveAs', suggestedName, overwrite: answer === 'overwrite' });
  }
  if (outcome.kind === 'saved') {
    // Only mark saved what was saved: edits made while writing stay unsaved.
    if (doc().revision === revision) doc().markSaved();
    ui().setDocument(outcome.doc.ref, outcome.doc.name);
    await platform.recovery.remove(sessionKey(recoveryKey())).catch(() => undefined);
    return true;
  }
  if (outcome.kind === 'failed') await tell('Could not save', outcome.message);
  return false;
}

export async function revertDocument(): Promise<void> {
  const platform = currentPlatform();
  const ref = ui().documentRef;
  if (!platform || !ref) return;
  const answer = await ask('Revert to saved?', `Discard every change since “${ui().documentName}” was last saved?`, [{ id: 'revert', label: 'Revert', primary: true }, { id: 'cancel', label: 'Cancel' }]);
  if (answer !== 'revert') return;
  const opened = await platform.readDocument(ref);
  if (opened) await openBytes(opened.bytes, opened.name, opened.ref);
}

/** The key this map's unsaved changes are kept under for crash recovery. */
export function recoveryKey(): string {
  return ui().documentRef ?? `unsaved:${doc().journey.id}`;
}
