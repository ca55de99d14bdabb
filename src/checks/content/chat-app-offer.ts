import { shownText } from '../../mail/shown-text.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { foldLetter, htmlWebLinkCount, inConversationOrList } from './bec-opener.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { headRead, warnsAboutScheme } from './scam-structure.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';

/**
 * Session 52 (issue 17, helper scam52): money offered to a stranger whose only way to answer is a chat app — the trading
 * "mentor" ("my uncle is an analyst, I make steady profits every week, add me on WhatsApp +1 415 …"), the task and job offers
 * ("like videos, earn 200–500 a day, contact us on Telegram @hr_lisa"), the private lender ("Privatkredit ohne Schufa, WhatsApp
 * +49 176 …"), the Japanese side job ("日給1万円 … LINE ID: fukugyo88"). The words change with every campaign and language;
 * two moves do not: **money for the reader** (GAIN: earnings, profits, a salary or pay by the day, a loan, trading or an
 * investment) and **the conversation moved to a chat app at a number or handle** (CHAT: WhatsApp, Telegram, WeChat, Viber or
 * LINE next to a phone number, an @handle, an ID or a wa.me / t.me link), in a first message (no conversation, no list) with
 * **no web link to act on** — the fraud has no page; a company's job advert, a broker's offer or a bank's loan links to its own.
 *
 * CONTENT_CHAT_APP_OFFER is worth little alone (a shop writes "WhatsApp us on +49 …" too, from its own domain);
 * CONTENT_CHAT_APP_OFFER_STRANGER (composites.ts) adds the sender who owns no domain or is answered elsewhere. Not in a text that
 * warns about the scheme (a bank's "they will move you to WhatsApp"). Read in the subject and the first MAX_TEXT characters
 * of the shown text, folded (lower case, no accents, one blank); every pattern is alternatives of literals with bounded gaps.
 */
export const MAX_TEXT = 6_000;

/** The chat apps by their Latin names, as trigram lists (head-grams.ts): a text with none of them has no CHAT match (but LINE). */
const APP_GRAMS = gramGate(['whatsapp', 'whats app', 'telegram', 'wechat', 'viber']);

/** A number, handle or link to write to on the app: a phone number, an @handle, an ID, a wa.me / t.me / line.me link. */
const HANDLE =
  '(?:\\+?\\(?\\d[\\d ().-]{6,18}\\d|@[a-z0-9_.]{4,32}|(?:id|user ?name|usuario|nutzername|identifiant)(?: ?(?:is|ist|est|es|e|は|:|：))* ?@?[a-z0-9_.-]{3,32}|(?:wa\\.me|t\\.me|line\\.me)/[^\\s]{2,40})';
/** The app's name, then its handle in the same sentence (or the handle first: "+49 176 … (WhatsApp)"). */
const chatPattern = (apps: string): RegExp =>
  new RegExp(`(?<![a-z])(?:${apps})(?![a-z])[^.!?\\n。]{0,40}?${HANDLE}|${HANDLE}[^.!?\\n。]{0,16}?(?<![a-z])(?:${apps})(?![a-z])`);
const LATIN_APPS = 'whats ?app|telegram|wechat|viber';
const CHAT = lazyRegExp(() => chatPattern(LATIN_APPS));
/**
 * LINE is read only where the text writes it in capitals or is Japanese (where the app is LINE, "ライン"): "line" in a Latin
 * text is a help line's or a product line's.
 */
const CHAT_WITH_LINE = lazyRegExp(() => chatPattern(`${LATIN_APPS}|line|ライン`));

/**
 * Money for the reader: earnings, profits ("we made 30% last month"), pay by the day, a salary, a loan, trading, crypto or
 * an investment (en de fr es pt it nl ja).
 */
const GAIN =
  /\b(?:(?:made|make|making|gain(?:ed)?|return(?:ed)?) \d{1,3} ?%|earn(?:s|ed|ing|ings)?|income|profits?|profitable|salary|per day|commissions?|loans?|lend(?:er|ing)?|trading|trader|invest(?:ing|ment|ments|or)?|crypto(?:currency|currencies)?|bitcoin|btc|usdt|futures|signals|forex|verdien(?:en|st|t)|einkommen|gewinne?n?|gehalt|pro tag|taglich|kredit(?:e|geber)?|privatkredit|darlehen|verleihe|renditen?|investier(?:e|en|t)|investition(?:en)?|gagne[rz]?|gagnerez|revenus?|salaire|remunere?e?|par jour|prets?|benefices?|rendements?|investis|investir|investissements?|ganar|ganaras|ganara|ganancias?|ingresos|salario|sueldo|al dia|diarios|prestamos?|inversion(?:es)?|invertir|invierto|beneficios|rentabilidad|ganhe|ganhar|ganhos?|lucros?|renda|por dia|emprestimos?|investimentos?|invisto|investir|rendimentos?|guadagn(?:are|i|a|ano|erai)|stipendio|al giorno|prestit[io]|investiment[io]|investo|investire|rendiment[io]|profitt[io]|inkomen|salaris|per dag|lening(?:en)?|beleggen|belegging(?:en)?|investeer|investeren|investering(?:en)?|rendement|winst)\b|利益|稼|日給|報酬|副業|投資|融資|収入|儲|月利|日利/;

/** A web address in the text that is not a chat app's own link (wa.me, t.me, line.me, chat.whatsapp.com). */
export const WEB_IN_TEXT = /\bhttps?:\/\/(?!(?:wa\.me|t\.me|line\.me|chat\.whatsapp\.com|api\.whatsapp\.com)\/)|(?<![\p{L}\p{N}.@])www\./iu;
/** WEB_IN_TEXT anchored where it is tried (sticky): the same matches, asked at a position. */
const WEB_AT = lazyRegExp(() => new RegExp(WEB_IN_TEXT.source, 'iuy'));
const WWW = /www\./gi;

/**
 * WEB_IN_TEXT.test(text), asked only where a match can start (session 52, issue 18: the unanchored pattern's `\b` under `iu`
 * was tried at every character of plain-text letters with a link, 14 K instructions a message): four or five characters before
 * each "://" — http, https; each letter of them is one character whatever `iu` reads as it (ſ for s) — and at each "www.".
 * Every match starts at one of those places, and the sticky pattern sees the whole text, so `\b` and the look-behind read as
 * before. Held to WEB_IN_TEXT by chat-app-offer.test.ts's seeded texts.
 */
export function webAddressInText(text: string): boolean {
  for (let k = text.indexOf('://'); k !== -1; k = text.indexOf('://', k + 1)) {
    for (let start = k - 5; start <= k - 4; start++) {
      if (start < 0) continue;
      WEB_AT().lastIndex = start;
      if (WEB_AT().test(text)) return true;
    }
  }
  WWW.lastIndex = 0;
  for (let m = WWW.exec(text); m !== null; m = WWW.exec(text)) {
    WEB_AT().lastIndex = m.index;
    if (WEB_AT().test(text)) return true;
  }
  return false;
}

/**
 * Whether the reader has a web page to act on: an HTML anchor, area or form to a web address, or one written in `text` (a
 * chat app's own link is where to write, not a page).
 */
export function webLinkToAct(msg: ParsedMessage, text: string): boolean {
  if (htmlWebLinkCount(msg) > 0) return true;
  // The pattern (case-insensitive, Unicode) only where a literal it needs is there (most text has neither), and only at them.
  return (text.includes('://') || /www\./i.test(text)) && webAddressInText(text);
}

/**
 * The letter the first-contact scam readers read (chat-app-offer, donation-appeal, loan-offer, windfall-offer, fee-to-person,
 * allowance-offer, consignment-fee, job-fee): a first message (no conversation, no list) with no web link to act on, its
 * subject's first 512 characters and its shown text's first MAX_TEXT, folded (foldLetter: lower case, no accents, one blank) —
 * or null. One reading for all of them, and the same 6,000 characters as mule-job's and recovery-offer's, so the letter is folded
 * once a message (foldLetter's memo).
 */
export function unlinkedFirstLetter(msg: ParsedMessage): string | null {
  if (inConversationOrList(msg)) return null;
  const text = shownText(msg);
  const body = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  if (webLinkToAct(msg, body)) return null;
  return foldLetter(msg.subject.slice(0, 512), body);
}

export interface ChatAppOffer {
  chat: string;
  gain: string;
}

/** The two moves in a first message with no web link (see the module's comment), or null. */
export function chatAppOffer(msg: ParsedMessage): ChatAppOffer | null {
  const read = headRead(msg);
  const head = read.head;
  // Cheapest first: the head names a chat app (its trigrams; LINE in capitals, or a Japanese text), else nothing to read.
  const line = head.includes('LINE') || (read.wide && /line|ライン/i.test(head));
  if (!line && !gramsMayMatch(APP_GRAMS, read.grams)) return null;
  const folded = unlinkedFirstLetter(msg);
  if (folded === null) return null;
  const chat = (line ? CHAT_WITH_LINE() : CHAT()).exec(folded);
  if (!chat) return null;
  const gain = GAIN.exec(folded);
  if (!gain || warnsAboutScheme(folded)) return null;
  return { chat: chat[0], gain: gain[0] };
}

export function chatAppOfferCheck(): Check {
  return {
    name: 'content.chat-app-offer',
    description: 'Money offered (earnings, profits, a loan, a side job) in a first message with no web link whose answer is asked on a chat app at a number or handle',
    emits: ['CONTENT_CHAT_APP_OFFER'],
    run(msg: ParsedMessage): CheckOutput {
      const found = chatAppOffer(msg);
      const findings: Finding[] = found ? [{ id: 'CONTENT_CHAT_APP_OFFER', evidence: `"${found.gain}" … "${found.chat}"; no web link to act on`, data: { ...found } }] : [];
      return { findings };
    },
  };
}
