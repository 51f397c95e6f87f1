/**
 * The records of a delimited file, held as offsets into its text: per record its first
 * character, its line and where its cells start in one shared list of cell ends. No cell
 * becomes a string until someone asks for it. A million-row export is ten million cells;
 * as strings (plus an array and an object per record) they cost about 400 MB and most of the
 * reading time (garbage collection, and page faults on fresh memory), while an import needs a
 * few of them as text and reads the numbers straight from the text (`table/readRowsColumn.ts`).
 *
 * The scan follows RFC 4180: quotes open only at the start of a field, `""` inside quotes is
 * a quote, delimiters and line breaks inside quotes are data, CRLF / LF / CR all end a
 * record, a quote in the middle of an unquoted field is literal. Broken quoting (a quote
 * never closed, text after a closing quote) is kept on the record as `error`, and the cell
 * reads as the reader found it, never silently repaired.
 */
import type { TextRecord } from '../types';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Where the quote that closes a quoted field opened at `open` is (skipping `""`), or -1. */
function closingQuote(text: string, open: number): number {
  let from = open + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q === -1 || text.charCodeAt(q + 1) !== QUOTE) return q;
    from = q + 2;
  }
}

/** Line breaks in text[from, to): CRLF counts once, a lone CR or LF once each. */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === LF) n++;
    else if (ch === CR && (i + 1 >= to || text.charCodeAt(i + 1) !== LF)) n++;
  }
  return n;
}

/** `a` in an array twice its size (its values kept). */
function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(a.length * 2);
  grown.set(a);
  return grown;
}


export class TextRecords {
  private constructor(
    /** The whole decoded text the offsets point into. */
    readonly text: string,
    readonly delimiter: string,
    /** How many records. */
    readonly length: number,
    /** Per record: the offset of its first character. */
    private readonly starts: Int32Array,
    /** Per record: the 1-based line it starts on. */
    private readonly lines: Int32Array,
    /** Per record (and one past the last): the index of its first cell in `ends`. */
    private readonly firstCell: Int32Array,
    /** Per cell, all records in order: the offset just past its raw text (quotes included). */
    private readonly ends: Int32Array,
    /** Quoting problems by record. */
    private readonly errors: ReadonlyMap<number, string>,
  ) {}

  /**
   * Scans `text` from `start` (after a BOM or `sep=` line; `startLine` is that point's line).
   * `onProgress` gets the share of the text read every 65,536 records.
   */
  static scan(text: string, delimiter: string, start = 0, startLine = 1, onProgress?: (fraction: number) => void): TextRecords {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new Error(`Unsupported delimiter ${JSON.stringify(delimiter)}`);
    }
    const d = delimiter.charCodeAt(0);
    const len = text.length;
    // Room for a record every 32 characters and a cell every 4, growing when a file has more.
    // Memory the scan never writes to is never touched, so the spare room costs address space,
    // not memory; copying into arrays of the exact size would touch it all twice.
    let starts = new Int32Array(Math.max(16, len >> 5));
    let lines = new Int32Array(starts.length);
    let firstCell = new Int32Array(starts.length);
    let ends = new Int32Array(Math.max(16, len >> 2));
    let cells = 0;
    const errors = new Map<number, string>();
    // The next delimiter, LF and CR at or after the read position: native searches skip the
    // characters between them (3x faster than testing each character here), and a search
    // runs again only once the position has passed what it found.
    const next = (ch: string, from: number): number => { const i = text.indexOf(ch, from); return i === -1 ? len : i; };
    let nextD = -1;
    let nextLF = -1;
    let nextCR = -1;
    let pos = start;
    let line = startLine;
    let count = 0;
    while (pos < len) {
      if (count + 1 >= starts.length) { starts = grow(starts); lines = grow(lines); firstCell = grow(firstCell); }
      starts[count] = pos;
      lines[count] = line;
      firstCell[count] = cells;
      let error: string | undefined;
      for (;;) {
        let p = pos;
        if (text.charCodeAt(pos) === QUOTE) {
          const q = closingQuote(text, pos);
          if (q === -1) {
            error ??= `quoted field opened on line ${line} is never closed`;
            line += lineBreaks(text, pos, len);
            p = len;
          } else {
            line += lineBreaks(text, pos, q);
            p = q + 1;
          }
        }
        if (p < len) {
          if (nextD < p) nextD = next(delimiter, p);
          if (nextLF < p) nextLF = next('\n', p);
          if (nextCR < p) nextCR = next('\r', p);
          const end = nextD < nextLF ? (nextD < nextCR ? nextD : nextCR) : (nextLF < nextCR ? nextLF : nextCR);
          if (end > p && p > pos) error ??= `text after the closing quote on line ${line}`;
          p = end;
        }
        if (cells === ends.length) ends = grow(ends);
        ends[cells++] = p;
        pos = p;
        const ch = text.charCodeAt(pos);
        if (ch === d) { pos++; continue; }
        if (ch === CR) { pos++; if (text.charCodeAt(pos) === LF) pos++; line++; } else if (ch === LF) { pos++; line++; }
        break;
      }
      if (error) errors.set(count, error);
      count++;
      if (onProgress && (count & 0xffff) === 0) onProgress(pos / len);
    }
    firstCell[count] = cells;
    return new TextRecords(text, delimiter, count, starts, lines, firstCell, ends, errors);
  }

  /** The 1-based line record `r` starts on. */
  line(r: number): number { return this.lines[r]!; }

  /** How many cells record `r` has (a blank line has one, empty). */
  width(r: number): number { return this.firstCell[r + 1]! - this.firstCell[r]!; }

  /** The quoting problem of record `r`, if any. */
  error(r: number): string | undefined { return this.errors.size ? this.errors.get(r) : undefined; }

  /** The records with a quoting problem, in file order. */
  withErrors(): number[] { return [...this.errors.keys()]; }

  /** Where cell `c` of record `r` starts in `text` (at its opening quote when quoted). */
  rawStart(r: number, c: number): number {
    return c === 0 ? this.starts[r]! : this.ends[this.firstCell[r]! + c - 1]! + 1;
  }

  /** Where cell `c` of record `r` ends in `text` (exclusive: at the delimiter or line break). */
  rawEnd(r: number, c: number): number { return this.ends[this.firstCell[r]! + c]!; }

  /** Cell `c` of record `r` as text (quotes removed, `""` read as `"`); undefined past the record's last cell. */
  cell(r: number, c: number): string | undefined {
    if (c < 0 || c >= this.width(r)) return undefined;
    const s = this.rawStart(r, c);
    const e = this.rawEnd(r, c);
    if (this.text.charCodeAt(s) !== QUOTE) return this.text.slice(s, e);
    return this.unquote(s, e);
  }

  /** A quoted cell's value: what is inside the quotes, then any text after the closing one. */
  private unquote(s: number, e: number): string {
    const text = this.text;
    let value = '';
    let seg = s + 1;
    for (;;) {
      const q = text.indexOf('"', seg);
      if (q === -1 || q >= e) return value + text.slice(seg, e);
      if (text.charCodeAt(q + 1) === QUOTE && q + 1 < e) { value += text.slice(seg, q + 1); seg = q + 2; continue; }
      return value + text.slice(seg, q) + text.slice(q + 1, e);
    }
  }

  /** Every cell of record `r`. */
  cells(r: number): string[] {
    const w = this.width(r);
    const out = new Array<string>(w);
    for (let c = 0; c < w; c++) out[c] = this.cell(r, c)!;
    return out;
  }

  /** Record `r` as an object (its cells as strings). */
  record(r: number): TextRecord {
    const error = this.error(r);
    return error ? { line: this.line(r), cells: this.cells(r), error } : { line: this.line(r), cells: this.cells(r) };
  }

  /** Records `from` to `to` (exclusive) as objects. */
  toArray(from = 0, to = this.length): TextRecord[] {
    const out: TextRecord[] = [];
    for (let r = from; r < to; r++) out.push(this.record(r));
    return out;
  }

  /** Whether cell `c` of record `r` is empty once trimmed (absent cells are empty). */
  isEmptyCell(r: number, c: number): boolean {
    if (c >= this.width(r)) return true;
    const s = this.rawStart(r, c);
    const e = this.rawEnd(r, c);
    if (s === e) return true;
    const ch = this.text.charCodeAt(s);
    // a visible ASCII character other than a quote settles it without a string
    if (ch > 32 && ch < 127 && ch !== QUOTE) return false;
    return this.cell(r, c)!.trim() === '';
  }

  /** Whether every cell of record `r` is empty once trimmed (a blank line, or a row of only delimiters). */
  isEmpty(r: number): boolean {
    const w = this.width(r);
    for (let c = 0; c < w; c++) if (!this.isEmptyCell(r, c)) return false;
    return true;
  }

  /** Whether record `r` is a blank line: one cell, empty once trimmed (a row of delimiters is not blank). */
  isBlank(r: number): boolean { return this.width(r) === 1 && this.isEmptyCell(r, 0); }
}
