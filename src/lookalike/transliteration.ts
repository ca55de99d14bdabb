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
  let key = '';
  let last = '';
  const n = label.length;
  for (let i = 0; i < n; i++) {
    const c = label[i]!;
    if (c === '-') continue;
    if (c < 'a' || c > 'z') return '';
    const next = label[i + 1];
    let folded: string;
    if (VOWELS.includes(c)) {
      last = '';
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
  }
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
