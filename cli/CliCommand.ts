/** The I/O a command may use; tests pass a fake that records output. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  cwd(): string;
}

export interface CliCommand {
  /** e.g. `kpi <data-file> [--json]` */
  readonly usage: string;
  readonly summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}
