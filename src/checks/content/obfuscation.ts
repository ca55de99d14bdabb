import type { BrandRegistry } from '../../brands/registry.js';
import { shownText } from '../../mail/shown-text.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';

/**
 * Text written so that word filters do not read it, while a person reads it at once (issue 17, item 6):
 *   - styled letters: words spelt in Unicode's mathematical alphanumerics (𝐋𝐎𝐎𝐊𝐈𝐍𝐆, 𝙍𝙀𝙒𝘼𝙍𝘿) or enclosed
 *     letters (🅱🅾🅽🆄🆂, Ⓦⓘⓝ), which are for formulas and symbols, not for prose (UTS #39 treats them as
 *     confusables; NFKC folds them back, which is how the other checks still read the words);
 *   - lookalike letters inside a word of the subject or sender name: a capital I for an l (`waIIet`,
 *     `ZusteIIung`), a zero for an O in a capitalised word (`IMP0RTANT`), and a brand's name spelt with any of the
 *     confusables the brand registry folds (`Iedger`, `Arnazon`, `0range`: BrandRegistry.lookalikeAlias — a capital I
 *     opening a word is an ordinary capital unless the word is then a brand's name). Letters of another script inside a
 *     Latin word (`hоld` with a Cyrillic о) are FROM_MIXED_SCRIPT_DISGUISE's (src/checks/sender/disguise.ts, more
 *     scripts and the confusables table): one detector, one finding per disguised word;
 *   - words joined by underscores or dots instead of spaces in the subject or sender name
 *     (`Bitcoin__Transfer__0.7495__BTC`, `#Cricket_Wireless_Rewards#`).
 * Each is rare in genuine mail (none in the 4,150 ham messages of the SpamAssassin corpus) and is reported
 * with the words as evidence. Bounded: the text is read up to `MAX_TEXT` characters.
 */

const MAX_TEXT = 8000;
/** Styled letters from which a text counts as written in them (a single decorative 𝐱 in a formula does not). */
export const MIN_STYLED_LETTERS = 5;

/**
 * Mathematical Alphanumeric Symbols (U+1D400–1D7FF), enclosed and squared Latin letters (U+1F130–1F189), circled Latin
 * letters (U+24B6–24E9), and small capitals (`ᴘᴀʏᴍᴇɴᴛ`) except those IPA writes in ordinary pronunciations (ɪ ʏ ʀ ɴ ɢ):
 * a dictionary's "/ˈɪn.fəʊ/" is not a disguise.
 */
const STYLED = /[\u{1D400}-\u{1D7FF}\u{1F130}-\u{1F189}\u{24B6}-\u{24E9}\u1D00\u1D04\u1D05\u1D07\u1D0A-\u1D0D\u1D0F\u1D18\u1D1B\u1D1C\u1D20-\u1D22\uA730\uA731\u0299\u029C\u029F]/gu;
/** A capital I inside a word that starts lower case (`waIIet`), or a doubled II between lower-case letters (`ZusteIIung`); camel case (`WordInfo`) is neither. */
const I_FOR_L = /(?<![\p{L}\p{N}])(?:\p{Ll}+I+\p{Ll}+|\p{Lu}?\p{Ll}+II+\p{Ll}+)(?![\p{L}\p{N}])/gu;
/** A capitalised word of at least 4 letters with a 0 in place of an O (`C0NFIRMATI0N`), and no other digit. */
const ZERO_FOR_O = /(?<![\p{L}\p{N}])(?=[A-Z0]*0)(?=(?:[A-Z0]*[A-Z]){4})[A-Z0]{5,}(?![\p{L}\p{N}])/gu;
/**
 * A word spelt with its letters spread apart (session 29): five or more single Latin letters each followed by one space or
 * one invisible joiner (combining grapheme joiner, zero-width space/joiners, word joiner, soft hyphen), as in a sender
 * name `E n t r e g a fallida` or `E͏q͏u͏i͏p͏e͏ d͏e͏ n͏u͏v͏e͏m`: the reader sees the word, a word filter sees letters.
 */
const SPREAD_LETTERS = /(?<![\p{L}\p{N}])\p{Script=Latin}(?:[ \u034F\u200B-\u200D\u2060\u00AD]\p{Script=Latin}){4}/u;
/** Three or more words joined by runs of `_` or by `.` with no space anywhere. */
const JOINED = /^[^\p{L}\p{N}]*[\p{L}\p{N}]+(?:(?:_+|\.)[\p{L}\p{N}]+){2,}[^\p{L}\p{N}]*$/u;

export interface ObfuscationFacts {
  styledLetters: number;
  lookalikeWords: string[];
  joined: string[];
}

/**
 * A word of Latin letters and ASCII digits (a lookalike brand name mixes them: `0range`, `Micr0soft`). Latin only: letters of
 * another script inside the word (`Lеdgеr` with Cyrillic е) are FROM_MIXED_SCRIPT_DISGUISE's, one finding per disguise.
 */
const HEAD_WORD = /(?<![\p{L}\p{N}])[\p{Script=Latin}0-9]+(?![\p{L}\p{N}])/gu;

export function obfuscationFacts(msg: ParsedMessage, brands?: BrandRegistry): ObfuscationFacts {
  const name = msg.from[0]?.name ?? '';
  const head = `${msg.subject}\n${name}`.slice(0, 2000);
  const text = `${head}\n${shownText(msg).slice(0, MAX_TEXT)}`;
  const styledLetters = text.match(STYLED)?.length ?? 0;
  const lookalikeWords = new Set<string>();
  // exec loops, not matchAll: matchAll makes a copy of the pattern (a new RegExp) and an iterator per call.
  I_FOR_L.lastIndex = 0;
  for (let m = I_FOR_L.exec(head); m; m = I_FOR_L.exec(head)) lookalikeWords.add(m[0]);
  ZERO_FOR_O.lastIndex = 0;
  for (let m = ZERO_FOR_O.exec(head); m; m = ZERO_FOR_O.exec(head)) lookalikeWords.add(m[0]);
  if (brands) {
    HEAD_WORD.lastIndex = 0;
    for (let m = HEAD_WORD.exec(head); m && lookalikeWords.size < 5; m = HEAD_WORD.exec(head)) {
      if (brands.lookalikeAlias(m[0])) lookalikeWords.add(m[0]);
    }
  }
  const joined: string[] = [];
  for (const field of [msg.subject.trim(), name.trim()]) {
    // Dots alone join host names and version numbers (`www.spamassassin.org`, `v2.3.1`): only underscores, or
    // dots between words of letters not ending in a lower-case top-level domain, count.
    if (field && !/\s/.test(field) && JOINED.test(field) && (field.includes('_') || DOTTED_WORDS.test(field)) && !/^[\w.-]+\.[a-z]{2,}$/.test(field)) {
      joined.push(field.slice(0, 80));
    } else if (SPREAD_LETTERS.test(field)) {
      joined.push(field.slice(0, 80));
    }
  }
  return { styledLetters, lookalikeWords: [...lookalikeWords].slice(0, 5), joined };
}

/**
 * Words of letters joined by dots (`Your.Account.Is.Suspended`). Tried from a run of letters' first letter only (the
 * look-behind): from every letter, a subject of one long word without a dot was read to its end again and again (8 KB of
 * Cyrillic а: 2 s; 32 KB: 24 s). A match can only start where its letters start, so it finds the same subjects.
 * Not exported: a module-level pattern that is not exported is made on first use by the one-message CLI's build
 * (src/runtime/lazy-patterns.ts), and a scan rarely needs this one; tests reach it through dottedWords().
 */
const DOTTED_WORDS = /(?<!\p{L})\p{L}{2,}\.\p{L}{2,}\.[\p{L}\p{N}]+\.[\p{L}\p{N}]/u;
/** DOTTED_WORDS, for tests. */
export const dottedWords = (): RegExp => DOTTED_WORDS;

export function obfuscationCheck(brands?: BrandRegistry): Check {
  return {
    name: 'content.obfuscation',
    description: 'Words hidden from word filters: styled Unicode letters, lookalike letters inside words, words joined by underscores',
    emits: ['CONTENT_STYLED_LETTERS', 'CONTENT_LOOKALIKE_LETTERS', 'CONTENT_WORDS_JOINED'],
    run(msg: ParsedMessage): CheckOutput {
      const facts = obfuscationFacts(msg, brands);
      const findings: Finding[] = [];
      if (facts.styledLetters >= MIN_STYLED_LETTERS) {
        findings.push({ id: 'CONTENT_STYLED_LETTERS', evidence: `${facts.styledLetters} styled letters`, data: { letters: facts.styledLetters } });
      }
      if (facts.lookalikeWords.length) {
        findings.push({ id: 'CONTENT_LOOKALIKE_LETTERS', evidence: facts.lookalikeWords.join(', '), data: { words: facts.lookalikeWords } });
      }
      if (facts.joined.length) findings.push({ id: 'CONTENT_WORDS_JOINED', evidence: facts.joined.join('; '), data: { fields: facts.joined } });
      return { findings };
    },
  };
}
