import { confusableText } from './confusables.js';

/**
 * Confusable folding after UTS #39 §4 ("skeleton"): two strings that fold to the same value look alike.
 * The UTS-39 confusables table comes from the `unhomoglyph` package (confusables.txt as a JSON map); on
 * top of it we strip combining marks (so `é` looks like `e`, as a reader at small font sizes sees it),
 * lower-case, fold digits that stand in for letters in domains (`0`→o, `1`→l, `3`→e, `5`→s) and the ASCII
 * multi-letter lookalikes dnstwist's homoglyph fuzzer uses (`rn`/`m`, `vv`/`w`, `cl`/`d`).
 */

/**
 * The UTS-39 table (./confusables.ts), read on the first non-ASCII character folded, not when the module loads:
 * the code points ascending, for a binary search, and their prototypes. (A Map of its 6,311 entries, or the JSON
 * object looked up by character, cost several ms of every start that met a non-ASCII character.)
 */
let utsTable: { codePoints: Uint32Array; prototypes: string[] } | undefined;

function loadUtsTable(): { codePoints: Uint32Array; prototypes: string[] } {
  const { keys, values } = confusableText();
  const prototypes = values.split('\u0000');
  const codePoints = new Uint32Array(prototypes.length);
  let n = 0;
  for (let i = 0; i < keys.length; i++) {
    const cp = keys.codePointAt(i)!;
    if (cp > 0xffff) i++;
    codePoints[n++] = cp;
  }
  if (n !== prototypes.length) throw new Error('confusables: keys and prototypes differ in number');
  return { codePoints, prototypes };
}

/** The folded prototype of one non-ASCII code point, if it has one. */
function confusableOf(cp: number): string | undefined {
  const extra = EXTRA_BY_CODE_POINT.get(cp);
  return extra ?? utsPrototypeOf(cp)?.toLowerCase();
}

/** UTS-39's prototype of a code point, as the table writes it (exported for tests). */
export function utsPrototypeOf(cp: number): string | undefined {
  const { codePoints, prototypes } = (utsTable ??= loadUtsTable());
  let lo = 0;
  let hi = codePoints.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = codePoints[mid]!;
    if (at === cp) return prototypes[mid]!;
    if (at < cp) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * Letters that UTS-39 leaves alone or maps to another non-Latin prototype but that read as Latin letters
 * in the lower-case sans-serif of an address bar: Cyrillic т п м к ь г ԁ ԛ ԝ and the IPA small capitals.
 */
const EXTRA: Record<string, string> = {
  'т': 't', 'п': 'n', 'м': 'rn', 'к': 'k', 'ь': 'b', 'г': 'r', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ӏ': 'l', 'ԍ': 'g', 'һ': 'h',
  'ᴀ': 'a', 'ʙ': 'b', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e', 'ꜰ': 'f', 'ɢ': 'g', 'ʜ': 'h', 'ɪ': 'i', 'ᴊ': 'j', 'ᴋ': 'k', 'ʟ': 'l',
  'ᴍ': 'rn', 'ɴ': 'n', 'ᴏ': 'o', 'ᴘ': 'p', 'ʀ': 'r', 'ꜱ': 's', 'ᴛ': 't', 'ᴜ': 'u', 'ᴠ': 'v', 'ᴡ': 'w', 'ʏ': 'y', 'ᴢ': 'z',
  'π': 'n', 'ʍ': 'rn', 'ɑ': 'a', 'ɡ': 'g', 'ɩ': 'l', 'ı': 'i', 'ȷ': 'j', 'ʝ': 'j', 'ɫ': 'l', 'ł': 'l', 'đ': 'd', 'ħ': 'h', 'ŧ': 't',
  'ƒ': 'f', 'ƿ': 'p', 'ʉ': 'u', 'ɨ': 'i', 'ɇ': 'e', 'ɍ': 'r', 'ɏ': 'y', 'ƶ': 'z', 'ǥ': 'g', 'ɉ': 'j', 'ɗ': 'd', 'ɓ': 'b', 'ƈ': 'c',
  'ɖ': 'd', 'ɦ': 'h', 'ɱ': 'rn', 'ɼ': 'r', 'ɽ': 'r', 'ɾ': 'r', 'ʂ': 's', 'ƫ': 't', 'ʐ': 'z', 'ⱨ': 'h', 'ⱪ': 'k', 'ⱬ': 'z', 'ⱳ': 'w',
  'ⱱ': 'v', 'ⱴ': 'v', 'ᶌ': 'v', 'ƴ': 'y', 'ʠ': 'q', 'ꞑ': 'n', 'ƥ': 'p', 'ƅ': 'b',
};

/** EXTRA by code point: it overrides the UTS-39 table where both have a character. */
const EXTRA_BY_CODE_POINT = new Map(Object.entries(EXTRA).map(([from, to]) => [from.codePointAt(0)!, to]));

/**
 * The one Latin letter a non-ASCII letter shows, as written (case kept: Greek `Α` is `A`, `ο` is `o`), or undefined when it
 * shows none or several (`м` reads as `rn` in an address bar; `λ` as nothing). UTS-39's prototype, or EXTRA's reading for
 * the letters the table leaves alone. For mending words spelt with letters of other scripts (mixed-script.ts).
 */
export function latinLetterOf(cp: number): string | undefined {
  const extra = EXTRA_BY_CODE_POINT.get(cp);
  const prototype = extra ?? utsPrototypeOf(cp);
  if (prototype === undefined || prototype.length !== 1) return undefined;
  const c = prototype.charCodeAt(0);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? prototype : undefined;
}

/** ASCII folds: digits used for letters, capital I for l (before lower-casing), `m` written as `rn`. */
const ASCII_FOLD: string[] = [];
for (let c = 0; c < 128; c++) ASCII_FOLD[c] = String.fromCharCode(c).toLowerCase();
Object.assign(ASCII_FOLD, {
  [0x30]: 'o', // 0
  [0x31]: 'l', // 1
  [0x33]: 'e', // 3
  [0x35]: 's', // 5
  [0x49]: 'l', // I (capital i looks like l in sans-serif)
  [0x7c]: 'l', // |
  [0x6d]: 'rn', // m: UTS-39's prototype is "rn"
});
// Capitals fold as their small letters do (so `M` meets `m` → `rn`), except I which is already l.
for (let c = 0x41; c <= 0x5a; c++) if (c !== 0x49) ASCII_FOLD[c] = ASCII_FOLD[c + 0x20]!;

const COMBINING_MARK = /\p{M}/u;
/** Japanese voicing marks are combining after NFD but change the word: keep them. */
const isKanaVoicing = (cp: number) => cp === 0x3099 || cp === 0x309a;

/** Folds one code point (already NFKC) to its skeleton string. */
function foldCodePoint(cp: number, ch: string): string {
  if (cp < 0x80) return ASCII_FOLD[cp]!;
  let out = '';
  for (const part of ch.normalize('NFD')) {
    const pcp = part.codePointAt(0)!;
    if (COMBINING_MARK.test(part) && !isKanaVoicing(pcp)) continue;
    if (pcp < 0x80) {
      out += ASCII_FOLD[pcp]!;
      continue;
    }
    const mapped = confusableOf(pcp);
    if (mapped === undefined) {
      out += part.toLowerCase();
      continue;
    }
    // The prototype may itself be an ASCII letter that folds further (`і` → `i`; `ⅿ` → `m` → `rn`).
    for (const c of mapped) {
      const ccp = c.codePointAt(0)!;
      out += ccp < 0x80 ? ASCII_FOLD[ccp]! : c;
    }
  }
  return out;
}

/** Multi-letter ASCII lookalikes, applied after per-character folding. */
function foldSequences(s: string): string {
  if (s.indexOf('vv') >= 0) s = s.replaceAll('vv', 'w');
  if (s.indexOf('cl') >= 0) s = s.replaceAll('cl', 'd');
  return s;
}

/** Labels with no character the per-character fold would change (0, 1, 3, 5 and non-ASCII fold). */
const PLAIN_ASCII_LABEL = /^[a-z246-9-]*$/;

/**
 * The confusable skeleton of a string (a domain label or a display name): equal skeletons mean the two
 * look alike. Case-, width- (NFKC) and accent-insensitive. Not reversible; compare skeletons only.
 * @example skeleton('pаypaI') === skeleton('paypal') // Cyrillic а, capital I
 * @example skeleton('rnicrosoft') === skeleton('microsoft')
 */
export function skeleton(input: string): string {
  if (PLAIN_ASCII_LABEL.test(input)) {
    // Fast path for the common case of an ordinary lower-case label: only m/vv/cl matter.
    const s = input.indexOf('m') >= 0 ? input.replaceAll('m', 'rn') : input;
    return foldSequences(s);
  }
  let out = '';
  for (const ch of input.normalize('NFKC')) out += foldCodePoint(ch.codePointAt(0)!, ch);
  return foldSequences(out);
}

/**
 * Folds one code point (for callers that keep their own positions, such as the brand-name matcher).
 * The input must already be NFKC-normalised.
 */
export function skeletonOfChar(ch: string): string {
  return foldCodePoint(ch.codePointAt(0)!, ch);
}
