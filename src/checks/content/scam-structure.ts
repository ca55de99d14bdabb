import { createHash } from 'node:crypto';
import { parse as parseDomain } from 'tldts';
import { isIpLiteral } from '../../links/ip.js';
import { ipNamedHost } from '../../links/ip-named-host.js';
import { senderRegistrable } from '../../links/registrable.js';
import { shownText } from '../../mail/shown-text.js';
import { termAlternation } from '../../mail/term-alternation.js';
import { codePointBefore, isAscii, lowerCased, normalized, oneByteIfLatin1, rememberingLast } from '../../mail/text-chars.js';
import type { ParsedMessage } from '../../mail/types.js';
import { readQrCodesOnce, type QrLimits } from '../../files/qr/read.js';
import { letterPasswords } from '../attachments/passwords.js';
import { skeletonOfChar } from '../../lookalike/skeleton.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { base58Decode, BECH32_CHARS, cashAddrValid, eip55, moneroValid, RIPPLE_BASE58, solanaKey, stellarValid } from './coin-address.js';
import { gramGate, gramsMayMatch, gramTable, newGramStamp } from './head-grams.js';
import { isFreemail } from '../sender/freemail.js';
import { IMAGE_LURE_MAX_TEXT, ownLettersAtMost } from './image-lure.js';
import { CALLBACK_PRETEXT_TERMS, CRYPTO_CLAIM_TERMS, DONATION_ASK_TERMS, EXTORTION_THREAT_ROWS, STRUCTURE_WARNING_TERMS } from './terms.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';

/**
 * Two scams by their structure rather than their words (issue 17, session 20), which the term tables cannot give:
 *
 * CONTENT_CALLBACK_CHARGE — the fake invoice, antivirus renewal or order confirmation whose only way to act is a phone
 * number: a number to call (a `tel:` link, or digits written after a call word in any of the corpus languages), a sum of
 * money, the charge disowned or to be cancelled ("if you did not authorise this … call", "to cancel this order, call"; the
 * CALLBACK_PRETEXT_TERMS rows) and **no web link to act on** (an unsubscribe link and pictures do not count). A shop's real
 * order confirmation links to the order; a bill or a booking does not disown its charge; a meeting's dial-in has no sum.
 *
 * CONTENT_CRYPTO_EXTORTION — a valid cryptocurrency address (Bitcoin legacy and segwit by their Base58Check checksum, bech32
 * and bech32m by theirs, TRON by Base58Check, Ethereum by its form) and the extortion's threat (EXTORTION_THREAT_ROWS, ≥ 4:
 * the video sent to the reader's contacts, the data published, "I recorded you", a deadline in hours) — the sextortion and
 * data-extortion letter. An exchange's deposit notice and a donation page give an address without a threat.
 *
 * CONTENT_DONATION_TO_WALLET — (session 24) a valid address, a donation asked for (DONATION_ASK_TERMS) and **no web link to act
 * on**: the fake charity after a disaster or a war whose only way to give is the wallet. A real charity's appeal links to its
 * own donation page (where it may well publish a wallet address too); an exchange's deposit notice asks for no donation.
 *
 * None in a text that describes the scam (STRUCTURE_WARNING_TERMS: "scam", "do not pay", Betrug, arnaque, 詐欺 …).
 * Bounded: the subject and the first MAX_TEXT characters of the shown text; at most MAX_CANDIDATES addresses, phone numbers
 * and web links looked at. Most mail stops at the first test (a web link, no digits after a call word, no address).
 */
const MAX_TEXT = 20_000;
const MAX_CANDIDATES = 8;
/** Characters before a phone number where its call word must be ("call us now at", "rufen Sie uns an unter"). */
const CALL_NEAR = 80;
const THREAT_MIN = 4;

const ACCENTS = /[\u0300-\u036f]/g;
/**
 * The folded text the tables are written in: NFKC (full-width digits and ¥), lower case, Latin accents removed. An ASCII
 * text (most mail) is its own NFKC, NFD and NFC form and has no accent or ’ to take out: lower case is all that is left,
 * without the three normalisations' passes and copies (session 38).
 */
export const foldText = rememberingLast(function foldText(text: string): string {
  if (isAscii(text)) return lowerCased(text);
  // Two-byte after NFD whatever is left: held one byte a character when it can be (oneByteIfLatin1).
  return oneByteIfLatin1(normalized(normalized(lowerCased(normalized(text, 'NFKC')), 'NFD').replace(ACCENTS, ''), 'NFC').replace(/’/g, "'"));
});

/** Greek, Cyrillic, Armenian and Cherokee letters, and phonetic small letters: the alphabets a disguised Latin word borrows from. */
const BORROWED = /[\u0370-\u058f\u13a0-\u13ff\u1d00-\u1dbf]/gu;
/**
 * A letter of another alphabet read as the Latin letter it looks like ("уοսr ⅾеⅴісеѕ" → "your devices"; the skeleton's
 * table, UTS 39), where it looks like one. For the extortion's threat only (a text with a valid address: rare), where the
 * honeypot shows whole letters written so; the corpus languages are Latin or Japanese, so no genuine word is changed.
 */
function readBorrowedLetters(folded: string): string {
  return folded.replace(BORROWED, (ch) => {
    const latin = skeletonOfChar(ch);
    return /^[a-z]$/.test(latin) ? latin : ch;
  });
}

const HAS_LATIN = /[a-z0-9]/;
/**
 * One pattern for a list of terms: Latin ones as whole words, Japanese ones as substrings. Alternatives of literals, written
 * as a tree of their shared beginnings (termAlternation: the same matches as the flat list, fewer tests a position): linear.
 * `flags`: `gu` for termsIn's walks; `u` for a caller that asks for the first match only (payout-claim.ts).
 */
export function termPattern(terms: readonly string[], flags = 'gu'): RegExp {
  const words = terms.filter((t) => HAS_LATIN.test(t));
  const others = terms.filter((t) => !HAS_LATIN.test(t));
  // Not inside an address or a host name ("phishing@pot", "scam.example"): a word there is no word of the letter.
  const parts = [...(words.length ? [`(?<![\\p{L}\\p{N}@.])(?:${termAlternation(words)})(?![\\p{L}\\p{N}@]|\\.\\p{L})`] : []), ...(others.length ? [termAlternation(others)] : [])];
  return new RegExp(parts.join('|'), flags);
}

/** The distinct terms of `re` found in `text` (at most `max`), in the order they stand. */
function termsIn(re: RegExp, text: string, max = 12): string[] {
  const found: string[] = [];
  re.lastIndex = 0;
  // exec, not matchAll (a copy of the pattern and an iterator per call); no pattern here matches the empty string.
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0].replace(/\s+/g, ' ');
    if (!found.includes(t)) found.push(t);
    if (found.length >= max) break;
  }
  return found;
}

// Made on first use: each is a long alternation that V8 parses when it is made, and only a message that passed the cheap
// gates below (a currency and no action link; a valid wallet address) reads them — a one-message scan mostly never does.
let warning: RegExp | undefined;
let pretext: RegExp | undefined;
let threat: RegExp | undefined;
let threatWeight: Map<string, number> | undefined;
let donation: RegExp | undefined;
const DONATION = (): RegExp => (donation ??= termPattern(DONATION_ASK_TERMS));
let cryptoClaimCall: RegExp | undefined;
const CRYPTO_CLAIM_CALL = (): RegExp => (cryptoClaimCall ??= termPattern(CRYPTO_CLAIM_TERMS));
const WARNING = (): RegExp => (warning ??= termPattern(STRUCTURE_WARNING_TERMS));

/**
 * Whether the folded text warns about the scheme (STRUCTURE_WARNING_TERMS) — not counting the scammer's own reassurance:
 * "this is not a scam", "das ist kein Betrug", "ce n'est pas une arnaque", "esto no es una estafa", "não é um golpe" name the
 * warning's word right after a negation, and a letter that says so must not be read as a warning about itself (it would
 * switch the structure off: an evasion in one sentence). A negation counts when it stands within three short words
 * (copula, article) before the term.
 */
export function warnsAboutScheme(folded: string): boolean {
  const re = WARNING();
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const before = folded.slice(Math.max(0, m.index - 40), m.index);
    if (!negatedBefore(before) && !UNABLE_BEFORE.test(before)) return true;
  }
  return false;
}

/**
 * Session 58 (scam58): the writer's own inability, "ich kann von hier aus nicht zahlen", "ik kan van hieruit niet betalen" (the
 * romance's "I cannot pay from here, please pay for me"), holds the warning's "nicht zahlen" / "niet betalen" and warns of
 * nothing: the first person's "kann" / "kan" in the same clause before it.
 */
const UNABLE_BEFORE = /\b(?:ich kann|kann ich|ik kan|kan ik)\b[^.!?,;]{0,30}$/;

const NEGATIONS = new Set(['not', 'no', "isn't", 'isnt', 'kein', 'keine', 'keinen', 'pas', 'nao', 'non', 'geen', 'niet', 'nicht', 'never', 'nunca', 'jamais', 'mai']);
const FILLERS = new Set(['is', 'es', 'e', 'est', 'ist', 'it', 'this', 'a', 'an', 'un', 'une', 'um', 'uma', 'una', 'ein', 'eine', 'einen', 'een', "d'", 'de', 'der', 'die', 'das', 'sera', 'will', 'be']);
function negatedBefore(before: string): boolean {
  const words = before.split(/[^\p{L}']+/u);
  // The last piece is what stands right before the term (empty when a blank does); walk back over at most three fillers.
  for (let i = words.length - 1, fillers = 0; i >= 0 && fillers <= 3; i--) {
    const w = words[i]!;
    if (w === '') continue;
    if (NEGATIONS.has(w)) return true;
    if (!FILLERS.has(w)) return false;
    fillers++;
  }
  return false;
}
const PRETEXT = (): RegExp => (pretext ??= termPattern(CALLBACK_PRETEXT_TERMS));
const THREAT = (): RegExp => (threat ??= termPattern(EXTORTION_THREAT_ROWS.map(([, t]) => t)));
const THREAT_WEIGHT = (): Map<string, number> => (threatWeight ??= new Map(EXTORTION_THREAT_ROWS.map(([w, t]) => [t, w])));

// ── the callback charge ────────────────────────────────────────────────────────────────────────────────────────────

/**
 * A phone number as written: an optional +, 9–15 digits in groups of blanks, dashes, dots, slashes or brackets. Not glued
 * to a Latin letter or a digit (a reference such as "AB1234567890"); Japanese writes the number between kana and kanji
 * (「お電話は0120-123-456まで」), so those may touch it (session 21).
 */
const PHONE = /(?<![\p{Script=Latin}\p{N}+.,])\+?\(?\d[\d ().\/-]{7,22}\d(?![\p{Script=Latin}\p{N}]|[.,]\d)/gu;
/** A date or a time range is no phone number ("02.06.2025", "2025-06-02"). */
const DATE_LIKE = /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b/;
/** The word that makes digits a number to call (folded text), en de fr es pt nl it ja. */
const CALL_WORD =
  /(?<![\p{L}\p{N}])(?:call|calling|phone|dial|tel|telephone|hotline|helpline|toll[- ]free|contact|reach|support line|help desk|helpdesk|customer service|customer care|anrufen|rufen|telefon|telefonisch|rufnummer|kontaktieren|erreichen|kundenservice|appelez|appeler|contactez|joindre|service client|llame|llamar|llamenos|telefono|contacte|atencion al cliente|ligue|ligar|telefone|contate|contato|central de atendimento|bel|bellen|telefoon|telefoonnummer|klantenservice|chiami|chiamare|chiamaci|contatti|contattare|contattaci|servizio clienti)(?![\p{L}\p{N}])|電話|フリーダイヤル|☎|📞/u;
/**
 * Session 21: the call word after the number, where the language puts the verb last — Japanese 「0120-123-456 までお電話
 * ください」「（050-1234-5678）へご連絡を」, German "unter 0800 123 456 anrufen", Dutch "0800-1234 bellen". Only the particle or
 * the few characters a bracket, a colon, a short aside (「（通話無料）」) or 「まで」 take between (CALL_AFTER_NEAR): a number followed by its call verb a
 * sentence later is a list of numbers, not this one to call.
 */
const CALL_AFTER_NEAR = 28;
const CALL_AFTER = /^[\s)）」』\]】:：]{0,3}(?:[(（][^()（）\n]{0,10}[)）]\s?)?(?:(?:まで|へ|に|にて|より)\s?(?:お電話|ご電話|電話|ご連絡|お問い合わせ|お問合せ|お問合わせ|ご相談|お申し出|お申し付け|コール)|(?:anrufen|bellen|te bellen)(?![\p{L}\p{N}]))/u;
/**
 * A sum of money: a currency sign or code before a number ("us$", "r$", "usd", "€" in the folded text) or after one ("€",
 * "円", "euros"). The number is read loosely (a digit, then at most 14 digits, separators and blanks): only whether there
 * is a sum matters. Two patterns, each start reading at most ~25 characters.
 */
const MONEY_BEFORE = /(?:(?<![\p{L}\p{N}])(?:us|ca|au|r)?\$|[€£¥₹]|(?<![\p{L}\p{N}])(?:usd|eur|gbp|chf|jpy|brl|cad|aud)(?!\p{L}))\s?\d[\d., ]{0,14}/u;
const MONEY_AFTER = /(?<![\p{L}\p{N}.,])\d[\d., ]{0,14}?(?:€|£|円|(?:eur|euros?|usd|dollars?|gbp|chf|reais|jpy)(?!\p{L}))/u;
/** Any currency sign or code, in the text as written (a test before the text is folded). */
const CURRENCY_ANY = /[$€£¥₹円＄￥]|\b(?:usd|eur|gbp|chf|jpy|brl|cad|aud|euros?|dollars?|reais)\b/i;
/** A web address written in the text. */
const WEB = /https?:\/\/|(?<![\p{L}\p{N}.@])www\./giu;
/** What an opt-out link says (its address or text), and the words before an opt-out address written in the text. */
const OPT_OUT = /unsubscribe|opt[- ]?out|abmelden|abbestellen|desinscri|desabonn|darse de baja|descadastr|afmelden|uitschrijven|disiscri|配信停止|登録解除/i;

export interface CallbackCharge {
  phone: string;
  amount: string;
  pretext: string[];
}

/** A web link (http, https or protocol-relative) the reader could act on: not an opt-out, a mail address or a phone number. */
function hasActionLink(msg: ParsedMessage, text: string): boolean {
  return !actionLinks(msg, text).next().done;
}

/**
 * The web links the reader could act on, in order: the HTML's anchors, areas and forms to a web address, then web addresses
 * written in `text`, neither an opt-out (by its address or text, or the words around an address written out). Each is yielded
 * as its address (a written one up to the first blank, quote or bracket); past MAX_CANDIDATES written addresses looked at, one
 * `null` ends it — so many are a link to act on, whatever they are.
 */
function* actionLinks(msg: ParsedMessage, text: string): Generator<string | null> {
  for (const link of msg.htmlFacts.links) {
    if (link.kind !== 'a' && link.kind !== 'area' && link.kind !== 'form') continue;
    const href = link.href.trim();
    if (!/^(?:https?:)?\/\/|^www\./i.test(href)) continue;
    if (OPT_OUT.test(href) || OPT_OUT.test(link.text)) continue;
    yield href;
  }
  let looked = 0;
  WEB.lastIndex = 0;
  for (let m = WEB.exec(text); m; m = WEB.exec(text)) {
    if (++looked > MAX_CANDIDATES) {
      yield null;
      return;
    }
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    if (OPT_OUT.test(text.slice(Math.max(lineStart, m.index - 120), lineEnd < 0 ? undefined : Math.min(lineEnd, m.index + 200)))) continue;
    yield text.slice(m.index, m.index + 300).split(/[\s<>"')\]]/)[0]!;
  }
}

/**
 * The first phone number to call: a `tel:` link, digits written at most CALL_NEAR characters after a call word, or digits
 * right before one where the language puts it last (CALL_AFTER).
 */
export function phoneToCall(msg: ParsedMessage, folded: string): string | null {
  return telLink(msg.htmlFacts.links.map((l) => l.href)) ?? phoneWritten(folded);
}

/** The first `tel:` address of `hrefs` with 7–15 digits, without its scheme. */
function telLink(hrefs: readonly string[]): string | null {
  for (const href of hrefs) {
    if (/^tel:/i.test(href.trim())) {
      const digits = href.replace(/\D/g, '');
      if (digits.length >= 7 && digits.length <= 15) return href.trim().slice(4);
    }
  }
  return null;
}

/** The first number written in `folded` at most CALL_NEAR characters after a call word, or right before one (CALL_AFTER). */
function phoneWritten(folded: string): string | null {
  let looked = 0;
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(folded); m; m = PHONE.exec(folded)) {
    if (++looked > MAX_CANDIDATES * 4) break;
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 9 || digits.length > 15 || DATE_LIKE.test(m[0]) || /^(\d)\1+$/.test(digits)) continue;
    if (CALL_WORD.test(folded.slice(Math.max(0, m.index! - CALL_NEAR), m.index!))) return m[0].trim();
    const end = m.index! + m[0].length;
    if (CALL_AFTER.test(folded.slice(end, end + CALL_AFTER_NEAR))) return m[0].trim();
  }
  return null;
}

/** The subject and the first MAX_TEXT characters of the shown text: what both scams are read in. */
function headText(msg: ParsedMessage): string {
  return `${msg.subject}\n${shownText(msg).slice(0, MAX_TEXT)}`;
}

/**
 * The callback charge's parts in `msg` (`raw`: its headText), or null (see the module's comment). `linked`: hasActionLink(msg,
 * raw) when the caller has asked it already.
 */
export function callbackCharge(msg: ParsedMessage, raw = headText(msg), linked?: boolean): CallbackCharge | null {
  // Cheapest and most decisive first: most mail has a web link to act on (found at its first HTML anchor, or by a pattern
  // irregexp skips through), or no currency at all (a pattern read at every character: session 49, ~4.5 ns a character).
  if ((linked ?? hasActionLink(msg, raw)) || !CURRENCY_ANY.test(raw)) return null;
  const folded = foldText(raw);
  const amount = MONEY_BEFORE.exec(folded) ?? MONEY_AFTER.exec(folded);
  if (!amount) return null;
  const phone = phoneToCall(msg, folded);
  if (!phone) return null;
  const pretextTerms = termsIn(PRETEXT(), folded, 4);
  if (pretextTerms.length === 0) return null;
  if (warnsAboutScheme(folded)) return null;
  return { phone, amount: amount[0].trim(), pretext: pretextTerms };
}

/**
 * Session 64 (scam65): the callback charge written in an attached document (a PDF or Word invoice or renewal under a body of a few
 * words, which the body's reading never sees): a sum, a number to call (written after a call word, or the document's own `tel:`
 * link), and the charge disowned or to be cancelled — CALLBACK_PRETEXT_TERMS, or `callbackWords` (the callback-scam terms the
 * document's words reached, attachments/analyze.ts) — with no web link to act on in the message or the document (a real shop's
 * invoice points to its portal), and not in a text that describes the scam. `documentText`: what the document shows; `hrefs`: its
 * links (a PDF's URI actions).
 */
export function callbackChargeInDocument(msg: ParsedMessage, documentText: string, hrefs: readonly string[], callbackWords: boolean): CallbackCharge | null {
  const raw = documentText.slice(0, MAX_TEXT);
  if (!CURRENCY_ANY.test(raw) || hrefs.some((h) => /^(?:https?:)?\/\/|^www\./i.test(h.trim()) && !OPT_OUT.test(h))) return null;
  if (hasActionLink(msg, headText(msg)) || !actionLinks(msg, raw).next().done) return null;
  const folded = foldText(raw);
  const amount = MONEY_BEFORE.exec(folded) ?? MONEY_AFTER.exec(folded);
  if (!amount) return null;
  const phone = phoneWritten(folded) ?? telLink(hrefs);
  if (!phone) return null;
  const pretextTerms = termsIn(PRETEXT(), folded, 4);
  if (pretextTerms.length === 0 && !callbackWords) return null;
  if (warnsAboutScheme(folded)) return null;
  return { phone, amount: amount[0].trim(), pretext: pretextTerms };
}

// ── the crypto extortion ───────────────────────────────────────────────────────────────────────────────────────────

/**
 * A candidate address: Bitcoin legacy (1…, 3…: 25–35 Base58 characters), TRON (T + 33), bech32 segwit (bc1, either case
 * throughout), Ethereum and its tokens (0x + 40 hex; BNB Smart Chain's are the same); session 21: Litecoin (L…, M… and
 * ltc1), Dogecoin (D + 33) and Monero (4… or 8…, 95 characters; 4…, 106 integrated); session 22: XRP's classic address
 * (r + 24–34 of Ripple's Base58) and Cardano's Shelley address (addr1 + 53–98 bech32 characters, lower case as wallets
 * write it); session 23: Bitcoin Cash's CashAddr (q… or p…, 42 bech32 characters: the `bitcoincash:` before it is left
 * out of the candidate, its checksum covers the prefix anyway), Stellar's account (G + 55, muxed M + 68, base32) and XRP's
 * X-address (X + 46 of Ripple's Base58: the account and its tag in one). Bounded repeats, each start reads at most 106
 * characters.
 */
const ADDRESS_FORMS =
  '(?:[13][1-9A-HJ-NP-Za-km-z]{24,34}|r[1-9A-HJ-NP-Za-km-z]{24,34}|addr1[02-9ac-hj-np-z]{53,98}|T[1-9A-HJ-NP-Za-km-z]{33}|bc1[02-9ac-hj-np-z]{11,71}|BC1[02-9AC-HJ-NP-Z]{11,71}|ltc1[02-9ac-hj-np-z]{11,71}|LTC1[02-9AC-HJ-NP-Z]{11,71}|[LM][1-9A-HJ-NP-Za-km-z]{26,33}|D[1-9A-HJ-NP-Za-km-z]{33}|[48][1-9A-HJ-NP-Za-km-z]{94}|4[1-9A-HJ-NP-Za-km-z]{105}|0x[0-9a-fA-F]{40}|[qp][02-9ac-hj-np-z]{41}|[QP][02-9AC-HJ-NP-Z]{41}|G[A-Z2-7]{55}|M[A-Z2-7]{68}|X[1-9A-HJ-NP-Za-km-z]{46})';
/**
 * A candidate as a whole. Every form is made of ASCII letters and digits only, and a candidate is never inside a longer run
 * of them (the look-behind and look-ahead of the pattern until session 29): the candidates are exactly the runs of ASCII
 * letters and digits of a text that match a form whole. walletAddresses reads the runs by character codes and tries the
 * pattern only on those of ADDRESS_MIN..ADDRESS_MAX characters (the pattern, tried at every character, was ~1 % of a scan).
 */
const ADDRESS_RUN = lazyRegExp(() => new RegExp(`^${ADDRESS_FORMS}$`));
/** The shortest form (bc1 + 11) and the longest (an integrated Monero address, 4 + 105). */
const ADDRESS_MIN = 14;
const ADDRESS_MAX = 106;
/**
 * A Solana key's shape: 32–44 Base58 characters, not inside a URL's path or query (a token there is no address). Read only
 * in a text that names the coin (SOLANA_NAMED): the shape has no checksum — and (session 24) by cryptoExtortion in a text that
 * names a payment in crypto (CRYPTO_PAYMENT), where the threat must then be found too.
 */
const SOLANA_CANDIDATE = /(?<![A-Za-z0-9/=?&#@_%+.-])[1-9A-HJ-NP-Za-km-z]{32,44}(?![A-Za-z0-9/=?&#@_%+-])/g;
const SOLANA_NAMED = /\bsolana\b|\bSOL\b|\bphantom\b|ソラナ/i;

/**
 * Base58Check: 25 bytes, the last four the first four of the double SHA-256 of the rest, the version one of `versions`
 * (XRP's classic address is the same in Ripple's alphabet, version 0).
 */
function base58Check(s: string, versions: readonly number[], alphabet?: string): boolean {
  const b = base58Decode(s, alphabet);
  return !!b && b.length === 25 && versions.includes(b[0]!) && checksumHolds(b);
}

/** The last four bytes are the first four of the double SHA-256 of the rest (Base58Check's checksum). */
function checksumHolds(b: Uint8Array): boolean {
  const n = b.length - 4;
  const once = createHash('sha256').update(b.subarray(0, n)).digest();
  const twice = createHash('sha256').update(once).digest();
  return twice[0] === b[n] && twice[1] === b[n + 1] && twice[2] === b[n + 2] && twice[3] === b[n + 3];
}

/**
 * XRP's X-address (session 23, XLS-5d): Base58Check in Ripple's alphabet of 35 bytes — the main net's prefix 0x05 0x44,
 * the 20-byte account, a flag (0: no tag, 1: a 32-bit tag) and eight bytes of tag.
 */
function xAddressValid(s: string): boolean {
  const b = base58Decode(s, RIPPLE_BASE58);
  return !!b && b.length === 35 && b[0] === 0x05 && b[1] === 0x44 && b[22]! <= 1 && checksumHolds(b);
}

/** Bech32 (BIP 173) or bech32m (BIP 350) checksum of a `bc1`, `ltc1` or Cardano `addr1` address (the polymod reads any length). */
function bech32Valid(address: string): boolean {
  const s = address.toLowerCase();
  const sep = s.lastIndexOf('1');
  const hrp = s.slice(0, sep);
  const values: number[] = [];
  for (const c of hrp) values.push(c.charCodeAt(0) >> 5);
  values.push(0);
  for (const c of hrp) values.push(c.charCodeAt(0) & 31);
  for (const c of s.slice(sep + 1)) {
    const v = BECH32_CHARS.indexOf(c);
    if (v < 0) return false;
    values.push(v);
  }
  const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ GEN[i]!) >>> 0;
  }
  return chk === 1 || chk === 0x2bc830a3;
}

export interface WalletAddress {
  coin: 'BTC' | 'TRON' | 'ETH' | 'LTC' | 'DOGE' | 'XMR' | 'SOL' | 'XRP' | 'ADA' | 'BCH' | 'XLM';
  address: string;
}

/** The coin of a candidate of ADDRESS whose checksum (or, for an Ethereum address in one case, whose form) holds; else null. */
function coinOf(a: string): WalletAddress['coin'] | null {
  switch (a[0]) {
    case '0':
      // Mixed case must be EIP-55's (one letter's case changed is a typo or a forgery); one case throughout: by form.
      if (!/[a-f]/i.test(a.slice(2)) || !/\d/.test(a.slice(2))) return null;
      return eip55(a) === 'invalid' ? null : 'ETH';
    case 'b':
    case 'B':
      return bech32Valid(a) ? 'BTC' : null;
    case 'l':
      return bech32Valid(a) ? 'LTC' : null;
    case 'r':
      return base58Check(a, [0x00], RIPPLE_BASE58) ? 'XRP' : null;
    case 'a':
      return bech32Valid(a) ? 'ADA' : null;
    case 'T':
      return base58Check(a, [0x41]) ? 'TRON' : null;
    case 'L':
      // LTC1… upper-case bech32, or a legacy address (version 0x30 → L).
      return a.startsWith('LTC1') ? (bech32Valid(a) ? 'LTC' : null) : base58Check(a, [0x30]) ? 'LTC' : null;
    case 'M':
      // A Stellar muxed account (69 base32 characters) or a Litecoin P2SH address (version 0x32 → M).
      return a.length === 69 ? (stellarValid(a) ? 'XLM' : null) : base58Check(a, [0x32]) ? 'LTC' : null;
    case 'G':
      return stellarValid(a) ? 'XLM' : null;
    case 'q':
    case 'p':
    case 'Q':
    case 'P':
      return cashAddrValid(a) ? 'BCH' : null;
    case 'X':
      return xAddressValid(a) ? 'XRP' : null;
    case 'D':
      return base58Check(a, [0x1e]) ? 'DOGE' : null;
    case '4':
    case '8':
      return moneroValid(a) ? 'XMR' : null;
    default:
      return base58Check(a, [0x00, 0x05]) ? 'BTC' : null;
  }
}

/** An ASCII letter or digit (what ADDRESS_FORMS are made of). */
function isAsciiWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

/** The run `text[start, end)` of ASCII letters and digits when it is an address candidate (ADDRESS_RUN, its length first), else null. */
function addressCandidate(text: string, start: number, end: number): string | null {
  if (end - start < ADDRESS_MIN || end - start > ADDRESS_MAX) return null;
  const run = text.slice(start, end);
  return ADDRESS_RUN().test(run) ? run : null;
}

/** The valid cryptocurrency addresses in `text` (at most `max`, of at most MAX_CANDIDATES candidates of each pattern). */
export function walletAddresses(text: string, max = 3): WalletAddress[] {
  return walletsIn(text, max).found;
}

/**
 * walletAddresses' addresses, and `keyRun`: false when `text` has no run of SOLANA_MIN ASCII letters and digits (hasKeyLongRun's
 * answer, read by the same loop: when no address is found the loop reads the text to its end, or stops at MAX_CANDIDATES
 * candidates with `keyRun` true), so cryptoExtortion need not look for the payment words or the run again.
 */
export function walletsIn(text: string, max = 3): { found: WalletAddress[]; keyRun: boolean } {
  const found: WalletAddress[] = [];
  let looked = 0;
  // Whether a run of letters and digits long enough for a Solana key was seen, or the text was not read to its end: the
  // coin's name is looked for only then (session 38: SOLANA_NAMED ran over every text, and most have no such run).
  let mayHoldKey = false;
  const length = text.length;
  for (let i = 0; i < length; ) {
    if (!isAsciiWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (++i < length && isAsciiWordChar(text.charCodeAt(i)));
    if (i - start >= SOLANA_MIN) mayHoldKey = true;
    const run = addressCandidate(text, start, i);
    if (run === null) continue;
    if (++looked > MAX_CANDIDATES) {
      mayHoldKey = true;
      break;
    }
    const coin = coinOf(run);
    if (coin) found.push({ coin, address: run });
    if (found.length >= max) return { found, keyRun: true };
  }
  if (mayHoldKey && SOLANA_NAMED.test(text)) solanaKeys(text, found, max);
  return { found, keyRun: mayHoldKey };
}

/**
 * What headRead read in a message's head text (headText: the subject, a line break and the shown text's first MAX_TEXT
 * characters): walletsIn(head.slice(0, MAX_TEXT), 1)'s answer, and the text's letter trigrams (head-grams.ts), marked with
 * `grams`' stamp — read in the same loop over the runs of ASCII letters and digits, so that checks that run before this
 * family's scam-structure can ask which of their patterns may match (session 51, issue 18).
 */
export interface HeadRead {
  head: string;
  wallets: { found: WalletAddress[]; keyRun: boolean };
  /** The stamp the head's trigrams are marked with (gramsMayMatch). */
  grams: number;
  /** The index in the shown text of its first character beyond ASCII (-1: none in the head's part of it). */
  firstOther: number;
  /** The subject has a character beyond ASCII. */
  otherInSubject: boolean;
  /**
   * firstOther and otherInSubject counting only characters beyond ASCII that are not INERT_PUNCTUATION (session 62): a head
   * whose only such characters are a no-break space, curly quotes, dashes or a bullet folds to runs of ASCII letters that are
   * its own runs as written, as an ASCII head does.
   */
  firstFolding: number;
  foldingInSubject: boolean;
  /** The head has ſ, K or İ: letters a case-insensitive pattern may read as ASCII ones (the first two under `iu`). */
  oddLetters: boolean;
  /** The head has a character from U+3000 on (kana, Han: the Japanese terms). */
  wide: boolean;
}

let lastHead: { subject: string; shown: string; read: HeadRead } | undefined;

/** The head text of `msg` read once (see HeadRead); the last message's answer is kept for the checks that ask after the first. */
export function headRead(msg: ParsedMessage): HeadRead {
  const subject = msg.subject;
  const shown = shownText(msg);
  const m = lastHead;
  if (m !== undefined && m.subject === subject && m.shown === shown && m.read.grams === currentGramStamp) return m.read;
  const read = readHead(`${subject}\n${shown.slice(0, MAX_TEXT)}`, subject.length + 1);
  lastHead = { subject, shown, read };
  return read;
}
let currentGramStamp = -1;

/**
 * Whether `read` (headRead(msg)) read all of `shown` (shownText(msg)), so that its trigrams are those of every run of letters in
 * the shown text (a text longer than MAX_TEXT was cut).
 */
export function headReadCovers(read: HeadRead, msg: ParsedMessage, shown: string): boolean {
  return read.head.length === msg.subject.length + 1 + shown.length;
}

/**
 * `read`'s trigram stamp when its subject and the shown text's first `textChars` characters (at most MAX_TEXT) are all ASCII, so
 * that a check folding them (lower case, white space runs as one space) may ask the trigrams which of its words the fold can
 * hold; else undefined (an accent removed, a letter-like character or NFKC could make letters the trigrams never saw).
 * Session 62: ASCII but for INERT_PUNCTUATION (firstFolding, foldingInSubject), whose folds make no letter and join no run.
 */
export function asciiHeadGrams(read: HeadRead, textChars: number): number | undefined {
  return !read.foldingInSubject && (read.firstFolding < 0 || read.firstFolding >= textChars) ? read.grams : undefined;
}

/**
 * Session 62 (issue 18, helper cpu63): characters beyond ASCII that every fold of the family (foldText, foldLetter and
 * normalForTerms, pasteAndRun's) turns into no letter and does not drop — so the fold's runs of ASCII letters are the text's
 * own, and headRead's trigrams answer for the fold as for an ASCII text: the no-break space (U+00A0), the curly quotes
 * (U+2018, U+2019, U+201C, U+201D), the en and em dash (U+2013, U+2014), the bullet (U+2022), the guillemets (U+00AB, U+00BB)
 * and the copyright and registered signs (U+00A9, U+00AE). The SpamAssassin test split's letters that are not ASCII are
 * about half of them ASCII but for these (18 of 34 in bench:instructions' 300-message window). inert-folds.test.ts holds
 * each fold to it.
 */
export const INERT_PUNCTUATION: readonly number[] = [0xa0, 0xa9, 0xab, 0xae, 0xbb, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022];
function isInertPunctuation(c: number): boolean {
  return c < 0x2013 ? c === 0xa0 || c === 0xa9 || c === 0xab || c === 0xae || c === 0xbb : c === 0x2013 || c === 0x2014 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2022;
}

/**
 * headRead's loop: walletsIn's over the first MAX_TEXT characters of `head` (the same runs, candidates and early ends, a run
 * that crosses MAX_TEXT read to there), its runs' letter trigrams over all of `head`, and its characters beyond ASCII.
 */
export function readHead(head: string, bodyStart: number): HeadRead {
  const at = (currentGramStamp = newGramStamp());
  const table = gramTable();
  const found: WalletAddress[] = [];
  const length = head.length;
  const walletEnd = length < MAX_TEXT ? length : MAX_TEXT;
  let looked = 0;
  let mayHoldKey = false;
  // 0: addresses still looked for; 1: walletsIn would have stopped at MAX_CANDIDATES (the Solana key is looked for after);
  // 2: it would have returned with its address.
  let stop = 0;
  let firstOther = -1;
  let otherInSubject = false;
  let firstFolding = -1;
  let foldingInSubject = false;
  let oddLetters = false;
  let wide = false;
  for (let i = 0; i < length; ) {
    const c = head.charCodeAt(i);
    if (!isAsciiWordChar(c)) {
      if (c >= 0x80) {
        if (i < bodyStart) otherInSubject = true;
        else if (firstOther < 0) firstOther = i - bodyStart;
        if (!isInertPunctuation(c)) {
          if (i < bodyStart) foldingInSubject = true;
          else if (firstFolding < 0) firstFolding = i - bodyStart;
        }
        if (c >= 0x3000) wide = true;
        else if (c === 0x17f || c === 0x212a || c === 0x130) oddLetters = true;
      }
      i++;
      continue;
    }
    const start = i;
    let l = (c | 0x20) - 0x60;
    let g = l > 0 ? l : 0;
    while (++i < length) {
      const d = head.charCodeAt(i);
      if (!isAsciiWordChar(d)) break;
      l = (d | 0x20) - 0x60;
      if (l > 0) {
        g = ((g << 5) | l) & 0x7fff;
        if (g >= 0x400) table[g] = at;
      } else g = 0;
    }
    if (stop !== 0 || start >= walletEnd) continue;
    const end = i < walletEnd ? i : walletEnd;
    if (end - start >= SOLANA_MIN) mayHoldKey = true;
    const run = addressCandidate(head, start, end);
    if (run === null) continue;
    if (++looked > MAX_CANDIDATES) {
      mayHoldKey = true;
      stop = 1;
      continue;
    }
    const coin = coinOf(run);
    if (coin) {
      found.push({ coin, address: run });
      stop = 2;
    }
  }
  if (stop !== 2 && mayHoldKey) {
    const text = walletEnd < length ? head.slice(0, walletEnd) : head;
    if (SOLANA_NAMED.test(text)) solanaKeys(text, found, 1);
  }
  return { head, wallets: { found, keyRun: stop === 2 || mayHoldKey }, grams: at, firstOther, otherInSubject, firstFolding, foldingInSubject, oddLetters, wide };
}

/** The length of the shortest Solana key SOLANA_CANDIDATE reads (its `{32,44}`). */
const SOLANA_MIN = 32;

/** Whether `text` has SOLANA_MIN ASCII letters and digits in a row: every Solana key candidate stands in such a run. */
export function hasKeyLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isAsciiWordChar(text.charCodeAt(i))) run = 0;
    else if (++run >= SOLANA_MIN) return true;
  }
  return false;
}

/** Solana keys of `text` (SOLANA_CANDIDATE, at most MAX_CANDIDATES looked at) added to `found` up to `max`. */
function solanaKeys(text: string, found: WalletAddress[], max: number): void {
  let looked = 0;
  SOLANA_CANDIDATE.lastIndex = 0;
  for (let m = SOLANA_CANDIDATE.exec(text); m; m = SOLANA_CANDIDATE.exec(text)) {
    if (++looked > MAX_CANDIDATES) break;
    const a = m[0];
    // A Bitcoin-shaped word was read above; a key has digits and both cases (a word of letters is no key).
    if (found.some((w) => w.address === a) || !/\d/.test(a) || !/[a-z]/.test(a) || !/[A-Z]/.test(a) || !solanaKey(a)) continue;
    found.push({ coin: 'SOL', address: a });
    if (found.length >= max) break;
  }
}

/**
 * Words that name a payment in cryptocurrency (en, de, fr, es, pt, it, nl, ja): the letter that gives a Solana key without
 * naming the coin still says how to pay ("send the crypto to my wallet", "in Krypto", "暗号資産で").
 */
const CRYPTO_PAYMENT = /crypto|krypto|bitcoin|\bbtc\b|wallet|usdt|\bcoins?\b|carteira|billetera|portefeuille|portafoglio|ウォレット|暗号資産|仮想通貨/i;

export interface CryptoExtortion {
  wallet: WalletAddress;
  threat: string[];
  weight: number;
  /** Where the address was given, when not in the text: the QR code's picture or part (session 22). */
  qr?: string;
}

/** A QR code's text and where it was (QrCode's payload and where), as cryptoExtortion reads it. */
export interface CodeText {
  payload: string;
  where: string;
}

/** Characters of a code's text read for an address: a payment URI (`bitcoin:…?amount=…&label=…`) is short. */
const MAX_CODE_TEXT = 400;

/**
 * The first valid address a QR code carries: a payment URI (`bitcoin:`, `ethereum:`, `litecoin:`, `solana:` … — the
 * scheme is read as any word before the address) or the bare address, which is what a wallet app scans.
 */
function walletInCodes(codes: readonly CodeText[]): { wallet: WalletAddress; where: string } | null {
  for (const code of codes.slice(0, MAX_CANDIDATES)) {
    const [wallet] = walletAddresses(code.payload.slice(0, MAX_CODE_TEXT), 1);
    if (wallet) return { wallet, where: code.where };
  }
  return null;
}

/**
 * A valid address and the threat's rows (≥ THREAT_MIN), not in a text that warns about the scam; or null. The address in
 * the text, else in one of `codes` (session 22: the letter that says "scan the code to pay" and gives the address only as
 * a QR picture; the threat is still read in the text). `codes` is asked only when the text has no address.
 */
export function cryptoExtortion(
  text: string,
  codes: () => readonly CodeText[] = () => [],
  inText: WalletAddress | null | undefined = undefined,
  keyRun = true,
): CryptoExtortion | null {
  const head = text.slice(0, MAX_TEXT);
  let wallet = inText === undefined ? walletAddresses(head, 1)[0] : (inText ?? undefined);
  let qr: string | undefined;
  // The payment words only matter when there is a key to find (no run long enough for one: no key, whatever the words). The
  // words first: the run loop over the whole text cost more than their pattern (session 38's profile: 0.9 % against 0.6 %).
  // `keyRun` false: the caller's headRead (walletsIn's loop) read the same text and found no such run (session 50: the pattern, read at every
  // character of most mail, was ~50 K instructions a message; most mail has no run).
  if (!wallet && keyRun && CRYPTO_PAYMENT.test(head) && hasKeyLongRun(head)) {
    // Session 24: a Solana key in a letter that does not name the coin, only the payment in crypto: with the threat below it
    // is the extortion's address (a key's shape alone, without that threat, is read nowhere).
    const keys: WalletAddress[] = [];
    solanaKeys(head, keys, 1);
    wallet = keys[0];
  }
  if (!wallet) {
    const inCode = walletInCodes(codes());
    if (!inCode) return null;
    ({ wallet, where: qr } = inCode);
  }
  const folded = readBorrowedLetters(foldText(head));
  const threatTerms = termsIn(THREAT(), folded, 16);
  const weights = THREAT_WEIGHT();
  const weight = threatTerms.reduce((sum, t) => sum + (weights.get(t) ?? 0), 0);
  if (weight < THREAT_MIN) return null;
  if (warnsAboutScheme(folded)) return null;
  return qr === undefined ? { wallet, threat: threatTerms, weight } : { wallet, threat: threatTerms, weight, qr };
}

export interface DonationToWallet {
  wallet: WalletAddress;
  asked: string[];
}

/**
 * A donation asked for to a valid wallet address in the text, with no web link to act on and no warning about the scheme; or
 * null. `wallet`: the text's first address, when the caller has already looked (cryptoExtortion reads the same one).
 */
export function donationToWallet(msg: ParsedMessage, text: string, wallet: WalletAddress | null | undefined = undefined): DonationToWallet | null {
  const head = text.slice(0, MAX_TEXT);
  const found = wallet === undefined ? walletAddresses(head, 1)[0] : wallet;
  if (!found || hasActionLink(msg, head)) return null;
  const folded = foldText(head);
  const asked = termsIn(DONATION(), folded, 6);
  if (asked.length === 0 || warnsAboutScheme(folded)) return null;
  return { wallet: found, asked };
}

/**
 * Session 51 (issue 17, helper scam51): the giveaway that doubles what is sent — "send any amount between 0.1 and 20 ETH to the
 * address below and receive double back", "du bekommst innerhalb von 30 Minuten das Doppelte zurück", "receba o dobro em até 30
 * minutos". The term rows (session 16) hold a few fixed phrases per language; this reads the promise itself: a verb of getting
 * or sending back and, a few words on, the double (the double, twice, 2x, das Doppelte, le double, el doble, o dobro, il doppio,
 * het dubbele, 2倍) — read only where the text gives a valid wallet address (the caller's headRead) and warns about nothing.
 * Each alternative a literal verb stem, at most four words, the double: linear.
 */
const GAP4 = '(?:[^ .!?\\n]+ ){0,4}';
const DOUBLING = lazyRegExp(() => new RegExp(
  [
    `\\b(?:receive|get|send|sends|return|returns|pay|give|will send)(?: you)?(?: back)? ${GAP4}(?:double|twice|2x|x2|two times)\\b`,
    `\\b(?:double|twice|2x) (?:back|the amount|it back|what you send)\\b`,
    `\\b(?:erhalten|erhaltst|bekommen|bekommst|senden|schicken|zahlen) ${GAP4}(?:das doppelte|den doppelten|doppelt so viel)\\b`,
    `\\b(?:recev|renvo|rend|retourn)[a-z]* ${GAP4}(?:le double|deux fois plus)\\b`,
    `\\b(?:recib|devolv|devuelv|envia|reembols)[a-z]* ${GAP4}(?:el doble|dos veces)\\b`,
    `\\b(?:receb|devolv|envia|reembols)[a-z]* ${GAP4}(?:o dobro|duas vezes)\\b`,
    `\\b(?:ricev|restitu|rimand|invi)[a-z]* ${GAP4}(?:il doppio|due volte)\\b`,
    `\\b(?:ontvang|krijg|stur|betal)[a-z]* ${GAP4}(?:het dubbele|dubbel (?:terug|zoveel))\\b`,
    '[2２]倍|倍にして|倍額',
  ].join('|'),
));

/** The doubling promise in the folded head text (a valid wallet address given: the caller's test), or null. */
export function cryptoDoubling(text: string): string | null {
  const folded = foldText(text.slice(0, MAX_TEXT));
  const m = DOUBLING().exec(folded);
  if (!m || warnsAboutScheme(folded)) return null;
  return m[0];
}

// ── the crypto payout to claim ─────────────────────────────────────────────────────────────────────────────────────

/**
 * A crypto asset named (session 29): the coin, tokens, the airdrop, the NFT, "digital assets", cloud mining; session 55 (helper
 * draw55d): coins by their own names that are no word of any language (Solana, Dogecoin, Litecoin, XRP — "50,00 SOL … link your
 * wallet, and receive your grant" under "Solana Microgrant", design 7373, named no asset the pattern knew). Not "sol" (the sun
 * in es/pt/fr), "ripple", "tron" or "polygon" (words). Not "wallet"
 * alone (Apple and Google Wallet passes come with "claim your reward" too), not "coin" (a shop's loyalty coins) and not
 * "token" alone (a Brazilian bank's security token: "use seu token para resgatar agora" is the points lure, not a crypto one).
 */
const CRYPTO_ASSET =
  /(airdrops?|t(?:okens|oken (?:airdrop|distribution|sale|allocation|claim|rewards?)|ether)|(?:cr[yi]|kry)pto\p{L}*|b(?:itcoins?|tc)|usd(?:t|c|-c)|eth(?:ereum)?|nfts?|web3|d(?:efi|igital assets|ogecoin)|s(?:taking|olana)|cloud mining|metamask|jetons?|litecoin|xrp)(?![\p{L}\p{N}])|エアドロップ|暗号資産|仮想通貨|ビットコイン|トークン/giu;
/**
 * CRYPTO_ASSET as its names were listed, for the test: the pattern above writes their shared beginnings once (`eth(?:ereum)?`,
 * `(?:cr[yi]|kry)pto`), ~10 % less time on the SA split (session 40). The same matches: at most one Latin name can end before
 * a character that is not a letter or digit at a given place, so the order the names are tried in does not choose.
 */
export const CRYPTO_ASSET_LISTED = lazyRegExp(
  () => /(airdrops?|tokens|token (?:airdrop|distribution|sale|allocation|claim|rewards?)|crypto\p{L}*|krypto\p{L}*|cripto\p{L}*|bitcoins?|btc|usdt|usdc|usd-c|tether|eth|ethereum|nfts?|web3|defi|staking|digital assets|cloud mining|metamask|jetons?|solana|dogecoin|litecoin|xrp)(?![\p{L}\p{N}])|エアドロップ|暗号資産|仮想通貨|ビットコイン|トークン/giu,
);
/**
 * CRYPTO_ASSET's Latin names are whole words: not after a letter or digit. Asked of each Latin match (group 1) rather than as
 * the pattern's leading look-behind, which irregexp tried at every position of the text (session 38; see codePointBefore).
 * Same flags as the pattern, so that its case-insensitive reading of the class counts the same characters.
 */
let afterLetterOrDigit: ((text: string, at: number) => boolean) | undefined;
// Made at the first Latin match, not at load (session 59: the class and its table were made by every scan, asked by few).
const AFTER_LETTER_OR_DIGIT = (text: string, at: number): boolean => (afterLetterOrDigit ??= codePointBefore(/[\p{L}\p{N}]/iu))(text, at);

/**
 * The first crypto asset named in `text` (CRYPTO_ASSET), as `/(?<![\p{L}\p{N}])(?:…)(?![\p{L}\p{N}])|エアドロップ|…/iu`
 * would find it: where a Latin name stands after a letter or digit, the search goes on one character later (no Japanese name
 * starts with a Latin letter, so none could have matched there instead).
 */
export function cryptoAssetIn(text: string, re: RegExp = CRYPTO_ASSET): string | undefined {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] === undefined || !AFTER_LETTER_OR_DIGIT(text, m.index)) return m[0];
    re.lastIndex = m.index + 1;
  }
  return undefined;
}
/**
 * CRYPTO_ASSET's Latin names as trigram lists (head-grams.ts): a text whose trigrams hold none of them, with no ſ or K (which
 * `iu` reads as s and k) and no character from U+3000 on (the Japanese names), has no CRYPTO_ASSET match.
 */
const CRYPTO_ASSET_GRAMS = gramGate([
  'airdrop', 'token', 'tether', 'crypto', 'krypto', 'cripto', 'bitcoin', 'btc', 'usd', 'eth', 'nft', 'web', 'defi', 'digital assets', 'staking',
  'cloud mining', 'metamask', 'jeton', 'solana', 'dogecoin', 'litecoin', 'xrp',
]);
/** Whether CRYPTO_ASSET may match in the head `read` read (or a prefix of it): false only when it cannot. */
export function cryptoAssetMayBeIn(read: HeadRead): boolean {
  return read.oddLetters || read.wide || gramsMayMatch(CRYPTO_ASSET_GRAMS, read.grams);
}
/** A ticker as a token sale writes it: "$ASTER", "$BOB" (upper case, 2–6 letters, not a sum). */
const TICKER = /(?<![\p{L}\p{N}$])\$[A-Z]{2,6}(?![\p{L}\p{N}])/u;
/**
 * A claim lure sends the reader to one page, a newsletter to many: more distinct web destinations than this and the text is
 * read as news about airdrops, not a claim (CONTENT_CRYPTO_CLAIM).
 */
const CLAIM_MAX_DESTINATIONS = 4;

export interface CryptoClaim {
  asset: string;
  claim: string[];
  /** The registrable domains of the links to act on (at most CLAIM_MAX_DESTINATIONS). */
  domains: string[];
  /** A link to act on goes to another registrable domain than the sender's. */
  elsewhere: boolean;
}

/**
 * Session 54: an address-literal host as the links family reads it (normaliseUrl's `ip`, which is its `domain`): the WHATWG
 * parser's form without brackets, so `[2001:DB8::1]:8443` and `2001:db8::1` are one destination, and so are `0xa2.0.228.240`,
 * `2717967600` and `162.0.228.240` (tldts read the first as the domain `228.240`). `host` is written without a port; a `[`
 * without its `]` is an IPv6 literal an address written in the text was cut at (actionLinks ends it at a bracket). Undefined
 * for a name. domainOf asks it only for a host in brackets or whose last label starts with a digit.
 */
function ipHostOf(host: string): string | undefined {
  let literal = host;
  if (host.startsWith('[')) {
    const close = host.indexOf(']');
    literal = `[${close < 0 ? host.slice(1) : host.slice(1, close)}]`;
  }
  let parsed: string;
  try {
    parsed = new URL(`http://${literal}/`).hostname;
  } catch {
    return undefined;
  }
  return isIpLiteral(parsed) ? (parsed.startsWith('[') ? parsed.slice(1, -1) : parsed) : undefined;
}

/**
 * The registrable domain of a web address (a bare `www.` one too), an IP address as ipHostOf reads it or as a provider's name for
 * a server spells it (ipNamedHost), or the host when it has none of these; '' when unreadable.
 */
function domainOf(href: string): string {
  const m = /^(?:https?:)?\/\/([^/?#\s]+)|^(www\.[^/?#\s]+)/i.exec(href.trim());
  let host = (m?.[1] ?? m?.[2] ?? '').replace(/^[^@]*@/, '');
  if (host.startsWith('[')) return ipHostOf(host) ?? host.toLowerCase();
  // A sentence's punctuation after an address written in the text ("www.example.com,"): trimmed by hand (a `[.,]+$` pattern
  // rescans a run of them from every start).
  let end = host.length;
  while (end > 0 && '.,;:!?'.includes(host[end - 1]!)) end--;
  host = host.slice(0, end).replace(/:\d+$/, '').toLowerCase();
  if (!host) return '';
  const lastLabel = host.charCodeAt(host.lastIndexOf('.', host.length - 2) + 1);
  if (lastLabel >= 0x30 && lastLabel <= 0x39) {
    const ip = ipHostOf(host);
    if (ip) return ip;
  }
  const domain = parseDomain(host).domain;
  if (!domain) return host;
  // A server named after its address under its provider's domain (`239.125.168.184.host.secureserver.net`, `ec2-54-1-2-3.compute-1.
  // amazonaws.com`) is that address, not the provider's page: the provider (GoDaddy, Amazon) owns no prize or payout sent there.
  return ipNamedHost(host, domain) ?? domain;
}

/**
 * The distinct registrable domains of the web links the reader could act on (actionLinks: not an opt-out, a mail address or a
 * phone number), from the HTML and from addresses written in the text; at most `max + 1` (then it is more than max).
 */
export function actionDomains(msg: ParsedMessage, text: string, max: number): string[] {
  const found = new Set<string>();
  for (const href of actionLinks(msg, text)) {
    if (href === null) break;
    const d = domainOf(href);
    if (d) found.add(d);
    if (found.size > max) break;
  }
  return [...found];
}

/** An airdrop named (Latin scripts write the English word; `air drop`, `air-drop` too). */
const AIRDROP = /(?<![\p{L}\p{N}])air[\s-]?drops?(?![\p{L}\p{N}])|エアドロップ/iu;

/**
 * Session 48 (draws 4 and 5): the airdrop lure whose only words are its subject ("Secure Your Spot in zkSync Biggest Airdrop
 * Yet!", "Exclusive 48-Hours Airdrop for Early Badge Holders") over a picture or nothing at all — the second person is in the
 * picture, where no filter reads it. A newsletter about airdrops writes its news as text; a message with no words of its own
 * (IMAGE_LURE_MAX_TEXT letters at most) whose subject names an airdrop is the claim itself.
 */
function airdropSubjectOnly(msg: ParsedMessage): boolean {
  return AIRDROP.test(msg.subject.slice(0, 512)) && ownLettersAtMost(msg, IMAGE_LURE_MAX_TEXT);
}

/**
 * An airdrop or a claim named by the host name of a link to act on (`eth-airdrop.space`, `airdrop-arbitrum.io`, `claim-zksync.org`,
 * `pepe.claims`): labels split at dots and hyphens, so `claims.ftx.com`'s first label is one too, but `airdropalert` or
 * `reclaimer` is none.
 */
const HOST_CLAIM = /(?:^|[.-])(?:air-?drops?|claims?)(?=[.-]|$)/;
/** Links to act on looked at for HOST_CLAIM (the claim has at most CLAIM_MAX_DESTINATIONS destinations). */
const HOST_CLAIM_LINKS = 12;

/**
 * Session 58 (draw 15, helper draw15d): the airdrop lure with no words at all — an empty subject, a display name that names the coin
 * ("Ether"), a picture or nothing, hidden chrome copied from a video site, and one link whose host name is the claim
 * (`eth-airdrop.space`). Like airdropSubjectOnly, the words are where a filter reads none but the reader sees one: here the
 * address the picture links to. Only in a message with no words of its own (IMAGE_LURE_MAX_TEXT letters at most): a newsletter
 * that links to an airdrop tracker writes its news as text. `airdrop`: the host word is an airdrop (it names the asset too);
 * a claim host needs the asset named elsewhere. The word and whether it names an airdrop, or null.
 */
function claimHostOnly(msg: ParsedMessage): { word: string; airdrop: boolean } | null {
  // The HTML's links only (a message with no words has no address written out), and no pattern over the text: most mail asks
  // this (it has no crypto asset), so it is a few host names read, then the letters counted only for the rare match.
  let seen = 0;
  for (const link of msg.htmlFacts.links) {
    if (link.kind !== 'a' && link.kind !== 'area' && link.kind !== 'form') continue;
    if (++seen > HOST_CLAIM_LINKS) break;
    const host = LINK_HOST.exec(link.href.trim());
    const name = (host?.[1] ?? '').replace(/^[^@]*@/, '').toLowerCase();
    const m = HOST_CLAIM.exec(name);
    if (!m) continue;
    return ownLettersAtMost(msg, IMAGE_LURE_MAX_TEXT) ? { word: name, airdrop: m[0].includes('air') } : null;
  }
  return null;
}
/** The host of a web link (no port, user or path). */
const LINK_HOST = /^(?:https?:)?\/\/([^/?#\s:]+)/i;

/**
 * What a coin's sender name may hold beside the coin (CRYPTO_ASSET): a site's suffix or a role word ("ethereum.org", "USDT
 * Team", "Bitcoin Official", "ETH Rewards"). Lower case, whole words.
 */
const COIN_NAME_WORDS = new Set(['org', 'com', 'io', 'net', 'app', 'official', 'team', 'foundation', 'network', 'community', 'support', 'reward', 'rewards', 'labs', 'dao', 'global']);
const NAME_WORD = /[\p{L}\p{N}]+/gu;

/**
 * Session 58 (draw 15, helper draw15d): the same airdrop campaign as claimHostOnly's, its picture linking to a mail tracker
 * instead — "ethereum.org" <…@icloud.com>, no subject, one picture, hidden video-site chrome (design 491). The claim is in the
 * picture; what a filter can read is that the sender is named after the coin and nothing else (`asset`, found in the display
 * name), writes from free mail and has no words of its own. A person whose name holds a coin's letters ("Anna Meier (ETH)")
 * is no coin's name; a coin's own newsletter is not sent from free mail.
 */
function coinNamedFromFreeMail(msg: ParsedMessage, name: string, asset: string, freemail: ReadonlySet<string>): boolean {
  const from = msg.from[0]?.domain;
  if (!from || !isFreemail(from, freemail)) return false;
  const at = name.toLowerCase().indexOf(asset.toLowerCase());
  if (at < 0) return false;
  const rest = name.slice(0, at) + ' ' + name.slice(at + asset.length);
  for (const w of rest.toLowerCase().match(NAME_WORD) ?? []) if (!COIN_NAME_WORDS.has(w)) return false;
  return ownLettersAtMost(msg, IMAGE_LURE_MAX_TEXT);
}

/**
 * A crypto payout the reader is told to claim (session 29): a crypto asset named (CRYPTO_ASSET or a $TICKER, in the text or the
 * sender's name), a claim in the
 * second person (CRYPTO_CLAIM_TERMS: "claim your", "you are eligible", "your balance", "withdrawals are now available",
 * "votre solde", "zur Auszahlung bereit" …) or an airdrop in the subject of a message with no words of its own
 * (airdropSubjectOnly), one to CLAIM_MAX_DESTINATIONS web destinations to act on, and no warning about the
 * scheme; or null. `elsewhere`: a destination is not the sender's registrable domain (the composite weighs who sent it).
 */
export function cryptoClaim(msg: ParsedMessage, text: string, linked?: boolean, assetMaybe = true, freemail?: ReadonlySet<string>): CryptoClaim | null {
  const head = text.slice(0, MAX_TEXT);
  // No link to act on, no destination (actionDomains reads the same links): asked before the asset, whose pattern is read at
  // every character of most mail (session 49: ~9 ns a character, the scan's costliest pattern). `linked`: hasActionLink(msg,
  // head) when the caller has asked it already.
  if (!(linked ?? hasActionLink(msg, head))) return null;
  const words = cryptoClaimWords(msg, head, undefined, assetMaybe, freemail);
  if (!words) return null;
  const domains = actionDomains(msg, head, CLAIM_MAX_DESTINATIONS);
  if (domains.length === 0 || domains.length > CLAIM_MAX_DESTINATIONS) return null;
  if (warnsAboutScheme(words.folded)) return null;
  const sender = senderRegistrable(msg.from[0]?.domain);
  return { asset: words.asset, claim: words.claim, domains, elsewhere: domains.some((d) => d !== sender) };
}

/** The words of a crypto payout to claim in `head` (cryptoClaim's asset and claim), with the folded text they were read in. */
function cryptoClaimWords(msg: ParsedMessage, head: string, sum?: RegExp, assetMaybe = true, freemail?: ReadonlySet<string>): { asset: string; claim: string[]; folded: string } | null {
  // The asset may be named by the sender only ("Cryptomonnaie 2025 <no-reply@…>": "votre solde est prêt à être retiré").
  // The name, then the text: what both patterns find in the two joined by a line break (no match spans it, and a line break
  // is neither a letter, a digit nor `$` on either side), without the joined copy of the text (session 38).
  const name = msg.from[0]?.name ?? '';
  // `assetMaybe` false: headRead's trigrams say CRYPTO_ASSET has no match in `head` (cryptoAssetMayBeIn).
  const nameAsset = cryptoAssetIn(name);
  let asset = nameAsset ?? (assetMaybe ? cryptoAssetIn(head) : undefined) ?? TICKER.exec(name)?.[0] ?? TICKER.exec(head)?.[0];
  // No asset named in words: an airdrop host of a message with no words of its own names it (claimHostOnly).
  const host = asset === undefined ? claimHostOnly(msg) : undefined;
  if (host?.airdrop) asset = `an airdrop (${host.word})`;
  if (!asset) return null;
  const folded = foldText(head);
  let claim = termsIn(CRYPTO_CLAIM_CALL(), folded, 6);
  if (claim.length === 0) {
    const named = sum?.exec(head)?.[0];
    if (named !== undefined) claim = [`the sum ${named.trim()}`];
    else if (airdropSubjectOnly(msg)) claim = ['an airdrop in the subject of a message with no words of its own'];
    else {
      const onHost = host ?? claimHostOnly(msg);
      if (onHost) claim = [`the link's host ${onHost.word} in a message with no words of its own`];
      else if (nameAsset !== undefined && freemail && coinNamedFromFreeMail(msg, name, nameAsset, freemail)) claim = [`a sender named after ${nameAsset} on free mail, with no words of its own`];
      else return null;
    }
  }
  return { asset, claim, folded };
}

/**
 * Session 50 (issue 17, helper pot50): the crypto payout to claim whose link is in the attached document, not in the message —
 * "You are now rich 22271$ on your balance" or "quickly withdraw your 28,281$" over a line of filler, subject
 * "Bitcoin__Transfer__0.7495__BTC", and a PDF that is one link. cryptoClaim asks for a link in the message and finds none; the
 * attachments family, which knows the document is a link lure (attachments/analyze.ts documentCryptoClaim), asks this for the
 * words: the asset and the claim in `text` (the subject, the shown text and the documents' names), no warning about the
 * scheme. `sum`: a sum the text names stands for the claim (the family's other lines say no "your": "Accounts with a balance
 * of 22.921$ will be blocked", "12,926$ burn out in 24 hours"). Null when they are not there.
 */
export function cryptoClaimInText(msg: ParsedMessage, text: string, sum?: RegExp): { asset: string; claim: string[] } | null {
  const words = cryptoClaimWords(msg, text.slice(0, MAX_TEXT), sum);
  if (!words || warnsAboutScheme(words.folded)) return null;
  return { asset: words.asset, claim: words.claim };
}

/**
 * The message's QR codes whose text is not a web address (read once per message with the links family's limits: the
 * sender and links families read them too, so this is a memo hit), or none when no limits are given.
 */
function textCodes(msg: ParsedMessage, limits: QrLimits | undefined): CodeText[] {
  if (!limits) return [];
  const codes = readQrCodesOnce(msg, limits, letterPasswords)?.codes;
  return codes ? codes.filter((c) => c.kind === 'text').map((c) => ({ payload: c.payload, where: c.where })) : [];
}

/**
 * `qrLimits`: the links family's (links.qr), so a message's codes are decoded once for all three families. `freemail`: the
 * free-mail domains in force (the sender named after a coin, coinNamedFromFreeMail).
 */
export function scamStructureCheck(qrLimits?: QrLimits, freemail?: ReadonlySet<string>): Check {
  return {
    name: 'content.scam-structure',
    description: 'Scams by their structure: a charge to undo by phone with no link (callback), a crypto address beside an extortion threat or a donation asked with no link, a crypto payout to claim at a link, an investment pitch (quick return, small stake, guarantee)',
    emits: ['CONTENT_CALLBACK_CHARGE', 'CONTENT_CRYPTO_EXTORTION', 'CONTENT_DONATION_TO_WALLET', 'CONTENT_CRYPTO_DOUBLING', 'CONTENT_CRYPTO_CLAIM', 'CONTENT_CRYPTO_CLAIM_ELSEWHERE', 'CONTENT_INVESTMENT_PITCH'],
    run(msg: ParsedMessage): CheckOutput {
      const findings: Finding[] = [];
      // One text for both (cryptoExtortion keeps the same first MAX_TEXT characters of it): the shown text is not
      // joined to the subject a second time, whole, for every message.
      const read = headRead(msg);
      const head = read.head;
      // Whether the reader is given a link to act on: the callback charge asks it of `head`, the crypto claim of its first
      // MAX_TEXT characters (the same text but for the longest messages).
      const linked = hasActionLink(msg, head);
      const callback = callbackCharge(msg, head, linked);
      if (callback) {
        findings.push({ id: 'CONTENT_CALLBACK_CHARGE', evidence: `call ${callback.phone} about ${callback.amount}: ${callback.pretext.join(', ')}; no link to act on`, data: { ...callback } });
      }
      // The text's first address, read once for both the extortion and the donation (most mail has none).
      const wallets = read.wallets;
      const inText = wallets.found[0] ?? null;
      const extortion = cryptoExtortion(head, () => textCodes(msg, qrLimits), inText, wallets.keyRun);
      if (extortion) {
        const { wallet, threat, weight, qr } = extortion;
        const given = qr === undefined ? '' : ` (in a QR code in ${qr})`;
        findings.push({
          id: 'CONTENT_CRYPTO_EXTORTION',
          evidence: `${wallet.coin} address ${wallet.address}${given}; threat: ${threat.slice(0, 6).join(', ')}`,
          data: qr === undefined ? { coin: wallet.coin, address: wallet.address, threat, weight } : { coin: wallet.coin, address: wallet.address, threat, weight, qr },
        });
      } else if (inText) {
        const gift = donationToWallet(msg, head, inText);
        if (gift) {
          findings.push({
            id: 'CONTENT_DONATION_TO_WALLET',
            evidence: `${gift.wallet.coin} address ${gift.wallet.address}; asked: ${gift.asked.slice(0, 3).join(', ')}; no link to a donation page`,
            data: { coin: gift.wallet.coin, address: gift.wallet.address, asked: gift.asked },
          });
        }
      }
      const doubling = inText && !extortion ? cryptoDoubling(head) : null;
      if (doubling && inText) {
        findings.push({ id: 'CONTENT_CRYPTO_DOUBLING', evidence: `${inText.coin} address ${inText.address}; "${doubling}"`, data: { coin: inText.coin, address: inText.address, promise: doubling } });
      }
      const claim = cryptoClaim(msg, head, head.length <= MAX_TEXT ? linked : undefined, cryptoAssetMayBeIn(read), freemail);
      if (claim) {
        const evidence = `${claim.asset}: ${claim.claim.slice(0, 3).join(', ')}; at ${claim.domains.join(', ')}`;
        findings.push({ id: 'CONTENT_CRYPTO_CLAIM', evidence, data: { ...claim } });
        if (claim.elsewhere) findings.push({ id: 'CONTENT_CRYPTO_CLAIM_ELSEWHERE', evidence: `the claim leads to ${claim.domains.join(', ')}, not the sender's domain`, data: { domains: claim.domains } });
      }
      // The head read covers all of `head` (its text is at most MAX_TEXT characters, so the stamp is given only where all of it
      // is ASCII); ASCII, it is folded to its lower case alone.
      const pitch = investmentPitch(head, asciiHeadGrams(read, MAX_TEXT));
      if (pitch) {
        findings.push({ id: 'CONTENT_INVESTMENT_PITCH', evidence: [pitch.invest && `invested: ${pitch.invest}`, pitch.quick && `return: "${pitch.quick}"`, pitch.stake && `stake: "${pitch.stake}"`, pitch.promise.join(', ')].filter(Boolean).join('; '), data: { ...pitch } });
      }
      return { findings };
    },
  };
}

// ── Session 41 (issue 17, engineer pitch41): the investment pitch by its structure, in en/de/fr/es/pt/it/nl.
/**
 * CONTENT_INVESTMENT_PITCH — the share, fund or trading pitch that names no platform and no strong phrase: a **quick return**
 * (a two-digit percentage tied to a day, week or month — "340% in only 6 months", "12% monthly", "8% semanal" — or a sum
 * earned per day, week or month, "bis zu 1.200 Euro täglich", "lucrar até R$ 5.000 por semana"), a **small stake** to start
 * with ("as little as $250", "nur 250 Euro", "apenas R$ 200", "vanaf 250 euro") and a **guarantee** or a **closing offer**
 * ("guaranteed", "sans risque", "garantizadas"; "places limitées", "Plätze sind begrenzt", "last spots"). A fund's or a
 * broker's genuine letter gives yearly returns and may not promise them; a bank's savings advert gives a yearly rate (a
 * rate "paid monthly" is below 10); a shop's "20 % off each month" is a discount. Each part is a few words in seven
 * languages; it is their meeting that is read. Not in a text that warns about the scheme (STRUCTURE_WARNING_TERMS).
 * Bounded by the head text's MAX_TEXT characters; gaps are bounded classes: linear.
 */
const PERIOD =
  '(?:(?:per|a|each|every) (?:day|week|month)|daily|weekly|monthly|in (?:only |just )?(?:\\d+|a few|few|two|three|six) (?:days|weeks|months)' +
  '|(?:pro|jeden|im) (?:tag|woche|monat)|taglich|wochentlich|monatlich|in (?:nur )?(?:\\d+|wenigen|zwei|drei) (?:tagen|wochen|monaten)' +
  '|(?:par|chaque) (?:jour|semaine|mois)|quotidien(?:ne)?s?|hebdomadaires?|mensuel(?:le)?s?|en (?:seulement )?(?:\\d+|quelques|deux|trois) (?:jours|semaines|mois)' +
  '|(?:por|al|ao|cada|a cada) (?:dia|semana|mes)|diari[oa]s?|semanal(?:es)?|mensual(?:es)?|mensal|mensais|(?:en|em) (?:solo |apenas )?(?:\\d+|pocas|pocos|poucas|poucos|dos|tres|duas) (?:dias|semanas|meses)' +
  '|(?:al|ogni|a|per) (?:giorno|settimana|mese)|giornalier[oi]|settimanal[ei]|mensil[ei]|in (?:soli |solo |pochi |poche |\\d+ )(?:giorni|settimane|mesi)' +
  '|(?:per|elke) (?:dag|week|maand)|dagelijks|wekelijks|maandelijks|in (?:slechts )?(?:\\d+|een paar|enkele|twee|drie) (?:dagen|weken|maanden))';
const AMOUNT = '(?:(?:[$€£]|r\\$|us\\$|usd|eur|chf) ?\\d{1,3}(?:[.,\' ]?\\d{3})*|\\d{1,3}(?:[.,\' ]?\\d{3})* ?(?:€|\\$|£|euros?|eur|dollars?|usd|reais|chf|francs?))';
/** A two-digit (or larger) percentage: its number is checked after the match. */
const PERCENT = '(\\d{1,4})(?:[.,]\\d{1,2})? ?%';
/** A sum earned, not paid: the gain or "up to" before it. */
const GAIN = '(?:earn|earning|make|making|receive|gain|profit|income|up to|verdienen|verdient|gewinn|einkommen|bringt|bis zu|gagne[rz]?|revenus?|jusqu\'a|ganar|gana|ganancias?|ingresos?|hasta|ganhar|ganhe|lucrar|lucre|lucro|renda|ate|guadagn[a-z]{0,4}|rendita|fino a|verdien|winst|inkomen|tot)';
const MIN_STAKE = 100;
const MAX_STAKE = 2_500;
/** A discount, not a return ("20 % off", "Rabatt", "de descuento"). */
const DISCOUNT_AFTER = /^ ?(?:off|discount|rabatt|reduction|remise|de descuento|de desconto|desconto|di sconto|sconto|korting)\b/;
// Built on first use and kept, as the term patterns above are (each `g`: the readers below start them at 0).
let quickPercent: RegExp | undefined;
let quickSum: RegExp | undefined;
let smallStakeAt: RegExp | undefined;
const QUICK_PERCENT = (): RegExp => (quickPercent ??= new RegExp(`\\b${PERCENT}[^.!?\\n%]{0,40}?\\b${PERIOD}\\b|\\b${PERIOD}[^.!?\\n%]{0,30}?\\b${PERCENT}`, 'g'));
const QUICK_SUM = (): RegExp => (quickSum ??= new RegExp(`\\b${GAIN}\\b[^.!?\\n]{0,30}?${AMOUNT}[^.!?\\n]{0,30}?\\b${PERIOD}\\b|\\b${PERIOD}\\b[^.!?\\n]{0,20}?\\b${GAIN}\\b[^.!?\\n]{0,10}?${AMOUNT}`, 'g'));
const SMALL_STAKE = (): RegExp => (smallStakeAt ??= new RegExp(`\\b(?:as little as|only|just|from|starting at|minimum(?: [a-z]+)? (?:of|is|de|van|di)|minimo(?: [a-z]+)? (?:de|di|da)|mindest(?:einlage|betrag|einzahlung|anlage) (?:von|ab)|minimale inleg van|nur|schon ab|ab|seulement|a partir de|des|solo|desde|apenas|soli|a partire da|slechts|vanaf|maar) (?:only |just |nur |seulement |solo |soli )?${AMOUNT}`, 'g'));
const GUARANTEE = /\b(?:guaranteed|we guarantee|wir garantieren|nous (?:vous )?garantissons|garantizamos|garantimos|garantiamo|wij garanderen|risk[- ]free|no risk|without risk|garantiert(?:e|en)?|garantie|ohne risiko|risikofrei|garanti(?:e|s|es)?|sans risque|garantizad[oa]s?|asegurad[oa]s?|sin riesgo|garantid[oa]s?|sem risco|garantit[oaie]|senza rischi(?:o)?|gegarandeerde?|zonder risico|risicoloos)\b/g;
/** The money is to be invested: shares, a fund, trading, crypto (en/de/fr/es/pt/it/nl). */
const INVEST = /\b(?:invest(?!igat)[a-z]*|inversi[a-z]*|invier[a-z]*|beleg[a-z]*|shares|stocks?|aktien?|acciones|acoes|azioni|aandelen|trading|bitcoin|crypto[a-z]*|krypto[a-z]*|cripto[a-z]*|fonds|fondo|fundo|fund)\b/;
const CLOSING = /\b(?:limited (?:places|spots|seats)|(?:spots?|places|seats) (?:are )?limited|last (?:spots|places|seats)|closes (?:at midnight|today|tonight)|today only|platze sind begrenzt|begrenzte platze|nur noch wenige|letzte platze|places limitees|dernieres places|plazas limitadas|ultimas plazas|vagas limitadas|ultimas vagas|posti limitati|ultimi posti|beperkte plaatsen|laatste plaatsen)\b/g;

/**
 * GUARANTEE's and CLOSING's alternatives as the words each match holds (session 53, issue 18): in an ASCII text (folded to its lower
 * case alone) a pattern whose lists the head's trigrams do not hold is not run — its terms are none (~30 K instructions a message
 * of the two patterns over the texts that name a sum). `garant` holds garanti(e/s/ert/zamos/mos/amo/ssons/zado/do/to), `garand`
 * garanderen and gegarandeerd, `limit` limited, limitees, limitadas, limitati. investment-pitch.test.ts checks them on seeded texts.
 */
export const GUARANTEE_WORDS: readonly string[] = ['guarantee', 'garant', 'garand', 'risk', 'risiko', 'risque', 'riesgo', 'risco', 'rischi', 'risico', 'asegurad'];
export const CLOSING_WORDS: readonly string[] = [
  'limit', 'last', 'closes', 'today only', 'begrenzt', 'noch wenige', 'letzte platze', 'dernieres places', 'ultimas plazas', 'ultimas vagas',
  'ultimi posti', 'beperkte plaatsen', 'laatste plaatsen',
];
const GUARANTEE_GRAMS = gramGate(GUARANTEE_WORDS);
const CLOSING_GRAMS = gramGate(CLOSING_WORDS);

/** A digit beside a currency or a percent sign, in the folded text; and the same in any case, for ASCII text as written. */
const MONEY_NAMED = /\d ?[%€$£]|[€$£] ?\d|\d (?:euro|eur|dollar|usd|reais|chf)/;
const MONEY_NAMED_ANY_CASE = lazyRegExp(() => new RegExp(MONEY_NAMED.source, 'i'));

export interface InvestmentPitch {
  quick: string | null;
  stake: string | null;
  promise: string[];
  /** The invested thing, where only two of the three parts are there. */
  invest?: string;
}

/** The first quick-return match whose percentage is two-digit or more and not a discount; or a sum earned per period. */
function quickReturn(folded: string): string | null {
  const re = QUICK_PERCENT();
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const value = Number(m[1] ?? m[2]);
    const pct = m[1] !== undefined ? m[0].indexOf('%') : m[0].lastIndexOf('%');
    const after = folded.slice(m.index + pct + 1, m.index + pct + 16);
    if (value >= 10 && !DISCOUNT_AFTER.test(after)) return m[0];
  }
  const sumAt = QUICK_SUM();
  sumAt.lastIndex = 0;
  const sum = sumAt.exec(folded);
  return sum ? sum[0] : null;
}

/**
 * The first small stake whose sum is a deposit: 100 to 2,500 in its currency (the boiler rooms' "minimum deposit of $250";
 * not a broker's fee per trade, "from €1", nor a fund's minimum for the wealthy).
 */
function smallStake(folded: string): string | null {
  const re = SMALL_STAKE();
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const digits = /\d{1,3}(?:[.,' ]?\d{3})*/.exec(m[0].slice(m[0].search(/\d/)))?.[0] ?? '';
    const value = Number(digits.replace(/[.,' ]/g, ''));
    if (value >= MIN_STAKE && value <= MAX_STAKE) return m[0];
  }
  return null;
}

/**
 * The investment pitch's parts in the head text `raw` (see above), or null. `grams`: the stamp of a head read of all of `raw`
 * when `raw` is ASCII (headRead's), so that GUARANTEE and CLOSING are run only where their words' trigrams stand.
 */
export function investmentPitch(raw: string, grams?: number): InvestmentPitch | null {
  const text = raw.slice(0, MAX_TEXT);
  // Cheapest first: no digit beside a currency or a percent sign, no pitch. Asked of the text as written first, in any case:
  // an ASCII text's fold is only its lower case, so most mail (no sum named) is turned away without the folded copy; other
  // text may name its sum only in the fold (full-width digits and ％ under NFKC) and is asked again there.
  const asWritten = MONEY_NAMED_ANY_CASE().test(text);
  if (!asWritten && isAscii(text)) return null;
  const folded = foldText(text);
  if (!asWritten && !MONEY_NAMED.test(folded)) return null;
  const stake = smallStake(folded);
  const guarantee = grams === undefined || gramsMayMatch(GUARANTEE_GRAMS, grams) ? termsIn(GUARANTEE, folded, 3) : [];
  const closing = grams === undefined || gramsMayMatch(CLOSING_GRAMS, grams) ? termsIn(CLOSING, folded, 3) : [];
  const promise = [...guarantee, ...closing];
  if (!stake && promise.length === 0) return null;
  const quick = quickReturn(folded);
  const parts = (quick ? 1 : 0) + (stake ? 1 : 0) + (promise.length ? 1 : 0);
  // All three; or two where the money is said to be invested (shares, a fund, trading, crypto).
  const invest = parts === 2 ? INVEST.exec(folded)?.[0] : undefined;
  if (parts < 3 && !invest) return null;
  if (warnsAboutScheme(folded)) return null;
  return { quick: quick?.replace(/\s+/g, ' ') ?? null, stake, promise, ...(invest ? { invest } : {}) };
}
