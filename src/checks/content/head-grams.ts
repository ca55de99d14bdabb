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

/**
 * One pattern's alternatives as trigram lists (see the module's comment). Plain arrays of small integers, as trigramsOf makes
 * them (session 60, issue 18): some 40 gates of ~1,400 lists are made when their modules load, on every start; a typed array
 * apiece (`Int32Array.from`, a builtin's slow path over an iterator, and a buffer each) was the largest single piece of the
 * one-message scan's module loading, and an array of small integers is read as fast.
 */
export interface GramGate {
  alternatives: readonly (readonly number[])[];
  /** Some alternative has no trigram (always possible). */
  always: boolean;
}

export function gramGate(alternatives: readonly string[]): GramGate {
  const lists = alternatives.map((a) => trigramsOf(a));
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
 * legal-notice's summonsInText; password-by-reply lower-cases first, which makes the same letters). headRead's trigrams are of
 * the text as written, so they answer for that fold only where the text is ASCII ("bestätigen" is read as "best" and "tigen";
 * its fold holds "bestatigen"). Each character's fold is a separator, one ASCII letter (the 52 ASCII ones and the 490 Latin
 * letters of FOLD_RANGES: À–ÿ, Latin Extended-A and -B, Latin Extended Additional, the Kelvin and Ångström signs), or nothing
 * (the 112 combining accents, so that the letters either side join).
 *
 * Exact: the fold of a text is the folds of its characters one after another (NFD decomposes each character on its own and only
 * reorders runs of combining marks, none an ASCII letter; lower case is per character but for the Greek final sigma), and every
 * character outside FOLD_RANGES folds to characters none of which is an ASCII letter, and to at least one (folded-grams.test.ts
 * checks both over every code point). So a run of ASCII letters in the fold is either
 * - a run of ASCII letters as written, with nothing between them and separators either side: its trigrams are headRead's
 *   (which reads the subject and the shown text's first 20,000 characters, so a gate may let more through, never fewer); or
 * - a run that holds a character beyond ASCII of FOLD_RANGES: foldedGrams finds those characters with the regular expression
 *   engine's own scan (LATIN_BEYOND: a few times faster than a loop over every character here) and reads each such run whole,
 *   from its first letter, into its own table.
 * gramsMayMatchFolded asks both tables. A fold's later steps (addresses or space runs replaced by one space) only cut runs.
 * Its own table and stamp: headRead's stamp stays valid for the message (its marks are not overwritten).
 */
const foldSeen = new Int32Array(GRAMS);
let foldStamp = 0;
/** The code points whose fold is not a separator: ASCII letters, the Latin letters with a fold of one ASCII letter, the accents. */
export const FOLD_RANGES: readonly (readonly [number, number])[] = [
  [0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x300, 0x36f], [0x1e00, 0x1eff], [0x212a, 0x212b],
];
/** FOLD_RANGES beyond ASCII, one UTF-16 unit each (all in the BMP). */
const LATIN_BEYOND = /[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff\u212a\u212b]/g;
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

let lastFolded: { text: string; end: number; grams: number } | undefined;
/**
 * The trigrams of the fold's runs of `text`'s first `end` characters that hold a Latin letter or an accent beyond ASCII (see
 * above), marked in their own table with the stamp returned. The last text's answer is kept: two checks of a message ask it of
 * the same shown text.
 */
export function foldedGrams(text: string, end: number): number {
  const last = lastFolded;
  if (last !== undefined && last.end === end && last.text === text && last.grams === foldStamp) return last.grams;
  if (++foldStamp === 0x7fffffff) {
    foldSeen.fill(0);
    foldStamp = 1;
  }
  const at = foldStamp;
  const head = text.length > end ? text.slice(0, end) : text;
  const folds = FOLD_OF;
  const table = foldSeen;
  const scan = LATIN_BEYOND;
  scan.lastIndex = 0;
  while (scan.test(head)) {
    // The run the character stands in, from its first letter (the scan resumes after its end, or after the character when
    // it is no letter: ø, ß, ×).
    const after = scan.lastIndex;
    let start = after - 1;
    while (start > 0) {
      const c = head.charCodeAt(start - 1);
      if (c >= folds.length || folds[c] === 0) break;
      start--;
    }
    let g = 0;
    let i = start;
    for (; i < head.length; i++) {
      const c = head.charCodeAt(i);
      const l = c < folds.length ? folds[c]! : 0;
      if (l === 0) break;
      if (l !== FOLD_NOTHING) {
        g = ((g << 5) | l) & 0x7fff;
        if (g >= 0x400) table[g] = at;
      }
    }
    scan.lastIndex = i > after ? i : after;
  }
  lastFolded = { text, end, grams: at };
  return at;
}

/**
 * Whether the folded text may hold a match of one of the gate's alternatives: each of its trigrams in headRead's table (`read`,
 * headRead's stamp, of the same text) or in foldedGrams' (`folded`).
 */
export function gramsMayMatchFolded(gate: GramGate, read: number, folded: number): boolean {
  if (gate.always) return true;
  const { alternatives } = gate;
  outer: for (let a = 0; a < alternatives.length; a++) {
    const grams = alternatives[a]!;
    for (let k = 0; k < grams.length; k++) {
      const g = grams[k]!;
      if (seen[g] !== read && foldSeen[g] !== folded) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * Whether the fold of `text`'s first `chars` characters (NFD, accents removed, lower case) may hold a match of every gate: an
 * ASCII head (headRead's `firstOther` at or past `chars`) is asked of headRead's trigrams alone, any other of both tables
 * (gramsMayMatchFolded). The gate of the account threat, the summons and the password by reply, each of which folds that head.
 */
export function foldMayMatchAll(read: { readonly firstOther: number; readonly grams: number }, text: string, chars: number, gates: readonly GramGate[]): boolean {
  if (read.firstOther >= 0 && read.firstOther < chars) {
    const folded = foldedGrams(text, chars);
    for (const gate of gates) if (!gramsMayMatchFolded(gate, read.grams, folded)) return false;
    return true;
  }
  for (const gate of gates) if (!gramsMayMatch(gate, read.grams)) return false;
  return true;
}
