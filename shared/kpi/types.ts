/**
 * The contract between the steps of the KPI import pipeline (shared/kpi/). Pure data; the
 * pipeline runs in a Web Worker in the app and directly in Node for the CLI and tests.
 *
 *   bytes ─ decodeText ─ readDelimited ─ (source.recognize / source.extract) ─ KpiImport
 *   bytes ─ readWorkbook (xlsx) ────────┘                   json ──┘
 *
 * `KpiImport` is what becomes a `Dataset` in the document (shared/model/schema.ts) once the
 * app adds an id, a name and `importedAt`.
 */
import type { MetricValue } from '../model/schema';
import type { TextRecords } from './text/TextRecords';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** A problem with a located line (1-based physical line of the decoded text; 0 = the whole file). */
export interface ImportIssue {
  line: number;
  message: string;
}

/** One record of a delimited file as an object: its cells and the physical line it starts on. */
export interface TextRecord {
  line: number;
  cells: string[];
  /** Set when the record's quoting is broken (unclosed quote, text after a closing quote). */
  error?: string;
}

/** A delimited file split into records (quotes, embedded newlines and delimiters handled). */
export interface DelimitedFile {
  delimiter: string;
  /** Every record in file order, including preamble/comment lines and blank lines ([''] cells), read on demand. */
  records: TextRecords;
  issues: ImportIssue[];
  /** Whether the delimiter came from an Excel `sep=` first line (that line is not in records). */
  sepLine?: boolean;
}

/** A spreadsheet cell as a typed value, keeping what the number format said. */
export type SheetCell =
  | null
  | { type: 'number'; value: number; format?: string }
  | { type: 'string'; value: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'date'; value: string /* ISO-8601 */ };

export interface Sheet {
  name: string;
  /** rows[r][c], r and c 0-based; `line` in issues is the 1-based spreadsheet row. */
  rows: SheetCell[][];
}

/** Everything a source recognizer may look at. Exactly one of records/sheets/json is set. */
export interface SourceInput {
  fileName: string;
  encoding?: TextEncodingName;
  delimited?: DelimitedFile;
  sheets?: Sheet[];
  json?: unknown;
}

/** Verbatim feedback (survey comment, review) with what it concerns. */
export interface FeedbackItem {
  scope: string;
  text: string;
  /** The respondent's score on the question that goes with the comment (stars, NPS, CSAT). */
  score?: number;
  /** −1…+1: derived from stars/score where there is one, else from the text (offline). */
  sentiment?: number;
  respondentId?: string;
}

/** Options a user can set; stored with the dataset so Refresh re-reads the file the same way. */
export interface ImportOptions {
  /** Force a source instead of recognizing one. */
  source?: string;
  /** Survey policy for partial responses (Qualtrics Finished = 0 and the like). Default 'include'. */
  partialResponses?: 'include' | 'exclude';
  /** CES scale length and direction. */
  cesScale?: number;
  cesHigherIsEasier?: boolean;
  /** Which table/sheet to read when a file holds several. */
  table?: string;
  [key: string]: string | number | boolean | undefined;
}

/** What one source extracted from a file. */
export interface SourceResult {
  /** e.g. 'ga4-report', 'ga4-funnel', 'ua', 'adobe', 'mixpanel', 'qualtrics', 'generic'. */
  source: string;
  /** The report/survey/table name where the file says it. */
  title?: string;
  period?: { start: string; end: string };
  rowsRead: number;
  rowsImported: number;
  errors: ImportIssue[];
  /** Human-readable notes on what was decided (e.g. "dates read as DMY", "3 preview rows excluded"). */
  notes: string[];
  metrics: MetricValue[];
  feedback: FeedbackItem[];
  /** Per scope, the ISO date a KPI table says its values are as of (`Last updated`, `Stand`). */
  asOf?: Record<string, string>;
  /**
   * Readings the source decided from the file itself (a CES scale's length and direction,
   * say), merged into the stored options under what the user chose, so the map interprets
   * the values the same way and Refresh re-reads the file the same way.
   */
  decidedOptions?: Partial<ImportOptions>;
}

export interface KpiSource {
  readonly id: string;
  readonly label: string;
  /** 0 when this is not the tool's file; otherwise a confidence in (0, 1]. */
  recognize(input: SourceInput): number;
  extract(input: SourceInput, options: ImportOptions): SourceResult;
}

/** The whole result of importing one file. */
export interface KpiImport extends SourceResult {
  fileName: string;
  encoding?: TextEncodingName;
  delimiter?: string;
  options: ImportOptions;
}

/** A file that could not be read at all (not a data file, too large, a zip bomb…). */
export interface KpiImportFailure {
  message: string;
  line?: number;
}
