import { CURRENT_SCHEMA_VERSION } from '../envelope';
import type { Migration } from './Migration';
import { recordsKeyedById } from './m002_recordsKeyedById';
import { painSeverityScale } from './m003_painSeverityScale';
import { emotionCurves } from './m004_emotionCurves';
import { funnelFlowOnConnections } from './m005_funnelFlowOnConnections';

/** Every migration, in order. The first file version was 1. */
export const MIGRATIONS: readonly Migration[] = [recordsKeyedById, painSeverityScale, emotionCurves, funnelFlowOnConnections];

/** Throws at import time (so every test run catches it) if the sequence has a gap or ends short. */
export function checkMigrationSequence(list: readonly Migration[], current: number): void {
  list.forEach((m, i) => {
    if (m.to !== i + 2) throw new Error(`migration ${m.name} produces version ${m.to}, expected ${i + 2}`);
  });
  const last = list.at(-1)?.to ?? 1;
  if (last !== current) throw new Error(`migrations end at version ${last} but the current schema version is ${current}`);
}
checkMigrationSequence(MIGRATIONS, CURRENT_SCHEMA_VERSION);

/** Runs the migrations from `fromVersion` up to the current version. */
export function migrate(document: unknown, fromVersion: number): { document: unknown; applied: string[] } {
  let doc = document;
  const applied: string[] = [];
  for (const m of MIGRATIONS) {
    if (m.to <= fromVersion) continue;
    doc = m.up(doc);
    applied.push(m.name);
  }
  return { document: doc, applied };
}
