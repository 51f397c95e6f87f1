import { useEffect, useRef, useState } from 'react';
import { addDataset, datasetFromImport, refreshDataset } from '../../../shared/kpi/binding/datasetOperations';
import { bindingsFromMapping, type ScopeMapping, suggestMapping } from '../../../shared/kpi/binding/suggestMapping';
import type { ImportOptions, KpiImport } from '../../../shared/kpi/types';
import { isPrimaryMetric } from '../../../shared/kpi/metricCatalog';
import { createId } from '../../../shared/model/ids';
import { currentPlatform } from '../../app/session';
import { runImport, type RunningImport } from '../../kpi/runImport';
import { useDocumentStore } from '../../store/documentStore';
import { useUiStore } from '../../store/uiStore';
import { Dialog } from '../Dialog';
import { ImportReport } from './ImportReport';
import { MappingTable } from './MappingTable';
import { MetricChoices } from './MetricChoices';

type Phase =
  | { kind: 'choose' }
  | { kind: 'reading'; name: string; fraction: number; stage: string }
  | { kind: 'failed'; name: string; message: string }
  | { kind: 'review'; result: KpiImport; mapping: ScopeMapping[] };

const baseName = (name: string) => name.replace(/\.[^.]+$/, '');

/**
 * The metrics left unchecked at first: the known secondary ones (counts behind a rate,
 * step indexes, feedback tallies) when the file has headline metrics; none for a table of
 * the user's own columns, which are all theirs to keep.
 */
export function defaultExcluded(metrics: readonly string[]): ReadonlySet<string> {
  const distinct = [...new Set(metrics)];
  return distinct.some(isPrimaryMetric) ? new Set(distinct.filter((m) => !isPrimaryMetric(m))) : new Set();
}

/**
 * Import data: choose (or drop) a file, see what was recognized and every row that was not
 * imported, confirm or correct where each row of the file belongs on the map, set targets,
 * finish. The mapping is stored as bindings, so Refresh re-reads an updated file the same way.
 */
export function ImportWizard() {
  const request = useUiStore((s) => s.importRequest);
  const journey = useDocumentStore((s) => s.journey);
  const refreshing = request?.refreshDatasetId ? journey.datasets[request.refreshDatasetId] : undefined;
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [name, setName] = useState('');
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [goals, setGoals] = useState<ReadonlyMap<string, number>>(new Map());
  const running = useRef<RunningImport | null>(null);
  const close = () => { running.current?.cancel(); useUiStore.setState({ importRequest: null }); useUiStore.getState().open(null); };

  const read = async (file: { name: string; bytes: Uint8Array }) => {
    const options: ImportOptions = refreshing ? { ...(refreshing.options as ImportOptions) } : {};
    setPhase({ kind: 'reading', name: file.name, fraction: 0, stage: 'reading' });
    const job = runImport({ bytes: file.bytes, fileName: file.name, options}, (fraction, stage) => setPhase((p) => (p.kind === 'reading' ? { ...p, fraction, stage } : p)));
    running.current = job;
    const result = await job.result;
    running.current = null;
    if (!result) { setPhase({ kind: 'choose' }); return; }
    if (!result.ok) { setPhase({ kind: 'failed', name: file.name, message: `${result.error.line ? `Line ${result.error.line}: ` : ''}${result.error.message}` }); return; }
    setName(refreshing?.name ?? baseName(file.name));
    setExcluded(defaultExcluded(result.value.metrics.map((m) => m.metric)));
    setPhase({ kind: 'review', result: result.value, mapping: suggestMapping(useDocumentStore.getState().journey, result.value.metrics) });
  };

  const choose = async () => {
    try {
      const platform = currentPlatform();
      if (!platform) return;
      const file = await platform.pickDataFile();
      if (file) await read(file);
    } catch (e) {
      setPhase({ kind: 'failed', name: '', message: e instanceof Error ? e.message : String(e) });
    }
  };

  useEffect(() => {
    if (request?.file) void read(request.file);
    return () => running.current?.cancel();
    // Runs once per request: the wizard is mounted per import.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);

  const finish = (result: KpiImport, mapping: ScopeMapping[]) => {
    const store = useDocumentStore.getState();
    const importedAt = new Date().toISOString();
    if (refreshing) {
      let missing = 0;
      store.change('Refresh data', (d) => {
        const report = refreshDataset(d, refreshing.id, datasetFromImport(result, { id: refreshing.id, name: refreshing.name, importedAt }));
        missing = report.missing.length;
      });
      useUiStore.getState().notify({ kind: missing ? 'error' : 'info', text: `Refreshed “${refreshing.name}” from ${result.fileName}: ${result.rowsImported} rows.${missing ? ` ${missing} mapped value(s) are no longer in the file and show as missing.` : ''}` });
    } else {
      const id = createId('ds');
      // When a huge file exceeds what a map stores, the values placed on the map are kept first.
      const placedScopes = new Set(mapping.filter((r) => r.target).map((r) => r.scope));
      const ordered = placedScopes.size ? { ...result, metrics: [...result.metrics.filter((m) => placedScopes.has(m.scope)), ...result.metrics.filter((m) => !placedScopes.has(m.scope))] } : result;
      const dataset = datasetFromImport(ordered, { id, name: name.trim() || baseName(result.fileName), importedAt });
      const perScope = new Map(mapping.map((r) => [r.scope, excluded] as const));
      store.change('Import data', (d) => addDataset(d, dataset, bindingsFromMapping(d, dataset, { mapping, excluded: perScope, goals, options: dataset.options })));
      const placed = mapping.filter((r) => r.target).length;
      useUiStore.getState().notify({ kind: 'info', text: `Imported “${dataset.name}”: ${result.metrics.length} values from ${result.rowsImported} rows, ${placed} of ${mapping.length} rows placed on the map${result.errors.length ? `, ${result.errors.length} rows reported` : ''}.` });
    }
    close();
  };

  return (
    <Dialog title={refreshing ? `Refresh “${refreshing.name}”` : 'Import data'} onClose={close} className="wm-import">
      {phase.kind === 'choose' && (
        <>
          <p>{refreshing
            ? <>Choose the updated export of <strong>{refreshing.fileName}</strong>; it is read the same way and the values land where they are mapped now.</>
            : <>CSV, TSV, Excel (.xlsx) or JSON exports from GA4, Universal Analytics, Adobe, Mixpanel, Amplitude, Heap, PostHog, Qualtrics, SurveyMonkey, Typeform, Delighted, Medallia, Zendesk, Trustpilot, Google Play, the App Store, or any table. You can also drop a file on the map.</>}</p>
          <div className="wm-buttons">
            <button type="button" className="wm-primary" onClick={() => void choose()}>Choose file…</button>
            <button type="button" onClick={close}>Cancel</button>
          </div>
        </>
      )}
      {phase.kind === 'reading' && (
        <>
          <p>Reading <strong>{phase.name}</strong>… ({phase.stage})</p>
          <progress max={1} value={phase.fraction} aria-label="Import progress" data-testid="import-progress" />
          <div className="wm-buttons"><button type="button" onClick={() => { running.current?.cancel(); }}>Cancel import</button></div>
        </>
      )}
      {phase.kind === 'failed' && (
        <>
          <p role="alert" data-testid="import-error">Could not import {phase.name ? <strong>{phase.name}</strong> : 'the file'}: {phase.message}</p>
          <div className="wm-buttons">
            <button type="button" onClick={() => void choose()}>Choose another file…</button>
            <button type="button" onClick={close}>Close</button>
          </div>
        </>
      )}
      {phase.kind === 'review' && (
        <>
          <ImportReport result={phase.result} />
          {!refreshing && (
            <>
              <label>Dataset name <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} /></label>
              <h3>Where each row belongs</h3>
              <MappingTable journey={journey} metrics={phase.result.metrics} mapping={phase.mapping} onChange={(mapping) => setPhase({ ...phase, mapping })} />
              <h3>Metrics and targets</h3>
              <MetricChoices metrics={phase.result.metrics} excluded={excluded} goals={goals} onExcluded={setExcluded} onGoals={setGoals} />
            </>
          )}
          <div className="wm-buttons">
            <button type="button" className="wm-primary" disabled={phase.result.metrics.length === 0} onClick={() => finish(phase.result, phase.mapping)}>
              {refreshing ? 'Replace the data' : 'Add to the map'}
            </button>
            <button type="button" onClick={close}>Cancel</button>
          </div>
        </>
      )}
    </Dialog>
  );
}
