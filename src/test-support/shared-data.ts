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

/** The hand labels of the pot (rows of sha256, file, label, part, draw); `#` lines are comments. */
export const PHISHING_LABELS = path.join(REPO_ROOT, 'bench/phishing-labels.tsv');

let heldOut: { files: ReadonlySet<string>; sha256: readonly string[] } | undefined;

/**
 * The held-out part of bench/phishing-labels.tsv (4th column `heldout`, every draw): pot files that are measured by
 * bench:phishing-classes and never read by a test — a failing test prints a message's ids to whoever is writing rules.
 * `files` are the names (`sample-N.eml`), `sha256` their hashes.
 */
export function heldOutPot(): { files: ReadonlySet<string>; sha256: readonly string[] } {
  if (!heldOut) {
    const rows = readFileSync(PHISHING_LABELS, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
    const held = rows.filter((r) => r[3] === 'heldout');
    heldOut = { files: new Set(held.map((r) => r[1]!)), sha256: held.map((r) => r[0]!) };
  }
  return heldOut;
}

/** Whether a pot file (a name or a path ending in one) is a held-out row of bench/phishing-labels.tsv. */
export const isHeldOutPotFile = (file: string): boolean => heldOutPot().files.has(path.basename(file));

/**
 * The named messages (`sample-4466.eml`) of ../shared/data/phishing/phishing-pot-dev.tar.gz, read from a
 * temporary directory removed before this returns; undefined, with the test marked skipped, without the archive.
 * Refuses (throws) a held-out file of bench/phishing-labels.tsv before reading anything: tests name design or
 * unlabelled files only (issue 17's held-out discipline; session 42).
 */
export function phishingPotSamples(t: TestContext, files: readonly string[]): Map<string, Buffer> | undefined {
  const refused = files.filter(isHeldOutPotFile);
  if (refused.length > 0) {
    throw new Error(
      `refused to read ${refused.length} held-out pot file(s) named by this test (${[...new Set(refused)].join(', ')}): the 4th column of bench/phishing-labels.tsv is \`heldout\`, measured by bench:phishing-classes and never tested on. Use a design-part or unlabelled pot file that shows the same behaviour, or a message built in the test.`,
    );
  }
  const tarball = sharedData(t, 'phishing/phishing-pot-dev.tar.gz');
  if (!tarball) return undefined;
  const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-pot-'));
  // A file named by two rows is unpacked once (tar fails on a member named twice).
  const unique = [...new Set(files)];
  try {
    execFileSync('tar', ['xzf', tarball, '-C', dir, ...unique.map((f) => `phishing-pot/${f}`)]);
    return new Map(unique.map((f) => [f, readFileSync(path.join(dir, 'phishing-pot', f))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
