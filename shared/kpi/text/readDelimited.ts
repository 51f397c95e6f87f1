/**
 * CSV/TSV/…: text → records (`TextRecords`: offsets into the text, cells read on demand),
 * each with the 1-based physical line it starts on.
 *
 * Why not a library: papaparse 5.7.1 gives no line numbers (only a character cursor in step
 * mode, so every record would need a second scan) and guesses the delimiter unreliably;
 * csv-parse 7.0.3 reports `info.lines` at the END of a record (not where it starts), works on
 * Buffers internally (needs a Buffer polyfill in a worker) and its `comment` option deletes
 * Typeform's `#,` header; and both make a string of every cell, which for a million-row
 * export is most of the reading time (garbage collection) and memory. The rules this reader
 * follows are in `TextRecords.ts`; broken quoting is reported on the record (`error`) and as
 * an issue with its line, never silently repaired.
 */
import type { DelimitedFile, ImportIssue } from '../types';
import { detectDelimiter } from './detectDelimiter';
import { TextRecords } from './TextRecords';

export interface ReadDelimitedOptions {
  /** Use this delimiter instead of sniffing (a `sep=` line still wins). */
  delimiter?: string;
  /** Called every 65,536 records with the share of the text read so far (0–1). */
  onProgress?: (fraction: number) => void;
}

/**
 * Reads an Excel `sep=X` first line: the delimiter and where the data starts, or undefined.
 * Excel writes it as `sep=;` (sometimes quoted); the line is not data.
 */
export function readSepLine(text: string, from = 0): { delimiter: string; start: number } | undefined {
  const m = /^"?sep=(.)"?[^\S\r\n]*(\r\n|\n|\r|$)/.exec(text.slice(from, from + 16));
  return m ? { delimiter: m[1]!, start: from + m[0].length } : undefined;
}

/**
 * Reads a whole delimited file: honours a `sep=` first line (and drops it), else sniffs the
 * delimiter outside quotes (or takes `options.delimiter`), then returns every record in file
 * order, blank and comment lines included, each with its starting line. Quoting problems
 * become issues with their line. Never throws.
 */
export function readDelimited(text: string, options: ReadDelimitedOptions = {}): DelimitedFile {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const sep = readSepLine(text, bom);
  const start = sep?.start ?? bom;
  const startLine = sep ? 2 : 1;
  let delimiter = sep?.delimiter ?? options.delimiter ?? detectDelimiter(text, start);
  const issues: ImportIssue[] = [];
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    issues.push({ line: sep ? 1 : 0, message: `unusable delimiter ${JSON.stringify(delimiter)}; using ","` });
    delimiter = ',';
  }
  const records = TextRecords.scan(text, delimiter, start, startLine, options.onProgress);
  for (const r of records.withErrors()) issues.push({ line: records.line(r), message: records.error(r)! });
  return sep ? { delimiter, records, issues, sepLine: true } : { delimiter, records, issues };
}
