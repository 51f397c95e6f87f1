/**
 * Reading answer cells for the survey sources: a cell is empty/missing (a skipped answer),
 * a valid answer, or invalid — reported with its line and left out of the figures, never
 * corrected.
 */
import type { ImportIssue } from '../../types';
import { isMissingToken } from '../../cells/missing';

export const cellAt = (cells: readonly string[], i: number): string => (i < 0 ? '' : (cells[i] ?? '').trim());

export const isBlank = (cell: string): boolean => isMissingToken(cell.trim());

/**
 * An integer answer that `valid` accepts; undefined for a skipped (empty/missing) cell, and
 * for an invalid one, which is reported in `errors`.
 */
export function readAnswer(cell: string, line: number, what: string, valid: (v: number) => boolean, range: string, errors: ImportIssue[]): number | undefined {
  const s = cell.trim();
  if (isMissingToken(s)) return undefined;
  const v = /^[+-]?\d+(\.0+)?$/.test(s) ? Number(s) : Number.NaN;
  if (!Number.isFinite(v) || !valid(v)) {
    errors.push({ line, message: `${what}: "${s}" is not an answer on ${range}; answer left out` });
    return undefined;
  }
  return v;
}

/** Earliest and latest of ISO date strings of one form (they sort as text). */
export function periodOf(dates: readonly (string | undefined)[]): { start: string; end: string } | undefined {
  const ds = dates.filter((d): d is string => d !== undefined).sort();
  return ds.length ? { start: ds[0]!, end: ds[ds.length - 1]! } : undefined;
}

/** Whether some non-empty value occurs more than once (a grouping column, not an identifier). */
export function hasRepeats(values: readonly string[]): boolean {
  const seen = new Set<string>();
  for (const v of values) {
    if (v === '') continue;
    if (seen.has(v)) return true;
    seen.add(v);
  }
  return false;
}

/** "lines 4, 9" / "line 4" (the first ten, then …). */
export function linesText(lines: readonly number[]): string {
  const shown = lines.slice(0, 10).join(', ') + (lines.length > 10 ? ', …' : '');
  return `line${lines.length === 1 ? '' : 's'} ${shown}`;
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Whether a column can break the total down: some value repeats and there are at least two values. */
export function isBreakdown(values: readonly string[]): boolean {
  return hasRepeats(values) && new Set(values.filter((v) => v !== '')).size >= 2;
}
