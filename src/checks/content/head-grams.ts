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
