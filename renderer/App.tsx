import { useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { JourneyCanvas } from './canvas/JourneyCanvas';
import { Inspector } from './ui/Inspector';
import { selectDirty, useDocumentStore } from './store/documentStore';
import { useUiStore } from './store/uiStore';
import { loadJourney } from '../shared/file/loadJourney';
import { BUNDLED_SAMPLES } from './samples';

/** Opens the first bundled sample (the e-commerce journey) on first start. */
function openFirstSample() {
  const sample = BUNDLED_SAMPLES[0];
  const result = loadJourney(sample.text);
  if (!result.ok) { useUiStore.getState().notify({ kind: 'error', text: result.error.message }); return; }
  useDocumentStore.getState().load(result.value.journey);
  useUiStore.getState().setDocument(null, sample.name);
}

export function App() {
  const title = useDocumentStore((s) => s.journey.settings.title);
  const dirty = useDocumentStore(selectDirty);
  const canUndo = useDocumentStore((s) => s.past.length > 0);
  const canRedo = useDocumentStore((s) => s.future.length > 0);
  const message = useUiStore((s) => s.message);

  useEffect(() => { openFirstSample(); }, []);
  useEffect(() => { document.title = `${dirty ? '• ' : ''}${title} — Waymark`; }, [title, dirty]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT')) return;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'z') { e.preventDefault(); if (e.shiftKey) useDocumentStore.getState().redo(); else useDocumentStore.getState().undo(); }
      else if (mod && e.key.toLowerCase() === 'y') { e.preventDefault(); useDocumentStore.getState().redo(); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="wm-app">
      <header className="wm-topbar">
        <span className="wm-logo" aria-hidden>◆</span>
        <h1 className="wm-title" data-testid="map-title">{title}{dirty && <span className="wm-dirty" title="Unsaved changes"> •</span>}</h1>
        <nav className="wm-actions" aria-label="Edit">
          <button type="button" onClick={() => useDocumentStore.getState().undo()} disabled={!canUndo} title="Undo (Ctrl+Z)">Undo</button>
          <button type="button" onClick={() => useDocumentStore.getState().redo()} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">Redo</button>
        </nav>
      </header>
      {message && <div role="alert" className={`wm-message wm-${message.kind}`}>{message.text}</div>}
      <main className="wm-main">
        <ReactFlowProvider><JourneyCanvas /></ReactFlowProvider>
        <Inspector />
      </main>
    </div>
  );
}
