/**
 * API-shaped sources (Delighted, Zendesk) come as flattened CSV or as the API's JSON. Both
 * become the same records: column name → text, with the line (CSV) or the 1-based position
 * in the JSON array. Nested objects flatten to `parent.child` (Delighted's
 * `person_properties.plan`); arrays join with ", ".
 */
import type { ImportIssue, SourceInput } from '../../types';
import { normalizeHeader } from '../../text/headerRows';
import { dataRows, findGrid } from './surveyGrid';

export interface FlatRecord {
  line: number;
  fields: Record<string, string>;
}

export interface FlatTable {
  /** Normalized column names in file order. */
  columns: string[];
  records: FlatRecord[];
  errors: ImportIssue[];
  notes: string[];
  fromJson: boolean;
  /** Records read (CSV: data rows including rejected ones and later tables). */
  read: number;
}

function flatten(value: unknown, prefix: string, out: Record<string, string>): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) { out[prefix] = value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', '); return; }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) flatten(v, prefix ? `${prefix}.${k.toLowerCase()}` : k.toLowerCase(), out);
    return;
  }
  out[prefix] = String(value);
}

/** The JSON array of objects (at the top or under `key`), or undefined. */
export function jsonArray(json: unknown, key: string): Record<string, unknown>[] | undefined {
  const arr = Array.isArray(json) ? json : (json as Record<string, unknown> | null)?.[key];
  return Array.isArray(arr) && arr.length > 0 && arr.every((x) => x && typeof x === 'object' && !Array.isArray(x)) ? (arr as Record<string, unknown>[]) : undefined;
}

export function flatTable(input: SourceInput, jsonKey: string, matches: (columns: string[]) => boolean): FlatTable | undefined {
  const arr = jsonArray(input.json, jsonKey);
  if (arr) {
    const records = arr.map((o, i) => { const fields: Record<string, string> = {}; flatten(o, '', fields); return { line: i + 1, fields }; });
    const columns = [...new Set(records.flatMap((r) => Object.keys(r.fields)))];
    return matches(columns) ? { columns, records, errors: [], notes: ['JSON: "line" in errors is the record\'s position in the array'], fromJson: true, read: records.length } : undefined;
  }
  const grid = findGrid(input, matches);
  if (!grid) return undefined;
  const columns = grid.rows[0]!.cells.map(normalizeHeader);
  const checked = dataRows(grid, 1, columns.length);
  const records = checked.rows.map((r) => {
    const fields: Record<string, string> = {};
    columns.forEach((c, i) => { const v = (r.cells[i] ?? '').trim(); if (v !== '') fields[c] = v; });
    return { line: r.line, fields };
  });
  return { columns, records, errors: checked.errors, notes: checked.notes, fromJson: false, read: checked.read };
}
