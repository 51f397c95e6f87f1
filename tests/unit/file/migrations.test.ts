import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadJourney } from '../../../shared/file/loadJourney';
import { checkMigrationSequence, migrate, MIGRATIONS } from '../../../shared/file/migrations/migrations';
import { recordsKeyedById } from '../../../shared/file/migrations/m002_recordsKeyedById';
import { painSeverityScale } from '../../../shared/file/migrations/m003_painSeverityScale';
import { emotionCurves, DEFAULT_CURVE_ID } from '../../../shared/file/migrations/m004_emotionCurves';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/file/envelope';
import { MigrationError } from '../../../shared/file/migrations/Migration';

const fixture = (name: string) => JSON.parse(readFileSync(`tests/fixtures/journeys/${name}`, 'utf8'));

describe('the migration sequence', () => {
  it('is numbered without gaps and ends at the current version', () => {
    expect(() => checkMigrationSequence(MIGRATIONS, CURRENT_SCHEMA_VERSION)).not.toThrow();
    expect(MIGRATIONS.map((m) => m.name)).toEqual(['recordsKeyedById', 'painSeverityScale', 'emotionCurves']);
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

describe('loading old files', () => {
  it.each([
    ['v1-preview.journey', 1, ['recordsKeyedById', 'painSeverityScale', 'emotionCurves']],
    ['v2-severity-words.journey', 2, ['painSeverityScale', 'emotionCurves']],
    ['v3-single-curve.journey', 3, ['emotionCurves']],
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
