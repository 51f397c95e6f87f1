/**
 * Reading a .journey file for a command: the shared loader (shared/file/loadJourney.ts),
 * with errors located as `file:line:column: message` (compiler style, so editors jump).
 */
import type { LoadedJourney } from '../../shared/file/loadJourney';
import { loadJourney } from '../../shared/file/loadJourney';
import type { CliIo } from '../CliCommand';
import { describeReadError } from './describeReadError';

export type ReadResult = { ok: true; loaded: LoadedJourney } | { ok: false; lines: string[] };

export async function readJourneyFile(io: CliIo, path: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    return { ok: false, lines: [describeReadError(path, e)] };
  }
  const r = loadJourney(bytes);
  if (r.ok) return { ok: true, loaded: r.value };
  const err = r.error;
  if (err.kind === 'syntax') return { ok: false, lines: [`${path}:${err.line}:${err.column}: ${err.message.replace(/^Line \d+, column \d+: /, '')}`] };
  if (err.kind === 'invalid' && err.issues.length) return { ok: false, lines: [`${path}: ${err.message}`, ...err.issues.map((i) => `${path}: ${i.path}: ${i.message}`)] };
  if (err.kind === 'notAJourney' && err.path) return { ok: false, lines: [`${path}: ${err.message}`] };
  return { ok: false, lines: [`${path}: ${err.message}`] };
}
