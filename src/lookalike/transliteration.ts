/**
 * Transliteration variants: how a brand reads back into Latin letters after passing through Japanese
 * katakana. Katakana writes every consonant with a vowel (`trend` → トレンド → `torendo`, `micro` →
 * マイクロ → `maikuro`), merges l and r, and is romanised in two systems (Hepburn `shi`/`tsu`/`fu`/`chi`/
 * `ji`, Kunrei `si`/`tu`/`hu`/`ti`/`zi`). So a Japanese reader's variant of a name keeps its consonants in
 * order and adds vowels. The key below keeps what survives that round trip: the consonant skeleton after
 * folding the romanisation pairs; two labels with the same key, where the candidate has gained vowels,
 * are transliteration variants. Not a list of known spellings: it models the process.
 */

/**
 * Consonant key of an ASCII label (letters only; '' when the label has anything else but hyphens).
 * @example transliterationKey('torendmicro') === transliterationKey('trendmicro') // 'trndmkr'
 * @example transliterationKey('maikurosofuto') === transliterationKey('microsoft')
 */
export function transliterationKey(label: string, silentR = false): string {
  return consonantKey(label, silentR, null);
}

/**
 * Whether `label` reads as a katakana round trip of `protectedLabel`: the same consonant key, and the
 * vowels around it changed only as katakana changes them. Every vowel of the original keeps a vowel in
 * its place (`micro` → `maikuro`), a consonant cluster may gain one vowel (`trend` → `torend`), and
 * nothing is added before the first consonant, where katakana has no reason to add a vowel. This is what
 * tells `torendmicro` (trendmicro) from `arlecchino`, which merely shares the consonants of `rakuten`.
 * @example isReading('trendmicro', 'torendmicro') // true
 * @example isReading('rakuten', 'arlecchino') // false
 */
export function isReading(protectedLabel: string, label: string): boolean {
  const runs: string[] = [];
  const key = consonantKey(label, false, runs);
  for (const silentR of [false, true]) {
    const protectedRuns: string[] = [];
    if (consonantKey(protectedLabel, silentR, protectedRuns) !== key || key === '') continue;
    if (vowelRunsAgree(protectedRuns, runs)) return true;
  }
  return false;
}

function vowelRunsAgree(original: string[], reading: string[]): boolean {
  if (original[0] !== reading[0]) return false;
  let changed = 0;
  for (let i = 1; i < original.length; i++) {
    const before = original[i]!;
    const after = reading[i] ?? '';
    if (before === after) continue;
    if (before === '' && after.length === 1) continue; // an epenthetic vowel after a consonant
    if (before === '' || after === '') return false; // a vowel lost, or a cluster of added vowels
    changed++;
  }
  // Katakana respells some vowels (`i` → `ai`, `o` → `oo`), not most of them.
  return changed <= Math.ceil((original.length - 1) / 2);
}

/**
 * The consonant key; when `runs` is given, also the vowel runs around it: runs[0] before the first key
 * consonant, runs[k] after the k-th.
 */
function consonantKey(label: string, silentR: boolean, runs: string[] | null): string {
  let key = '';
  let last = '';
  let run = '';
  const n = label.length;
  for (let i = 0; i < n; i++) {
    const c = label[i]!;
    if (c === '-') continue;
    if (c < 'a' || c > 'z') return '';
    const next = label[i + 1];
    let folded: string;
    if (VOWELS.includes(c)) {
      last = '';
      if (runs) run += c;
      continue;
    }
    // Digraphs first, as Hepburn and Kunrei romanise the same kana differently.
    if (next === 'h' && (c === 's' || c === 'c' || c === 't' || c === 'p')) {
      // し shi/si, ち chi/ti, English th is written with サ-row kana, ph → フ fu/hu
      folded = c === 's' || c === 't' ? 's' : c === 'c' ? 't' : 'h';
      i++;
    } else if (c === 't' && next === 's') {
      folded = 't'; // つ tsu/tu
      i++;
    } else if (c === 'c' && next === 'k') {
      folded = 'k';
      i++;
    } else if (c === 'c' && (next === 'e' || next === 'i' || next === 'y')) {
      folded = 's'; // soft c
    } else if (silentR && c === 'r' && i > 0 && VOWELS.includes(label[i - 1]!) && (next === undefined || !VOWELS.includes(next))) {
      // A syllable-final r after a vowel is often silent in katakana (`master` → マスター → `masutaa`),
      // though not always (`mercari` → メルカリ): protected labels are indexed under both keys.
      continue;
    } else {
      folded = FOLD[c] ?? c;
    }
    // A doubled consonant is a small っ in katakana (`appuru`, `nettofurikkusu`): same key.
    if (folded === last) continue;
    key += folded;
    last = folded;
    if (runs) {
      runs.push(run);
      run = '';
      // A folded consonant that stands for two (x → ks) has no vowel between its halves.
      for (let k = 1; k < folded.length; k++) runs.push('');
    }
  }
  runs?.push(run);
  return key;
}

const VOWELS = 'aeiouy';

const FOLD: Record<string, string> = {
  l: 'r', // katakana has one liquid
  c: 'k',
  q: 'k',
  f: 'h', // ふ fu/hu
  v: 'b', // ヴ is read as バ-row
  j: 'z', // じ ji/zi
  x: 'ks',
};

/** Number of vowels, to tell an epenthetic reading (more vowels) from an unrelated word with the same consonants. */
export function vowelCount(label: string): number {
  let n = 0;
  for (let i = 0; i < label.length; i++) if ('aeiouy'.includes(label[i]!)) n++;
  return n;
}
