/**
 * `waymark`: the command line. Each command is a module in cli/commands/ exporting
 * `run(args, io)`, returning the exit code. Unix habits: results on stdout, messages on
 * stderr, 0 on success, 1 when the input was bad, 2 on a usage error.
 */
// First: resvg's allocator reads its settings when resvg loads (exportProcessSetup).
import '../electron/main/services/export/exportProcessSetup';
import { commands } from './commands';
import { nodeIo } from './nodeIo';

const USAGE = `Usage: waymark <command> [options]

Commands:
${Object.values(commands).map((c) => `  ${c.usage}\n      ${c.summary}`).join('\n')}

Run "waymark <command> --help" for a command's options.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    nodeIo.out(USAGE);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') { nodeIo.out('0.1.0'); return 0; }
  const command = commands[name];
  if (!command) {
    nodeIo.err(`waymark: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  return command.run(args, nodeIo);
}

// `waymark kpi big.csv | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => { nodeIo.err(`waymark: ${e instanceof Error ? e.stack ?? e.message : String(e)}`); process.exitCode = 1; },
);
