/**
 * The KPI import pipeline as one call: size limit → sniff (images, PDF, legacy .xls,
 * archives that are not workbooks) → xlsx | JSON | decoded delimited text → recognize the
 * source (most confident in the registry, or `options.source`) → extract. Never throws:
 * anything unreadable is a `KpiImportFailure` with a message (and a line where one applies).
 *
 * A workbook is recognized sheet by sheet (each sheet may come from a different tool), and
 * the sheets' results are merged into one import; `options.table` picks one sheet/table.
 * Delimited files are read in one pass into records held as offsets into the text (no
 * per-stage copies, no string per cell until a source asks for one); sources type whole
 * columns at once, numbers straight from the text.
 */
import type { ImportIssue, ImportOptions, KpiImport, KpiImportFailure, KpiSource, SourceInput, SourceResult } from './types';
import { decodeText } from './text/decodeText';
import { readDelimited } from './text/readDelimited';
import type { TextRecords } from './text/TextRecords';
import { readWorkbook } from './xlsx/readWorkbook';
import { sniffFile, KIND_NAMES } from './sniffFile';
import { sourceRegistry } from './sources/sourceRegistry';
import { locateJsonError } from '../file/locateJsonError';

export type ImportResult = { ok: true; value: KpiImport } | { ok: false; error: KpiImportFailure };

export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export interface ImportEnvironment {
  /** The sources to choose from (default: the registry). */
  sources?: readonly KpiSource[];
  /** Size limit in bytes (default 200 MB). */
  maxBytes?: number;
  /** Told as each step starts (0…1 and the step's name), for a progress bar in the app. */
  onProgress?: (fraction: number, stage: string) => void;
}

/** The user's options over what the source decided from the file. */
function withDecided(options: ImportOptions, r: SourceResult): ImportOptions {
  return r.decidedOptions ? { ...r.decidedOptions, ...options } : options;
}
function withoutDecided(r: SourceResult): Omit<SourceResult, 'decidedOptions'> {
  const { decidedOptions: _decided, ...rest } = r;
  return rest;
}

function isEmptyFile(records: TextRecords): boolean {
  for (let r = 0; r < records.length; r++) if (!records.isEmpty(r)) return false;
  return true;
}

const fail = (message: string, line?: number): ImportResult => ({ ok: false, error: line === undefined ? { message } : { message, line } });

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string; line?: number } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const at = locateJsonError(text);
    if (at) return { ok: false, message: `invalid JSON at line ${at.line}, column ${at.column}: ${at.message}`, line: at.line };
    return { ok: false, message: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function choose(input: SourceInput, options: ImportOptions, sources: readonly KpiSource[]): { source: KpiSource; confidence: number } | { error: string } {
  if (options.source !== undefined) {
    const s = sources.find((x) => x.id === options.source);
    return s ? { source: s, confidence: 1 } : { error: `unknown source "${options.source}" (known: ${sources.map((x) => x.id).join(', ')})` };
  }
  let best: KpiSource | undefined;
  let bestScore = 0;
  for (const s of sources) {
    let score = 0;
    try { score = s.recognize(input); } catch { score = 0; }
    if (score > bestScore) { best = s; bestScore = score; }
  }
  return best ? { source: best, confidence: bestScore } : { error: 'no table with numbers that Waymark can read was found' };
}

function run(source: KpiSource, input: SourceInput, options: ImportOptions): { ok: true; value: SourceResult } | { ok: false; message: string } {
  try {
    return { ok: true, value: source.extract(input, options) };
  } catch (e) {
    return { ok: false, message: `reading the file as ${source.label} failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function importSheets(input: SourceInput, options: ImportOptions, sources: readonly KpiSource[]): { ok: true; value: SourceResult } | { ok: false; message: string } {
  const sheets = input.sheets ?? [];
  const picked = options.table ? sheets.filter((s) => s.name.toLowerCase() === String(options.table).toLowerCase()) : sheets;
  const perSheet = picked.length > 0 ? picked : sheets;
  const sheetOptions: ImportOptions = picked.length > 0 && options.table ? { ...options, table: undefined } : options;
  const results: { sheet: string; result: SourceResult }[] = [];
  const skipped: string[] = [];
  for (const sheet of perSheet) {
    const one: SourceInput = { fileName: input.fileName, sheets: [sheet] };
    const chosen = choose(one, sheetOptions, sources);
    if ('error' in chosen) { if (options.source !== undefined) return { ok: false, message: chosen.error }; skipped.push(sheet.name); continue; }
    const r = run(chosen.source, one, sheetOptions);
    if (!r.ok) return r;
    results.push({ sheet: sheet.name, result: r.value });
  }
  if (results.length === 0) return { ok: false, message: `no sheet holds a table Waymark can read (${sheets.map((s) => `"${s.name}"`).join(', ') || 'the workbook has no sheets'})` };
  if (results.length === 1 && skipped.length === 0) return { ok: true, value: results[0]!.result };
  const tag = (sheet: string, i: ImportIssue): ImportIssue => ({ line: i.line, message: `sheet "${sheet}": ${i.message}` });
  const merged: SourceResult = {
    source: [...new Set(results.map((r) => r.result.source))].join('+'),
    rowsRead: 0, rowsImported: 0, errors: [], notes: [], metrics: [], feedback: [],
  };
  for (const { sheet, result } of results) {
    merged.title ??= result.title;
    merged.period ??= result.period;
    merged.rowsRead += result.rowsRead;
    merged.rowsImported += result.rowsImported;
    merged.errors.push(...result.errors.map((e) => tag(sheet, e)));
    merged.notes.push(`sheet "${sheet}": read as ${result.source}`, ...result.notes.map((n) => `sheet "${sheet}": ${n}`));
    for (const m of result.metrics) merged.metrics.push(m);
    for (const f of result.feedback) merged.feedback.push(f);
    if (result.asOf) merged.asOf = { ...merged.asOf, ...result.asOf };
    if (result.decidedOptions) merged.decidedOptions = { ...merged.decidedOptions, ...result.decidedOptions };
  }
  if (skipped.length) merged.notes.push(`not read (no table recognized): ${skipped.map((s) => `sheet "${s}"`).join(', ')}`);
  return { ok: true, value: merged };
}

/**
 * Imports one KPI/analytics/survey file. `fileName` is only used for the extension and
 * recognition hints; `options` are stored with the dataset so Refresh re-reads the file the
 * same way. Returns the import or a failure; never throws.
 */
export function importKpiFile(bytes: Uint8Array, fileName: string, options: ImportOptions = {}, env: ImportEnvironment = {}): ImportResult {
  try {
    const sources = env.sources ?? sourceRegistry;
    const progress = env.onProgress ?? (() => {});
    progress(0, 'checking the file');
    const maxBytes = env.maxBytes ?? MAX_IMPORT_BYTES;
    if (bytes.length === 0) return fail('the file is empty');
    if (bytes.length > maxBytes) return fail(`the file is ${(bytes.length / 1e6).toFixed(1)} MB; the import limit is ${(maxBytes / 1e6).toFixed(0)} MB`);
    const kind = sniffFile(bytes);
    if (kind === 'zip') {
      progress(0.1, 'reading the workbook');
      const wb = readWorkbook(bytes);
      progress(0.6, 'recognizing the sheets');
      if (!wb.ok) return fail(wb.message);
      const r = importSheets({ fileName, sheets: wb.value.sheets }, options, sources);
      if (!r.ok) return fail(r.message);
      return { ok: true, value: { ...withoutDecided(r.value), fileName, options: withDecided(options, r.value) } };
    }
    if (kind !== 'text') return fail(`not a data file: this is ${KIND_NAMES[kind]}`);
    progress(0.05, 'decoding the text');
    const decoded = decodeText(bytes);
    const text = decoded.text;
    const head = text.slice(0, 65536);
    if (head.includes('\u0000')) return fail('not a data file: it holds binary content (NUL bytes)');
    const trimmed = head.trimStart();
    if (trimmed.startsWith('{') || trimmed.startsWith('[') || /\.json$/i.test(fileName)) {
      const parsed = parseJson(text);
      if (parsed.ok) {
        const input: SourceInput = { fileName, encoding: decoded.encoding, json: parsed.value };
        const chosen = choose(input, options, sources);
        if ('error' in chosen) return fail(options.source ? chosen.error : 'a JSON file, but not a funnel or survey response Waymark knows (Mixpanel funnels, Amplitude funnels, …)');
        const r = run(chosen.source, input, options);
        if (!r.ok) return fail(r.message);
        return { ok: true, value: { ...withoutDecided(r.value), fileName, encoding: decoded.encoding, options: withDecided(options, r.value) } };
      }
      if (/\.json$/i.test(fileName) || trimmed.startsWith('{')) return fail(parsed.message, parsed.line);
    }
    progress(0.15, 'splitting rows and columns');
    const delimited = readDelimited(text, { onProgress: (f) => progress(0.15 + 0.45 * f, 'splitting rows and columns') });
    progress(0.6, 'recognizing the source');
    if (isEmptyFile(delimited.records)) return fail('the file holds no data (only empty lines)');
    const input: SourceInput = { fileName, encoding: decoded.encoding, delimited };
    const chosen = choose(input, options, sources);
    if ('error' in chosen) return fail(chosen.error);
    progress(0.7, `reading it as ${chosen.source.label}`);
    const r = run(chosen.source, input, options);
    if (!r.ok) return fail(r.message);
    const value: KpiImport = { ...withoutDecided(r.value), fileName, encoding: decoded.encoding, delimiter: delimited.delimiter, options: withDecided(options, r.value) };
    // quoting problems the source did not report itself (e.g. in lines it never read)
    for (const issue of delimited.issues) if (!value.errors.some((e) => e.line === issue.line)) value.errors.push(issue);
    value.errors.sort((a, b) => a.line - b.line);
    return { ok: true, value };
  } catch (e) {
    return fail(`internal error while importing: ${e instanceof Error ? e.message : String(e)}`);
  }
}
