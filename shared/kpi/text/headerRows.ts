/**
 * Header-row helpers for sources: files carry 1 to 3 header rows (Qualtrics 3: ID, question,
 * ImportId JSON; SurveyMonkey 2: question with blanks over merged cells, then the answer
 * label; Adobe 2: metric, then segment). These turn them into one name per column.
 */

/** A header name for matching: BOM and outer spaces removed, inner spaces collapsed, lower case. */
export function normalizeHeader(name: string): string {
  return name.replace(/^\uFEFF/, '').replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
}

/** Blank cells take the value of the nearest non-blank cell to their left (merged header cells). */
export function forwardFill(cells: readonly string[]): string[] {
  const out: string[] = [];
  let last = '';
  for (const c of cells) {
    if (c.trim() !== '') last = c;
    out.push(c.trim() === '' ? last : c);
  }
  return out;
}

export interface CombineOptions {
  /** Per header row: forward-fill its blank cells first (merged cells). Default: no. */
  fill?: readonly boolean[];
  /** Joins the non-empty parts of a column. Default ' / '. */
  separator?: string;
}

/**
 * Several header rows → one name per column: the column's non-empty parts top to bottom,
 * a part equal to the one above dropped, joined with `separator`. Width = the widest row.
 */
export function combineHeaderRows(rows: readonly (readonly string[])[], options: CombineOptions = {}): string[] {
  const sep = options.separator ?? ' / ';
  const filled = rows.map((r, i) => (options.fill?.[i] ? forwardFill(r) : [...r]));
  const width = Math.max(0, ...filled.map((r) => r.length));
  const names: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (const r of filled) {
      const p = (r[c] ?? '').trim();
      if (p !== '' && p !== parts[parts.length - 1]) parts.push(p);
    }
    names.push(parts.join(sep));
  }
  return names;
}

/**
 * The index of the first column whose normalized header equals one of `names` (given in any
 * case) or matches one of the regular expressions; -1 if none.
 */
export function findColumn(headers: readonly string[], ...names: (string | RegExp)[]): number {
  const norm = headers.map(normalizeHeader);
  for (const n of names) {
    const i = typeof n === 'string' ? norm.indexOf(normalizeHeader(n)) : norm.findIndex((h) => n.test(h));
    if (i >= 0) return i;
  }
  return -1;
}

/**
 * The index (within the first `maxScan` records) of the first row `isHeader` accepts, or -1.
 * For files with title rows above the header (spreadsheets, some exports).
 */
export function findHeaderRow(rows: readonly (readonly string[])[], isHeader: (cells: readonly string[]) => boolean, maxScan = 10): number {
  const n = Math.min(rows.length, maxScan);
  for (let i = 0; i < n; i++) if (isHeader(rows[i]!)) return i;
  return -1;
}
