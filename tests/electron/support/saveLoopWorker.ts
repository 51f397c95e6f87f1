/**
 * The process the kill test SIGKILLs: it saves maps over a few files in a loop with the
 * production writer, announcing each write on stdout before (`begin`) and after (`done`).
 * stdout to a pipe is synchronous on Linux, so a line printed has left the process before
 * the next step starts. Bundled by esbuild at test time (with the writer) into plain CJS.
 *   node worker.cjs <template file> <folder> <files> <firstVersion>
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../../electron/main/services/files/writeFileAtomic';
import { fillKillTestMap } from './fillKillTestMap';

const [templateFile = '', folder = '.', filesArg = '3', firstArg = '1'] = process.argv.slice(2);
const template = readFileSync(templateFile, 'utf8');
const files = Number(filesArg);
let version = Number(firstArg);

async function loop(): Promise<void> {
  for (;;) {
    const file = version % files;
    const text = fillKillTestMap(template, file, version);
    process.stdout.write(`begin ${file} ${version}\n`);
    await writeFileAtomic(join(folder, `map-${file}.journey`), text);
    process.stdout.write(`done ${file} ${version}\n`);
    version += 1;
  }
}

void loop();
