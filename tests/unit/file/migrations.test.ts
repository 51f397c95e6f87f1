import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadJourney } from '../../../shared/file/loadJourney';
import { checkMigrationSequence, migrate, MIGRATIONS } from '../../../shared/file/migrations/migrations';
import { recordsKeyedById } from '../../../shared/file/migrations/m002_recordsKeyedById';
import { painSeverityScale } from '../../../shared/file/migrations/m003_painSeverityScale';
import { emotionCurves, DEFAULT_CURVE_ID } from '../../../shared/file/migrations/m004_emotionCurves';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/file/envelope';
import { MigrationError } from '../../../shared/file/migrations/Migration';
import { funnelFlowOnConnections } from '../../../shared/file/migrations/m005_funnelFlowOnConnections';
import { buildKpiLayer } from '../../../shared/kpi/binding/kpiLayer';
import { dataEdgeParts } from '../../../shared/export/kpiLayer';

const fixture = (name: string) => JSON.parse(readFileSync(`tests/fixtures/journeys/${name}`, 'utf8'));

describe('the migration sequence', () => {
  it('is numbered without gaps and ends at the current version', () => {
    expect(() => checkMigrationSequence(MIGRATIONS, CURRENT_SCHEMA_VERSION)).not.toThrow();
    expect(MIGRATIONS.map((m) => m.name)).toEqual(['recordsKeyedById', 'painSeverityScale', 'emotionCurves', 'funnelFlowOnConnections']);
  });
  it('refuses a sequence with a gap', () => {
    expect(() => checkMigrationSequence([recordsKeyedById, emotionCurves], 4)).toThrow(/expected 3/);
  });
});

describe('recordsKeyedById (1 → 2)', () => {
  it('keys records by id, makes order explicit and moves the title into settings', () => {
    const out = recordsKeyedById.up(fixture('v1-preview.journey').document) as Record<string, any>;
    expect(out.settings.title).toBe('Coffee subscription (preview file)');
    expect(out.stages.s2).toMatchObject({ id: 's2', order: 1 });
    expect(out.cards.c3).toMatchObject({ stageId: 's2', laneId: 'l2', order: 2 });
    expect(out.cards.c3.stage).toBeUndefined();
    expect(out).toEqual(fixture('v2-severity-words.journey').document);
  });
  it('reports where a v1 file is not what v1 wrote', () => {
    expect(() => recordsKeyedById.up({ stages: {} })).toThrow(MigrationError);
    expect(() => recordsKeyedById.up({ stages: [{ name: 'no id' }] })).toThrow(/document.stages\[0\]/);
  });
});

describe('painSeverityScale (2 → 3)', () => {
  it('maps low/medium/high to 2/3/4', () => {
    const doc = fixture('v2-severity-words.journey').document;
    for (const [word, n] of [['low', 2], ['medium', 3], ['high', 4]] as const) {
      doc.cards.c3.severity = word;
      expect((painSeverityScale.up(doc) as any).cards.c3.severity).toBe(n);
    }
  });
  it('names the card when a severity word is unknown', () => {
    const doc = fixture('v2-severity-words.journey').document;
    doc.cards.c3.severity = 'catastrophic';
    expect(() => painSeverityScale.up(doc)).toThrow('cards[c3].severity');
  });
});

describe('emotionCurves (3 → 4)', () => {
  it('puts existing emotion points on one "As-is" curve', () => {
    const out = emotionCurves.up(fixture('v3-single-curve.journey').document) as any;
    expect(out.cards.c4.curveId).toBe(DEFAULT_CURVE_ID);
    expect(out.curves[DEFAULT_CURVE_ID]).toMatchObject({ name: 'As-is', visible: true });
  });
  it('adds no curve to a map without emotion points', () => {
    expect((emotionCurves.up({ cards: {} }) as any).curves).toEqual({});
  });
});

describe('funnelFlowOnConnections (4 → 5)', () => {
  // Written by Waymark 0.1.0 (schema 4): a three-step funnel on Instagram post → Checkout →
  // Payment, with a way back (e3: Payment → Checkout) and a skip (e4: Instagram post → Payment).
  const v4 = () => fixture('v4-funnel-flow.journey').document;
  const onArrows = (doc: any) => Object.values(doc.bindings as Record<string, any>)
    .filter((b) => b.target.type === 'connection')
    .map((b) => `${b.target.id} ${b.scope} ${b.metric}`).sort();

  it('v4 showed a step\'s conversion INTO it on the arrow leaving it, and numbers on arrows between steps that do not follow each other', () => {
    expect(onArrows(v4())).toEqual([
      'e1 1. Instagram post conversion', 'e1 1. Instagram post dropOffRate',
      'e2 2. Checkout conversion', 'e2 2. Checkout dropOffRate',
      'e3 3. Payment conversion', 'e3 3. Payment dropOffRate',
      'e4 1. Instagram post conversion', 'e4 1. Instagram post dropOffRate',
    ]);
  });

  it('keeps the drop-off of the step an arrow leaves, moves its conversion to the step it reaches, and drops numbers from skips and ways back', () => {
    const out = funnelFlowOnConnections.up(v4()) as any;
    expect(onArrows(out)).toEqual([
      'e1 1. Instagram post dropOffRate', 'e1 2. Checkout conversion',
      'e2 2. Checkout dropOffRate', 'e2 3. Payment conversion',
    ]);
    // Card bindings, goals and the dataset are untouched.
    const cards = (doc: any) => Object.values(doc.bindings as Record<string, any>).filter((b) => b.target.type === 'card');
    expect(cards(out)).toEqual(cards(v4()));
    expect(out.datasets).toEqual(v4().datasets);
  });

  it('opens as a valid journey whose arrows read drop-off and continue adding up to 100 %', () => {
    const r = loadJourney(readFileSync('tests/fixtures/journeys/v4-funnel-flow.journey'));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ status: 'valid', fileVersion: 4, migrations: ['funnelFlowOnConnections'], repairs: [] });
    const j = r.value.journey;
    const layer = buildKpiLayer(j);
    expect(dataEdgeParts(j, layer, 'e1')).toEqual({ drop: '▼ 60.0% drop-off', conversion: '40.0% continue' });
    expect(dataEdgeParts(j, layer, 'e2')).toEqual({ drop: '▼ 25.0% drop-off', conversion: '75.0% continue' });
    expect(dataEdgeParts(j, layer, 'e3')).toBeNull();
  });

  it('leaves a document without bindings as it is, and reports bindings that are not records', () => {
    const doc = { cards: {} };
    expect(funnelFlowOnConnections.up(doc)).toBe(doc);
    expect(() => funnelFlowOnConnections.up({ bindings: [] })).toThrow('document.bindings');
  });

  it('passes through what it does not understand (odd bindings, a binding on a deleted arrow) for validation and repair to report', () => {
    const doc = v4();
    doc.bindings.odd = 'not a binding';
    doc.bindings.gone = { ...doc.bindings[Object.keys(doc.bindings)[0]!], id: 'gone', target: { type: 'connection', id: 'e99' }, metric: 'dropOffRate' };
    const out = funnelFlowOnConnections.up(doc) as any;
    expect(out.bindings.odd).toBe('not a binding');
    expect(out.bindings.gone.target.id).toBe('e99');
  });
});

describe('loading old files', () => {
  it.each([
    ['v1-preview.journey', 1, ['recordsKeyedById', 'painSeverityScale', 'emotionCurves', 'funnelFlowOnConnections']],
    ['v2-severity-words.journey', 2, ['painSeverityScale', 'emotionCurves', 'funnelFlowOnConnections']],
    ['v3-single-curve.journey', 3, ['emotionCurves', 'funnelFlowOnConnections']],
  ])('%s opens as a valid current journey', (name, version, applied) => {
    const r = loadJourney(readFileSync(`tests/fixtures/journeys/${name}`));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ status: 'valid', fileVersion: version, migrations: applied, readOnly: false });
    const j = r.value.journey;
    expect(j.cards.c3).toMatchObject({ kind: 'painPoint', severity: 4, touchpointIds: ['c2'] });
    expect(j.cards.c5).toMatchObject({ kind: 'emotion', score: -1, curveId: DEFAULT_CURVE_ID });
    expect(Object.keys(j.connections)).toEqual(['e1']);
  });
  it('migrate() from the current version changes nothing', () => {
    const doc = { a: 1 };
    expect(migrate(doc, CURRENT_SCHEMA_VERSION)).toEqual({ document: doc, applied: [] });
  });
});
