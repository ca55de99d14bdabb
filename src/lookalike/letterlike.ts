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
const LETTERLIKE = (() => {
  const u = (cp: number) => `\\u{${cp.toString(16)}}`;
  const singles = Object.keys(SMALL_CAPITALS).map((cp) => u(Number(cp)));
  const ranges = [NEGATIVE_CIRCLED_A, NEGATIVE_SQUARED_A].map((a) => `${u(a)}-${u(a + 25)}`);
  return new RegExp(`[${[...singles, ...ranges].join('')}]`, 'u');
})();

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
    else if (cp >= NEGATIVE_CIRCLED_A && cp <= NEGATIVE_CIRCLED_A + 25) out += String.fromCharCode(0x61 + cp - NEGATIVE_CIRCLED_A);
    else if (cp >= NEGATIVE_SQUARED_A && cp <= NEGATIVE_SQUARED_A + 25) out += String.fromCharCode(0x61 + cp - NEGATIVE_SQUARED_A);
    else out += ch;
  }
  return out;
}

const SMALL_CAPITAL_I = '\u026a';
/** A whole word written in small capitals only (the table's letters), as small-capital text generators write them. */
const SMALL_CAPITAL_WORD = new RegExp(`(?<!\\p{L})[${Object.keys(SMALL_CAPITALS).map((cp) => `\\u{${Number(cp).toString(16)}}`).join('')}]{3,}(?!\\p{L})`, 'gu');
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
  SMALL_CAPITAL_WORD.lastIndex = 0;
  for (let m = SMALL_CAPITAL_WORD.exec(text); m && out.length < 32; m = SMALL_CAPITAL_WORD.exec(text)) {
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
