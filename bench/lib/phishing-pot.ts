/**
 * The phishing-pot dev corpus (../shared/data/phishing/phishing-pot-dev.tar.gz: real honeypot mail of
 * 2022–2026) and its hand labels (bench/phishing-labels.tsv), shared by the phishing-class bench and the
 * script that trains the shipped model. The archive is read in place and unpacked into the system's
 * temporary directory, never into the repository.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO, SHARED_DATA } from './corpus.js';

export const POT_TARBALL = path.join(SHARED_DATA, 'phishing/phishing-pot-dev.tar.gz');
export const LABELS_FILE = path.join(REPO, 'bench', 'phishing-labels.tsv');

export interface LabelRow {
  sha256: string;
  file: string;
  label: 'cred' | 'malware' | 'prize' | 'scam' | 'spam' | 'ham';
  part: 'design' | 'heldout';
  /**
   * Which draw the row belongs to: 1, the first 360 messages in SHA-256 order; 2, the next 200 (session 40); 3, the
   * 200 after those (session 41); 4, the 100 after those (session 47, design only); 5, 300 more (session 48, design only:
   * the 861st–960th and 1,061st–1,260th); 6, the 961st–1,060th (design) and 1,261st–1,360th (held-out) (session 49); 7, the
   * 1,361st–1,460th (held-out) and 1,461st–1,560th (design) (session 50); 8, the 1,561st–1,660th (held-out) and
   * 1,661st–1,760th (design) (session 53, two labellers); 9, the 1,761st–1,860th (design only) (session 53); 10, the
   * 1,861st–1,960th (held-out only) (session 53); 11, the 1,961st–2,060th (held-out) and 2,061st–2,160th (design) (session 54); 12, the
   * 2,161st–2,260th (held-out but for the 24 files an earlier session had named in a test or read while designing, which are
   * design) and the 2,261st–2,336th (design) (session 55); 13, the 2,337th–2,436th (held-out but for the 30 files whose number
   * appears anywhere in the sources or notes, which are design) and the 2,437th–2,506th (design) (session 56); 14, the 2,507th–2,606th (held-out but for the
   * 42 files whose number appears anywhere in the sources or notes, which are design) and the 2,607th–2,676th (design) (session 57);
   * 15, the 2,677th–2,776th (held-out but for the 38 files whose number appears anywhere in the sources or notes, which are design)
   * and the 2,777th–2,846th (design) (session 58); 16, the 2,847th–2,946th (held-out but for the 34 files whose number appears
   * anywhere in the sources or notes, which are design) and the 2,947th–3,016th (design) (session 59); 17, the 3,017th–3,077th, the
   * last of the archive (held-out but for the 27 files whose number appears anywhere in the sources or notes, which are design;
   * no design-only tail) (session 60).
   * The file's optional fifth column; absent = 1.
   */
  draw: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17;
}

/** The draws there are, in order (the label file's fifth column takes every one but the first, which is its absence). */
export const DRAWS: readonly LabelRow['draw'][] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17];

/** Unpacks the archive once into $TMPDIR/spamlab-bench/phishing-pot and returns that directory. */
export function potDir(): string {
  if (!existsSync(POT_TARBALL)) throw new Error(`needs ${POT_TARBALL}`);
  const cache = path.join(os.tmpdir(), 'spamlab-bench');
  const dir = path.join(cache, 'phishing-pot');
  if (!existsSync(dir)) {
    mkdirSync(cache, { recursive: true });
    execFileSync('tar', ['xzf', POT_TARBALL, '-C', cache]);
  }
  return dir;
}

export function readLabels(): LabelRow[] {
  return readFileSync(LABELS_FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [sha256, file, label, part, draw] = l.split('\t');
      if (draw !== undefined && !DRAWS.slice(1).map(String).includes(draw)) throw new Error(`${LABELS_FILE}: draw column is ${draw}, not one of ${DRAWS.slice(1).join(', ')} or absent`);
      return { sha256: sha256!, file: file!, label: label as LabelRow['label'], part: part as LabelRow['part'], draw: draw === undefined ? 1 : (Number(draw) as LabelRow['draw']) };
    });
}

/**
 * The messages of the archive a training recipe with the pot may learn from, as spam (opt-in: SPAMLAB_TRAIN_POT;
 * the shipped recipe learns none of the pot): all but the held-out parts of the labelled sample's draws (only
 * measured) and the messages labelled ham-like (genuine mail that reached the honeypot). Sorted by name, so
 * training is reproducible.
 */
export function potTrainingFiles(): string[] {
  const excluded = new Set(readLabels().filter((r) => r.part === 'heldout' || r.label === 'ham').map((r) => r.file));
  return readdirSync(potDir())
    .filter((f) => f.endsWith('.eml') && !excluded.has(f))
    .sort();
}
