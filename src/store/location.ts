import os from 'node:os';
import path from 'node:path';

// Kept apart from ./index.ts (which loads both database drivers) so that a scanner can find out whether
// there is a store at all without loading them.

/**
 * Where the store lives when nothing is configured: `$SPAMLAB_STORE`, else the XDG data directory
 * (`$XDG_DATA_HOME/spamlab/spamlab.db`, by default `~/.local/share/spamlab/spamlab.db`), so that every
 * command finds the same store from any working directory.
 * @example defaultStorePath({ HOME: '/home/ann' }) // '/home/ann/.local/share/spamlab/spamlab.db'
 */
export function defaultStorePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SPAMLAB_STORE) return env.SPAMLAB_STORE;
  const dataHome = env.XDG_DATA_HOME || path.join(env.HOME || os.homedir(), '.local', 'share');
  return path.join(dataHome, 'spamlab', 'spamlab.db');
}

export const isPostgresLocation = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);
