/**
 * The file-system operations the file services use, as a port. Production passes
 * `nodeFileSystem` (node:fs/promises); tests pass the same thing wrapped in a fault
 * injector that throws at a chosen step, so every step of a save can be made to fail.
 */
export interface FileHandlePort {
  writeFile(data: Uint8Array | string): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FileStatPort {
  readonly mtimeMs: number;
  readonly size: number;
  /** File type and permission bits, as fs.Stats.mode. */
  readonly mode: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

export interface FileSystemPort {
  open(path: string, flags: string, mode?: number): Promise<FileHandlePort>;
  readFile(path: string): Promise<Uint8Array>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<FileStatPort>;
  lstat(path: string): Promise<FileStatPort>;
  realpath(path: string): Promise<string>;
  readlink(path: string): Promise<string>;
  chmod(path: string, mode: number): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
}

/** The error code of a Node system error, or undefined. */
export const errorCode = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && 'code' in e && typeof (e as { code: unknown }).code === 'string' ? (e as { code: string }).code : undefined;
