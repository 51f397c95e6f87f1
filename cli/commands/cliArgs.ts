/**
 * A small argument parser for the commands: `--name value`, `--name=value`, boolean flags,
 * positionals. Unknown options are errors (a typo must not silently change an export).
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface ParsedArgs {
  positionals: string[];
  values: Map<string, string>;
  flags: Set<string>;
}

export function parseArgs(args: readonly string[], spec: { values: readonly string[]; flags: readonly string[] }): ParsedArgs {
  const out: ParsedArgs = { positionals: [], values: new Map(), flags: new Set() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') { out.positionals.push(...args.slice(i + 1)); break; }
    if (!a.startsWith('-') || a === '-') { out.positionals.push(a); continue; }
    const eq = a.indexOf('=');
    const name = (eq === -1 ? a : a.slice(0, eq)).replace(/^--?/, '');
    if (spec.flags.includes(name)) {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`);
      out.flags.add(name);
    } else if (spec.values.includes(name)) {
      const value = eq !== -1 ? a.slice(eq + 1) : args[++i];
      if (value === undefined || (eq === -1 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
      out.values.set(name, value);
    } else {
      throw new UsageError(`unknown option "${a.slice(0, eq === -1 ? undefined : eq)}"`);
    }
  }
  return out;
}

export function numberArg(p: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const raw = p.values.get(name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw new UsageError(`--${name} must be a number from ${min} to ${max} (got "${raw}")`);
  return n;
}

export function listArg(p: ParsedArgs, name: string): string[] {
  return (p.values.get(name) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}
