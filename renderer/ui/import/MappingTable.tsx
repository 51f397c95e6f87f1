import { useMemo } from 'react';
import type { MappingTarget, ScopeMapping } from '../../../shared/kpi/binding/suggestMapping';
import { formatMetric } from '../../../shared/kpi/binding/formatMetric';
import { metricDef } from '../../../shared/kpi/metricCatalog';
import { orderedStages } from '../../../shared/model/journey';
import type { Journey, MetricValue } from '../../../shared/model/schema';

/** Rows listed at most; each has a select with every card, so thousands would stall the dialog. */
const MAX_ROWS = 300;
const keyOf = (t: MappingTarget | null) => (t ? `${t.type}:${t.id}` : '');
const parseKey = (k: string): MappingTarget | null => {
  const [type, ...rest] = k.split(':');
  return type === 'stage' || type === 'card' ? { type, id: rest.join(':') } : null;
};

/** Rows of the file (scopes) against places on the map: proposed by name, confirmed or corrected by the user. */
export function MappingTable({ journey, metrics, mapping, onChange }: {
  journey: Journey; metrics: readonly MetricValue[]; mapping: readonly ScopeMapping[]; onChange(next: ScopeMapping[]): void;
}) {
  const options = useMemo(() => orderedStages(journey).map((s) => ({
    stage: s,
    cards: Object.values(journey.cards).filter((c) => c.stageId === s.id && c.kind !== 'emotion').sort((a, b) => a.title.localeCompare(b.title)),
  })), [journey]);
  const values = useMemo(() => {
    const m = new Map<string, MetricValue[]>();
    for (const v of metrics) { const l = m.get(v.scope); if (l) l.push(v); else m.set(v.scope, [v]); }
    return m;
  }, [metrics]);
  const set = (i: number, target: MappingTarget | null) => onChange(mapping.map((r, j) => (j === i ? { ...r, target, matchedBy: null } : r)));
  // A million-row export can have a million rows here: show the placed ones and the first of the rest.
  const shown = useMemo(() => {
    const placed = mapping.flatMap((r, i) => (r.target ? [i] : []));
    const rest = mapping.flatMap((r, i) => (r.target ? [] : [i])).slice(0, Math.max(0, MAX_ROWS - placed.length));
    return [...placed.slice(0, MAX_ROWS), ...rest].sort((a, b) => a - b);
  }, [mapping]);
  const hidden = mapping.length - shown.length;
  return (
    <>
    {hidden > 0 && <p className="wm-muted" data-testid="mapping-hidden">{hidden} more rows of the file are not shown; rows matched by name are all listed and will be placed. Use “Names in data” on a card to place others.</p>}
    <table className="wm-mapping" data-testid="mapping-table">
      <thead><tr><th scope="col">In the file</th><th scope="col">Values</th><th scope="col">On the map</th></tr></thead>
      <tbody>
        {shown.map((i) => ({ row: mapping[i]!, i })).map(({ row, i }) => (
          <tr key={row.scope} data-scope={row.scope}>
            <th scope="row" className="wm-mapping-scope">{row.scope}</th>
            <td className="wm-muted">
              {(values.get(row.scope) ?? []).slice(0, 4).map((v) => `${metricDef(v.metric)?.short ?? v.metric} ${formatMetric(v.value, v.unit, v.metric)}`).join(' · ')}
              {(values.get(row.scope)?.length ?? 0) > 4 ? ' …' : ''}
            </td>
            <td>
              <select aria-label={`Map “${row.scope}” to`} value={keyOf(row.target)} onChange={(e) => set(i, parseKey(e.target.value))}>
                <option value="">— not on the map —</option>
                {options.map(({ stage, cards }) => (
                  <optgroup key={stage.id} label={stage.name}>
                    <option value={`stage:${stage.id}`}>Stage: {stage.name}</option>
                    {cards.map((c) => <option key={c.id} value={`card:${c.id}`}>{c.title || 'Untitled'} ({c.kind === 'painPoint' ? 'pain point' : c.kind})</option>)}
                  </optgroup>
                ))}
              </select>
              {row.matchedBy && <span className="wm-tag" title="Proposed from the name">by {row.matchedBy}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </>
  );
}
