/**
 * Import: a GA4-style "Pages and screens" CSV of 1,000,000 rows through the whole KPI
 * pipeline (importKpiFile: sniff, decode, read, recognize, extract, then the dataset the map
 * stores) against the raw CSV reader alone — the pipeline's own first step (decode +
 * readDelimited: records as offsets into the text) — and against papaparse, the usual
 * JavaScript CSV parser (every cell a string), and our reader with every cell made a string
 * (what it cost before cells were read on demand). Every variant starts from the file on
 * disk. Each runs in its own process so its peak memory (max RSS) is its own.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { importKpiFile } from '../../shared/kpi/importKpiFile';
import { datasetFromImport } from '../../shared/kpi/binding/datasetOperations';
import { decodeText } from '../../shared/kpi/text/decodeText';
import { readDelimited } from '../../shared/kpi/text/readDelimited';
import { generateGa4PagesCsv } from '../generateJourney';
import { type BenchRow, fmt, median, round } from '../stats';

type Variant = 'raw' | 'strings' | 'pipeline' | 'papaparse';
interface ChildResult { ms: number; peakRssMB: number; baseRssMB: number; summary: string }

/** In the child: read the file, run one variant once, report time and peak memory. */
function child(variant: Variant, file: string): ChildResult {
  const baseRssMB = process.memoryUsage().rss / 2 ** 20;
  const t0 = performance.now();
  const bytes = readFileSync(file);
  let summary = '';
  if (variant === 'raw') {
    const d = readDelimited(decodeText(bytes).text);
    summary = `${d.records.length} records`;
  } else if (variant === 'strings') {
    const records = readDelimited(decodeText(bytes).text).records.toArray();
    summary = `${records.length} records`;
  } else if (variant === 'papaparse') {
    const r = Papa.parse<string[]>(new TextDecoder().decode(bytes), { delimiter: ',', skipEmptyLines: false });
    summary = `${r.data.length} records`;
  } else {
    const r = importKpiFile(bytes, 'ga4_pages_and_screens.csv');
    if (!r.ok) throw new Error(`import failed: ${r.error.message}`);
    const dataset = datasetFromImport(r.value, { id: 'dataset_bench', name: 'GA4 pages', importedAt: '2024-06-02T09:00:00.000Z' });
    summary = `${r.value.source}: ${r.value.rowsImported} rows, ${dataset.metrics.length} metric values kept, ${r.value.errors.length} notes`;
  }
  const ms = performance.now() - t0;
  return { ms, peakRssMB: process.resourceUsage().maxRSS / 1024, baseRssMB, summary };
}

export async function run(options: { quick?: boolean } = {}): Promise<BenchRow[]> {
  const childArgs = process.env.WAYMARK_BENCH_IMPORT_CHILD;
  if (childArgs) {
    const [variant, file] = JSON.parse(childArgs) as [Variant, string];
    process.stdout.write(`${JSON.stringify(child(variant, file))}\n`);
    return [];
  }
  const rows: BenchRow[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-import-'));
  try {
    for (const count of [100_000, 1_000_000]) {
      const file = join(dir, `ga4-${count}.csv`);
      const fd = openSync(file, 'w');
      for (const chunk of generateGa4PagesCsv(count)) writeSync(fd, chunk);
      closeSync(fd);
      const mb = round(statSync(file).size / 2 ** 20, 1);
      const size = `${fmt(count)} rows (${mb} MB)`;
      const runs = options.quick ? 1 : 3;
      const results: Record<Variant, ChildResult[]> = { raw: [], strings: [], pipeline: [], papaparse: [] };
      for (let i = 0; i < runs; i++) {
        for (const variant of ['raw', 'strings', 'pipeline', 'papaparse'] as const) {
          const r = spawnSync(process.execPath, [process.argv[1]!], { env: { ...process.env, WAYMARK_BENCH_IMPORT_CHILD: JSON.stringify([variant, file]) }, encoding: 'utf8', maxBuffer: 1 << 20 });
          if (r.status !== 0) throw new Error(`import child ${variant} failed: ${r.stderr.split('\n').slice(0, 5).join(' ')}`);
          results[variant].push(JSON.parse(r.stdout.trim().split('\n').at(-1)!) as ChildResult);
        }
      }
      const ms = (v: Variant) => median(results[v].map((r) => r.ms));
      const peak = (v: Variant) => median(results[v].map((r) => r.peakRssMB));
      const base = median(results.raw.map((r) => r.baseRssMB));
      const million = count === 1_000_000;
      rows.push({ area: 'import', name: 'raw CSV reader alone (read + decode + readDelimited, cells as offsets)', size, value: round(ms('raw')), unit: 'ms', samples: runs, note: `peak RSS ${round(peak('raw'))} MB; ${results.raw[0]!.summary}; the pipeline's own first step` });
      rows.push({ area: 'import', name: 'papaparse (read + decode + parse, every cell a string)', size, value: round(ms('papaparse')), unit: 'ms', samples: runs, note: `peak RSS ${round(peak('papaparse'))} MB` });
      rows.push({ area: 'import', name: 'readDelimited with every cell a string (reference)', size, value: round(ms('strings')), unit: 'ms', samples: runs, note: `peak RSS ${round(peak('strings'))} MB; what the reader cost before cells were read on demand` });
      rows.push({ area: 'import', name: 'whole KPI pipeline (importKpiFile + dataset)', size, value: round(ms('pipeline')), unit: 'ms', samples: runs, note: results.pipeline[0]!.summary });
      rows.push({ area: 'import', name: 'pipeline ÷ raw reader (its own first step)', size, value: round(ms('pipeline') / ms('raw')), unit: '×', ...(million ? { target: { label: '≤ 2× raw parser', max: 2 } } : {}) });
      rows.push({ area: 'import', name: 'pipeline ÷ papaparse', size, value: round(ms('pipeline') / ms('papaparse')), unit: '×' });
      rows.push({ area: 'import', name: 'pipeline peak memory (max RSS)', size, value: round(peak('pipeline')), unit: 'MB', note: `${round(peak('pipeline') / mb, 1)}× the file; raw reader ${round(peak('raw'))} MB; an idle Node process ${round(base)} MB` });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
