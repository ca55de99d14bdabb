/**
 * Session 51 (issue 18, helper cpu51b): the letter trigrams of a message's head text, read by the loop that already reads its
 * runs of ASCII letters and digits for crypto addresses (scam-structure's headRead), so that five checks of the family can tell
 * that a pattern of theirs cannot match without running it over the text (CRYPTO_ASSET, PASSWORD, prize-lure's moves,
 * INCENTIVE_STEM, NAME_SLOT_WORDS: each a pass over most of every message).
 *
 * A trigram is three ASCII letters in a row inside a run of ASCII letters and digits, case folded (a–z as 1–26, five bits
 * each: 15 bits). A gate is a list of alternatives, each the trigrams every match of that alternative holds (the trigrams of
 * its words' runs of three letters or more); it answers "maybe" when one alternative has all of its trigrams in the text,
 * "no" otherwise. Exact as a gate: a pattern's match in a text the table read (or a prefix of it) holds its words' letters
 * in a row, so their trigrams are in the table. Which characters other than ASCII letters a pattern may read as ASCII
 * letters (the long s and the Kelvin sign under `iu`; accents removed, NFKC) is the caller's to know: headRead records
 * whether the text has any character beyond ASCII (`firstOther`) and which of ſ, K, İ (`oddLetters`).
 *
 * The table is one Int32Array of stamps: a text's trigrams are marked with its stamp, so nothing is cleared between texts.
 */
const GRAMS = 1 << 15;
const seen = new Int32Array(GRAMS);
let stamp = 0;

/** A new stamp for the next text's trigrams (the marks of the last text are then not read). */
export function newGramStamp(): number {
  if (++stamp === 0x7fffffff) {
    seen.fill(0);
    stamp = 1;
  }
  return stamp;
}

/** The table headRead's loop writes in (`gramTable()[code] = stamp`). */
export const gramTable = (): Int32Array => seen;

/** A term's trigrams: those of each of its runs of three ASCII letters or more (in lower case), as codes. */
export function trigramsOf(term: string): number[] {
  const out: number[] = [];
  let g = 0;
  const t = term.toLowerCase();
  for (let i = 0; i < t.length; i++) {
    const l = t.charCodeAt(i) - 0x60;
    if (l >= 1 && l <= 26) {
      g = ((g << 5) | l) & 0x7fff;
      if (g >= 0x400 && !out.includes(g)) out.push(g);
    } else g = 0;
  }
  return out;
}

/** One pattern's alternatives as trigram lists (see the module's comment); `ascii` false for an alternative with a letter beyond ASCII. */
export interface GramGate {
  alternatives: Int32Array[];
  /** Some alternative has no trigram (always possible). */
  always: boolean;
}

export function gramGate(alternatives: readonly string[]): GramGate {
  const lists = alternatives.map((a) => Int32Array.from(trigramsOf(a)));
  return { alternatives: lists, always: lists.some((l) => l.length === 0) };
}

/** Whether the text read with stamp `at` may hold a match of one of the gate's alternatives (see the module's comment). */
export function gramsMayMatch(gate: GramGate, at: number): boolean {
  if (gate.always) return true;
  const { alternatives } = gate;
  outer: for (let a = 0; a < alternatives.length; a++) {
    const grams = alternatives[a]!;
    for (let k = 0; k < grams.length; k++) if (seen[grams[k]!] !== at) continue outer;
    return true;
  }
  return false;
}

/**
 * Session 59 (helper draw16h, issue 18): the letter trigrams of a text's accent fold — the form several checks of the family read
 * their patterns in: `text.normalize('NFD')`, the combining accents U+0300–U+036F removed, lower case (notice-lure's threatFold,
 * legal-notice's summonsInText). headRead's trigrams are of the text as written, so they answer for that fold only where the
 * text is ASCII ("bestätigen" is read as "best" and "tigen"; its fold holds "bestatigen"). This loop reads the fold letter for
 * letter without making it: each character is a separator, an ASCII letter (the 52 ASCII ones and the 490 Latin letters whose
 * fold is one ASCII letter: À–ÿ, Latin Extended-A and -B, Latin Extended Additional, the Kelvin and Ångström signs), or nothing
 * (the 112 combining accents, which the fold removes, so that the letters either side join).
 *
 * Exact: the fold of a text is the folds of its characters one after another (NFD decomposes each character on its own and only
 * reorders runs of combining marks, none an ASCII letter; lower case is per character but for the Greek final sigma), and every
 * character outside FOLD_RANGES folds to characters none of which is an ASCII letter, and to at least one (head-grams.test.ts
 * checks both over every code point). So a run of ASCII letters in the fold is a run of this loop's letters, and its trigrams
 * are in the table. A fold's later steps (addresses or space runs replaced by one space) only cut runs.
 *
 * Its own table and stamp: headRead's stamp stays valid for the message (its marks are not overwritten).
 */
const foldSeen = new Int32Array(GRAMS);
let foldStamp = 0;
/** The code points whose fold is not a separator: ASCII letters, the Latin letters with a fold of one ASCII letter, the accents. */
export const FOLD_RANGES: readonly (readonly [number, number])[] = [
  [0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x300, 0x36f], [0x1e00, 0x1eff], [0x212a, 0x212b],
];
/** A character's fold as the loop reads it: 0 a separator, 1–26 the ASCII letter a–z, FOLD_NOTHING no character at all. */
const FOLD_NOTHING = 27;
const FOLD_OF = buildFolds();
function buildFolds(): Uint8Array {
  const out = new Uint8Array(0x212c);
  for (const [from, to] of FOLD_RANGES) {
    for (let c = from; c <= to; c++) {
      const folded = String.fromCharCode(c).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      const l = folded.length === 1 ? folded.charCodeAt(0) - 0x60 : -1;
      out[c] = folded.length === 0 ? FOLD_NOTHING : l >= 1 && l <= 26 ? l : 0;
    }
  }
  return out;
}
/** The fold of one code unit as foldedGrams reads it (0 separator, 1–26 a letter, 27 nothing); for the tests. */
export const foldOf = (c: number): number => (c < FOLD_OF.length ? FOLD_OF[c]! : 0);

/** What foldedGrams read: the stamp of its trigrams (gramsMayMatchFolded) and whether the text has a character of U+3000–U+9FFF. */
export interface FoldedRead {
  grams: number;
  /** A character of U+3000–U+9FFF (CJK punctuation, kana, the unified ideographs): the Japanese patterns' letters. */
  cjk: boolean;
}
let lastFolded: { text: string; end: number; read: FoldedRead } | undefined;
/**
 * The letter trigrams of the accent fold of `text`'s first `end` characters (see above), marked in their own table. The last
 * text's answer is kept: two checks of a message ask it of the same shown text.
 */
export function foldedGrams(text: string, end: number): FoldedRead {
  const last = lastFolded;
  if (last !== undefined && last.end === end && last.text === text && last.read.grams === foldStamp) return last.read;
  if (++foldStamp === 0x7fffffff) {
    foldSeen.fill(0);
    foldStamp = 1;
  }
  const at = foldStamp;
  const stop = text.length < end ? text.length : end;
  const folds = FOLD_OF;
  const table = foldSeen;
  let g = 0;
  let cjk = false;
  for (let i = 0; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c >= folds.length) {
      if (c >= 0x3000 && c < 0xa000) cjk = true;
      g = 0;
      continue;
    }
    const l = folds[c]!;
    if (l === 0) g = 0;
    else if (l !== FOLD_NOTHING) {
      g = ((g << 5) | l) & 0x7fff;
      if (g >= 0x400) table[g] = at;
    }
  }
  const read = { grams: at, cjk };
  lastFolded = { text, end, read };
  return read;
}

/** gramsMayMatch for a stamp of foldedGrams: whether the folded text may hold a match of one of the gate's alternatives. */
export function gramsMayMatchFolded(gate: GramGate, at: number): boolean {
  if (gate.always) return true;
  const { alternatives } = gate;
  outer: for (let a = 0; a < alternatives.length; a++) {
    const grams = alternatives[a]!;
    for (let k = 0; k < grams.length; k++) if (foldSeen[grams[k]!] !== at) continue outer;
    return true;
  }
  return false;
}
