/**
 * Loading a `.journey` file is a pipeline that returns a typed result and never throws:
 *   bytes → sniff (size, binary, UTF-16, zip, png…) → decode UTF-8 → JSON (located syntax
 *   error) → envelope check → refuse or read-only for newer versions → named migrations →
 *   strict validation + reference check → if needed, the lenient repair pass with a report.
 * The caller decides what to do with a repaired load (the app asks the user first).
 */
import { compileAcceptCheck } from '../model/compileAcceptCheck';
import { journeySchema, type Journey } from '../model/schema';
import { formatPath, isPlainObject } from '../util/path';
import { CURRENT_SCHEMA_VERSION, JOURNEY_FORMAT, MAX_FILE_BYTES } from './envelope';
import { lineColumn, locateJsonError } from './locateJsonError';
import { MigrationError } from './migrations/Migration';
import { migrate } from './migrations/migrations';
import { findDanglingReferences, type Repair, repairJourney } from './repairJourney';

export type { Repair };

export type LoadError =
  | { kind: 'tooLarge'; message: string; size: number; limit: number }
  | { kind: 'notText'; message: string; detected: string }
  | { kind: 'syntax'; message: string; line: number; column: number; offset: number }
  | { kind: 'notAJourney'; message: string; path?: string }
  | { kind: 'newerVersion'; message: string; version: number }
  | { kind: 'migrationFailed'; message: string; migration: string; path: string }
  | { kind: 'invalid'; message: string; issues: Repair[] };

export interface LoadedJourney {
  journey: Journey;
  /** `valid`: opened as written. `repaired`: changes listed in `repairs`; ask before using. */
  status: 'valid' | 'repaired';
  repairs: Repair[];
  /** The version the file was written at, and the migrations that ran. */
  fileVersion: number;
  migrations: string[];
  /** Written by a newer Waymark: show it, but do not save over it. */
  readOnly: boolean;
}

export type LoadResult = { ok: true; value: LoadedJourney } | { ok: false; error: LoadError };

const fail = (error: LoadError): LoadResult => ({ ok: false, error });

/** Whether zod would accept a document unchanged: the fast path for files as Waymark writes them. */
let acceptsJourney: ((v: unknown) => boolean) | undefined;

const MAGIC: { bytes: number[]; name: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a zip archive (or an Office document)' },
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF document' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
];

/** Recognizes bytes that are clearly not a UTF-8 journey, with a message that says what they are. */
export function sniffBytes(bytes: Uint8Array): { detected: string; message: string } | null {
  for (const m of MAGIC) {
    if (m.bytes.every((b, i) => bytes[i] === b)) return { detected: m.name, message: `This file is ${m.name}, not a Waymark journey.` };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { detected: 'UTF-16 text', message: 'This file is UTF-16 text; Waymark journeys are UTF-8. Was it re-saved by another program?' };
  }
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) return { detected: 'binary data', message: `This file contains binary data (a zero byte at offset ${i}); it is not a Waymark journey.` };
  }
  return null;
}

export function loadJourney(input: string | Uint8Array): LoadResult {
  try {
    return loadUnsafe(input);
  } catch (e) {
    // The pipeline is written not to throw; this is the last line of defence for the user's sake.
    return fail({ kind: 'notAJourney', message: `The file could not be read: ${e instanceof Error ? e.message : String(e)}` });
  }
}

function loadUnsafe(input: string | Uint8Array): LoadResult {
  let text: string;
  if (typeof input === 'string') {
    if (input.length > MAX_FILE_BYTES) return fail({ kind: 'tooLarge', message: `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`, size: input.length, limit: MAX_FILE_BYTES });
    text = input;
  } else {
    if (input.byteLength > MAX_FILE_BYTES) return fail({ kind: 'tooLarge', message: `The file is ${(input.byteLength / 1024 / 1024).toFixed(1)} MB; Waymark opens journeys up to ${MAX_FILE_BYTES / 1024 / 1024} MB.`, size: input.byteLength, limit: MAX_FILE_BYTES });
    const sniffed = sniffBytes(input);
    if (sniffed) return fail({ kind: 'notText', ...sniffed });
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return fail({ kind: 'notText', detected: 'not UTF-8', message: 'This file is not UTF-8 text, so it is not a Waymark journey.' });
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail({ kind: 'syntax', message: 'The file is empty.', line: 1, column: 1, offset: 0 });

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const at = locateJsonError(text) ?? { offset: text.length, ...lineColumn(text, text.length), message: 'invalid JSON' };
    return fail({ kind: 'syntax', message: `Line ${at.line}, column ${at.column}: ${at.message}`, line: at.line, column: at.column, offset: at.offset });
  }

  if (!isPlainObject(parsed) || parsed.format !== JOURNEY_FORMAT) {
    return fail({ kind: 'notAJourney', message: `This is JSON, but not a Waymark journey (no "format": "${JOURNEY_FORMAT}").`, path: 'format' });
  }
  const version = parsed.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({ kind: 'notAJourney', message: 'schemaVersion: expected a whole number of 1 or more.', path: 'schemaVersion' });
  }
  if (!('document' in parsed)) return fail({ kind: 'notAJourney', message: 'document: missing.', path: 'document' });

  const readOnly = version > CURRENT_SCHEMA_VERSION;
  let document: unknown = parsed.document;
  let applied: string[] = [];
  if (!readOnly) {
    try {
      ({ document, applied } = migrate(document, version));
    } catch (e) {
      const path = e instanceof MigrationError ? e.path : 'document';
      const name = applied.at(-1) ?? 'migration';
      return fail({ kind: 'migrationFailed', migration: name, path, message: `The file (version ${version}) could not be upgraded: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  // Keys like __proto__ are legal JSON but must never reach an object; the repair pass drops them.
  const unsafeKeys = /"(__proto__|constructor|prototype)"\s*:/.test(text);
  // Valid files (nearly all) skip zod's copy of every record; the rest get zod's located issues.
  acceptsJourney ??= compileAcceptCheck(journeySchema);
  const strict = unsafeKeys ? null : acceptsJourney(document) ? { success: true as const, data: document as Journey } : journeySchema.safeParse(document);
  if (strict?.success) {
    const dangling = findDanglingReferences(strict.data);
    if (dangling.length === 0) {
      return { ok: true, value: { journey: strict.data, status: 'valid', repairs: [], fileVersion: version, migrations: applied, readOnly } };
    }
  }
  const repaired = repairJourney(document);
  if ('failure' in repaired) {
    if (readOnly) return fail({ kind: 'newerVersion', version, message: `This map was made by a newer Waymark (file version ${version}; this app reads up to ${CURRENT_SCHEMA_VERSION}). Update Waymark to open it.` });
    return fail({ kind: 'invalid', message: repaired.failure, issues: [] });
  }
  const recheck = journeySchema.safeParse(repaired.journey);
  if (!recheck.success) {
    const issues = recheck.error.issues.map((i) => ({ path: formatPath(i.path as (string | number)[]), message: i.message }));
    return fail({ kind: 'invalid', message: `The journey is invalid and could not be repaired (${issues[0]?.path}: ${issues[0]?.message}).`, issues });
  }
  return {
    ok: true,
    value: { journey: recheck.data, status: repaired.repairs.length > 0 ? 'repaired' : 'valid', repairs: repaired.repairs, fileVersion: version, migrations: applied, readOnly },
  };
}

/** One-line description of a load error for dialogs and the CLI. */
export function describeLoadError(error: LoadError): string {
  return error.message;
}
