/**
 * CSV/TSV/…: text → records, each with the 1-based physical line it starts on.
 *
 * Why not a library: papaparse 5.7.1 gives no line numbers (only a character cursor in step
 * mode, so every record would need a second scan) and guesses the delimiter unreliably;
 * csv-parse 7.0.3 reports `info.lines` at the END of a record (not where it starts), works on
 * Buffers internally (needs a Buffer polyfill in a worker) and its `comment` option deletes
 * Typeform's `#,` header. This RFC-4180 reader is ~100 lines: quotes only open at the start
 * of a field, `""` inside quotes is a quote, delimiters and newlines inside quotes are data,
 * CRLF / LF / CR all end a record, a quote in the middle of an unquoted field is literal.
 * Broken quoting is reported on the record (`error`), never silently repaired.
 */
import type { DelimitedFile, ImportIssue, TextRecord } from '../types';
import { detectDelimiter } from './detectDelimiter';

export interface ReadDelimitedOptions {
  /** Use this delimiter instead of sniffing (a `sep=` line still wins). */
  delimiter?: string;
  /** Called every 65,536 records with the share of the text read so far (0–1). */
  onProgress?: (fraction: number) => void;
}

/** Called once per record: its cells, the line it starts on, and a quoting problem if any. */
export type RecordVisitor = (cells: string[], line: number, error: string | undefined) => void;

/**
 * Reads an Excel `sep=X` first line: the delimiter and where the data starts, or undefined.
 * Excel writes it as `sep=;` (sometimes quoted); the line is not data.
 */
export function readSepLine(text: string, from = 0): { delimiter: string; start: number } | undefined {
  const m = /^"?sep=(.)"?[^\S\r\n]*(\r\n|\n|\r|$)/.exec(text.slice(from, from + 16));
  return m ? { delimiter: m[1]!, start: from + m[0].length } : undefined;
}

function countLineBreaks(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  for (let i = s.indexOf('\r'); i !== -1; i = s.indexOf('\r', i + 1)) if (s.charCodeAt(i + 1) !== 10) n++;
  return n;
}

/**
 * Streams the records of `text` to `visit` without building a list (for large files).
 * `start`/`startLine`: where to begin (after a `sep=` line); `onProgress` gets the share of
 * the text read every 65,536 records. Returns the number of records.
 */
export function forEachRecord(text: string, delimiter: string, visit: RecordVisitor, start = 0, startLine = 1, onProgress?: (fraction: number) => void): number {
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new Error(`Unsupported delimiter ${JSON.stringify(delimiter)}`);
  }
  const d = delimiter.charCodeAt(0);
  const len = text.length;
  let pos = start;
  let line = startLine;
  let count = 0;
  let width = 0;
  while (pos < len) {
    const recordLine = line;
    // sized like the previous record: a push-grown array would reserve about twice the room
    const cells: string[] = new Array<string>(width);
    let k = 0;
    let error: string | undefined;
    for (;;) {
      let value: string;
      if (text.charCodeAt(pos) === 34) {
        const openLine = line;
        value = '';
        let seg = pos + 1;
        for (;;) {
          const q = text.indexOf('"', seg);
          if (q === -1) {
            value += text.slice(seg);
            pos = len;
            error ??= `quoted field opened on line ${openLine} is never closed`;
            break;
          }
          if (text.charCodeAt(q + 1) === 34) { value += text.slice(seg, q + 1); seg = q + 2; continue; }
          value += text.slice(seg, q);
          pos = q + 1;
          break;
        }
        line += countLineBreaks(value);
        let p = pos;
        for (; p < len; p++) {
          const ch = text.charCodeAt(p);
          if (ch === d || ch === 10 || ch === 13) break;
        }
        if (p > pos) {
          error ??= `text after the closing quote on line ${line}`;
          value += text.slice(pos, p);
          pos = p;
        }
      } else {
        let p = pos;
        for (; p < len; p++) {
          const ch = text.charCodeAt(p);
          if (ch === d || ch === 10 || ch === 13) break;
        }
        value = text.slice(pos, p);
        pos = p;
      }
      if (k < width) cells[k] = value; else cells.push(value);
      k++;
      const ch = text.charCodeAt(pos);
      if (ch === d) { pos++; continue; }
      if (ch === 13) { pos++; if (text.charCodeAt(pos) === 10) pos++; line++; } else if (ch === 10) { pos++; line++; }
      break;
    }
    if (k < width) cells.length = k;
    width = k;
    visit(cells, recordLine, error);
    count++;
    if (onProgress && (count & 0xffff) === 0) onProgress(pos / len);
  }
  return count;
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
  const records: TextRecord[] = [];
  forEachRecord(text, delimiter, (cells, line, error) => {
    if (error) {
      records.push({ line, cells, error });
      issues.push({ line, message: error });
    } else records.push({ line, cells });
  }, start, startLine, options.onProgress);
  return sep ? { delimiter, records, issues, sepLine: true } : { delimiter, records, issues };
}
