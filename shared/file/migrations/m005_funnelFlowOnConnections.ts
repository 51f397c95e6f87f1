import { isPlainObject } from '../../util/path';
import { type Migration, MigrationError } from './Migration';

/**
 * v4 put a funnel step's own metrics on every connection that left its card for another
 * mapped step's card. Its drop-off belongs there, but its conversion is the share that
 * reached it from the step BEFORE, so the arrow read "▼ 72.0% drop-off · 100.0% continue".
 * And steps that do not follow each other (a skip, a way back) got numbers too.
 *
 * v5 keeps funnel numbers only on an arrow from step n to step n + 1 (by the dataset's
 * `stepIndex` values, same breakdown): the drop-off of the step it leaves and the conversion
 * of the step it reaches. So a connection's `conversion` binding moves to the scope bound to
 * the card the arrow reaches, and flow bindings on other connections go. Card and stage
 * bindings, datasets and goals are untouched; nothing the user typed is removed.
 *
 * Self-contained on purpose (the step order and breakdown rule are written out here, not
 * imported from suggestMapping): a migration must do tomorrow what it does today.
 */
const FLOW = new Set(['dropOffRate', 'dropOff', 'conversion']);

type Rec = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const breakdownOf = (scope: string): string | null => { const at = scope.indexOf(' / '); return at < 0 ? null : scope.slice(at + 3); };

export const funnelFlowOnConnections: Migration = {
  to: 5,
  name: 'funnelFlowOnConnections',
  up(doc) {
    if (!isPlainObject(doc)) throw new MigrationError('document', 'expected an object');
    if (doc.bindings === undefined) return doc;
    if (!isPlainObject(doc.bindings)) throw new MigrationError('document.bindings', 'expected records');
    const bindings = doc.bindings as Rec;
    const connections = isPlainObject(doc.connections) ? (doc.connections as Rec) : {};
    const datasets = isPlainObject(doc.datasets) ? (doc.datasets as Rec) : {};

    // Per dataset: each scope's step, and the scope bound to each card.
    const steps = new Map<string, Map<string, number>>();
    const stepsOf = (datasetId: string): Map<string, number> => {
      let map = steps.get(datasetId);
      if (map) return map;
      map = new Map();
      const metrics = isPlainObject(datasets[datasetId]) ? (datasets[datasetId] as Rec).metrics : undefined;
      if (Array.isArray(metrics)) {
        for (const m of metrics) {
          if (!isPlainObject(m) || m.metric !== 'stepIndex' || typeof m.scope !== 'string' || !Number.isInteger(m.value)) continue;
          map.set(m.scope, m.value as number);
        }
      }
      steps.set(datasetId, map);
      return map;
    };
    const cardScope = new Map<string, string>();
    for (const b of Object.values(bindings)) {
      if (!isPlainObject(b) || !isPlainObject(b.target) || b.target.type !== 'card') continue;
      const datasetId = str(b.datasetId); const card = str(b.target.id); const scope = str(b.scope);
      if (datasetId !== undefined && card !== undefined && scope !== undefined) cardScope.set(`${datasetId}\u0000${card}`, scope);
    }

    const out: Rec = {};
    for (const [id, b] of Object.entries(bindings)) {
      const isFlow = isPlainObject(b) && isPlainObject(b.target) && b.target.type === 'connection' && typeof b.metric === 'string' && FLOW.has(b.metric);
      if (!isFlow) { out[id] = b; continue; }
      const binding = b as Rec & { target: Rec };
      const datasetId = str(binding.datasetId) ?? '';
      const from = str(binding.scope) ?? '';
      const connection = connections[str(binding.target.id) ?? ''];
      // A binding on a connection that is gone is left for the loader's repair to report.
      if (!isPlainObject(connection)) { out[id] = b; continue; }
      const to = cardScope.get(`${datasetId}\u0000${str(connection.targetId) ?? ''}`);
      const stepOf = stepsOf(datasetId);
      const a = stepOf.get(from);
      const next = to === undefined ? undefined : stepOf.get(to);
      if (to === undefined || a === undefined || next !== a + 1 || breakdownOf(from) !== breakdownOf(to)) continue;
      out[id] = binding.metric === 'conversion' ? { ...binding, scope: to } : b;
    }
    return { ...doc, bindings: out };
  },
};
