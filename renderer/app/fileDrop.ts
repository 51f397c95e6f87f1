/**
 * Dropping a map file onto the window opens it (after asking about unsaved changes).
 * The page gets the file's bytes, not its path, so a dropped map opens as a copy: Save
 * asks where to write it. (Files the OS hands to the desktop app open with their path.)
 */
import { confirmDiscard, openBytes } from './documentLifecycle';

const MAP_FILE = /\.(journey|ojf|mmd|mermaid)$/i;

export function acceptFileDrops(target: Window = window): () => void {
  const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  const onDragOver = (e: DragEvent) => { if (hasFiles(e)) { e.preventDefault(); if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'; } };
  const onDrop = (e: DragEvent) => {
    const file = [...(e.dataTransfer?.files ?? [])].find((f) => MAP_FILE.test(f.name));
    if (!file) return;
    e.preventDefault();
    void (async () => {
      if (!(await confirmDiscard('open another map'))) return;
      await openBytes(new Uint8Array(await file.arrayBuffer()), file.name, null);
    })();
  };
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('drop', onDrop);
  return () => { target.removeEventListener('dragover', onDragOver); target.removeEventListener('drop', onDrop); };
}
