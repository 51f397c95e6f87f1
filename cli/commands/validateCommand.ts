/**
 * `waymark validate <file.journey> [--json]`: exit 0 when the file opens as written; 1 with
 * located errors when it is not a journey, is damaged, or would need repairs to open (each
 * repair listed with its path); 2 on a usage error.
 */
import type { CliCommand } from '../CliCommand';
import { parseArgs, UsageError } from './cliArgs';
import { readJourneyFile } from './readJourneyFile';

const HELP = `Usage: waymark validate <file.journey> [--json]

Checks a journey file: exit 0 when it is valid, 1 with located errors when it is not.
  --json   print the result as JSON on stdout`;

export const validateCommand: CliCommand = {
  usage: 'validate <file.journey> [--json]',
  summary: 'Check a journey file; exit 0 when valid, located errors otherwise.',
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs(args, { values: [], flags: ['json', 'help', 'h'] });
      if (parsed.flags.has('help') || parsed.flags.has('h')) { io.out(HELP); return 0; }
      if (parsed.positionals.length !== 1) throw new UsageError(parsed.positionals.length ? 'give one file' : 'missing <file.journey>');
    } catch (e) {
      if (e instanceof UsageError) { io.err(`waymark validate: ${e.message}\n\n${HELP}`); return 2; }
      throw e;
    }
    const path = parsed.positionals[0]!;
    const json = parsed.flags.has('json');
    const r = await readJourneyFile(io, path);
    if (!r.ok) {
      if (json) io.out(JSON.stringify({ file: path, valid: false, errors: r.lines }, null, 2));
      else for (const l of r.lines) io.err(l);
      return 1;
    }
    const { loaded } = r;
    const j = loaded.journey;
    const counts = { stages: Object.keys(j.stages).length, lanes: Object.keys(j.lanes).length, cards: Object.keys(j.cards).length, connections: Object.keys(j.connections).length };
    const valid = loaded.status === 'valid';
    if (json) {
      io.out(JSON.stringify({ file: path, valid, fileVersion: loaded.fileVersion, migrations: loaded.migrations, readOnly: loaded.readOnly, repairs: loaded.repairs, ...counts }, null, 2));
      return valid ? 0 : 1;
    }
    if (!valid) {
      io.err(`${path}: not valid as written; opening it would repair ${loaded.repairs.length} problem(s):`);
      for (const rep of loaded.repairs) io.err(`${path}: ${rep.path}: ${rep.message}`);
      return 1;
    }
    const notes = [
      loaded.migrations.length ? `upgraded from version ${loaded.fileVersion} (${loaded.migrations.join(', ')})` : '',
      loaded.readOnly ? 'written by a newer Waymark (read-only)' : '',
    ].filter(Boolean);
    io.out(`${path}: valid — ${counts.stages} stages, ${counts.lanes} lanes, ${counts.cards} cards, ${counts.connections} connections${notes.length ? `; ${notes.join('; ')}` : ''}`);
    return 0;
  },
};
