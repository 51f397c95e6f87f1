/** The real file system behind FileSystemPort. */
import * as fs from 'node:fs/promises';
import type { FileHandlePort, FileSystemPort } from './FileSystemPort';

/** One buffer kept from use to use: `take` never hands it to two users at once; `give` returns it. */
export class KeptBuffer {
  private kept: Buffer | undefined;
  constructor(private readonly maxBytes: number) {}

  /** A buffer of at least `size` bytes: the kept one when it is large enough (and free), else a new one. */
  take(size: number): Buffer {
    const buffer = this.kept && this.kept.length >= size ? this.kept : Buffer.allocUnsafe(size);
    if (buffer === this.kept) this.kept = undefined;
    return buffer;
  }

  /** Done with `buffer`: kept if it is the largest seen so far and not over the limit. */
  give(buffer: Buffer): void {
    if (buffer.length <= this.maxBytes && (!this.kept || this.kept.length < buffer.length)) this.kept = buffer;
  }
}

/** Text encoding's buffer (a map's text is a few MB; up to 64 MB, about 100,000 cards, is kept). */
const encoding = new KeptBuffer(64 * 1024 * 1024);

/**
 * Writes text as UTF-8 through a buffer kept from write to write. Encoding a map's text into
 * a fresh buffer on every save costs more than the write itself where fresh memory is slow to
 * touch (6 MB: 15–25 ms of page faults, against 2–3 ms into a buffer already touched; see
 * bench/NOTES.md).
 */
async function writeText(handle: fs.FileHandle, text: string): Promise<void> {
  const size = Buffer.byteLength(text, 'utf8');
  const buffer = encoding.take(size);
  try {
    buffer.write(text, 0, size, 'utf8');
    for (let at = 0; at < size;) at += (await handle.write(buffer, at, size - at)).bytesWritten;
  } finally {
    encoding.give(buffer);
  }
}

function handlePort(handle: fs.FileHandle): FileHandlePort {
  return {
    writeFile: (data) => (typeof data === 'string' ? writeText(handle, data) : handle.writeFile(data)),
    sync: () => handle.sync(),
    close: () => handle.close(),
  };
}

export const nodeFileSystem: FileSystemPort = {
  open: async (path, flags, mode) => handlePort(await fs.open(path, flags, mode)),
  // A plain Uint8Array view over the Buffer's memory: no copy of a 100 MB file.
  readFile: async (path) => { const b = await fs.readFile(path); return new Uint8Array(b.buffer, b.byteOffset, b.byteLength); },
  rename: (from, to) => fs.rename(from, to),
  unlink: (path) => fs.unlink(path),
  stat: (path) => fs.stat(path),
  lstat: (path) => fs.lstat(path),
  realpath: (path) => fs.realpath(path),
  readlink: (path) => fs.readlink(path),
  chmod: (path, mode) => fs.chmod(path, mode),
  mkdir: (path, options) => fs.mkdir(path, options),
  readdir: (path) => fs.readdir(path),
};
