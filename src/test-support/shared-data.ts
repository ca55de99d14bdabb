import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { TestContext } from 'node:test';

/** The repository root (src/test-support → ../..). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * `../shared/data` beside the checkout: real mail and lists written by others, never copied into the
 * repository. CI always has it; on a machine without it the tests that need it skip and say so.
 */
export const SHARED_DATA = process.env.SPAMLAB_SHARED_DATA ?? path.resolve(REPO_ROOT, '../shared/data');

/**
 * Resolves a path under ../shared/data, or marks the test skipped with a clear reason when it is absent.
 * @example const dir = sharedData(t, 'fixtures/rspamd/messages'); if (!dir) return;
 */
export function sharedData(t: TestContext, relative: string): string | undefined {
  const full = path.join(SHARED_DATA, relative);
  if (existsSync(full)) return full;
  t.skip(`needs ${full} (../shared/data beside the checkout; CI always has it)`);
  return undefined;
}
