import { decodeEntities, hasInvisible, htmlToText, normalizeText } from './normalize.js';
import { RECEIVING_SIDE_FIELDS } from './receiving-fields.js';
import { segmentWords } from './segment.js';
import { DistinctTokens, TokenList, type TokenFeatures, type TokenSink } from './features.js';
import { FNV_PRIME, fnvFinish, fnvSeed } from './hash.js';
import { codePointOfUnits, codeUnitReader, isAscii, isBlank, lowerCased } from '../mail/text-chars.js';

/**
 * What the classifier reads of a message, as plain strings: it knows nothing of MIME. Build it from a
 * parsed message with `classifierInputFromMessage` (./from-message.ts), or by hand in tests.
 */
export interface ClassifierInput {
  subject: string;
  /** Display name of the first From address. */
  fromName: string;
  /** Domain of the first From address, lower case. */
  fromDomain: string;
  /** X-Mailer / User-Agent value ('' when absent). */
  mailer: string;
  /** Top-level header fields by lower-cased name (`key`) and decoded value, in order (a parsed message's own fields). */
  headers: readonly HeaderPair[];
  /** MIME structure: the content types of every part, root first (`multipart/alternative`, `text/html`…). */
  contentTypes: string[];
  /** Declared charsets. */
  charsets: string[];
  /** The text a reader sees (HTML rendered to text, or the plain text). */
  text: string;
  /** The raw HTML body ('' when none): tag and attribute tokens, and text when `text` is empty. */
  html: string;
  /** URLs from links and the text. */
  urls: string[];
  /** Attachments by file name and declared type. */
  attachments: { filename: string; type: string }[];
  /** Characters of HTML text hidden by CSS (from the parser). */
  hiddenTextChars: number;
  /** Whether the message had a text/plain body besides the HTML. */
  hasPlainText: boolean;
}

/** A header field as the classifier reads it: the parsed message's HeaderField has these two (no copy per field is made). */
export interface HeaderPair {
  /** The name, lower case. */
  readonly key: string;
  /** The decoded value. */
  readonly value: string;
}

/** Bounds on the work done per message (config `content.maxTokens`, `content.maxTextChars`). */
export interface TokenizeLimits {
  /** Most tokens produced for one message (the first ones are kept: headers, then the start of the body). */
  maxTokens: number;
  /** Characters of body text (and of HTML) looked at. */
  maxTextChars: number;
}

export const DEFAULT_TOKENIZE_LIMITS: TokenizeLimits = { maxTokens: 3000, maxTextChars: 60_000 };

/** Japanese scripts (and the prolonged-sound mark / iteration marks): runs of these get n-grams and ICU words. */
const JAPANESE_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆ヶ]+/gu;
/** Words of other scripts: letters and digits with inner apostrophes, dots, dashes and dollar signs. */
const WORD = /[$€£¥]?[\p{L}\p{N}](?:[\p{L}\p{N}'’._-]*[\p{L}\p{N}])?%?/gu;
const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]+/gi;
/** What `htmlTagTokens` finds (by hand: this is its definition, kept for the test). */
export const HTML_TAG = /<([a-z][a-z0-9]*)\b([^>]*)>/gi;
/** Attribute values worth a token: colours and font sizes say a lot about bulk HTML (by hand: see attributeTokens). */
export const HTML_ATTR = /\b(color|bgcolor|size|face|align|border|width|height)\s*=\s*["']?([^"'\s>]{1,24})/gi;
const MAX_WORD = 24;
/** `num:` and a length up to MAX_WORD: an all-digit word's token after its prefix. */
const NUM_TOKEN = Array.from({ length: MAX_WORD + 1 }, (_, n) => `num:${n}`);

/**
 * Turns a message into classifier tokens: prefixed header tokens (`s:` subject word, `fn:`/`fd:` From
 * name/domain, `xm:` mailer, `h:` header name, `ct:` MIME type, `cs:` charset), URL domains (`u:`),
 * structure facts (`st:`), HTML tags (`tag:`), body words (lower-cased, no prefix), Japanese words from
 * `Intl.Segmenter` (`ja:`) and Japanese character bigrams/trigrams (`j2:`/`j3:`), which carry Japanese
 * even where the word segmentation is wrong or a word was never seen.
 * @example tokenize({ ...emptyInput(), subject: 'Cheap meds' }) // ['s:cheap', 's:meds', 'st:no-body', …]
 */
export function tokenize(input: ClassifierInput, limits: TokenizeLimits = DEFAULT_TOKENIZE_LIMITS): string[] {
  const list = new TokenList(limits.maxTokens);
  emitTokens(input, limits, list);
  return list.tokens;
}

/**
 * What a model reads of the message (see TokenFeatures): the same tokens as `tokenize`, deduplicated and
 * hashed in the same pass, without building a string per body word. This is what a scan classifies.
 * `reuse`: a set emptied and filled again instead of a new one (valid until the next call with it).
 * @example model.classify(tokenFeatures(classifierInputFromMessage(msg)))
 */
export function tokenFeatures(input: ClassifierInput, limits: TokenizeLimits = DEFAULT_TOKENIZE_LIMITS, reuse?: DistinctTokens): TokenFeatures {
  const distinct = reuse ? reuse.reset(limits.maxTokens) : new DistinctTokens(limits.maxTokens);
  emitTokens(input, limits, distinct);
  return distinct;
}

/**
 * `tokenFeatures`, and for a page that shows no text (the raw-HTML fallback) the features of its *head*: every
 * header, structure, link and tag token, and the words of the first `headChars` characters of the page's text. A
 * spammer hides a borrowed newsletter below an image-only advert; read as a whole, the newsletter's words outvote the
 * advert's few, read as a head they do not (issue 17's hidden/tiny/white-newsletter evasions). The head is a prefix of
 * the whole's distinct tokens (words are pushed in text order), so it costs no second tokenisation; `head` is absent
 * when the page shows text, when its text ends within the head, or when it has Japanese (whose tokens follow the words).
 * @example const { features, head } = tokenFeaturesWithHead(input, limits, 600)
 */
export function tokenFeaturesWithHead(input: ClassifierInput, limits: TokenizeLimits, headChars: number, reuse?: DistinctTokens): { features: TokenFeatures; head?: TokenFeatures } {
  const distinct = reuse ? reuse.reset(limits.maxTokens) : new DistinctTokens(limits.maxTokens);
  const headCount = emitTokens(input, limits, distinct, headChars);
  if (headCount < 0 || headCount === distinct.count) return { features: distinct };
  const count = headCount;
  return { features: distinct, head: { count, hashes: distinct.hashes, token: (i) => distinct.token(i) } };
}

/**
 * Pushes the message's tokens into `sink`. With `headChars` > 0, returns the sink's size once the words of the fallback
 * text's first `headChars` characters were pushed, when the message shows no text of its own and that text is longer and
 * free of Japanese (see tokenFeaturesWithHead); otherwise -1.
 */
function emitTokens(input: ClassifierInput, limits: TokenizeLimits, sink: TokenSink, headChars = 0): number {
  const push = (t: string): void => sink.push(t);
  const subject = normalizeForTokens(input.subject.slice(0, 1000)).toLowerCase();
  textTokens(subject, 's:', sink);
  if (!subject.trim()) push('st:no-subject');
  if (/[!！]{2,}/.test(subject)) push('st:subject-bang');
  // Tokens of a prefix and a string are pushed as the two (pushSlice): a joined string per token was made, then
  // flattened again to be hashed.
  for (const w of normalizeForTokens(input.fromName).toLowerCase().match(WORD) ?? []) sink.pushSlice('fn:', w, 0, Math.min(w.length, MAX_WORD));
  if (!input.fromName.trim()) push('st:no-from-name');
  const domain = input.fromDomain;
  if (domain) {
    pushWhole(sink, 'fd:', domain);
    // The last two labels when it has more (as `split('.')` reads labels: two dots or more), and the last one.
    const lastDot = domain.lastIndexOf('.');
    if (domain.indexOf('.') !== lastDot) sink.pushSlice('fd:', domain, lastTwoLabels(domain), domain.length);
    sink.pushSlice('fdtld:', domain, lastDot + 1, domain.length);
  }
  if (input.mailer) pushWhole(sink, 'xm:', mailerName(input.mailer));
  headerTokens(input.headers, sink);
  for (let i = 0; i < input.contentTypes.length; i++) pushWhole(sink, i === 0 ? 'ct0:' : 'ct:', input.contentTypes[i]!);
  for (const cs of input.charsets) pushWhole(sink, 'cs:', cs);

  // Whether the shown text is ASCII, tested once: such a text has no invisible character and no Japanese, and is its
  // own normal form (each was a pass over the whole text of its own).
  const shown = input.text.slice(0, limits.maxTextChars);
  const asciiShown = isAscii(shown);
  structureTokens(input, asciiShown ? false : hasInvisible(shown), sink);
  urlTokens(input, sink);

  const html = input.html.slice(0, limits.maxTextChars);
  if (html) htmlTagTokens(html, sink);
  // Once the budget is used up every further token is dropped: the rest of a long body is not scanned.
  if (sink.full()) return -1;
  const decoded = input.text ? decodeEntities(shown) : decodeEntities((html ? htmlToText(html) : '').slice(0, limits.maxTextChars));
  // Without references to decode the body is the shown text tested above.
  const ascii = decoded === shown ? asciiShown : isAscii(decoded);
  const body = lowerCased(ascii ? decoded : normalizeText(decoded));
  const cut = headChars > 0 && !input.text && (ascii || !MAYBE_JAPANESE.test(body)) ? headCut(body, headChars) : -1;
  if (cut < 0) {
    textTokens(body, '', sink, ascii);
    return -1;
  }
  // Words never span the cut (a space): the two passes push what one pass over the whole text would.
  wordTokens(body, '', sink, 0, cut);
  const head = sink.size;
  wordTokens(body, '', sink, cut, body.length);
  return head;
}

/** Where a text's head of `chars` characters ends: its first ASCII space character at or after `chars`, -1 if none. */
function headCut(text: string, chars: number): number {
  for (let i = chars; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return i;
  }
  return -1;
}

/** Pushes the token `prefix + text`. */
function pushWhole(sink: TokenSink, prefix: string, text: string): void {
  sink.pushSlice(prefix, text, 0, text.length);
}

/** The texts of small numbers (bucket tokens, word lengths), made once. */
const NUMBER_TEXT = Array.from({ length: 64 }, (_, n) => String(n));
/** Pushes `prefix + n` for an integer n ≥ 0. */
function pushNumber(sink: TokenSink, prefix: string, n: number): void {
  pushWhole(sink, prefix, n < NUMBER_TEXT.length ? NUMBER_TEXT[n]! : String(n));
}

/** ASCII letters and digits (what `[a-z0-9]` matches with the `i` flag and without `u`). */
const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);

/**
 * `tag:` and `attr:` tokens: each distinct tag name once, and HTML_ATTR's colour/size attributes of every tag. The
 * tags are the matches of HTML_TAG (`<([a-z][a-z0-9]*)\b([^>]*)>`, gi), found by one hand-written pass: matchAll's
 * match arrays and strings were ~16 KB per message, 7 % of what a scan allocates (tested against the pattern). The
 * pattern reads: `<`, an ASCII letter, more letters or digits; a word boundary after them, which fails on `_` (a word
 * character: shorter names end between two letters, no boundary either); then everything up to the first `>`, which
 * must exist. An attempt that fails starts again one character on; after a match, after its `>`.
 */
export function htmlTagTokens(html: string, sink: TokenSink): void {
  const n = html.length;
  // The distinct names so far (lower case) with a hash of each: a name seen before is recognised where it stands,
  // without cutting it out (a message has a few dozen distinct tags and hundreds of tags).
  const names: string[] = [];
  const hashes: number[] = [];
  let close = -1;
  // The first '=' at or after the current tag's name, kept while the scan has not passed it: a search per tag ran to
  // the end of the text whenever no '=' was left (60,000 characters of '<b>' took ~15–60 ms instead of ~2).
  let eq = -1;
  for (let p = html.indexOf('<'); p >= 0 && p + 1 < n; p = html.indexOf('<', p + 1)) {
    if (!isAsciiAlnum(html.charCodeAt(p + 1)) || html.charCodeAt(p + 1) <= 57) continue;
    let q = p + 1;
    let h = 0;
    // `| 0x20` lower-cases an ASCII letter and leaves a digit as it is.
    for (let c = html.charCodeAt(q); q < n && isAsciiAlnum(c); c = html.charCodeAt(++q)) h = Math.imul(h ^ (c | 0x20), 16777619);
    if (q < n && html.charCodeAt(q) === 0x5f) continue;
    if (close < q) {
      close = html.indexOf('>', q);
      // No `>` after this name: none after any later `<` either. (The pattern itself rescanned to the end of the text
      // from every unclosed `<p`: quadratic, ~2 s for 60 KB of `<p `.)
      if (close < 0) return;
    }
    if (!knownTag(names, hashes, h, html, p + 1, q)) {
      const tag = html.slice(p + 1, q).toLowerCase();
      names.push(tag);
      hashes.push(h);
      pushWhole(sink, 'tag:', tag);
    }
    // HTML_ATTR needs an `=`: most tags have none, and their attributes are not even cut out.
    if (eq < q) eq = nextEquals(html, q);
    if (eq < close) eq = attributeTokens(html, q, close, eq, sink);
    p = close;
  }
}

/** The first `=` of `html` at or after `from`, or the text's length. */
function nextEquals(html: string, from: number): number {
  const at = html.indexOf('=', from);
  return at < 0 ? html.length : at;
}

/** HTML_ATTR's names, and the start of each one's token (`attr:` and the name in lower case, `=`). */
const ATTR_NAMES = ['color', 'bgcolor', 'size', 'face', 'align', 'border', 'width', 'height'];
const ATTR_PREFIXES = ATTR_NAMES.map((name) => `attr:${name}=`);
/** The names (bit k: ATTR_NAMES[k]) by their last ASCII letter, either case. */
const ATTR_BY_LAST = new Uint8Array(128);
ATTR_NAMES.forEach((name, k) => {
  const last = name.charCodeAt(name.length - 1);
  ATTR_BY_LAST[last]! |= 1 << k;
  ATTR_BY_LAST[last - 32]! |= 1 << k;
});
/** A word character of `\b` without the `u` flag: ASCII letters, digits, `_`. */
const isWordChar = (c: number): boolean => isAsciiAlnum(c) || c === 0x5f;
/** Characters an attribute value of HTML_ATTR ends at: `"`, `'`, `>`, a blank. */
const endsValue = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x3e || isBlank(c);

/**
 * The `attr:` tokens of one tag's attributes `html.slice(from, to)`: what `HTML_ATTR.exec` gives over that slice, match
 * after match, without the slice, the match arrays or their lower-cased copies (~7 KB per message, a fifth of what the
 * classifier allocated). `eq`: the first `=` at or after `from`; returns the first at or after `to` (the text's length when
 * there is none), which the next tags need.
 *
 * The pattern reads: a word boundary, one of the names in ASCII letters of either case, blanks, `=`, blanks, an optional
 * quote, then 1–24 characters that are not a quote, `>` or a blank (greedy with nothing after it: no backtracking changes
 * a match, an empty value fails). Every match has its own `=` right after the name and blanks, so it is found from the
 * `=` backwards instead of trying every character (a character loop cost 4× the pattern: attributes are long, styles and
 * links): before each `=`, blanks, then a name that starts the slice or follows a non-word character (`bgcolor` ends
 * with `color`, but then `color` follows `g`: at most one name fits). Matches come in the order of their `=` (a name and
 * blanks hold none); one whose name starts inside the previous match (a value may hold `=`) is not one, and where the
 * previous match ended the boundary is read on the characters there, as the pattern's next search does. Tested against
 * the pattern.
 */
function attributeTokens(html: string, from: number, to: number, eq: number, sink: TokenSink): number {
  let searched = from;
  for (; eq < to; eq = nextEquals(html, eq + 1)) {
    let nameEnd = eq;
    while (nameEnd > searched && isBlank(html.charCodeAt(nameEnd - 1))) nameEnd--;
    const name = attrNameBefore(html, nameEnd, from, searched);
    if (name < 0) continue;
    let j = eq + 1;
    while (j < to && isBlank(html.charCodeAt(j))) j++;
    if (j < to && (html.charCodeAt(j) === 0x22 || html.charCodeAt(j) === 0x27)) j++;
    const start = j;
    let upper = false;
    while (j < to && j - start < 24) {
      const d = html.charCodeAt(j);
      if (endsValue(d)) break;
      // Only a value of ASCII without capitals is its own lower case (toLowerCase changes other scripts' letters).
      if (d >= 128 || (d >= 65 && d <= 90)) upper = true;
      j++;
    }
    if (j === start) continue;
    if (upper) sink.push(ATTR_PREFIXES[name] + html.slice(start, j).toLowerCase());
    else sink.pushSlice(ATTR_PREFIXES[name]!, html, start, j);
    searched = j;
  }
  return eq;
}

/**
 * Which of ATTR_NAMES (ASCII, either case) ends at `end`, starting at or after `searched` and at a word boundary of the
 * slice that starts at `from` (at `from`, or after a non-word character); -1 when none.
 */
function attrNameBefore(html: string, end: number, from: number, searched: number): number {
  // Most `=` (a link's query, a style) follow no name: their last letter already says so.
  const last = end > searched ? html.charCodeAt(end - 1) : 128;
  next: for (let names = last < 128 ? ATTR_BY_LAST[last]! : 0; names !== 0; names &= names - 1) {
    const k = 31 - Math.clz32(names & -names);
    const name = ATTR_NAMES[k]!;
    const start = end - name.length;
    if (start < searched || (start > from && isWordChar(html.charCodeAt(start - 1)))) continue;
    for (let m = 0; m < name.length; m++) if ((html.charCodeAt(start + m) | 0x20) !== name.charCodeAt(m)) continue next;
    return k;
  }
  return -1;
}

/** Whether `text.slice(start, end)` (ASCII letters and digits, hash `h`), lower-cased, is one of `names`. */
function knownTag(names: readonly string[], hashes: readonly number[], h: number, text: string, start: number, end: number): boolean {
  for (let k = 0; k < names.length; k++) {
    if (hashes[k] !== h) continue;
    const name = names[k]!;
    if (name.length !== end - start) continue;
    let same = true;
    for (let i = 0; i < name.length && same; i++) same = name.charCodeAt(i) === (text.charCodeAt(start + i) | 0x20);
    if (same) return true;
  }
  return false;
}

/**
 * normalizeText, skipped for pure ASCII (most mail): NFKC leaves ASCII as it is and every invisible
 * character it strips is non-ASCII, so the result is the same without copying the text twice.
 */
function normalizeForTokens(text: string): string {
  return isAscii(text) ? text : normalizeText(text);
}

/** Any character of a Japanese script (Han starts at U+2E80; astral ones are surrogates, above it too). */
const MAYBE_JAPANESE = /[\u2e80-\uffff]/;

/**
 * ASCII letters and digits (1), other ASCII (2); 0 = not yet known, for non-ASCII code units below
 * U+10000, filled on first sight from `\p{L}\p{N}`. Astral code points are tested each time.
 */
const LETTER_OR_DIGIT_BMP = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) LETTER_OR_DIGIT_BMP[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x10000) {
    let known = LETTER_OR_DIGIT_BMP[cp]!;
    if (known === 0) {
      known = LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 1 : 2;
      LETTER_OR_DIGIT_BMP[cp] = known;
    }
    return known === 1;
  }
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

const isCurrency = (c: number): boolean => c === 0x24 || c === 0x20ac || c === 0xa3 || c === 0xa5;

/** wordTokens' code units of the text it reads (see codeUnitReader). */
const wordUnits = codeUnitReader();

/** What an ASCII code unit is to wordTokens: a letter, a digit, an inner joiner (' . _ -), `$`; 0 for the rest (`%` too). */
const WORD_LETTER = 1;
const WORD_DIGIT = 2;
const WORD_JOINER = 4;
const WORD_DOLLAR = 8;
/** wordTokens' mark for a non-ASCII code unit (read by code point). */
const WORD_NON_ASCII = 16;
const ASCII_WORD_PART = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 48 && c <= 57) ASCII_WORD_PART[c] = WORD_DIGIT;
  else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII_WORD_PART[c] = WORD_LETTER;
  else if (c === 0x27 || c === 0x2e || c === 0x5f || c === 0x2d) ASCII_WORD_PART[c] = WORD_JOINER;
  else if (c === 0x24) ASCII_WORD_PART[c] = WORD_DOLLAR;
}

/**
 * The tokens of the words `text.match(WORD)` finds, in order, handed to `sink` (an over-long word as `skip:`, an
 * all-digit one as `num:`, any other as its slice of the text, each with `prefix`), until the sink is full. One
 * hand-written pass (the body's words are most of a message's tokens; the Unicode-property regexp and the array
 * of matches were the tokeniser's largest costs), which pushes as it goes: a callback per word, made per text,
 * cost a call and a closure. Exactly WORD's semantics, code point by code point as the `u` flag reads: an optional
 * currency sign directly before a letter or digit, then letters/digits joined by ' ’ . _ - (ending on a letter or
 * digit), then an optional `%`. `from`/`to`: the part of the text read (both ends between words).
 *
 * Each word is hashed as it is read (tokenise + hash in one pass, issue 18): FNV-1a steps from the prefix's state over
 * every code unit read, the state where the word last ended on a letter or digit is kept (trailing joiners are not the
 * word's), `%` steps it once more, and the sink gets the finished hash (pushHashedUnits) instead of reading the word
 * again. ASCII is read through one table (ASCII_WORD_PART); other code units by code point, as before. Exported for the test
 * against the reader it replaced (word-tokens.test.ts).
 */
export function wordTokens(text: string, prefix: string, sink: TokenSink, from = 0, to = text.length): void {
  const n = to;
  const textLength = text.length;
  const units = wordUnits(text);
  // `| 0`: the bundle of the one-message CLI makes module constants plain variables, so the state is told an int32 here too.
  const seed = fnvSeed(prefix) | 0;
  // The prime in a local known to be an int32 (`| 0`): read from the imported binding it was loaded and checked for its
  // temporal dead zone at every step, and as a local of unknown type converted from a double at every step.
  const prime = FNV_PRIME | 0;
  let p = from;
  while (p < n) {
    let c = units[p]!;
    const part = c < 128 ? ASCII_WORD_PART[c]! : WORD_NON_ASCII;
    // Between words: ASCII that is neither a letter, a digit nor `$` (spaces, punctuation), skipped at once.
    if (part === 0 || part === WORD_JOINER) {
      p++;
      continue;
    }
    let h = seed;
    let end: number;
    let digitsOnly: boolean;
    let core = p;
    if (part <= WORD_DIGIT) {
      // An ASCII letter or digit: most words start so.
      h = Math.imul(h ^ c, prime);
      end = p + 1;
      digitsOnly = part === WORD_DIGIT;
    } else {
      c = codePointOfUnits(units, textLength, p);
      let size = c > 0xffff ? 2 : 1;
      if (isCurrency(c) && p + 1 < n) {
        const next = codePointOfUnits(units, textLength, p + 1);
        if (isLetterOrDigit(next)) {
          core = p + 1;
          c = next;
          size = next > 0xffff ? 2 : 1;
        }
      }
      if (core === p && !isLetterOrDigit(c)) {
        p += size;
        continue;
      }
      end = core + size;
      for (let k = p; k < end; k++) h = Math.imul(h ^ units[k]!, prime);
      // A currency sign before it, or a letter or digit that is not ASCII: not an all-digit word.
      digitsOnly = false;
    }
    let hEnd = h;
    for (let j = end; j < n; ) {
      const d = units[j]!;
      if (d < 128) {
        const dPart = ASCII_WORD_PART[d]!;
        if ((dPart & (WORD_LETTER | WORD_DIGIT)) !== 0) {
          h = Math.imul(h ^ d, prime);
          j++;
          end = j;
          hEnd = h;
        } else if (dPart === WORD_JOINER) {
          h = Math.imul(h ^ d, prime);
          j++;
        } else break;
      } else {
        const e = codePointOfUnits(units, textLength, j);
        if (isLetterOrDigit(e)) {
          h = Math.imul(h ^ d, prime);
          if (e > 0xffff) {
            h = Math.imul(h ^ units[j + 1]!, prime);
            j += 2;
          } else j++;
          end = j;
          hEnd = h;
        } else if (e === 0x2019) {
          h = Math.imul(h ^ d, prime);
          j++;
        } else break;
      }
    }
    // Whether a word that starts with a digit is all digits is told once it is read: a letter, or a joiner between two
    // digit runs ("1.5"), makes it not.
    if (digitsOnly) for (let k = core; k < end; k++) if (units[k]! < 48 || units[k]! > 57) digitsOnly = false;
    if (end < n && units[end] === 0x25) {
      hEnd = Math.imul(hEnd ^ 0x25, prime);
      end++;
      digitsOnly = false;
    }
    const length = end - p;
    if (length > MAX_WORD) sink.push(`${prefix}skip:${text[p]}${Math.min(9, Math.floor(length / 10))}`);
    else if (digitsOnly) sink.pushSlice(prefix, NUM_TOKEN[length]!, 0, NUM_TOKEN[length]!.length);
    else sink.pushHashedUnits(prefix, text, units, p, end, fnvFinish(hEnd));
    if (sink.full()) return;
    p = end;
  }
}

/** Words of a text; Japanese runs also give ICU words and character bigrams and trigrams. `ascii`: the text is known to be ASCII (no Japanese). */
function textTokens(text: string, prefix: string, sink: TokenSink, ascii = false): void {
  const japanese: string[] = [];
  const rest = !ascii && MAYBE_JAPANESE.test(text)
    ? text.replace(JAPANESE_RUN, (run) => {
        japanese.push(run);
        return ' ';
      })
    : text;
  wordTokens(rest, prefix, sink);
  if (japanese.length === 0 || sink.full()) return;
  // Runs are joined with spaces so that the segmenter sees short texts, in bounded chunks (see segment.ts).
  const word = `${prefix}ja:`;
  for (const w of segmentWords(japanese.join(' '))) pushWhole(sink, word, w);
  const bigram = `${prefix}j2:`;
  const trigram = `${prefix}j3:`;
  for (const run of japanese) {
    for (let i = 0; i + 1 < run.length; i++) {
      sink.pushSlice(bigram, run, i, i + 2);
      if (i + 2 < run.length) sink.pushSlice(trigram, run, i, i + 3);
    }
  }
}

/** Headers whose value (not just presence) is tokenised, and how. */
const MAX_RECEIVED = 6;
/** Real mail has a few dozen distinct header names; more is padding. */
const MAX_HEADER_NAMES = 100;

/** The host names of a Received value, as `value.match(HOST)`; read by hostsIn. Exported for its test. */
export const HOST = /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\b/g;
const WITH_OR_VIA = /\b(?:with|via) [a-z0-9/]+/g;
const PRIVATE_IP = /\[?(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/;

/** The fields whose value gives tokens (the cases of headerTokens' switch). */
const VALUE_FIELDS = new Set([
  'received', 'message-id', 'return-path', 'reply-to', 'to', 'cc', 'date',
  'x-priority', 'x-msmail-priority', 'importance', 'precedence', 'content-transfer-encoding', 'mime-version',
]);
/** `name:` of each, the start of its tokens. */
const FIELD_PREFIX = new Map([...VALUE_FIELDS].map((name) => [name, `${name}:`]));

function headerTokens(headers: readonly HeaderPair[], sink: TokenSink): void {
  const push = (t: string): void => sink.push(t);
  const names = new Set<string>();
  let received = 0;
  let toCount = 0;
  for (const { key: name, value: rawValue } of headers) {
    // A filter's own verdict headers (X-Spam-*) would leak the label of a training corpus: never tokens.
    if (name.startsWith('x-spam') || name.length > 40) continue;
    // Distinct names are capped: thousands of padding fields must not use up the token budget (issue 17).
    if (!names.has(name) && names.size < MAX_HEADER_NAMES) {
      names.add(name);
      // Fields the receiving side adds say which mailbox collected the message, not who sent it.
      if (!RECEIVING_SIDE_FIELDS.has(name)) sink.pushSlice('h:', name, 0, name.length);
    }
    // Most fields give only their name: their value is not even lower-cased.
    if (!VALUE_FIELDS.has(name)) continue;
    const value = rawValue.slice(0, 1000).toLowerCase();
    switch (name) {
      case 'received': {
        if (received++ >= MAX_RECEIVED) break;
        const hosts = hostsIn(value);
        if (hosts) pushDistinctHosts(hosts, sink);
        if (PRIVATE_IP.test(value)) push('rcvd:private-ip');
        for (const w of value.match(WITH_OR_VIA) ?? []) pushWhole(sink, 'rcvd:', w);
        break;
      }
      case 'message-id': {
        const at = value.lastIndexOf('@');
        const left = at < 0 ? value : value.slice(0, at);
        if (at < 0) push('mid:no-at');
        else {
          const host = value.slice(at + 1).replace(/[<>\s]/g, '');
          sink.pushSlice('mid:', host, lastTwoLabels(host), host.length);
        }
        pushWhole(sink, 'midshape:', shape(left.replace(/^</, '')));
        break;
      }
      case 'return-path':
      case 'reply-to': {
        const domain = /@([a-z0-9.-]+)/.exec(value)?.[1];
        if (domain) sink.pushSlice(FIELD_PREFIX.get(name)!, domain, lastTwoLabels(domain), domain.length);
        break;
      }
      case 'to':
      case 'cc':
        for (let at = value.indexOf('@'); at >= 0; at = value.indexOf('@', at + 1)) toCount++;
        if (/undisclosed|recipient list/.test(value)) pushWhole(sink, FIELD_PREFIX.get(name)!, 'undisclosed');
        if (/^\s*<?[^<>\s"][^<>\s"@]*@[^<>\s"]+>?\s*$/.test(value)) pushWhole(sink, FIELD_PREFIX.get(name)!, 'bare-address');
        break;
      case 'date': {
        const zone = /([+-]\d{4}|\b[a-z]{2,4})(?:\s*(\([^)]*\)))?\s*$/.exec(value)?.[1];
        if (zone) pushWhole(sink, 'date:zone:', zone);
        pushWhole(sink, 'dateshape:', shape(value));
        break;
      }
      case 'x-priority':
      case 'x-msmail-priority':
      case 'importance':
      case 'precedence':
      case 'content-transfer-encoding':
      case 'mime-version': {
        // value.trim().slice(0, 20), by position (trim removes what `\s` matches).
        let start = 0;
        let end = value.length;
        while (start < end && isBlank(value.charCodeAt(start))) start++;
        while (end > start && isBlank(value.charCodeAt(end - 1))) end--;
        sink.pushSlice(FIELD_PREFIX.get(name)!, value, start, Math.min(end, start + 20));
        break;
      }
    }
  }
  pushNumber(sink, 'st:recipients:', bucket(toCount));
}

/**
 * `text.match(HOST)` read from the dots (session 63: HOST was the classifier's largest pattern, ~45 K instructions a message
 * over ~15 Received values, irregexp trying the labels at every word start and backing off through each word). Why this
 * is the pattern's answer, for any text:
 * - A label (`[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?` then `.`) holds no dot, so it is the whole run of `[a-z0-9-]` before a
 *   dot: 1 to 63 units, neither end a hyphen. A match therefore starts in the run just before some dot, and every start in
 *   that run shares the labels after the dot.
 * - `(?:label\.)+` is greedy and each label's end is fixed, so the pattern tries the longest chain of labels first and then
 *   shorter ones; `[a-z]{2,24}\b` holds at a position only as its whole run of `[a-z]`, 2 to 24 long, with no word unit
 *   (`[A-Za-z0-9_]`, `\b` without `u`) after it. So the match ends after the last place of the chain where that holds.
 * - The start is the first position of the run, at or after the previous match's end, that begins with `[a-z0-9]` after a
 *   unit that is no word unit (or the text's start) and is at most 63 units before the dot.
 * Tested against the pattern on written and seeded texts (tokenize-hosts.test.ts).
 */
export function hostsIn(text: string): string[] | null {
  let hosts: string[] | null = null;
  let from = 0;
  const length = text.length;
  // Read as array elements (codeUnitReader; charCodeAt cost ~20 instructions a unit here): units past `length` are stale, so
  // every read is at an index below it.
  const u = hostUnits(text);
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    // The first label: its leftmost start in the run before the dot, at most 63 units back and not before `from`.
    const floor = Math.max(from, dot - 63);
    if (floor > dot - 1 || !isLabelEdge(u[dot - 1]!)) continue;
    let start = dot - 1;
    let first = -1;
    for (;;) {
      const c = u[start]!;
      if (isLabelEdge(c) && (start === 0 || !isWordUnit(u[start - 1]!))) first = start;
      if (start === floor || !isLabelUnit(c)) break;
      start--;
    }
    if (first < 0) continue;
    const end = hostEnd(u, length, dot + 1);
    if (end < 0) continue;
    (hosts ??= []).push(text.slice(first, end));
    from = end;
    dot = end - 1;
  }
  return hosts;
}
/** hostsIn's code units of the value it reads. */
const hostUnits = codeUnitReader(1024);

/** Where a host whose labels go on at `at` ends (see hostsIn): after the last top-level run the chain of labels allows, or -1. */
function hostEnd(u: Uint16Array, length: number, at: number): number {
  let end = -1;
  for (let q = at; ; ) {
    let letters = q;
    while (letters < length && isLowerLetter(u[letters]!)) letters++;
    if (letters - q >= 2 && letters - q <= 24 && (letters === length || !isWordUnit(u[letters]!))) end = letters;
    // Another label from q: a run of [a-z0-9-] of 1 to 63, no hyphen at either end, then a dot.
    if (q >= length || !isLabelEdge(u[q]!)) return end;
    let r = q + 1;
    while (r < length && isLabelUnit(u[r]!)) r++;
    if (r >= length || u[r] !== 0x2e || r - q > 63 || !isLabelEdge(u[r - 1]!)) return end;
    q = r + 1;
  }
}

/** `[a-z]`. */
function isLowerLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
/** `[a-z0-9]`: a label's first and last unit. */
function isLabelEdge(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}
/** `[a-z0-9-]`. */
function isLabelUnit(c: number): boolean {
  return isLabelEdge(c) || c === 0x2d;
}
/** A word unit as `\b` without `u` reads it: `[A-Za-z0-9_]`. */
function isWordUnit(c: number): boolean {
  return isLabelEdge(c) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}

/**
 * The `rcvd:` tokens of a Received field's hosts, each distinct host once in first-seen order (as iterating
 * `new Set(hosts)` gives them): a field names a few hosts, so the earlier ones are searched instead of building a Set
 * and its iterator per field; a long list (a padded field) goes through a Set.
 */
function pushDistinctHosts(hosts: readonly string[], sink: TokenSink): void {
  const few = hosts.length <= 16;
  const seen = few ? undefined : new Set<string>();
  for (let i = 0; i < hosts.length; i++) {
    const host = hosts[i]!;
    if (few ? hosts.indexOf(host) !== i : seen!.has(host)) continue;
    seen?.add(host);
    sink.pushSlice('rcvd:', host, lastTwoLabels(host), host.length);
  }
}

/**
 * Where the last two dot-separated labels of a name start: `name.slice(lastTwoLabels(name))` is
 * `name.split('.').slice(-2).join('.')` (tested) without the array, so the token is hashed where it stands.
 */
export function lastTwoLabels(name: string): number {
  const last = name.lastIndexOf('.');
  return last <= 0 ? 0 : name.lastIndexOf('.', last - 1) + 1;
}

/**
 * The shape of a string: runs of ASCII digits → 9, of ASCII letters → a, other code units kept, the first 30
 * ("<2002.ab1>" → "<9.a9>"). One pass that stops at 30 (it was two replaces of the whole value and a slice; the
 * same string: tested against them).
 */
export function shape(text: string): string {
  const n = text.length;
  let out = '';
  for (let i = 0; i < n && out.length < 30; ) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      out += '9';
      do i++;
      while (i < n && isAsciiDigit(text.charCodeAt(i)));
    } else if (isAsciiLetter(c)) {
      out += 'a';
      do i++;
      while (i < n && isAsciiLetter(text.charCodeAt(i)));
    } else {
      out += text[i];
      i++;
    }
  }
  return out;
}
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 97 && (c | 0x20) <= 122;

/** `invisible`: whether the shown text (its first maxTextChars characters) has an invisible character. */
function structureTokens(input: ClassifierInput, invisible: boolean, sink: TokenSink): void {
  const push = (t: string): void => sink.push(t);
  const hasHtml = input.html.length > 0;
  if (hasHtml && !input.hasPlainText) push('st:html-only');
  if (hasHtml && input.hasPlainText) push('st:html-and-text');
  if (!hasHtml && !input.text.trim()) push('st:no-body');
  if (input.hiddenTextChars > 0) pushNumber(sink, 'st:hidden-text:', bucket(input.hiddenTextChars));
  if (invisible) push('st:invisible-chars');
  pushNumber(sink, 'st:links:', bucket(input.urls.length));
  pushNumber(sink, 'st:attachments:', bucket(input.attachments.length));
  pushNumber(sink, 'st:textlen:', bucket(input.text.length));
  for (const a of input.attachments.slice(0, 50)) {
    const ext = /\.([a-z0-9]{1,8})$/i.exec(a.filename)?.[1]?.toLowerCase();
    pushWhole(sink, 'att:', ext ?? 'noext');
    pushWhole(sink, 'att:', a.type);
  }
}

function urlTokens(input: ClassifierInput, sink: TokenSink): void {
  const push = (t: string): void => sink.push(t);
  const urls = new Set(input.urls);
  for (const m of input.text.slice(0, 20_000).match(URL_IN_TEXT) ?? []) urls.add(m);
  const hosts = new Set<string>();
  for (const url of urls) {
    const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#\s]*)/i.exec(url) ?? /^(www\.[^/?#\s]*)/i.exec(url);
    if (!m) {
      if (/^mailto:/i.test(url)) push('u:mailto');
      continue;
    }
    let host = m[1]!.toLowerCase().replace(/^[^@]*@/, '');
    if (/:\d+$/.test(host)) {
      push('u:port');
      host = host.replace(/:\d+$/, '');
    }
    if (hosts.has(host) || hosts.size >= 50) continue;
    hosts.add(host);
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) {
      push('u:ip');
      continue;
    }
    // The last two labels, the host when it has more, the last label (as `split('.')` would give them).
    const lastTwo = lastTwoLabels(host);
    sink.pushSlice('u:', host, lastTwo, host.length);
    if (lastTwo > 0) sink.pushSlice('u:', host, 0, host.length);
    sink.pushSlice('utld:', host, host.lastIndexOf('.') + 1, host.length);
  }
  pushNumber(sink, 'st:hosts:', bucket(hosts.size));
}

/** The program name of a mailer header without versions: "Microsoft Outlook Express 6.00.2600" → "microsoft outlook express". */
function mailerName(mailer: string): string {
  return mailer
    .toLowerCase()
    .replace(/[\d.()[\]/;,_-]+/g, ' ')
    .trim()
    .split(/\s+/)
    .slice(0, 3)
    .join(' ')
    .slice(0, 40);
}

/** A logarithmic size bucket: 0, 1, 2-3, 4-7, … */
function bucket(n: number): number {
  return n <= 0 ? 0 : Math.floor(Math.log2(n)) + 1;
}

/** An input with every field empty, to build test inputs from. */
export function emptyInput(): ClassifierInput {
  return {
    subject: '', fromName: '', fromDomain: '', mailer: '', headers: [], contentTypes: [], charsets: [],
    text: '', html: '', urls: [], attachments: [], hiddenTextChars: 0, hasPlainText: false,
  };
}
