/**
 * `waymark kpi <data-file> [--json]`: what the KPI importer understood from a data file —
 * the source tool, encoding, delimiter, rows read and imported, row errors with their lines,
 * the period, and every metric (scope, metric, value, unit, n). Exit 0 when the file was
 * read (row errors included), 1 when it could not be read (missing, not a data file, a zip
 * bomb…), 2 on a usage error.
 */
import type { CliCommand, CliIo } from '../CliCommand';
import type { ImportOptions, KpiImport } from '../../shared/kpi/types';
import { importKpiFile } from '../../shared/kpi/importKpiFile';
import { parseArgs, UsageError } from './cliArgs';
import { describeReadError } from './describeReadError';

const HELP = `Usage: waymark kpi <data-file> [--json] [options]

Imports a KPI, analytics or survey export (CSV/TSV, .xlsx, JSON) and prints what was understood.
  --json                 print one JSON object on stdout
  --source <id>          read as this source instead of recognizing it (e.g. ga4-funnel, generic)
  --table <name|n>       read only this table or sheet
  --date-order DMY|MDY   how to read dates like 03/04/2024 when the file does not decide
  --currency <ISO>       currency of amounts that carry no symbol (e.g. GBP)
  --partial include|exclude   partial survey responses (default include)`;

/** The `--json` object. */
export function kpiJson(v: KpiImport): Record<string, unknown> {
  return {
    file: v.fileName,
    source: v.source,
    ...(v.title !== undefined ? { title: v.title } : {}),
    encoding: v.encoding ?? null,
    delimiter: v.delimiter ?? null,
    rowsRead: v.rowsRead,
    rowsImported: v.rowsImported,
    errors: v.errors.map((e) => ({ line: e.line, message: e.message })),
    ...(v.period ? { period: v.period } : {}),
    metrics: v.metrics.map((m) => (m.n === undefined ? { scope: m.scope, metric: m.metric, value: m.value, unit: m.unit } : { scope: m.scope, metric: m.metric, value: m.value, unit: m.unit, n: m.n })),
    ...(v.feedback.length ? { feedback: v.feedback } : {}),
    ...(v.asOf ? { asOf: v.asOf } : {}),
    notes: v.notes,
  };
}

function formatValue(value: number | null, unit: string): string {
  if (value === null) return '—';
  if (unit === 'fraction') return `${(value * 100).toFixed(2)} %`;
  const s = Number.isInteger(value) ? value.toLocaleString('en-US') : value.toLocaleString('en-US', { maximumFractionDigits: 4 });
  if (unit === 'seconds') return `${s} s`;
  if (unit.startsWith('currency:')) return `${s} ${unit.slice(9)}`;
  return s;
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

function printHuman(io: CliIo, path: string, v: KpiImport): void {
  const head: [string, string][] = [
    ['file', path],
    ['source', v.source + (v.title ? ` — ${v.title}` : '')],
  ];
  if (v.encoding) head.push(['encoding', v.encoding]);
  if (v.delimiter) head.push(['delimiter', DELIMITER_NAMES[v.delimiter] ?? JSON.stringify(v.delimiter)]);
  if (v.period) head.push(['period', `${v.period.start} to ${v.period.end}`]);
  head.push(['rows', `${v.rowsRead} read, ${v.rowsImported} imported, ${v.errors.length} error${v.errors.length === 1 ? '' : 's'}`]);
  head.push(['metrics', String(v.metrics.length)]);
  if (v.feedback.length) head.push(['feedback', `${v.feedback.length} comments`]);
  for (const [k, val] of head) io.out(`${k.padEnd(10)} ${val}`);
  if (v.metrics.length) {
    const rows = v.metrics.map((m) => [m.scope, m.metric, formatValue(m.value, m.unit), m.unit, m.n === undefined ? '' : String(m.n)]);
    const header = ['scope', 'metric', 'value', 'unit', 'n'];
    const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
    const line = (cells: string[]): string => cells.map((c, i) => (i === 2 || i === 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
    io.out('');
    io.out(line(header));
    io.out(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of rows) io.out(line(r));
  }
  if (v.errors.length) {
    io.out('');
    io.out('row errors:');
    for (const e of v.errors) io.out(`  ${path}:${e.line}: ${e.message}`);
  }
  if (v.notes.length) {
    io.out('');
    io.out('notes:');
    for (const n of v.notes) io.out(`  ${n}`);
  }
}

export const kpiCommand: CliCommand = {
  usage: 'kpi <data-file> [--json]',
  summary: 'Show what the KPI importer reads from a CSV/TSV, .xlsx or JSON export.',
  async run(args, io) {
    let parsed;
    const options: ImportOptions = {};
    try {
      parsed = parseArgs(args, { values: ['source', 'table', 'date-order', 'currency', 'partial'], flags: ['json', 'help', 'h'] });
      if (parsed.flags.has('help') || parsed.flags.has('h')) { io.out(HELP); return 0; }
      if (parsed.positionals.length !== 1) throw new UsageError(parsed.positionals.length ? 'give one file' : 'missing <data-file>');
      const v = parsed.values;
      if (v.has('source')) options.source = v.get('source')!;
      if (v.has('table')) options.table = v.get('table')!;
      if (v.has('date-order')) {
        const o = v.get('date-order')!.toUpperCase();
        if (o !== 'DMY' && o !== 'MDY') throw new UsageError('--date-order must be DMY or MDY');
        options.dateOrder = o;
      }
      if (v.has('currency')) {
        const c = v.get('currency')!.toUpperCase();
        if (!/^[A-Z]{3}$/.test(c)) throw new UsageError('--currency must be an ISO 4217 code such as GBP');
        options.currency = c;
      }
      if (v.has('partial')) {
        const p = v.get('partial')!;
        if (p !== 'include' && p !== 'exclude') throw new UsageError('--partial must be include or exclude');
        options.partialResponses = p;
      }
    } catch (e) {
      if (e instanceof UsageError) { io.err(`waymark kpi: ${e.message}\n\n${HELP}`); return 2; }
      throw e;
    }
    const path = parsed.positionals[0]!;
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(path);
    } catch (e) {
      io.err(`waymark kpi: ${describeReadError(path, e)}`);
      return 1;
    }
    const name = path.split(/[\\/]/).pop() ?? path;
    const r = importKpiFile(bytes, name, options);
    if (!r.ok) {
      io.err(`waymark kpi: ${path}${r.error.line ? `:${r.error.line}` : ''}: ${r.error.message}`);
      return 1;
    }
    if (parsed.flags.has('json')) io.out(JSON.stringify(kpiJson(r.value), null, 2));
    else printHuman(io, path, r.value);
    return 0;
  },
};
