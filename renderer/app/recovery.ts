/**
 * Crash recovery in the page: every document change is snapshotted (debounced) through the
 * platform (a recovery folder in user data on the desktop, IndexedDB in the browser); at
 * start-up, unsaved maps are offered back with the time they were last changed. A snapshot
 * is removed once its map is saved or the user discards it.
 */
import { serializeJourney } from '../../shared/file/serializeJourney';
import { selectDirty, useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import { ask } from '../ui/ask';
import { openBytes, recoveryKey } from './documentLifecycle';
import type { Platform } from '../platform/Platform';
import { liveSessions, sessionKey, sessionOf, SESSION_ID } from './liveSessions';

export const RECOVERY_DEBOUNCE_MS = 1000;

/**
 * Starts snapshotting; returns a stop function. `restoredKey` is the snapshot a restored
 * map came from: it is kept until the map's own snapshot replaces it, so a second crash
 * right after restoring loses nothing.
 */
export function startAutosave(platform: Platform, restoredKey: string | null = null): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastKey: string | null = restoredKey;
  const flush = () => {
    timer = null;
    const doc = useDocumentStore.getState();
    const key = sessionKey(recoveryKey());
    if (lastKey && lastKey !== key) void platform.recovery.remove(lastKey).catch(() => undefined);
    lastKey = key;
    if (!selectDirty(doc) || doc.readOnly) { void platform.recovery.remove(key).catch(() => undefined); return; }
    void platform.recovery.write({ key, title: doc.journey.settings.title || useUiStore.getState().documentName, text: serializeJourney(doc.journey), updatedAt: new Date().toISOString() })
      .catch((e: unknown) => useUiStore.getState().notify({ kind: 'error', text: `Could not keep a recovery copy: ${e instanceof Error ? e.message : String(e)}` }));
  };
  if (restoredKey) flush();
  const unsubscribe = useDocumentStore.subscribe((s, prev) => {
    if (s.revision === prev.revision && s.savedRevision === prev.savedRevision) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, RECOVERY_DEBOUNCE_MS);
  });
  return () => { unsubscribe(); if (timer) clearTimeout(timer); };
}

/** Offers each unsaved map back. Returns the key of the snapshot restored (now open), or null. */
export async function offerRecovery(platform: Platform): Promise<string | null> {
  let snapshots;
  try { snapshots = await platform.recovery.list(); } catch { return null; }
  let restored: string | null = null;
  const live = await liveSessions();
  for (const snap of snapshots) {
    const owner = sessionOf(snap.key);
    if (owner === SESSION_ID || live.has(owner)) continue; // open in another window right now
    const when = new Date(snap.updatedAt);
    const answer = await ask('Recover unsaved changes?', `“${snap.title}” has changes that were never saved, last changed ${when.toLocaleString()}.`, [
      { id: 'restore', label: 'Restore', primary: true }, { id: 'discard', label: 'Discard' }, { id: 'later', label: 'Not now' },
    ]);
    if (answer === 'discard') { await platform.recovery.remove(snap.key).catch(() => undefined); continue; }
    if (answer !== 'restore' || restored) continue;
    // The platform re-issues the file's ref (main remembers which file an unsaved map came
    // from), so saving the restored map goes back to that file, with the conflict check.
    const ok = await openBytes(snap.text, `${snap.title}.journey`, snap.ref ?? null);
    if (ok) {
      useDocumentStore.setState({ savedRevision: -1 }); // restored work is unsaved work
      restored = snap.key;
    }
  }
  return restored;
}
