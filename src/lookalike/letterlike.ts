/**
 * Letter-like disguises NFKC leaves alone (issue 17): small capitals (`ᴘᴀʏᴍᴇɴᴛ ᴅᴇᴄʟɪɴᴇᴅ`, `ᴘᴀʏᴘᴀʟ`), negative
 * circled and squared letters (`🅿🅰🆈🅿🅰🅻`) read as the Latin letters they show, so brand names and lure words are
 * matched through them. Not regional indicators: in pairs they are flags (`🇪🇸` beside a name is Spain, not `es`).
 * Full-width letters, mathematical alphanumerics and the (non-negative) circled and squared letters already fold
 * under NFKC and are not repeated here.
 *
 * Small capitals are IPA and phonetic-extension letters; `ғ` (Cyrillic ghe with stroke) is the F that small-capital
 * text generators use, as no small capital F existed before U+A730. Letters with no Latin reading (ᴁ, ᴆ, ᴎ) stay.
 */
const SMALL_CAPITALS: Readonly<Record<number, string>> = {
  0x1d00: 'a', 0x0299: 'b', 0x1d04: 'c', 0x1d05: 'd', 0x1d07: 'e', 0xa730: 'f', 0x0493: 'f', 0x0262: 'g', 0x029c: 'h', 0x026a: 'i',
  0x1d0a: 'j', 0x1d0b: 'k', 0x029f: 'l', 0x1d0c: 'l', 0x1d0d: 'm', 0x0274: 'n', 0x1d0f: 'o', 0x1d18: 'p', 0xa7af: 'q', 0x0280: 'r',
  0xa731: 's', 0x1d1b: 't', 0x1d1c: 'u', 0x1d20: 'v', 0x1d21: 'w', 0x028f: 'y', 0x1d22: 'z',
};

/** Any character foldLetterlike changes (a cheap test before the per-character pass). */
const LETTERLIKE = /[\u0262\u026a\u0274\u0280\u028f\u0299\u029c\u029f\u0493\u1d00\u1d04\u1d05\u1d07\u1d0a-\u1d0d\u1d0f\u1d18\u1d1b\u1d1c\u1d20-\u1d22\ua730\ua731\ua7af\u{1f150}-\u{1f169}\u{1f170}-\u{1f189}]/u;

/** Whether `text` holds a letter-like character foldLetterlike reads. */
export function hasLetterlike(text: string): boolean {
  return LETTERLIKE.test(text);
}

/**
 * `text` with small capitals and negative circled/squared letters as lower-case Latin letters; everything else
 * unchanged. Linear, one pass.
 * @example foldLetterlike('ᴘᴀʏᴘᴀʟ 🅿🅰🆈') === 'paypal pay'
 */
export function foldLetterlike(text: string): string {
  if (!LETTERLIKE.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const small = SMALL_CAPITALS[cp];
    if (small !== undefined) out += small;
    else if (cp >= 0x1f150 && cp <= 0x1f169) out += String.fromCharCode(0x61 + cp - 0x1f150); // negative circled A–Z
    else if (cp >= 0x1f170 && cp <= 0x1f189) out += String.fromCharCode(0x61 + cp - 0x1f170); // negative squared A–Z
    else out += ch;
  }
  return out;
}
