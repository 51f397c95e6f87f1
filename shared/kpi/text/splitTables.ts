/**
 * A delimited file → its tables. Comment/preamble lines (`# …`, `#-`, `#=`, `##`, lone `#`,
 * quoted `"# …"`, but never `#,`: Typeform's header) and blank lines end a table; the next
 * non-comment record starts the next one. A record made only of delimiters (`;;;;`) is not
 * blank: it stays in its table and row validation skips it with a note.
 */
import type { DelimitedFile, TextRecord } from '../types';
import { isCommentText } from './detectDelimiter';

/** A preamble/comment line, with its `#` marks and surrounding spaces removed. */
export interface CommentLine {
  line: number;
  text: string;
}

/** One table of a file: header row(s) then data, in file order (no blank or comment records). */
export interface TextTable {
  /** 0-based position among the file's tables. */
  index: number;
  /** Comment lines between the previous table (or the file start) and this one. */
  comments: CommentLine[];
  records: TextRecord[];
}

export interface SplitFile {
  tables: TextTable[];
  /** Every comment line of the file, in order (the file-level preamble comes first). */
  comments: CommentLine[];
}

/** Whether a parsed record is a comment line (see the module comment). */
export function isCommentRecord(record: TextRecord): boolean {
  const first = record.cells[0] ?? '';
  const c0 = first.charCodeAt(0);
  if (c0 !== 35 && c0 !== 34) return false; // neither '#' nor '"'
  if (record.cells.length > 1 && first === '#') return false;
  return isCommentText(first);
}

/** Whether a record is a blank line (one empty cell; a row of delimiters is not blank). */
export function isBlankRecord(record: TextRecord): boolean {
  if (record.cells.length !== 1) return false;
  const c = record.cells[0]!;
  return c === '' || c.trim() === '';
}

/** Whether every cell of a record is empty (a blank line, or a row made only of delimiters). */
export function isEmptyRecord(record: TextRecord): boolean {
  for (const c of record.cells) if (c.trim() !== '') return false;
  return true;
}

/** The text of a comment record: its cells re-joined, `#` marks and outer spaces removed. */
export function commentText(record: TextRecord, delimiter: string): string {
  return record.cells.join(delimiter).replace(/^#+/, '').trim();
}

/** Splits a file's records into tables on blank lines and comment blocks. */
export function splitTables(file: DelimitedFile): SplitFile {
  const tables: TextTable[] = [];
  const all: CommentLine[] = [];
  let pending: CommentLine[] = [];
  let current: TextTable | undefined;
  for (const record of file.records) {
    if (isBlankRecord(record)) { current = undefined; continue; }
    if (isCommentRecord(record)) {
      const c = { line: record.line, text: commentText(record, file.delimiter) };
      all.push(c);
      pending.push(c);
      current = undefined;
      continue;
    }
    if (!current) {
      current = { index: tables.length, comments: pending, records: [] };
      pending = [];
      tables.push(current);
    }
    current.records.push(record);
  }
  return { tables, comments: all };
}
