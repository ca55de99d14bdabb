import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/**
 * The named messages (`sample-4466.eml`) of ../shared/data/phishing/phishing-pot-dev.tar.gz, read from a
 * temporary directory removed before this returns; undefined, with the test marked skipped, without the archive.
 */
export function phishingPotSamples(t: TestContext, files: readonly string[]): Map<string, Buffer> | undefined {
  const tarball = sharedData(t, 'phishing/phishing-pot-dev.tar.gz');
  if (!tarball) return undefined;
  const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-pot-'));
  try {
    execFileSync('tar', ['xzf', tarball, '-C', dir, ...files.map((f) => `phishing-pot/${f}`)]);
    return new Map(files.map((f) => [f, readFileSync(path.join(dir, 'phishing-pot', f))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
