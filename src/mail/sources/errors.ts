/** Why a file or stream could not be read, in words (shared by the walker and the reference reader). */
const ERROR_TEXT: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many levels of symbolic links',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
};

/** `cannot read: permission denied (EACCES)`: the reason in words, the code for scripts. */
export function describeError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code && ERROR_TEXT[code]) return `cannot read: ${ERROR_TEXT[code]} (${code})`;
  const message = err instanceof Error ? err.message : String(err);
  return `cannot read: ${message}`;
}
