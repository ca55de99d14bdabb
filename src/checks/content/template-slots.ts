import { shownText } from '../../mail/shown-text.js';
import { isAscii, lowerCased } from '../../mail/text-chars.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { headRead } from './scam-structure.js';

/**
 * The slots of a mail template — where a mailing tool writes the reader's name, a form's notice the name or user name that was
 * typed in — read for two signs of mail nobody wrote to this reader (issue 17, session 38):
 *
 * CONTENT_TEMPLATE_UNFILLED — a merge field left as written in the template: `Hey {{ FNAME }},`, `Hallo %%firstname%%`,
 * `Bonjour {{FIRST_NAME}}`, `© 2025 {{CompanyName}}`, `*|FNAME|*`, `[FNAME]`, `${firstname}`, a contact form's `[your-subject]`.
 * A sender that knows its reader fills them; a bulk tool run carelessly over a bought list does not. Only merge-field names are read (a name, an address,
 * a company, a place, a subject — not `{{ x }}` or `{$_}`, which a programmer's mail quotes), only in the subject, the sender's
 * name and the shown text (a page's markup keeps its template syntax unshown).
 *
 * CONTENT_NAME_SLOT_LURE — the slot holds the lure instead of a name: a web address or a sum right after the greeting of an
 * account or sign-up notice (`Hi ✅ +$1,733 ➡️ https://forms…`), or as the user name of a "Login Details" notice (`Username:
 * www.x.blogspot.jp - 1.3 BTC`). A sign-up or contact form of a genuine site was filled in with the scam's line, so that the site
 * itself mails it to the address typed in: the site's domain and authentication are real, the words in the slot are not its own.
 * After a greeting only a signed sum (`+$4,811`) or a coin amount counts (a shop's `Hi! $20 off` is an advert's pitch, a
 * colleague's `Hi, https://…` a link shared); a user name may be neither a web address, a blog's host nor a sum.
 *
 * Bounded: the subject, the name and the first MAX_TEXT characters of the shown text; every pattern is alternatives of literals
 * with bounded gaps (linear).
 */
const MAX_TEXT = 6_000;
/** Characters of the text's opening where a notice's greeting or user-name line stands. */
const SLOT_TEXT = 1_500;
/** Characters after the slot's match shown in the evidence. */
const SLOT_EVIDENCE = 60;

/** Merge-field names (case-insensitive): the reader's names and address, the sender's company and address, places, a form's fields. */
const FIELD =
  String.raw`(?:(?:first|last|full|sur|given|family|user|display|customer|company|contact|recipient|member)[ _.-]?name|[fl]name|name|vorname|nachname|nom|prenom|prénom|nome|nombre|e-?mail(?:[ _.-]?address)?|user|username|customer|recipient|company|address|street|city|state|country|zip|postcode|phone|subject|salutation|anrede)`;
/** `campaign.address`, `contact.first_name`: a field of a named object. */
const QUALIFIED = String.raw`(?:[a-z]{2,20}\.)?${FIELD}`;
/**
 * The reader's own fields only, for the syntaxes that ordinary text also writes (`%USERNAME%` is a Windows variable, `[name of
 * the venue]` a note): the names and address a list tool merges in.
 */
const READER_FIELD =
  String.raw`(?:f_?name|l_?name|first_?name|last_?name|full_?name|name|e_?mail|email_?address|company_?name|vorname|nachname|nombre|nome|prenom|prénom)`;
/** The merge fields' ten syntaxes × the field names (see unfilled and unfilledSmall). */
const UNFILLED_SOURCE = [
  String.raw`\{\{\s?${QUALIFIED}\s?\}\}`, // Liquid, Handlebars, Jinja: {{ FNAME }}, {{campaign.address}}
  String.raw`\*\|${QUALIFIED}\|\*`, // Mailchimp: *|FNAME|*
  String.raw`%%${QUALIFIED}%%`, // %%firstname%%
  String.raw`(?<![\w%])%${READER_FIELD}%(?![\w%])`, // %Email%, %FIRSTNAME%
  String.raw`\[\[\s?${QUALIFIED}\s?\]\]`, // [[First Name]]
  String.raw`(?<!\[)\[${READER_FIELD}\](?!\])`, // [FNAME], [Vorname]
  String.raw`##${QUALIFIED}##`, // ##NAME## (not single hashes: `#name#` is a pair of hashtags as often)
  String.raw`\{\$${QUALIFIED}\}`, // {$name}
  String.raw`\$\{${READER_FIELD}\}`, // ${firstname}
  String.raw`\[your-[a-z]{2,20}\]`, // Contact Form 7's mail tags: [your-subject], [your-name]
].join('|');
/**
 * Made on first use (start-up, issue 18): compiling this `giu` pattern of ten syntaxes × the field names was the largest
 * first-use cost of a one-message scan (~11 ms of ~370 on the profile of session 39); UNFILLED_OPENER says when it can match.
 */
let unfilledMade: RegExp | undefined;
const unfilled = (): RegExp => (unfilledMade ??= new RegExp(UNFILLED_SOURCE, 'giu'));
/**
 * The same pattern without `i` or `u`, for ASCII text read in small letters (unfilledFields). Session 48 (issue 18): `iu`
 * makes irregexp fold every literal and class through ICU at its first compile — ~24 M instructions of a one-message scan
 * (4 %) for this pattern and NAME_SLOT together — and most mail is ASCII. On ASCII text the two read the same: the field names
 * are written in small letters, `iu` adds only the long s (ſ) and the Kelvin sign (K) to ASCII letters and `\w`, neither of
 * which ASCII text holds, and lower-casing ASCII keeps every index (template-slots.test.ts compares them on generated texts).
 */
let unfilledSmallMade: RegExp | undefined;
const unfilledSmall = (): RegExp => (unfilledSmallMade ??= new RegExp(UNFILLED_SOURCE, 'g'));

/**
 * What every match of the pattern above holds, as a cheap test without `i` or `u` (start-up: a text without it never compiles
 * the pattern): the opening of one of its ten syntaxes — `{{`, `*|`, `%%`, `[[`, `##`, `{$`, `${`, or a single `%` or `[`
 * followed by the first letter of a READER_FIELD name (c e f l n p v) or of `your-`. Under `iu` those letters match only
 * their ASCII capital and small forms (template-slots.test.ts checks it on every code point), so the test is exact about
 * what it lets through: a text it refuses has no match.
 */
export const UNFILLED_OPENER = /\{\{|\*\||%%|\[\[|##|\{\$|\$\{|%[CEFLNPVceflnpv]|\[[CEFLNPVYceflnpvy]/;

/** The second characters UNFILLED_OPENER takes after a single `%` and a single `[` (CEFLNPV, and Y after `[`, in either case). */
const AFTER_PERCENT = new Set([...'CEFLNPVceflnpv'].map((c) => c.charCodeAt(0)));
const AFTER_BRACKET = new Set([...'CEFLNPVYceflnpvy'].map((c) => c.charCodeAt(0)));
/** Whether the character after each `opener` in `text` is one `next` takes. */
function openerFollowedBy(text: string, opener: string, next: (c: number) => boolean): boolean {
  for (let at = text.indexOf(opener); at >= 0; at = text.indexOf(opener, at + 1)) if (next(text.charCodeAt(at + 1))) return true;
  return false;
}
/**
 * UNFILLED_OPENER.test(text), by its first characters (session 62, issue 18, helper cpu63): every opening starts with one of
 * `{ * % [ # $`, each found by indexOf (a search for one unit, far cheaper than irregexp's walk of the pattern's eight
 * alternatives over every character: ~15 K instructions a message of the SpamAssassin test split), and the character after it
 * read. Past the end, charCodeAt is NaN, which no test takes. The same answer (template-slots.test.ts, on seeded texts).
 */
export function hasUnfilledOpener(text: string): boolean {
  return (
    openerFollowedBy(text, '{', afterBrace) ||
    openerFollowedBy(text, '*', afterStar) ||
    openerFollowedBy(text, '%', afterPercent) ||
    openerFollowedBy(text, '[', afterBracket) ||
    openerFollowedBy(text, '#', afterHash) ||
    openerFollowedBy(text, '$', afterDollar)
  );
}
// Module functions, not closures made per call: `{{` `{$`, `*|`, `%%` `%c…`, `[[` `[c…`, `##`, `${`.
const afterBrace = (c: number): boolean => c === 0x7b || c === 0x24;
const afterStar = (c: number): boolean => c === 0x7c;
const afterPercent = (c: number): boolean => c === 0x25 || AFTER_PERCENT.has(c);
const afterBracket = (c: number): boolean => c === 0x5b || AFTER_BRACKET.has(c);
const afterHash = (c: number): boolean => c === 0x23;
const afterDollar = (c: number): boolean => c === 0x7b;

/** The fields left unfilled in `text` (at most `max`, distinct, as written). */
export function unfilledFields(text: string, max = 4): string[] {
  const found: string[] = [];
  if (!hasUnfilledOpener(text)) return found;
  // ASCII text is read in small letters by the pattern without `i` or `u` (see unfilledSmall), the fields cut from the text as
  // written; any other text by the `giu` pattern.
  const ascii = isAscii(text);
  const UNFILLED = ascii ? unfilledSmall() : unfilled();
  const read = ascii ? text.toLowerCase() : text;
  UNFILLED.lastIndex = 0;
  for (let m = UNFILLED.exec(read); m && found.length < max; m = UNFILLED.exec(read)) {
    const field = ascii ? text.slice(m.index, m.index + m[0].length) : m[0];
    if (!found.includes(field)) found.push(field);
  }
  return found;
}

/** A web address, or a sum of money that is signed or in a coin (the lure's "+$1,733", "1.3409642 BTC"). */
const LINK = String.raw`(?:https?://|www\.)`;
const SIGNED_SUM = String.raw`\+\s?[$€£]\s?\d`;
const COIN_SUM = String.raw`\d[\d.,]{0,14}\s?(?:btc|eth|usdt|usdc|bnb|xrp|sol|trx|ltc)(?![\p{L}\p{N}])`;
const ANY_SUM = String.raw`[+]?\s?[$€£]\s?\d|\d[\d.,]{0,14}\s?(?:[$€£]|usd|eur|btc|eth|usdt|usdc|bnb|xrp|sol|trx|ltc)(?![\p{L}\p{N}])`;
/** Up to four marks between the greeting and the slot's content: punctuation, emoji, arrows (not a letter, digit or sign of money). */
const MARKS = String.raw`[\s,:;!.\-–—]{0,4}(?:[^\p{L}\p{N}\s$€£+]{1,3}\s?){0,4}`;
/** Greetings of a notice, en/de/nl/fr/es/pt/it. */
const GREETING = String.raw`(?:hi|hello|hey|dear|hallo|hoi|beste|bonjour|salut|hola|estimado|estimada|ola|olá|oi|prezado|prezada|ciao|gentile)`;
/** The user-name line of an account notice. */
const USER_LABEL = String.raw`(?:user\s?name|benutzername|gebruikersnaam|nom d'utilisateur|identifiant|nombre de usuario|usuario|nome de usuario|nome de usuário|usuário)`;
/** The name slot's pattern as it reads any text (`iu`; see nameSlot and nameSlotSmall). */
const NAME_SLOT_SOURCE =
  String.raw`(?<![\p{L}\p{N}])${GREETING}${MARKS}(?:${SIGNED_SUM}|${COIN_SUM})` +
  String.raw`|(?<![\p{L}\p{N}])${USER_LABEL}\s?:\s?(?:${LINK}|${ANY_SUM}|[\p{L}\p{N}-]{1,40}\.(?:blogspot|wordpress|weebly|wixsite|tumblr)\.)`;
/** Made on first use (start-up, issue 18: its `iu` compile, with the property classes, was ~3 % of a one-message scan); see NAME_SLOT_SIGNS. */
let nameSlotMade: RegExp | undefined;
const nameSlot = (): RegExp => (nameSlotMade ??= new RegExp(NAME_SLOT_SOURCE, 'iu'));
/**
 * The same pattern without `i` or `u` for ASCII text read in small letters, as unfilledSmall (session 48): on such text `\p{L}`
 * and `\p{N}` are `a-z` and `0-9`, and `iu` adds nothing ASCII text holds (template-slots.test.ts compares them).
 */
let nameSlotSmallMade: RegExp | undefined;
const nameSlotSmall = (): RegExp => (nameSlotSmallMade ??= new RegExp(NAME_SLOT_SOURCE.replaceAll(String.raw`\p{L}\p{N}`, 'a-z0-9')));

/**
 * What every match of NAME_SLOT holds, as cheap tests without `i` or `u` (start-up: a text without them never compiles it):
 * a signed sum's `+` and sign (SIGNED_SUM), a coin's ticker after a digit or its separators (COIN_SUM), or a user-name
 * label's last word before its colon (USER_LABEL). The second test reads the text in small letters with the long s as s:
 * under `iu` the letters of these words match only their ASCII forms, the long s (ſ) and the Kelvin sign (K, which small
 * letters make k) — template-slots.test.ts checks it on every code point.
 */
const NAME_SLOT_SIGNED = /\+\s?[$€£]/;
const NAME_SLOT_WORDS = /[\d.,]\s?(?:btc|eth|usdt|usdc|bnb|xrp|sol|trx|ltc)|(?:name|naam|utilisateur|identifiant|usuario|usuário)\s?:/;
/**
 * NAME_SLOT_WORDS in any case, asked of the text as written before its lower-case copy is made (session 40): only U+0130 and
 * U+212A lower-case to ASCII (clipboard.test.ts checks every code point) and the long s is read as s, so a text without those
 * three holds a NAME_SLOT_WORDS match in small letters exactly when this finds one; a text with one goes on to the copy.
 */
const NAME_SLOT_WORDS_ANY_CASE = /[\d.,]\s?(?:btc|eth|usdt|usdc|bnb|xrp|sol|trx|ltc)|(?:name|naam|utilisateur|identifiant|usuario|usuário)\s?:|[\u0130\u212a\u017f]/i;
/**
 * NAME_SLOT_WORDS' words as trigram lists (head-grams.ts, session 51): a text whose trigrams hold none of them and that has
 * none of ſ, K, İ has no NAME_SLOT_WORDS_ANY_CASE match (`usuário`'s trigram `usu` is read before its accent).
 */
export const NAME_SLOT_GRAMS = gramGate(['btc', 'eth', 'usdt', 'usdc', 'bnb', 'xrp', 'sol', 'trx', 'ltc', 'name', 'naam', 'utilisateur', 'identifiant', 'usuario', 'usu']);
/** `words`: false when the text's trigrams say NAME_SLOT_WORDS_ANY_CASE has no match (NAME_SLOT_GRAMS). */
/** NAME_SLOT_WORDS_ANY_CASE, for the trigram gate's test. */
export const nameSlotWordsAnyCase = (): RegExp => NAME_SLOT_WORDS_ANY_CASE;
export const mayHoldNameSlot = (read: string, words = true): boolean =>
  NAME_SLOT_SIGNED.test(read) || (words && NAME_SLOT_WORDS_ANY_CASE.test(read) && NAME_SLOT_WORDS.test(lowerCased(read).replaceAll('ſ', 's')));

/** The name slot's lure in the subject or the text's opening, as written (trimmed), or null. */
export function nameSlotLure(subject: string, text: string, words = true): string | null {
  const read = `${subject}\n${text.slice(0, SLOT_TEXT)}`;
  // ASCII text is read in small letters by the pattern without `i` or `u` (nameSlotSmall); lower-casing ASCII keeps every index.
  const m = !mayHoldNameSlot(read, words) ? null : isAscii(read) ? nameSlotSmall().exec(lowerCased(read)) : nameSlot().exec(read);
  // The evidence shows the slot's line on from the match (a user name's host and sum follow its first characters).
  return m ? read.slice(m.index, m.index + m[0].length + SLOT_EVIDENCE).split('\n')[0]!.replace(/\s+/g, ' ').trim() : null;
}

/** The two patterns as the check runs them (tests hold the gates above to them). */
export const templateSlotPatterns = (): { unfilled: RegExp; nameSlot: RegExp; nameSlotSmall: RegExp } => ({ unfilled: unfilled(), nameSlot: nameSlot(), nameSlotSmall: nameSlotSmall() });

export function templateSlotsCheck(): Check {
  return {
    name: 'content.template-slots',
    description: "A mail template's merge fields left unfilled, or a form's name slot filled with a link or a sum (a genuine site made to mail a scam)",
    emits: ['CONTENT_TEMPLATE_UNFILLED', 'CONTENT_NAME_SLOT_LURE'],
    run(msg: ParsedMessage): CheckOutput {
      const text = shownText(msg).slice(0, MAX_TEXT);
      const subject = msg.subject.slice(0, 512);
      const name = (msg.from[0]?.name ?? '').slice(0, 256);
      const findings: Finding[] = [];
      // unfilledFields reads nothing further in a text without a syntax's opening (UNFILLED_OPENER).
      const fields = unfilledFields(`${subject}\n${name}\n${text}`);
      if (fields.length > 0) findings.push({ id: 'CONTENT_TEMPLATE_UNFILLED', evidence: `merge fields left unfilled: ${fields.join(', ')}`, data: { fields } });
      // headRead's trigrams are of the whole subject and the shown text's opening, which `read` is a part of.
      const read = headRead(msg);
      const lure = nameSlotLure(subject, text, read.oddLetters || gramsMayMatch(NAME_SLOT_GRAMS, read.grams));
      if (lure) findings.push({ id: 'CONTENT_NAME_SLOT_LURE', evidence: `the name slot holds "${lure}"` });
      return { findings };
    },
  };
}
