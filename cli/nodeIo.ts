import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliIo } from './CliCommand';
import { writeFileAtomic } from '../electron/main/services/files/writeFileAtomic';

export const nodeIo: CliIo = {
  out: (text) => { process.stdout.write(`${text}\n`); },
  err: (text) => { process.stderr.write(`${text}\n`); },
  readFile: async (path) => new Uint8Array(await readFile(resolve(path))),
  writeFile: async (path, data) => writeFileAtomic(resolve(path), data),
  cwd: () => process.cwd(),
};
