import { runCommand } from '../commands/registry';
import { useDocumentStore } from '../store/documentStore';

/** An empty map says how to start instead of showing a blank canvas. */
export function EmptyState() {
  const empty = useDocumentStore((s) => Object.keys(s.journey.stages).length === 0 || Object.keys(s.journey.lanes).length === 0);
  const hasStages = useDocumentStore((s) => Object.keys(s.journey.stages).length > 0);
  if (!empty) return null;
  return (
    <div className="wm-empty" role="note" aria-label="Getting started">
      <h2>{hasStages ? 'Add a lane' : 'An empty map'}</h2>
      <p>Stages are the columns of the journey; lanes are the rows (actions, touchpoints, emotions, pain points…). Cards live where they cross.</p>
      <div className="wm-buttons-inline">
        <button type="button" onClick={() => runCommand('insert.stage')}>+ Stage</button>
        <button type="button" onClick={() => runCommand('insert.lane')}>+ Lane</button>
        <button type="button" onClick={() => runCommand('file.newFromTemplate')}>Start from a template</button>
      </div>
    </div>
  );
}
