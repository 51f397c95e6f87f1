/**
 * Runs one benchmark area in this process (so the heap and peak memory of one area never
 * leak into the next): `node <bundle> [--out <file.json>] [--quick]`. scripts/bench.mjs
 * bundles each area with this entry, runs them one by one, then prints and writes the table.
 */
import { writeFileSync } from 'node:fs';
import type { BenchRow } from './stats';

export interface AreaOptions { quick?: boolean }

export async function runArea(run: (options: AreaOptions) => Promise<BenchRow[]>): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  const out = at >= 0 ? args[at + 1] : undefined;
  const rows = await run({ quick: args.includes('--quick') });
  if (out) writeFileSync(out, JSON.stringify(rows, null, 2));
  else for (const r of rows) console.log(JSON.stringify(r));
}
