/** Character classes many readers of text share, below every layer that reads text. */

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * Whether `text` is all ASCII. Many readers take a short way for such text (most mail): it is its own NFC/NFKC form,
 * lower-cases letter for letter, holds no other script and no accents to fold.
 */
export function isAscii(text: string): boolean {
  return ASCII_ONLY.test(text);
}

/**
 * Whether a code unit is a blank as `\s` reads it (ECMAScript's WhiteSpace and LineTerminator; what String#trim and
 * `split(/\s+/u)` cut at). Tested against `\s` on every code unit (src/checks/content/language.test.ts).
 */
export function isBlank(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
