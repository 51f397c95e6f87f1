/** The on-disk shape of a `.journey` file. */
export const JOURNEY_FORMAT = 'waymark.journey';
export const JOURNEY_EXTENSION = '.journey';
export const JOURNEY_MIME = 'application/vnd.waymark.journey+json';

/** Bump with a new migration in shared/file/migrations/. */
export const CURRENT_SCHEMA_VERSION = 5;

/** Files larger than this are refused before parsing. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export interface JourneyEnvelope<D = unknown> {
  format: typeof JOURNEY_FORMAT;
  schemaVersion: number;
  createdWith: string;
  document: D;
}
