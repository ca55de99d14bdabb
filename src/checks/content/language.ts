/**
 * A guess at the language a message's text is written in, from its function words (issue 17, session 14): the
 * classifier shipped with spamlab learned English mail, so its vote on a German or Dutch text rests on header and
 * formatting tokens alone, and it read a German task-job letter as ham (−1.5). The guess lets it abstain there
 * (content.classifier.languages). Function words are the most frequent words of a language and say little else, so a
 * few of them decide; the lists hold words that are not also common English words ("die", "was", "will", "an" are
 * left out of German's, "is" and "op" of Dutch's where English would read them).
 */

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

/** Each word to the languages that list it (a word like "para" counts for Spanish and Portuguese alike). */
const LANGUAGES_OF = new Map<string, TextLanguage[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS) as [TextLanguage, readonly string[]][]) {
  for (const word of new Set(words)) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), lang]);
}

/** The words read: the start of a text says its language as well as the whole. */
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
/** Runs between blanks; one with a slash, an at sign, an equals sign or a dot inside a word is an address, not prose. */
const CHUNK = /\S+/g;
const ADDRESS_LIKE = /[/@=]|\p{L}\.\p{L}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HAS_KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

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
 * @example guessLanguage('Ihr Kredit wurde genehmigt. Zahlen Sie nur die Gebühr.').language // 'de'
 */
export function guessLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, 8000);
  // Per message of the classifier's ham band (most mail), so the loops below stop early and allocate little: kana
  // counted only when there is one; each run lower-cased as it is read (lower-casing makes and removes no blank, so the
  // runs are those of the lower-cased text), up to the MAX_WORDS-th word; exec loops, not matchAll's copy of the
  // pattern per run.
  const kana = HAS_KANA.test(sample) ? (sample.match(KANA)?.length ?? 0) : 0;
  if (kana >= MIN_KANA) {
    let letters = 0;
    for (const m of sample.matchAll(WORD)) letters += m[0].length;
    if (kana >= MIN_KANA_SHARE * letters) return { language: 'ja', hits: { ja: kana } };
  }
  const hits: Partial<Record<TextLanguage, number>> = {};
  const distinct = new Map<TextLanguage, Set<string>>();
  let words = 0;
  CHUNK.lastIndex = 0;
  read: for (let chunk = CHUNK.exec(sample); chunk; chunk = CHUNK.exec(sample)) {
    const run = chunk[0].toLowerCase();
    if (ADDRESS_LIKE.test(run)) continue;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(run); m; m = WORD.exec(run)) {
      if (++words > MAX_WORDS) break read;
      for (const lang of LANGUAGES_OF.get(m[0]) ?? []) {
        hits[lang] = (hits[lang] ?? 0) + 1;
        distinct.set(lang, (distinct.get(lang) ?? new Set()).add(m[0]));
      }
    }
  }
  const english = hits.en ?? 0;
  let best: TextLanguage | undefined;
  for (const [lang, n] of Object.entries(hits) as [TextLanguage, number][]) {
    if (lang === 'en' || distinct.get(lang)!.size < MIN_DISTINCT || n < OVER_ENGLISH * english || n < MIN_SHARE * Math.min(words, MAX_WORDS)) continue;
    if (n > (best ? hits[best]! : 0)) best = lang;
  }
  if (best) return { language: best, hits };
  return { language: english >= 2 ? 'en' : undefined, hits };
}
