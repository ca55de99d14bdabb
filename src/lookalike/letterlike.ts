import { lazyRegExp } from '../mail/lazy-regexp.js';
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

/** Negative circled (U+1F150–1F169) and negative squared (U+1F170–1F189) capital letters A–Z. */
const NEGATIVE_CIRCLED_A = 0x1f150;
const NEGATIVE_SQUARED_A = 0x1f170;

/** Any character foldLetterlike changes (a cheap test before the per-character pass), built from the table above. */
const LETTERLIKE = lazyRegExp(() => {
  const u = (cp: number) => `\\u{${cp.toString(16)}}`;
  const singles = Object.keys(SMALL_CAPITALS).map((cp) => u(Number(cp)));
  const ranges = [NEGATIVE_CIRCLED_A, NEGATIVE_SQUARED_A].map((a) => `${u(a)}-${u(a + 25)}`);
  return new RegExp(`[${[...singles, ...ranges].join('')}]`, 'u');
});

/** Whether `text` holds a letter-like character foldLetterlike reads. */
export function hasLetterlike(text: string): boolean {
  return LETTERLIKE().test(text);
}

/**
 * `text` with small capitals and negative circled/squared letters as lower-case Latin letters; everything else
 * unchanged. Linear, one pass.
 * @example foldLetterlike('ᴘᴀʏᴘᴀʟ 🅿🅰🆈') === 'paypal pay'
 */
export function foldLetterlike(text: string): string {
  if (!LETTERLIKE().test(text)) return text;
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const small = SMALL_CAPITALS[cp];
    if (small !== undefined) out += small;
    else if (cp >= NEGATIVE_CIRCLED_A && cp <= NEGATIVE_CIRCLED_A + 25) out += String.fromCharCode(0x61 + cp - NEGATIVE_CIRCLED_A);
    else if (cp >= NEGATIVE_SQUARED_A && cp <= NEGATIVE_SQUARED_A + 25) out += String.fromCharCode(0x61 + cp - NEGATIVE_SQUARED_A);
    else out += ch;
  }
  return out;
}

const SMALL_CAPITAL_I = '\u026a';
/** A whole word written in small capitals only (the table's letters), as small-capital text generators write them. */
const SMALL_CAPITAL_WORD = lazyRegExp(() => new RegExp(`(?<!\\p{L})[${Object.keys(SMALL_CAPITALS).map((cp) => `\\u{${Number(cp).toString(16)}}`).join('')}]{3,}(?!\\p{L})`, 'gu'));
/** At most this many ɪ in one word are read both ways (2^4 readings). */
const MAX_I_READINGS = 4;

/**
 * The other readings of the words written in small capitals that hold a small capital I (`ɪ`, U+026A): each ɪ as i
 * or as l, since the lure generators put ɪ, which looks like a capital I, where an l belongs (`ᴅᴇᴄɪɪɴᴇᴅ` is
 * `declined`, beside `ᴅᴇᴄʟɪɴᴇᴅ` written properly). Lower-case Latin, without the written reading (foldLetterlike gives
 * that one). Only words of three or more small capitals and nothing else: IPA writes ɪ among ordinary lower-case letters
 * (`/ˈsɪti/`), which is no such word. At most four ɪ per word and 32 readings in all.
 * @example smallCapitalIReadings('ᴘᴀʏᴍᴇɴᴛ ᴅᴇᴄɪɪɴᴇᴅ') // ['declined', 'decilned', 'decllned']
 */
export function smallCapitalIReadings(text: string): string[] {
  if (!text.includes(SMALL_CAPITAL_I)) return [];
  const out: string[] = [];
  SMALL_CAPITAL_WORD().lastIndex = 0;
  for (let m = SMALL_CAPITAL_WORD().exec(text); m && out.length < 32; m = SMALL_CAPITAL_WORD().exec(text)) {
    const letters = [...m[0]];
    const at = letters.flatMap((ch, i) => (ch === SMALL_CAPITAL_I ? [i] : []));
    if (at.length === 0 || at.length > MAX_I_READINGS) continue;
    const base = letters.map((ch) => SMALL_CAPITALS[ch.codePointAt(0)!]!);
    for (let mask = 1; mask < 1 << at.length && out.length < 32; mask++) {
      const reading = base.slice();
      at.forEach((i, bit) => {
        if (mask & (1 << bit)) reading[i] = 'l';
      });
      out.push(reading.join(''));
    }
  }
  return out;
}

/**
 * Latin letters with a diacritic or a hook that lure generators sprinkle over English words so that no word matches a
 * filter's list (issue 17: `I ḟeel sặd to ḁlert you ąḅout ẵ couple oḟ disheẵrtening news ƒor you`): letters of Latin
 * Extended-A/B and Latin Extended Additional (U+0100–U+024F, U+1E00–U+1EFF), whose base is an ASCII letter. A few
 * hooked letters with no decomposition are read by what they show.
 */
const SPRINKLE_RANGE = /[\u0100-\u024f\u1e00-\u1eff]/;
const SPRINKLE_RANGE_G = /[\u0100-\u024f\u1e00-\u1eff]/g;
const HOOKED: Readonly<Record<string, string>> = { 'ƒ': 'f', 'Ƒ': 'f', 'Ƅ': 'b', 'ƅ': 'b', 'ƀ': 'b', 'đ': 'd', 'Đ': 'd', 'ħ': 'h', 'ŧ': 't', 'ƈ': 'c', 'ƙ': 'k', 'ƥ': 'p', 'ƭ': 't', 'ƴ': 'y', 'ȥ': 'z' };
/** Letters of those ranges inside words of otherwise ASCII letters, from which on a text counts as sprinkled. */
export const SPRINKLED_LETTERS = 8;
const COMBINING = /[\u0300-\u036f]/g;

/** The ASCII letter a sprinkled letter shows, or undefined (œ, ŋ, ĸ and the like have none). */
function sprinkledBase(ch: string): string | undefined {
  const hooked = HOOKED[ch];
  if (hooked) return hooked;
  const base = ch.normalize('NFD').replace(COMBINING, '');
  return base.length === 1 && /[A-Za-z]/.test(base) ? base : undefined;
}

/**
 * `text` with every diacritic removed (Latin-1's too) when at least SPRINKLED_LETTERS letters of the ranges above
 * sit in words that also hold ASCII letters; otherwise `text` itself. No language this project reads writes such
 * letters (Vietnamese, Polish or Czech text read this way only loses accents no term table has), so what is read
 * instead is what the reader sees: `I feel sad to alert you about a couple of disheartening news for you`.
 * @example foldSprinkledDiacritics('ḟeel sặd ḁlert ąḅout oḟ ẵ hāckers ƒor Ƅrowsing') // 'feel sad alert about of a hackers for browsing'
 */
export function foldSprinkledDiacritics(text: string): string {
  if (!SPRINKLE_RANGE.test(text)) return text;
  let sprinkled = 0;
  for (const m of text.matchAll(/[\p{L}]+/gu)) {
    const word = m[0];
    if (!SPRINKLE_RANGE.test(word) || !/[A-Za-z]/.test(word)) continue;
    for (const ch of word) if (SPRINKLE_RANGE.test(ch) && sprinkledBase(ch) !== undefined) sprinkled++;
    if (sprinkled >= SPRINKLED_LETTERS) break;
  }
  if (sprinkled < SPRINKLED_LETTERS) return text;
  return text.replace(SPRINKLE_RANGE_G, (ch) => sprinkledBase(ch) ?? ch).normalize('NFD').replace(COMBINING, '').normalize('NFC');
}
