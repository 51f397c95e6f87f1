/**
 * A migration takes a document written at version `to - 1` and returns it at version `to`.
 * Migrations see untrusted JSON: they check what they touch and throw MigrationError
 * (with the path) when the shape is not what that version wrote; the loader turns that
 * into a typed `migrationFailed` error. They never run anything from the file.
 */
export interface Migration {
  /** The version this migration produces. Versions increase by exactly one. */
  readonly to: number;
  /** A name that says what changed, e.g. `recordsKeyedById`. */
  readonly name: string;
  readonly up: (document: unknown) => unknown;
}

export class MigrationError extends Error {
  constructor(readonly path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'MigrationError';
  }
}
