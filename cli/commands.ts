import type { CliCommand } from './CliCommand';
import { exportCommand } from './commands/exportCommand';
import { kpiCommand } from './commands/kpiCommand';
import { validateCommand } from './commands/validateCommand';

/**
 * The registry of CLI commands. Each command lives in cli/commands/<name>Command.ts.
 * (kpi, export and validate are registered here as they land.)
 */
export const commands: Record<string, CliCommand> = {
  export: exportCommand,
  kpi: kpiCommand,
  validate: validateCommand,
};
