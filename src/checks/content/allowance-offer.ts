import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { unlinkedFirstLetter } from './chat-app-offer.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { headRead, warnsAboutScheme } from './scam-structure.js';

/**
 * Session 58 (issue 17 item 6, helper scam58): the "sugar daddy" allowance — "I am a successful businessman looking for a sugar
 * baby to spoil … I will pay you an allowance of $1,500 every week … send me your full name, phone number and the name of your
 * bank so I can send your first allowance today" (then a forged cheque or a "transfer fee"), in every language with the English
 * loanword ("busco una sugar baby", "ich suche ein Sugar Baby") or the spoiling ("mimar", "verwöhnen", "gâter", "viziare",
 * "verwennen"), and Japanese パパ活 / お手当. Four moves in a first message (no conversation, no list) with **no web link to act
 * on**: **the sugar relation** (SUGAR), **an allowance** (ALLOWANCE: allowance, mesada, Taschengeld, allocation, argent de
 * poche, paghetta, zakgeld, お手当) **with a sum** (MONEY) and **the reader's bank asked** (BANK: "the name of your bank", "your
 * bank details", "den Namen deiner Bank", "nom de ta banque", 口座). A parent's weekly allowance to a child's account names no
 * sugar; a dating site's newsletter links to its site. CONTENT_ALLOWANCE_OFFER_STRANGER (composites.ts) adds the sender who
 * owns no domain or is answered elsewhere. Not in a text that warns about the scheme.
 *
 * Read in the letter unlinkedFirstLetter folds; alternatives of literals: linear.
 */

/** ALLOWANCE's words as trigram lists (head-grams.ts); a Japanese text is read without the gate. */
const ALLOWANCE_GRAMS = gramGate(['allowance', 'mesada', 'taschengeld', 'allocation', 'argent de poche', 'paghetta', 'zakgeld']);

/** The sugar relation: the loanword, or the spoiling offered to the reader (folded text). */
const SUGAR =
  /\bsugar ?(?:baby|babies|daddy|daddies|mommy|mummy|mama|momma)\b|\bspoil (?:you|a|an|her|my)\b|\b(?:mimar(?:te|la|le)?|consentirte)\b|\b(?:verwohnen|verwohne|zu verwohnen)\b|\b(?:gater|te gater|vous gater)\b|\b(?:viziare|viziarti|viziarla)\b|\b(?:verwennen|te verwennen)\b|パパ活|ママ活/;

/** An allowance (folded text). */
const ALLOWANCE = /\b(?:allowances?|mesadas?|taschengeld|allocations?|argent de poche|paghett[ae]|zakgeld)\b|お手当|手当て?/;

/** A sum: a figure beside a currency sign or word, or 万円 (folded text). */
const MONEY = /\d ?[€$£]|[€$£] ?\d|r\$ ?\d|\d ?(?:euros?|eur|dollars?|usd|reais|dolares|dollari)\b|\d ?万円|\d万/;

/** The reader's bank asked (folded text). */
const BANK =
  /\b(?:name of your bank|your bank(?: name| details| account)?|bank(?:ing)? details|account details)\b|\b(?:tu|su) banco\b|\bdatos bancarios\b|\bcuenta bancaria\b|\b(?:deiner|ihrer|deine|ihre) bank\b|\bbank(?:verbindung|daten)\b|\bkontodaten\b|\b(?:ta|votre) banque\b|\bcoordonnees bancaires\b|\b(?:seu|teu|do seu) banco\b|\bdados bancarios\b|\bconta bancaria\b|\b(?:tua|sua) banca\b|\bcoordinate bancarie\b|\b(?:je|jouw|uw) bank\b|\bbankgegevens\b|\brekeningnummer\b|口座|銀行/;

export interface AllowanceOffer {
  sugar: string;
  allowance: string;
  bank: string;
}

/** The sugar relation, its allowance with a sum and the reader's bank asked (see the module's comment), or null. */
export function allowanceOffer(msg: ParsedMessage): AllowanceOffer | null {
  const read = headRead(msg);
  if (!read.wide && !gramsMayMatch(ALLOWANCE_GRAMS, read.grams)) return null;
  const folded = unlinkedFirstLetter(msg);
  if (folded === null) return null;
  const allowance = ALLOWANCE.exec(folded);
  if (!allowance) return null;
  const sugar = SUGAR.exec(folded);
  if (!sugar || !MONEY.test(folded)) return null;
  const bank = BANK.exec(folded);
  if (!bank || warnsAboutScheme(folded)) return null;
  return { sugar: sugar[0], allowance: allowance[0], bank: bank[0] };
}

export function allowanceOfferCheck(): Check {
  return {
    name: 'content.allowance-offer',
    description: 'A "sugar daddy" allowance offered with the reader\'s bank asked, in a first message with no web link',
    emits: ['CONTENT_ALLOWANCE_OFFER'],
    run(msg: ParsedMessage): CheckOutput {
      const found = allowanceOffer(msg);
      const findings: Finding[] = found ? [{ id: 'CONTENT_ALLOWANCE_OFFER', evidence: `"${found.sugar}" … "${found.allowance}" … "${found.bank}"; no web link to act on`, data: { ...found } }] : [];
      return { findings };
    },
  };
}
