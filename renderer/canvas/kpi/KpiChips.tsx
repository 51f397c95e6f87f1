import { memo } from 'react';
import type { ChipBox } from '../../../shared/layout/layoutChips';
import { type BoundValue, describeSource } from '../../../shared/kpi/binding/kpiLayer';

/**
 * KPI chips at the positions the shared layout gave them (the export draws the same boxes).
 * Each chip is colored by its status against the target and names its source on hover.
 */
function KpiChipsView({ chips, values }: { chips: readonly ChipBox[]; values: readonly BoundValue[] | undefined }) {
  if (!values || chips.length === 0) return null;
  const byId = new Map(values.map((v) => [v.bindingId, v]));
  return (
    <>
      {chips.map((c) => {
        const v = byId.get(c.bindingId);
        if (!v) return null;
        const tip = describeSource(v);
        return (
          <span key={c.bindingId} className={`wm-chip is-${v.status}`} style={{ left: c.x, top: c.y, width: c.width }} title={tip} aria-label={tip.replace('\n', '. ')} data-testid="kpi-chip" data-metric={v.metric}>
            {c.text}
          </span>
        );
      })}
    </>
  );
}

export const KpiChips = memo(KpiChipsView);
