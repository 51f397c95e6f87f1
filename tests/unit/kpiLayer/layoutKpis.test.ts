/** Imported data in the shared layout: chips on cards, stage tiles in the KPI lane, the data curve. */
import { describe, expect, it } from 'vitest';
import { addDataset, datasetFromImport } from '../../../shared/kpi/binding/datasetOperations';
import { bindingsFromMapping, suggestMapping } from '../../../shared/kpi/binding/suggestMapping';
import { dataCurvePoints } from '../../../shared/kpi/binding/dataCurve';
import { layoutJourney } from '../../../shared/layout/layoutJourney';
import { CHIP } from '../../../shared/layout/layoutChips';
import type { KpiImport } from '../../../shared/kpi/types';
import { seededIdSource } from '../../../shared/model/ids';
import type { Journey, MetricValue } from '../../../shared/model/schema';
import { expectConsistent, northwind } from '../model/fixtures';

const m = (scope: string, metric: string, value: number, unit: string): MetricValue => ({ scope, metric, value, unit });
const survey = (metrics: MetricValue[]): KpiImport => ({ source: 'qualtrics', fileName: 's.csv', rowsRead: 1, rowsImported: 1, errors: [], notes: [], feedback: [], options: {}, metrics });

function bind(j: Journey, metrics: MetricValue[], id = 'ds'): void {
  const d = datasetFromImport(survey(metrics), { id, name: id, importedAt: '2024-06-01' });
  addDataset(j, d, bindingsFromMapping(j, d, { mapping: suggestMapping(j, metrics) }, seededIdSource(7)));
}
const card = (j: Journey, title: string) => Object.values(j.cards).find((c) => c.title === title)!;

describe('layout of imported data', () => {
  it('a card with bound values grows by its chip rows and the cards below it move down', () => {
    const j = northwind();
    const before = layoutJourney(j);
    const checkout = card(j, 'Checkout');
    bind(j, [m('Checkout', 'csat', 0.75, 'fraction'), m('Checkout', 'csatMean', 4, 'score'), m('Checkout', 'ces', 5.25, 'score'), m('Checkout', 'nps', 0, 'score')]);
    expectConsistent(j);
    const after = layoutJourney(j);
    const box = after.cards.get(checkout.id)!;
    expect(box.kpiChips.map((c) => c.text)).toEqual(['CSAT 75.0%', 'CSAT x̄ 4.00', 'CES 5.25', 'NPS 0.0']);
    const rows = new Set(box.kpiChips.map((c) => c.y)).size;
    expect(box.height).toBe(before.cards.get(checkout.id)!.height + rows * CHIP.height + (rows - 1) * CHIP.rowGap + 6);
    // Every chip lies inside the card.
    for (const c of box.kpiChips) {
      expect(c.x + c.width).toBeLessThanOrEqual(box.width);
      expect(c.y + CHIP.height).toBeLessThanOrEqual(box.height);
    }
    // A card below Checkout in the same cell (if any) moved by the same amount; other cells did not.
    for (const [id, b] of after.cards) {
      const old = before.cards.get(id)!;
      if (b.stageId === box.stageId && b.laneId === box.laneId && old.y > before.cards.get(checkout.id)!.y) expect(b.y - old.y).toBe(box.height - before.cards.get(checkout.id)!.height);
      if (b.stageId !== box.stageId && b.laneId !== box.laneId) expect(b.height).toBe(old.height);
    }
  });

  it('hiding the data layer lays the map out as if nothing were bound', () => {
    const j = northwind();
    const plain = layoutJourney(j);
    bind(j, [m('Checkout', 'csat', 0.75, 'fraction')]);
    j.settings.kpiView = { hidden: true };
    const hidden = layoutJourney(j);
    expect([...hidden.cards.values()].map((b) => [b.id, b.y, b.height])).toEqual([...plain.cards.values()].map((b) => [b.id, b.y, b.height]));
    expect(layoutJourney(j, { showKpis: true }).cards.get(card(j, 'Checkout').id)!.kpiChips).toHaveLength(1);
  });

  it('stage-level values sit in a tile at the top of the stage’s cell in the KPI lane', () => {
    const j = northwind();
    const kpiLane = Object.values(j.lanes).find((l) => l.kind === 'kpis');
    expect(kpiLane, 'the Northwind sample has a KPI lane').toBeDefined();
    bind(j, [m('Loyalty', 'conversion', 0.1336, 'fraction'), m('Loyalty', 'sessions', 9034, 'count')]);
    const layout = layoutJourney(j);
    const purchase = Object.values(j.stages).find((s) => s.name === 'Loyalty')!;
    const tile = layout.stageTiles.get(purchase.id)!;
    expect(tile.chips.map((c) => c.text)).toEqual(['Conv. 13.4%', 'Sess. 9,034']);
    const lane = layout.lanes.find((l) => l.id === kpiLane!.id)!;
    expect(tile.y).toBeGreaterThanOrEqual(lane.y);
    // Cards of that cell start below the tile.
    for (const b of layout.cards.values()) if (b.stageId === purchase.id && b.laneId === kpiLane!.id) expect(b.y).toBeGreaterThanOrEqual(tile.y + tile.height);
  });

  it('the data curve puts each stage’s feeling on the map’s emotion scale from the metric’s own range', () => {
    const j = northwind(); // emotion scale −2…+2
    bind(j, [m('Checkout', 'csat', 0.75, 'fraction'), m('Delivery', 'csat', 0.5, 'fraction')]);
    const points = new Map(dataCurvePoints(j, 'csat').map((p) => [p.stageId, p.score]));
    expect(points.get(card(j, 'Checkout').stageId)).toBe(1); // 75 % top-2-box → +1 on −2…+2
    expect(points.get(card(j, 'Delivery').stageId)).toBe(0);
    j.settings.kpiView = { curveMetric: 'csat' };
    const layout = layoutJourney(j);
    expect(layout.dataCurve?.points).toHaveLength(2);
    expect(layout.dataCurve?.path).toMatch(/^M/);
    j.settings.kpiView = { curveMetric: 'users' };
    expect(layoutJourney(j).dataCurve).toBeNull();
  });
});

describe('a CES the file says is “lower = easier” (Typeform effort)', () => {
  it('is stored with the dataset and read that way by targets, heat and the data curve (failed before: read as higher = better)', async () => {
    const { readFileSync } = await import('node:fs');
    const { importKpiFile } = await import('../../../shared/kpi/importKpiFile');
    const { statusOf } = await import('../../../shared/kpi/binding/kpiLayer');
    const file = 'typeform_trial_feedback_may2024.csv';
    const r = importKpiFile(new Uint8Array(readFileSync(new URL(`../../../../shared/fixtures/kpi/${file}`, import.meta.url))), file);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.options).toMatchObject({ cesHigherIsEasier: false, cesScale: 7 });
    const j = northwind();
    const checkout = card(j, 'Checkout');
    // Place the whole-survey scope on Checkout, as a user would in the wizard.
    const mapping = suggestMapping(j, r.value.metrics).map((row) => (row.scope === 'total' ? { ...row, target: { type: 'card' as const, id: checkout.id } } : row));
    const d = datasetFromImport(r.value, { id: 'tf', name: 'Typeform', importedAt: '' });
    addDataset(j, d, bindingsFromMapping(j, d, { mapping, options: d.options }, seededIdSource(2)));
    const ces = Object.values(j.bindings).find((b) => b.metric === 'ces')!;
    expect(ces.higherIsBetter).toBe(false);
    expect(statusOf(3.714, 4, ces.higherIsBetter)).toBe('good'); // less effort than the target of 4
    // Effort 3.714 of 7 (lower = easier) is a little better than neutral: above the middle of −2…+2.
    const score = dataCurvePoints(j, 'ces').find((p) => p.stageId === checkout.stageId)!.score;
    expect(score).toBeGreaterThan(0);
    expect(score).toBeCloseTo(0.2, 1); // (8 − 3.714 − 4) / 3 of the way up: +0.19
  });
});

describe('heatColor', () => {
  it('runs from the theme’s green (best stage) through amber to red (worst), and clamps what is off the scale', async () => {
    const { heatColor } = await import('../../../shared/theme/heatColor');
    const { lightTheme } = await import('../../../shared/theme/theme');
    expect(heatColor(0)).toBe(lightTheme.statusGood);
    expect(heatColor(1)).toBe(lightTheme.statusBad);
    expect(heatColor(0.5)).toBe('#d97706');
    expect(heatColor(-3)).toBe(heatColor(0));
    expect(heatColor(9)).toBe(heatColor(1));
    expect(heatColor(Number.NaN)).toBe(heatColor(0.5));
  });
});
