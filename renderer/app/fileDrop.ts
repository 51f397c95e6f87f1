/**
 * Dropping a map file onto the window opens it (after asking about unsaved changes);
 * dropping a data export (CSV, TSV, XLSX, JSON) starts the import wizard with it.
 * The page gets the file's bytes, not its path, so a dropped map opens as a copy: Save
 * asks where to write it. (Files the OS hands to the desktop app open with their path.)
 */
import { confirmDiscard, openBytes } from './documentLifecycle';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';

const MAP_FILE = /\.(journey|ojf|mmd|mermaid)$/i;
/** KPI and feedback exports: dropping one starts the import wizard with it. */
const DATA_FILE = /\.(csv|tsv|txt|xlsx|json)$/i;

export function acceptFileDrops(target: Window = window): () => void {
  const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  const onDragOver = (e: DragEvent) => { if (hasFiles(e)) { e.preventDefault(); if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'; } };
  const onDrop = (e: DragEvent) => {
    const files = [...(e.dataTransfer?.files ?? [])];
    const data = files.find((f) => DATA_FILE.test(f.name));
    if (data && !files.some((f) => MAP_FILE.test(f.name))) {
      e.preventDefault();
      if (useDocumentStore.getState().readOnly) return;
      void data.arrayBuffer().then((buffer) => useUiStore.getState().startImport({ file: { name: data.name, bytes: new Uint8Array(buffer) } }));
      return;
    }
    const file = files.find((f) => MAP_FILE.test(f.name));
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
