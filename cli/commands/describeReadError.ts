/** A file the CLI could not read, said the way a shell user expects (`map.journey: no such file`). */
export function describeReadError(path: string, e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  if (code === 'ENOENT') return `${path}: no such file`;
  if (code === 'EISDIR') return `${path}: is a folder, not a file`;
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied`;
  return `${path}: cannot read (${e instanceof Error ? e.message : String(e)})`;
}
