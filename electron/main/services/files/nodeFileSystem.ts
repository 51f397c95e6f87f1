/** The real file system behind FileSystemPort. */
import * as fs from 'node:fs/promises';
import type { FileSystemPort } from './FileSystemPort';

export const nodeFileSystem: FileSystemPort = {
  open: (path, flags, mode) => fs.open(path, flags, mode),
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
