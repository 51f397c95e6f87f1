import { removeDataset } from '../../../shared/kpi/binding/datasetOperations';
import { useDocumentStore } from '../../store/documentStore';
import { useUiStore } from '../../store/uiStore';
import { sourceName } from '../import/ImportReport';
import { Section } from './fields';

/** The map's datasets: where each came from, its import report, Refresh and Remove. */
export function DataSection() {
  const datasets = useDocumentStore((s) => s.journey.datasets);
  const bindings = useDocumentStore((s) => s.journey.bindings);
  const readOnly = useDocumentStore((s) => s.readOnly);
  const list = Object.values(datasets).sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  return (
    <Section title="Data">
      {list.length === 0 && <p className="wm-muted">No data yet. Import an export from your analytics, survey or review tool to see it on the map.</p>}
      <ul className="wm-datasets" data-testid="datasets">
        {list.map((d) => {
          const bound = Object.values(bindings).filter((b) => b.datasetId === d.id).length;
          return (
            <li key={d.id}>
              <strong>{d.name}</strong> <span className="wm-tag">{sourceName(d.source)}</span>
              <div className="wm-muted">{d.fileName}{d.period ? ` · ${d.period.start} – ${d.period.end}` : ''} · imported {d.importedAt.slice(0, 10)}</div>
              <div className="wm-muted">{d.rowsImported} of {d.rowsRead} rows · {d.metrics.length} values · {bound} on the map{d.feedback.length ? ` · ${d.feedback.length} comments` : ''}</div>
              {d.errors.length > 0 && (
                <details><summary>{d.errors.length} rows reported</summary>
                  <ul className="wm-import-errors">{d.errors.slice(0, 100).map((e, i) => <li key={i}>{e.line > 0 ? `Line ${e.line}: ` : ''}{e.message}</li>)}</ul>
                </details>
              )}
              {!readOnly && (
                <div className="wm-buttons-inline">
                  <button type="button" onClick={() => useUiStore.getState().startImport({ refreshDatasetId: d.id })}>Refresh…</button>
                  <button type="button" onClick={() => useDocumentStore.getState().change('Remove data', (j) => removeDataset(j, d.id))}>Remove</button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {!readOnly && <div className="wm-buttons-inline"><button type="button" onClick={() => useUiStore.getState().startImport({})}>Import data…</button></div>}
    </Section>
  );
}
