import { useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { JourneyCanvas } from './canvas/JourneyCanvas';
import { SidePanel } from './ui/Inspector';
import { Toolbar } from './ui/Toolbar';
import { CommandPalette } from './ui/CommandPalette';
import { CommentDialog } from './ui/CommentsPanel';
import { QuestionModal } from './ui/QuestionModal';
import { KindPicker } from './ui/KindPicker';
import { ConnectPicker } from './ui/ConnectPicker';
import { EmptyState } from './ui/EmptyState';
import { TemplatesDialog } from './ui/TemplatesDialog';
import { FindDialog } from './ui/FindDialog';
import { ImportWizard } from './ui/import/ImportWizard';
import { ExportDialog } from './ui/export/ExportDialog';
import { selectDirty, useDocumentStore } from './store/documentStore';
import { useUiStore } from './store/uiStore';
import { useShortcuts } from './commands/useShortcuts';
import { startApp } from './app/startup';

export function App() {
  const title = useDocumentStore((s) => s.journey.settings.title);
  const dirty = useDocumentStore(selectDirty);
  const readOnly = useDocumentStore((s) => s.readOnly);
  const message = useUiStore((s) => s.message);
  const dialog = useUiStore((s) => s.dialog);
  const documentName = useUiStore((s) => s.documentName);
  useShortcuts();

  // Platform, shell events, recovery; then recovered maps or the e-commerce sample.
  useEffect(() => { void startApp(); }, []);
  useEffect(() => { document.title = `${dirty ? '• ' : ''}${documentName} — Waymark`; }, [documentName, dirty]);

  return (
    <div className="wm-app">
      <header className="wm-topbar">
        <span className="wm-logo" aria-hidden>◆</span>
        <h1 className="wm-title" data-testid="map-title">{title}{dirty && <span className="wm-dirty" title="Unsaved changes"> •</span>}{readOnly && <span className="wm-readonly"> (read-only)</span>}</h1>
        <Toolbar />
      </header>
      {message && (
        <div role="status" className={`wm-message wm-${message.kind}`}>
          {message.text} <button type="button" className="wm-link" onClick={() => useUiStore.getState().notify(null)} aria-label="Dismiss message">Dismiss</button>
        </div>
      )}
      <main className="wm-main">
        <ReactFlowProvider><JourneyCanvas /></ReactFlowProvider>
        <EmptyState />
        <SidePanel />
      </main>
      {dialog === 'palette' && <CommandPalette />}
      {dialog === 'comment' && <CommentDialog />}
      {dialog === 'newStage' && <KindPicker what="stage" />}
      {dialog === 'newLane' && <KindPicker what="lane" />}
      {dialog === 'connect' && <ConnectPicker />}
      {dialog === 'templates' && <TemplatesDialog />}
      {dialog === 'find' && <FindDialog />}
      {dialog === 'importData' && <ImportWizard />}
      {dialog === 'export' && <ExportDialog />}
      <QuestionModal />
    </div>
  );
}
