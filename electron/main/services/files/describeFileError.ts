/** A file-system error in words a user can act on; the code is kept for support. */
import { errorCode } from './FileSystemPort';

const MESSAGES: Readonly<Record<string, string>> = {
  EACCES: 'Waymark is not allowed to access this file or folder.',
  EPERM: 'The operation was not permitted (the file may be locked or read-only).',
  EBUSY: 'The file is in use by another program.',
  ENOSPC: 'The disk is full.',
  EDQUOT: 'Your disk quota is used up.',
  EROFS: 'The disk is read-only.',
  ENOENT: 'The file or its folder no longer exists.',
  EISDIR: 'That is a folder, not a file.',
  ENOTDIR: 'A part of the path is not a folder.',
  ELOOP: 'The file is a symbolic link that points to itself.',
  ENAMETOOLONG: 'The file name is too long.',
  EMFILE: 'Too many files are open; close some programs and try again.',
  EIO: 'The disk reported an input/output error.',
};

export function describeFileError(action: string, error: unknown): string {
  const code = errorCode(error);
  const known = code ? MESSAGES[code] : undefined;
  if (known) return `Could not ${action}: ${known} (${code})`;
  return `Could not ${action}: ${error instanceof Error ? error.message : String(error)}`;
}
