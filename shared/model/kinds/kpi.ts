import { kpiCardSchema } from '../schema';
import type { CardKindDef } from './CardKindDef';

export const kpi: CardKindDef<'kpi'> = {
  kind: 'kpi',
  label: 'KPI',
  hint: 'A measure at this step, with a value and a target',
  homeLane: 'kpis',
  schema: kpiCardSchema,
  defaults: () => ({ metric: 'Conversion', unit: '%' }),
  size: { box: true, minHeight: 64, maxTitleLines: 2, maxBodyLines: 2 },
  badge: (card) => (card.value === undefined ? null : `${card.value}${card.unit ?? ''}`),
};
