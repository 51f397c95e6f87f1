/**
 * What happens when the page starts: pick the platform, listen to the shell (menu
 * commands, files the OS asks to open), keep the shell told about the document (title,
 * unsaved marker, menu enablement), start crash-recovery snapshots, then offer recovered
 * maps or open the first sample.
 */
import { getPlatform } from '../platform/getPlatform';
import { selectDirty, useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import { COMMANDS, isEnabled, runCommand } from '../commands/registry';
import { BUNDLED_SAMPLES } from '../samples';
import { confirmDiscard, openBytes } from './documentLifecycle';
import { offerRecovery, startAutosave } from './recovery';
import { setPlatform } from './session';
import { holdSessionLock } from './liveSessions';
import { acceptFileDrops } from './fileDrop';
import { followColorScheme } from '../theme/followColorScheme';

let started = false;

export async function startApp(): Promise<void> {
  if (started) return; // StrictMode runs effects twice in development
  started = true;
  holdSessionLock();
  const platform = getPlatform();
  setPlatform(platform);
  platform.onCommand((id) => { runCommand(id); });
  followColorScheme(platform);
  acceptFileDrops();
  platform.onOpenRequest((doc) => { void confirmDiscard('open another map').then((ok) => ok && openBytes(doc.bytes, doc.name, doc.ref)); });

  const publish = () => {
    const d = useDocumentStore.getState();
    const ui = useUiStore.getState();
    platform.setDocumentState({
      title: ui.documentName,
      dirty: selectDirty(d),
      menu: {
        canUndo: d.past.length > 0, canRedo: d.future.length > 0, hasSelection: ui.selectedIds.length > 0, dirty: selectDirty(d), readOnly: d.readOnly,
        // Check marks in the native menu: Data › Show data on the map.
        checked: Object.keys(d.journey.bindings).length > 0 && !d.journey.settings.kpiView?.hidden ? ['data.toggleLayer'] : [],
        // Greyed out in the native menu: exactly what the page's own handlers refuse now.
        disabled: [...COMMANDS.keys()].filter((id) => !isEnabled(id)),
      },
    });
  };
  useDocumentStore.subscribe(publish);
  useUiStore.subscribe((s, prev) => { if (s.selectedIds !== prev.selectedIds || s.documentName !== prev.documentName) publish(); });

  const restored = await offerRecovery(platform);
  if (!restored) await openBytes(BUNDLED_SAMPLES[0].text, BUNDLED_SAMPLES[0].name, null);
  startAutosave(platform, restored);
  publish();
}
