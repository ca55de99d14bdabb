/**
 * A guess at the language a message's text is written in, from its function words (issue 17, session 14): the
 * classifier shipped with spamlab learned English mail, so its vote on a German or Dutch text rests on header and
 * formatting tokens alone, and it read a German task-job letter as ham (−1.5). The guess lets it abstain there
 * (content.classifier.languages). Function words are the most frequent words of a language and say little else, so a
 * few of them decide; the lists hold words that are not also common English words ("die", "was", "will", "an" are
 * left out of German's, "is" and "op" of Dutch's where English would read them).
 */

import { isBlank } from '../../mail/text-chars.js';

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

/** A function word: its number (for the distinct-word count) and the languages that list it ("para": Spanish and Portuguese). */
interface FunctionWord {
  word: string;
  id: number;
  languages: TextLanguage[];
}
/** Each word to its entry. */
const LANGUAGES_OF = new Map<string, FunctionWord>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS) as [TextLanguage, readonly string[]][]) {
  for (const word of new Set(words)) {
    const entry = LANGUAGES_OF.get(word);
    if (entry) entry.languages.push(lang);
    else LANGUAGES_OF.set(word, { word, id: LANGUAGES_OF.size, languages: [lang] });
  }
}

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
const asciiWords: (FunctionWord | undefined)[] = new Array<undefined>(ASCII_SLOTS).fill(undefined);
let longestAsciiWord = 0;
for (const [word, entry] of LANGUAGES_OF) {
  if (!/^[a-z]+$/.test(word)) continue;
  let slot = asciiHash(word, 0, word.length) & (ASCII_SLOTS - 1);
  while (asciiWords[slot]) slot = (slot + 1) & (ASCII_SLOTS - 1);
  asciiWords[slot] = entry;
  longestAsciiWord = Math.max(longestAsciiWord, word.length);
}

/** A hash of text[start, end)'s ASCII letters, lower-cased. */
function asciiHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + (text.charCodeAt(i) | 0x20)) | 0;
  return h;
}

/** The function word text[start, end) (ASCII letters, any case) is, or undefined. */
function asciiFunctionWord(text: string, start: number, end: number): FunctionWord | undefined {
  const length = end - start;
  if (length > longestAsciiWord) return undefined;
  for (let slot = asciiHash(text, start, end) & (ASCII_SLOTS - 1); ; slot = (slot + 1) & (ASCII_SLOTS - 1)) {
    const entry = asciiWords[slot];
    if (!entry) return undefined;
    if (entry.word.length !== length) continue;
    let i = 0;
    while (i < length && entry.word.charCodeAt(i) === (text.charCodeAt(start + i) | 0x20)) i++;
    if (i === length) return entry;
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
  // there is one; the runs between blanks (`\S+`) read by character codes up to the MAX_WORDS-th word — a run of ASCII
  // characters (letters are a-z, A-Z there) by its codes, any other lower-cased and read by the patterns.
  const kana = HAS_KANA.test(sample) ? (sample.match(KANA)?.length ?? 0) : 0;
  if (kana >= MIN_KANA) {
    let letters = 0;
    for (const m of sample.matchAll(WORD)) letters += m[0].length;
    if (kana >= MIN_KANA_SHARE * letters) return { language: 'ja', hits: { ja: kana } };
  }
  // Hits and distinct words by language, counted in small maps (the languages in the order of their first hit, which
  // `hits` keeps and ties are broken by); a word counts as distinct for its languages the first time it is seen.
  const hits: Partial<Record<TextLanguage, number>> = {};
  const counts = new Map<TextLanguage, { hits: number; distinct: number }>();
  const seen = new Uint8Array(LANGUAGES_OF.size);
  // English's hits and the most any other language has (for `settle`).
  let englishHits = 0;
  let otherHits = 0;
  const count = (entry: FunctionWord) => {
    const first = seen[entry.id] === 0;
    seen[entry.id] = 1;
    for (const lang of entry.languages) {
      let c = counts.get(lang);
      if (!c) counts.set(lang, (c = { hits: 0, distinct: 0 }));
      c.hits++;
      if (first) c.distinct++;
      if (lang === 'en') englishHits = c.hits;
      else if (c.hits > otherHits) otherHits = c.hits;
    }
  };
  /** Whether English wins whatever the words left to read are (`words` of MAX_WORDS read): see `settle`. */
  const settled = (): boolean => settle && englishHits >= 2 && OVER_ENGLISH * englishHits > otherHits + (MAX_WORDS - words);
  let words = 0;
  const end = sample.length;
  read: for (let i = 0; i < end; ) {
    if (isBlank(sample.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    let address = false;
    for (; i < end; i++) {
      const c = sample.charCodeAt(i);
      if (c >= 128) {
        if (isBlank(c)) break;
        ascii = false;
      } else if (c === 32 || (c >= 9 && c <= 13)) break;
      else if (c === 0x2f || c === 0x40 || c === 0x3d) address = true;
      else if (c === 0x2e && i > start && i + 1 < end && isAsciiLetter(sample.charCodeAt(i - 1)) && isAsciiLetter(sample.charCodeAt(i + 1))) address = true;
    }
    if (!ascii) {
      const run = sample.slice(start, i).toLowerCase();
      if (ADDRESS_LIKE.test(run)) continue;
      WORD.lastIndex = 0;
      for (let m = WORD.exec(run); m; m = WORD.exec(run)) {
        if (++words > MAX_WORDS) break read;
        const entry = LANGUAGES_OF.get(m[0]);
        if (entry) {
          count(entry);
          if (settled()) break read;
        }
      }
      continue;
    }
    if (address) continue;
    for (let k = start; k < i; ) {
      if (!isAsciiLetter(sample.charCodeAt(k))) {
        k++;
        continue;
      }
      const from = k;
      while (k < i && isAsciiLetter(sample.charCodeAt(k))) k++;
      if (++words > MAX_WORDS) break read;
      const found = asciiFunctionWord(sample, from, k);
      if (found) {
        count(found);
        if (settled()) break read;
      }
    }
  }
  for (const [lang, c] of counts) hits[lang] = c.hits;
  const english = hits.en ?? 0;
  // Over `counts`, not `hits`: a keyed read of `hits` here, reached on few texts, had V8 throw the optimised function away
  // again and again (insufficient type feedback).
  let best: TextLanguage | undefined;
  let bestHits = 0;
  for (const [lang, c] of counts) {
    if (lang === 'en' || c.distinct < MIN_DISTINCT || c.hits < OVER_ENGLISH * english || c.hits < MIN_SHARE * Math.min(words, MAX_WORDS)) continue;
    if (c.hits > bestHits) {
      best = lang;
      bestHits = c.hits;
    }
  }
  if (best) return { language: best, hits };
  return { language: english >= 2 ? 'en' : undefined, hits };
}
