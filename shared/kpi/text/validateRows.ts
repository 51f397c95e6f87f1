/**
 * Row validation: every data row must have exactly the header's field count and sound
 * quoting. A row that fails is excluded and reported with its line; nothing is padded,
 * truncated or otherwise repaired (that would change the figures). Rows made only of
 * empty cells (Excel's `;;;;` rows inside the used range) are skipped and listed.
 */
import type { ImportIssue, TextRecord } from '../types';

export interface RowCheck {
  /** The rows that passed, in order. */
  rows: TextRecord[];
  /** One issue per excluded row: its line and the reason. */
  issues: ImportIssue[];
  /** Lines of rows made only of empty cells (skipped, not errors). */
  emptyLines: number[];
}

/**
 * Why a data row cannot be read — a quoting problem, or (when the source checks it) a field
 * count other than the header's — or null. One wording for every source's row report.
 */
export function rowProblem(error: string | undefined, fields: number, width: number, checkWidth = true): string | null {
  if (error) return `${error}; row skipped`;
  if (checkWidth && fields !== width) return `expected ${width} fields like the header, found ${fields}; row skipped`;
  return null;
}

/** Whether every cell of a record is empty (a blank line, or a row made only of delimiters). */
function isEmptyRecord(record: TextRecord): boolean {
  for (const c of record.cells) if (c.trim() !== '') return false;
  return true;
}

/** Checks `records` against a header `width`; see the module comment. */
export function validateRows(records: readonly TextRecord[], width: number): RowCheck {
  const rows: TextRecord[] = [];
  const issues: ImportIssue[] = [];
  const emptyLines: number[] = [];
  for (const r of records) {
    if (r.error) { issues.push({ line: r.line, message: rowProblem(r.error, r.cells.length, width)! }); continue; }
    if (isEmptyRecord(r)) { emptyLines.push(r.line); continue; }
    const problem = rowProblem(r.error, r.cells.length, width);
    if (problem) { issues.push({ line: r.line, message: problem }); continue; }
    rows.push(r);
  }
  return { rows, issues, emptyLines };
}

/** A note for skipped empty rows ("2 empty rows skipped (lines 12, 14)"), or undefined. */
export function emptyRowsNote(lines: readonly number[]): string | undefined {
  if (lines.length === 0) return undefined;
  const shown = lines.slice(0, 10).join(', ') + (lines.length > 10 ? ', …' : '');
  return `${lines.length} empty row${lines.length === 1 ? '' : 's'} skipped (line${lines.length === 1 ? '' : 's'} ${shown})`;
}
