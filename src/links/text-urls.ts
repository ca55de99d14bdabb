/**
 * Finds URLs in free text (plain-text bodies, rendered HTML text, attachment text): with a scheme
 * (`https://…`), protocol-relative after a space is ignored, and scheme-less `www.` hosts. Linear time:
 * one regex finds candidate starts, then each URL is scanned forward once and the search resumes after
 * it, so no character is looked at more than a bounded number of times (cost-tested on 5 MB).
 *
 * Japanese text glues URLs to words without spaces (`こちらhttps://example.com/aへ`): a URL ends at the
 * first non-ASCII character in its path, and a host's last label ends at its first non-ASCII character,
 * while IDN labels before it may be Unicode (`https://例え.jp/`).
 */

/**
 * String.prototype.charCodeAt called with `.call` in the per-character loops here, as brands/normalize.ts does (session 18:
 * `text.charCodeAt` looks the method up by the text's map, and texts of many representations can make that look-up
 * megamorphic). Measured (callgrind, session 49, 1,779 messages): findTextUrls + scanUrl 20.2 → 16.6 K instructions a
 * message; the megamorphic loads callgrind charges to findTextUrls (~26 K a message) are not these and remain.
 */
const charCodeAt = String.prototype.charCodeAt;

// Candidate starts. The character before must not be an ASCII letter or digit (checked by hand: a
// look-behind would be fine too, but this keeps the pattern trivially linear).
const START = /(?:https?|ftp):\/\/|https?:\\\\|www\d{0,3}\./gi;

// ASCII characters that may appear in a URL written in text (RFC 3986 unreserved, reserved, `%`, and
// the characters mail clients keep in practice: `\`, `|`, `^`, `{`, `}`, `[`, `]`, `~`).
const URL_ASCII = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%\\|^{}") URL_ASCII[c.charCodeAt(0)] = 1;

// Characters that may end a sentence after a URL, dropped from its end.
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '"', '*', '\\', '|']);
/** ASCII codes that may start a trim: TRAILING and the closing brackets. */
const TRAILING_CODE = new Uint8Array(128);
for (const c of [...TRAILING, ')', ']', '}']) TRAILING_CODE[c.charCodeAt(0)] = 1;

export interface TextUrl {
  /** The URL as written (trailing punctuation removed). */
  text: string;
  /** Offset in the input. */
  index: number;
}

export interface TextUrlOptions {
  /** Most URLs returned; the scan stops after this many. */
  maxUrls?: number;
  /** Longest URL kept whole; longer ones are cut here (the scan still skips past the whole run). */
  maxLength?: number;
}

/**
 * @example findTextUrls('詳しくはhttps://example.com/a。またはwww.example.jp') // [{text:'https://example.com/a', index:4}, {text:'www.example.jp', index:30}]
 */
export function findTextUrls(text: string, options: TextUrlOptions = {}): TextUrl[] {
  const maxUrls = options.maxUrls ?? 1000;
  const maxLength = options.maxLength ?? 8192;
  const out: TextUrl[] = [];
  // One shared pattern (this runs for every text and link text): nothing below can re-enter findTextUrls.
  const start = START;
  start.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (out.length < maxUrls && (match = start.exec(text))) {
    const begin = match.index;
    const before = begin > 0 ? charCodeAt.call(text, begin - 1) : 32;
    if (isAsciiAlnum(before)) continue;
    const end = scanUrl(text, begin + match[0].length, match[0].toLowerCase().startsWith('www'));
    start.lastIndex = Math.max(end, begin + match[0].length);
    const url = trimTrailing(text.slice(begin, Math.min(end, begin + maxLength)));
    if (url.length <= match[0].length) continue;
    out.push({ text: url, index: begin });
  }
  return out;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Scans from the start of the host to the end of the URL. */
function scanUrl(text: string, from: number, asciiHostOnly: boolean): number {
  // Host: ASCII URL characters, or Unicode letters and digits (IDN labels), up to the first `/?#`.
  // The length read once: `text.length` in the loops' tests was a megamorphic load per character (texts of every
  // representation come here), ~9 K instructions a message in LoadIC_Megamorphic (session 50).
  const n = text.length;
  let i = from;
  let lastDot = -1;
  let firstNonAsciiAfterDot = -1;
  for (; i < n; i++) {
    const c = charCodeAt.call(text, i);
    if (c === 47 || c === 63 || c === 35 || c === 92) break; // / ? # \
    if (c < 128) {
      if (!URL_ASCII[c]) return hostEnd(i, lastDot, firstNonAsciiAfterDot);
      if (c === 46) {
        lastDot = i;
        firstNonAsciiAfterDot = -1;
      }
      continue;
    }
    if (asciiHostOnly || !isIdnChar(text, i)) return hostEnd(i, lastDot, firstNonAsciiAfterDot);
    if (firstNonAsciiAfterDot < 0) firstNonAsciiAfterDot = i;
  }
  const cut = hostEnd(i, lastDot, firstNonAsciiAfterDot);
  if (cut !== i) return cut;
  // Path, query, fragment: ASCII only — except a file name written in another script at the end of the
  // path (`https://files.example/請求書_2291.rar`), which is part of the URL when it ends in an extension.
  let inPath = true;
  for (; i < n; i++) {
    const c = charCodeAt.call(text, i);
    if (c === 63 || c === 35) inPath = false; // ? #
    if (c >= 128) return inPath ? fileNameEnd(text, i) : i;
    if (!URL_ASCII[c]) break;
  }
  return i;
}

/** Longest file name read past the first non-ASCII character of a path (a file system's usual limit). */
const MAX_FILE_NAME = 255;
const FILE_NAME_ENDING = /\.[A-Za-z0-9]{1,5}$/;

/**
 * Brackets and marks Japanese file names are written with (`【請求書】2291.zip`, `請求書（6月分）.rar`, `見積書・2291.zip`):
 * inside a file name's run they do not end it (session 23). They end no other URL: a run without an extension is not a name.
 */
const NAME_MARKS = new Set([0x3010, 0x3011, 0x3014, 0x3015, 0x300c, 0x300d, 0x300e, 0x300f, 0xff08, 0xff09, 0xff3b, 0xff3d, 0x30fb, 0xff3f, 0xff0d]);
/**
 * A dot and an ASCII extension with a non-ASCII character right after it: where a file name ends when a sentence is glued on
 * (`請求書_2291.rarをダウンロード`, `（…/請求書.zip）`). The extension starts with a letter, or is 7z (`Ver.2です` is no file name).
 */
const GLUED_ENDING = /\.(?:[A-Za-z][A-Za-z0-9]{0,4}|7z)(?=[^\x00-\x7f])/;

/**
 * Where a path whose last segment turns non-ASCII at `from` ends. A URL glued to Japanese text
 * (`https://example.com/aをご覧ください`) ends at `from`; a file name (`請求書_2291.rar`, `Rechnung_März.zip`)
 * is read to its end when the run of letters, digits, URL characters and NAME_MARKS up to the next space or
 * punctuation mark (at most MAX_FILE_NAME characters, no further `/`) ends in a dot and a short ASCII
 * extension, or — a sentence glued on — at its first such extension followed by a non-ASCII character (GLUED_ENDING).
 * Bounded: each URL start looks at most MAX_FILE_NAME characters ahead.
 */
function fileNameEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_FILE_NAME);
  let j = from;
  for (; j < limit; j++) {
    const c = charCodeAt.call(text, j);
    if (c < 128) {
      if (!URL_ASCII[c] || c === 47 || c === 63 || c === 35) break; // a further / ? # ends the file name
    } else if (!isIdnChar(text, j) && !NAME_MARKS.has(c)) break;
  }
  if (j === limit && limit < text.length) return from; // longer than any file name: not one
  const run = trimTrailing(text.slice(from, j));
  if (FILE_NAME_ENDING.test(run)) return from + run.length;
  const glued = GLUED_ENDING.exec(run);
  return glued ? from + glued.index + glued[0].length : from;
}

/**
 * Where the host ends: the last label must start as ASCII (a TLD) and stays ASCII, so `example.comへ`
 * ends before `へ`; a label that starts non-ASCII after a dot is an IDN TLD and is kept.
 */
function hostEnd(i: number, lastDot: number, firstNonAsciiAfterDot: number): number {
  if (firstNonAsciiAfterDot >= 0 && (lastDot < 0 || firstNonAsciiAfterDot > lastDot + 1)) return firstNonAsciiAfterDot;
  return i;
}

// Letters and digits may be IDN label characters; Japanese/CJK punctuation and full-width forms of
// ASCII punctuation end a URL. Hiragana/katakana/kanji are letters, so a host glued to Japanese text
// (`example.comへ`) is cut by the ASCII-last-label rule above, not here.
const IDN_CHAR = /[\p{L}\p{N}\p{M}]/u;
function isIdnChar(text: string, i: number): boolean {
  const c = charCodeAt.call(text, i);
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK symbols and punctuation (、。「」)
  if (c >= 0xff00 && c <= 0xffef) return false; // full-width and half-width forms
  return IDN_CHAR.test(text[i]!);
}

function trimTrailing(url: string): string {
  const n = url.length;
  const lastCode = n > 0 ? url.charCodeAt(n - 1) : 0;
  // Most URLs end in a letter, digit or slash: nothing to trim, nothing to count.
  if (lastCode < 128 && !TRAILING_CODE[lastCode]) return url;
  // Counted once, then adjusted while trimming: linear however many closers a hostile run ends with.
  // Brackets are ASCII, so counting UTF-16 code units counts the same characters as iterating code points.
  let openRound = 0;
  let openSquare = 0;
  let openCurly = 0;
  let closeRound = 0;
  let closeSquare = 0;
  let closeCurly = 0;
  for (let i = 0; i < n; i++) {
    switch (url.charCodeAt(i)) {
      case 0x28: openRound++; break;
      case 0x5b: openSquare++; break;
      case 0x7b: openCurly++; break;
      case 0x29: closeRound++; break;
      case 0x5d: closeSquare++; break;
      case 0x7d: closeCurly++; break;
    }
  }
  let end = n;
  while (end > 0) {
    const last = url[end - 1]!;
    if (TRAILING.has(last)) {
      end--;
      continue;
    }
    if (last === ')' && openRound < closeRound) closeRound--;
    else if (last === ']' && openSquare < closeSquare) closeSquare--;
    else if (last === '}' && openCurly < closeCurly) closeCurly--;
    else break;
    end--;
  }
  return end === n ? url : url.slice(0, end);
}
