/**
 * A delimited file → its tables. Comment/preamble lines (`# …`, `#-`, `#=`, `##`, lone `#`,
 * quoted `"# …"`, but never `#,`: Typeform's header) and blank lines end a table; the next
 * non-comment record starts the next one. A record made only of delimiters (`;;;;`) is not
 * blank: it stays in its table and row validation skips it with a note.
 */
import type { DelimitedFile } from '../types';
import { isCommentText } from './detectDelimiter';
import type { TextRecords } from './TextRecords';

/** A preamble/comment line, with its `#` marks and surrounding spaces removed. */
export interface CommentLine {
  line: number;
  text: string;
}

/**
 * One table of a file: header row(s) then data, in file order — the records `first` to `end`
 * (exclusive) of the file, a contiguous run with no blank or comment record in it.
 */
export interface TextTable {
  /** 0-based position among the file's tables. */
  index: number;
  /** Comment lines between the previous table (or the file start) and this one. */
  comments: CommentLine[];
  first: number;
  end: number;
}

export interface SplitFile {
  tables: TextTable[];
  /** Every comment line of the file, in order (the file-level preamble comes first). */
  comments: CommentLine[];
}

/** Whether record `r` is a comment line (see the module comment). */
export function isCommentRecord(records: TextRecords, r: number): boolean {
  // an unquoted first cell starts with the record's first character, so only '#' or '"' can start a comment
  const c0 = records.text.charCodeAt(records.rawStart(r, 0));
  if (c0 !== 35 && c0 !== 34) return false; // neither '#' nor '"'
  const first = records.cell(r, 0)!;
  if (records.width(r) > 1 && first === '#') return false;
  return isCommentText(first);
}

/** The text of comment record `r`: its cells re-joined, `#` marks and outer spaces removed. */
function commentText(records: TextRecords, r: number): string {
  return records.cells(r).join(records.delimiter).replace(/^#+/, '').trim();
}

/** Splits a file's records into tables on blank lines and comment blocks. */
export function splitTables(file: DelimitedFile): SplitFile {
  const { records } = file;
  const tables: TextTable[] = [];
  const all: CommentLine[] = [];
  let pending: CommentLine[] = [];
  let current: TextTable | undefined;
  for (let r = 0; r < records.length; r++) {
    if (records.isBlank(r)) { current = undefined; continue; }
    if (isCommentRecord(records, r)) {
      const c = { line: records.line(r), text: commentText(records, r) };
      all.push(c);
      pending.push(c);
      current = undefined;
      continue;
    }
    if (!current) {
      current = { index: tables.length, comments: pending, first: r, end: r };
      pending = [];
      tables.push(current);
    }
    current.end = r + 1;
  }
  return { tables, comments: all };
}
