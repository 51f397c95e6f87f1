/** Data commands: import a KPI/feedback export, refresh a dataset from its updated file, show or hide the data layer. */
import { setKpiView } from '../canvas/kpi/KpiLegend';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';
import type { Handlers } from './Handler';

const editable = () => !useDocumentStore.getState().readOnly;
const datasets = () => Object.values(useDocumentStore.getState().journey.datasets);

export const dataHandlers: Handlers = {
  'data.import': { enabled: editable, run: () => useUiStore.getState().startImport({}) },
  'data.refresh': {
    enabled: () => editable() && datasets().length > 0,
    run: () => {
      const list = datasets();
      if (list.length === 1) { useUiStore.getState().startImport({ refreshDatasetId: list[0]!.id }); return; }
      // Several datasets: the map panel lists them, each with its own Refresh.
      useUiStore.getState().select([]);
      useUiStore.getState().setPanel('inspector');
      useUiStore.getState().notify({ kind: 'info', text: 'Choose the dataset to refresh in the Data section of the map panel.' });
    },
  },
  'data.toggleLayer': {
    enabled: () => editable() && Object.keys(useDocumentStore.getState().journey.bindings).length > 0,
    run: () => {
      const hidden = !!useDocumentStore.getState().journey.settings.kpiView?.hidden;
      setKpiView(hidden ? 'Show data' : 'Hide data', { hidden: !hidden });
    },
  },
};
