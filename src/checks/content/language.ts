/**
 * A guess at the language a message's text is written in, from its function words (issue 17, session 14): the
 * classifier shipped with spamlab learned English mail, so its vote on a German or Dutch text rests on header and
 * formatting tokens alone, and it read a German task-job letter as ham (−1.5). The guess lets it abstain there
 * (content.classifier.languages). Function words are the most frequent words of a language and say little else, so a
 * few of them decide; the lists hold words that are not also common English words ("die", "was", "will", "an" are
 * left out of German's, "is" and "op" of Dutch's where English would read them).
 */

import { codeUnitReader, isBlank } from '../../mail/text-chars.js';
import { allMatches } from '../../mail/all-matches.js';

/** The languages told apart; 'ja' by its kana, the others by function words. */
export type TextLanguage = 'en' | 'de' | 'nl' | 'fr' | 'es' | 'pt' | 'it' | 'ja';

const FUNCTION_WORDS: Readonly<Record<Exclude<TextLanguage, 'ja'>, readonly string[]>> = {
  en: ['the', 'and', 'you', 'your', 'are', 'to', 'of', 'for', 'with', 'this', 'that', 'have', 'we', 'be', 'it', 'is', 'from', 'our',
    'please', 'would', 'can', 'if', 'my', 'on', 'at', 'been', 'has', 'which', 'they', 'there', 'what', 'all', 'just', 'not', 'or'],
  de: ['und', 'der', 'das', 'ist', 'nicht', 'sie', 'ihr', 'ihre', 'ihren', 'ihnen', 'wir', 'mit', 'für', 'auf', 'den', 'dem', 'des',
    'ein', 'eine', 'einen', 'einer', 'zu', 'von', 'bei', 'sich', 'auch', 'werden', 'wurde', 'uns', 'unsere', 'unserer', 'oder', 'nur',
    'heute', 'können', 'sind', 'haben', 'ich', 'noch', 'wenn', 'dass', 'aus', 'nach', 'über', 'zum', 'zur', 'im', 'vom'],
  nl: ['het', 'een', 'van', 'niet', 'uw', 'wij', 'ons', 'onze', 'voor', 'met', 'dat', 'deze', 'zijn', 'worden', 'wordt', 'heeft',
    'bent', 'naar', 'ook', 'bij', 'alleen', 'vandaag', 'je', 'jouw', 'ik', 'hebt', 'kunt', 'maar', 'nog', 'wat', 'als', 'om', 'aan', 'staat', 'geen'],
  fr: ['le', 'la', 'les', 'des', 'du', 'et', 'est', 'vous', 'votre', 'vos', 'nous', 'notre', 'pour', 'avec', 'sur', 'dans', 'une',
    'pas', 'qui', 'que', 'ce', 'cette', 'sont', 'être', 'avoir', 'au', 'aux', 'ou', 'mais', 'je', 'il', 'elle', 'être', 'très'],
  es: ['el', 'los', 'las', 'del', 'y', 'es', 'usted', 'su', 'sus', 'para', 'con', 'por', 'una', 'que', 'se', 'nuestro', 'nuestra',
    'está', 'hoy', 'lo', 'al', 'pero', 'más', 'este', 'esta', 'ha', 'sin', 'muy', 'yo', 'tu'],
  pt: ['os', 'da', 'do', 'das', 'dos', 'é', 'você', 'seu', 'sua', 'seus', 'suas', 'para', 'com', 'uma', 'não', 'em', 'nosso', 'nossa',
    'hoje', 'ao', 'aos', 'na', 'no', 'nas', 'nos', 'mas', 'mais', 'pelo', 'pela', 'eu', 'está', 'foi'],
  it: ['il', 'gli', 'della', 'delle', 'dei', 'di', 'è', 'che', 'per', 'con', 'una', 'non', 'sono', 'suo', 'sua', 'vostro', 'vostra',
    'nostro', 'nostra', 'oggi', 'questo', 'questa', 'essere', 'solo', 'ti', 'si', 'del', 'nel', 'alla', 'al', 'ha', 'ma', 'più', 'io'],
};

/** The languages of FUNCTION_WORDS by number (English is 0), as guessLanguage counts them. */
const WORD_LANGUAGES = Object.keys(FUNCTION_WORDS) as Exclude<TextLanguage, 'ja'>[];
const ENGLISH = 0;

/**
 * The function words by number (for the distinct-word count): each word's text, and the languages that list it ("para":
 * Spanish and Portuguese) as bits by language number. Numbers and typed arrays, no object per word: guessLanguage's loop
 * reads them per word of most mail.
 */
const WORD_TEXTS: string[] = [];
const WORD_LANGUAGE_BITS: number[] = [];
/** Each word to its number. */
const LANGUAGES_OF = new Map<string, number>();
WORD_LANGUAGES.forEach((lang, number) => {
  for (const word of new Set(FUNCTION_WORDS[lang])) {
    let id = LANGUAGES_OF.get(word);
    if (id === undefined) {
      id = WORD_TEXTS.length;
      LANGUAGES_OF.set(word, id);
      WORD_TEXTS.push(word);
      WORD_LANGUAGE_BITS.push(0);
    }
    WORD_LANGUAGE_BITS[id] = WORD_LANGUAGE_BITS[id]! | (1 << number);
  }
});
const LANGUAGE_BITS = Int32Array.from(WORD_LANGUAGE_BITS);

/** The characters read, and the words among them: the start of a text says its language as well as the whole. */
export const SAMPLE_CHARS = 8000;
const MAX_WORDS = 400;
/**
 * A language needs this many distinct function words, this many times English's hits, and this share of the words read, to
 * be the guess over English: a line of code (`sa.sin_family … sa.sin_port`) or a title ("da bomb") repeats one or two.
 */
const MIN_DISTINCT = 3;
const OVER_ENGLISH = 2;
const MIN_SHARE = 0.1;
/** Kana characters, and their share of the letters, from which a text is Japanese. */
const MIN_KANA = 10;
const MIN_KANA_SHARE = 0.2;

const WORD = /\p{L}+/gu;
/** One with a slash, an at sign, an equals sign or a dot inside a word is an address, not prose. */
const ADDRESS_LIKE = /[/@=]|\p{L}\.\p{L}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HAS_KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

const isAsciiLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/**
 * The function words written in ASCII letters, by a hash of their lower-cased letters (open addressing): a run of ASCII
 * text (most mail) is read by character codes, without lower-casing it or cutting its words out.
 */
const ASCII_SLOTS = 1024;
/** By slot: a word's number + 1, or 0. */
const asciiWords = new Int32Array(ASCII_SLOTS);
let longestAsciiWord = 0;
for (const [word, id] of LANGUAGES_OF) {
  if (!/^[a-z]+$/.test(word)) continue;
  let slot = asciiHash(word, 0, word.length) & (ASCII_SLOTS - 1);
  while (asciiWords[slot] !== 0) slot = (slot + 1) & (ASCII_SLOTS - 1);
  asciiWords[slot] = id + 1;
  longestAsciiWord = Math.max(longestAsciiWord, word.length);
}

/** A hash of text[start, end)'s ASCII letters, lower-cased. */
function asciiHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + (text.charCodeAt(i) | 0x20)) | 0;
  return h;
}

/** The number of the function word text[start, end) is (code units of ASCII letters, any case; `hash` their asciiHash), or -1. */
function asciiFunctionWord(text: Uint16Array, start: number, end: number, hash: number): number {
  const length = end - start;
  if (length > longestAsciiWord) return -1;
  for (let slot = hash & (ASCII_SLOTS - 1); ; slot = (slot + 1) & (ASCII_SLOTS - 1)) {
    const id = asciiWords[slot]! - 1;
    if (id < 0) return -1;
    const word = WORD_TEXTS[id]!;
    if (word.length !== length) continue;
    let i = 0;
    while (i < length && word.charCodeAt(i) === (text[start + i]! | 0x20)) i++;
    if (i === length) return id;
  }
}

export interface LanguageGuess {
  /** The guessed language, or undefined when the text says too little (few or no function words). */
  language: TextLanguage | undefined;
  /** Function-word hits per language (kana characters for 'ja'), for evidence. */
  hits: Partial<Record<TextLanguage, number>>;
}

/**
 * The language of a text by its function words: the language with the most hits among the first MAX_WORDS words,
 * English unless another passes the bounds above (MIN_DISTINCT, OVER_ENGLISH, MIN_SHARE); Japanese by its kana. Addresses
 * and links are not read (`com`, `da` are Portuguese words).
 * `settle`: stop reading once English is the guess whatever the rest of the sample holds — every other language has
 * fewer hits than twice English's even if each word left to read were its own (a word adds at most one hit to a
 * language). The language is the same; `hits` are then those counted so far. For callers that read only the language
 * (the classifier's ham vote, per message: most English mail settles before its 400th word).
 * @example guessLanguage('Ihr Kredit wurde genehmigt. Zahlen Sie nur die Gebühr.').language // 'de'
 */
export function guessLanguage(text: string, settle = false): LanguageGuess {
  const sample = text.slice(0, SAMPLE_CHARS);
  // Per message of the classifier's ham band (most mail), so it stops early and allocates little: kana counted only when
  // there is one (kanaGuess); the runs between blanks (`\S+`) read up to the MAX_WORDS-th word — a run of ASCII characters
  // (letters are a-z, A-Z there) by its code units, each read once (codeUnits), any other lower-cased and read by the
  // patterns (otherRunWords). No object per word or per text but the answer.
  if (HAS_KANA.test(sample)) {
    const japanese = kanaGuess(sample);
    if (japanese) return japanese;
  }
  // Hits and distinct words by language number (WORD_LANGUAGES), in module-level arrays: the languages in the order of their
  // first hit (`languageOrder`), which `hits` keeps and ties are broken by; a word counts as distinct for its languages the
  // first time it is seen (`wordSeen[id] === stamp`: no array made or cleared per text).
  languageHits.fill(0);
  languageDistinct.fill(0);
  let ordered = 0;
  if (++seenStamp === 0x7fffffff) {
    wordSeen.fill(0);
    seenStamp = 1;
  }
  const stamp = seenStamp;
  // English's hits and the most any other language has (for `settle`).
  let englishHits = 0;
  let otherHits = 0;
  let words = 0;
  const end = sample.length;
  // The words of an ASCII run as it is read (start, end, hash of the lower-cased letters: asciiHash), counted once the run
  // is known to be no address: each character is read once.
  let spans = runWords;
  const units = codeUnits(sample);
  read: for (let i = 0; i < end; ) {
    let c = units[i]!;
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : isBlank(c)) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    let address = false;
    let spanned = 0;
    let from = -1;
    let hash = 0;
    for (; i < end; i++) {
      c = units[i]!;
      const lower = c | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) {
        if (from < 0) {
          from = i;
          hash = 0;
        }
        hash = (Math.imul(hash, 31) + lower) | 0;
        continue;
      }
      if (from >= 0) {
        if (spanned === spans.length) runWords = spans = grown(spans);
        spans[spanned] = from;
        spans[spanned + 1] = i;
        spans[spanned + 2] = hash;
        spanned += 3;
        from = -1;
      }
      if (c >= 128) {
        if (isBlank(c)) break;
        ascii = false;
      } else if (c === 32 || (c >= 9 && c <= 13)) break;
      else if (c === 0x2f || c === 0x40 || c === 0x3d) address = true;
      else if (c === 0x2e && i > start && i + 1 < end && isAsciiLetter(units[i - 1]!) && isAsciiLetter(units[i + 1]!)) address = true;
    }
    // A word that ends the sample, recorded as in the loop. Written out twice on purpose: a shared function (runWords as a
    // module variable in the loop) cost guessLanguage +8 % of its instructions, and reading the sample's end as a blank +2–7 %
    // (callgrind, 12 passes over the SpamAssassin split, session 48).
    if (from >= 0) {
      if (spanned === spans.length) runWords = spans = grown(spans);
      spans[spanned] = from;
      spans[spanned + 1] = i;
      spans[spanned + 2] = hash;
      spanned += 3;
    }
    // The run's words one after the other: an ASCII run's from `spans` (none if it is an address), any other's lower-cased
    // and read by WORD (otherRunWords).
    const other = ascii ? 0 : otherRunWords(sample.slice(start, i));
    const count = ascii ? (address ? 0 : spanned / 3) : other;
    for (let k = 0; k < count; k++) {
      if (++words > MAX_WORDS) break read;
      const id = ascii ? asciiFunctionWord(units, spans[3 * k]!, spans[3 * k + 1]!, spans[3 * k + 2]!) : otherWords[k]!;
      if (id < 0) continue;
      const first = wordSeen[id] !== stamp;
      wordSeen[id] = stamp;
      for (let lang = 0, bits = LANGUAGE_BITS[id]!; bits !== 0; lang++, bits >>>= 1) {
        if ((bits & 1) === 0) continue;
        const hits = ++languageHits[lang]!;
        if (hits === 1) languageOrder[ordered++] = lang;
        if (first) languageDistinct[lang]!++;
        if (lang === ENGLISH) englishHits = hits;
        else if (hits > otherHits) otherHits = hits;
      }
      // English wins whatever the words left to read are (`words` of MAX_WORDS read): see `settle`.
      if (settle && englishHits >= 2 && OVER_ENGLISH * englishHits > otherHits + (MAX_WORDS - words)) break read;
    }
  }
  return guessFromCounts(ordered, englishHits, words);
}

/**
 * Japanese when the sample's kana are enough (MIN_KANA, MIN_KANA_SHARE of its letters), else undefined. Apart from
 * guessLanguage: few texts have kana, and a branch its optimised code has no feedback for throws that code away when reached.
 */
function kanaGuess(sample: string): LanguageGuess | undefined {
  const kana = sample.match(KANA)?.length ?? 0;
  if (kana < MIN_KANA) return undefined;
  let letters = 0;
  for (const m of allMatches(WORD, sample)) letters += m[0].length;
  return kana >= MIN_KANA_SHARE * letters ? { language: 'ja', hits: { ja: kana } } : undefined;
}

/** The guess from guessLanguage's counts (`ordered` languages hit, English's hits, `words` read). */
function guessFromCounts(ordered: number, english: number, words: number): LanguageGuess {
  const hits: Partial<Record<TextLanguage, number>> = {};
  for (let n = 0; n < ordered; n++) hits[WORD_LANGUAGES[languageOrder[n]!]!] = languageHits[languageOrder[n]!];
  let best = -1;
  let bestHits = 0;
  for (let n = 0; n < ordered; n++) {
    const lang = languageOrder[n]!;
    const c = languageHits[lang]!;
    if (lang === ENGLISH || languageDistinct[lang]! < MIN_DISTINCT || c < OVER_ENGLISH * english || c < MIN_SHARE * Math.min(words, MAX_WORDS)) continue;
    if (c > bestHits) {
      best = lang;
      bestHits = c;
    }
  }
  if (best >= 0) return { language: WORD_LANGUAGES[best]!, hits };
  return { language: english >= 2 ? 'en' : undefined, hits };
}

/** guessLanguage's code units of the sample it reads (see codeUnitReader). */
const codeUnits = codeUnitReader(SAMPLE_CHARS);

/** The function words' numbers (or -1) of a run that is not all ASCII, as otherRunWords reads them. */
let otherWords: Int32Array = new Int32Array(64);
/**
 * The words of a run that is not all ASCII (lower-cased, by WORD) into `otherWords`, as function words' numbers or -1; their
 * number (0 for an address: ADDRESS_LIKE). Apart from guessLanguage's loop: most text never comes here, and a branch the
 * loop's optimised code has no feedback for would throw that code away when reached.
 */
function otherRunWords(text: string): number {
  const run = text.toLowerCase();
  if (ADDRESS_LIKE.test(run)) return 0;
  let n = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(run); m; m = WORD.exec(run)) {
    if (n === otherWords.length) otherWords = grown(otherWords);
    otherWords[n++] = LANGUAGES_OF.get(m[0]) ?? -1;
  }
  return n;
}

/** guessLanguage's word spans of one run (start, end, hash), reused from text to text and grown as needed. */
let runWords: Int32Array = new Int32Array(3 * 64);
function grown(spans: Int32Array): Int32Array {
  const more = new Int32Array(spans.length * 2);
  more.set(spans);
  return more;
}

/** guessLanguage's counts by language number and seen words by word number (see there), reused from text to text. */
const languageHits = new Int32Array(WORD_LANGUAGES.length);
const languageDistinct = new Int32Array(WORD_LANGUAGES.length);
const languageOrder = new Int32Array(WORD_LANGUAGES.length);
const wordSeen = new Int32Array(WORD_TEXTS.length);
let seenStamp = 0;
