import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { unlinkedFirstLetter } from './chat-app-offer.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { headRead, termPattern, warnsAboutScheme } from './scam-structure.js';
import { DONATION_ASK_TERMS } from './terms.js';

/**
 * Session 52 (issue 17, helper scam52): the fake appeal after a disaster or a war whose only way to give is an account — "nach
 * dem Erdbeben … überweisen Sie Ihre Spende auf unser Konto IBAN DE44 …", "send your donation through PayPal to
 * reliefhelp.family@…", "répondez-nous pour recevoir nos coordonnées bancaires". scam-structure's CONTENT_DONATION_TO_WALLET
 * reads the same appeal with a crypto wallet; this reads it with a bank account, PayPal or a money-transfer service. Two
 * moves: **a donation asked** (DONATION_ASK_TERMS, the wallet reading's words) and **where to send it** (PAY_ROUTE: an IBAN,
 * bank details or an account number, PayPal, Western Union, MoneyGram, or the details promised in the answer) — in a first
 * message (no conversation, no list) with **no web link to act on**. A charity's real appeal or newsletter links to its
 * donation page (and may print its IBAN beside it); CONTENT_DONATION_APPEAL_STRANGER (composites.ts) adds the sender who owns
 * no domain or is answered elsewhere. Not in a text that warns about the scheme ("fake charities ask you to…").
 *
 * Read in the letter unlinkedFirstLetter folds; alternatives of literals: linear.
 */

/**
 * The gift words (DONATION_ASK_TERMS and MORE_GIFTS below) as trigram lists (head-grams.ts); accented ones by their ASCII
 * pieces ("doação" → "doa", "donación" → "donaci", "aportación" → "aportaci"). French "don" is read with its determiner.
 */
const DONATION_GRAMS = gramGate([
  'donat', 'donaci', 'donaz', 'donar', 'doar', 'doa', 'spende', 'spendet', 'spendest', 'doneer', 'votre don', 'vos dons', 'un don', 'des dons', 'les dons',
  'votre contribution', 'jede hilfe', 'beitrag', 'toute aide', 'aportaci', 'ayuda', 'contribuci', 'ajuda', 'aiuto', 'contributo', 'bijdrage',
]);
/**
 * The wallet reading's words, the French gift with its other determiners ("nous collectons des dons"), and the help or
 * contribution asked ("cualquier ayuda", "su aportación", "un aiuto concreto", "uw bijdrage").
 */
const MORE_GIFTS = [
  'un don', 'des dons', 'les dons', 'jede hilfe', 'ihr beitrag', 'votre contribution', 'toute aide',
  'su aportacion', 'cualquier ayuda', 'su contribucion', 'qualquer ajuda', 'sua contribuicao', 'un aiuto', 'un contributo', 'elke bijdrage',
  'uw bijdrage', 'ご支援', 'ご協力',
];
/**
 * PAY_ROUTE's words as trigram lists, asked with the gift's: the gift's short words ("un don") hold trigrams most mail has, so
 * the letter must hold a route's too. Accented ones by their ASCII pieces ("Überweisung" → "berweisung", "número" → "mero",
 * "bancária" → "banc", "ria", "coordonnées" → "coordonn", "transferência" → "transfer", "ncia").
 */
const ROUTE_GRAMS = gramGate([
  'iban', 'bic', 'swift', 'bank details', 'bank account', 'bank transfer', 'account number', 'account details', 'paypal', 'western union',
  'moneygram', 'world remit', 'worldremit', 'bankverbindung', 'kontonummer', 'konto', 'berweisung', 'coordonn bancaires', 'rib', 'virement',
  'notre compte', 'datos bancarios', 'cuenta bancaria', 'mero cuenta', 'transferencia', 'transfer ncia', 'dados banc rios', 'conta banc ria', 'pix',
  'coordinate bancarie', 'bonifico', 'conto corrente', 'rekeningnummer', 'bankgegevens', 'overmaken', 'overschrijving',
]);
let donation: RegExp | undefined;
const DONATION = (): RegExp => (donation ??= termPattern([...DONATION_ASK_TERMS, ...MORE_GIFTS], 'u'));

/**
 * Where the money goes when there is no page: an account, PayPal, a money-transfer service, or details in the answer. Session 58
 * (scam58): the account named with its article ("überweisen Sie Ihre Spende auf das Konto unserer Koordinatorin") and an IBAN written
 * without its label (two letters, two check digits, groups of four digits).
 */
const PAY_ROUTE =
  /\b(?:iban|bic|swift|bank (?:details|account|transfer)|account (?:number|details)|paypal|western union|moneygram|world ?remit|bankverbindung|kontonummer|unser(?:em)? konto|uberweisung|auf das konto|[a-z]{2}\d{2} ?\d{4} ?\d{4}|coordonnees bancaires|rib|virement|notre compte|datos bancarios|cuenta bancaria|numero de cuenta|transferencia|dados bancarios|conta bancaria|pix|coordinate bancarie|bonifico|conto corrente|rekeningnummer|bankgegevens|overmaken|overschrijving)\b|口座|振込|振り込/;

/**
 * Session 60 (helper draw17d): the reader's own account asked for — "reply with your IBAN", "schick mir deine IBAN", "envoie-moi
 * ton RIB", "pásame tu número de cuenta", "me manda sua chave Pix", "what are your bank details", "je rekeningnummer". Then the
 * money goes *to* the reader: a friend who gives to the school fair through the reader, splits a bill or pays back a loan, not an
 * appeal for the reader's gift (which names the sender's account, or promises it in the answer). A second-person possessive, at
 * most one word, then an account's name (not a payment service: "through your PayPal" names how the reader pays). Not when the
 * letter writes out an account number too (the appeal's own IBAN stands beside it). Folded text (lower case, no accents).
 */
const READER_ACCOUNT =
  /\b(?:your|dein|deine|deinen|deiner|ihre|ihren|ton|ta|tes|votre|vos|tu|tus|teu|tua|seu|sua|seus|suas|tuo|tuoi|tue|je|jouw|uw)\s(?:[a-z]+\s)?(?:iban|rib|bank details|bank account|bank account details|account number|account details|bankverbindung|bankdaten|kontonummer|konto|kontodaten|coordonnees bancaires|numero de compte|numero de cuenta|cuenta|datos bancarios|dados bancarios|conta|chave pix|coordinate bancarie|conto|rekeningnummer|bankgegevens)\b/;
/** An account number written out (two letters, two check digits, a group of four letters or digits, one of four digits): the appeal's own. */
const WRITTEN_IBAN = /\b[a-z]{2}\d{2} ?[a-z0-9]{4} ?\d{4}/;

export interface DonationAppeal {
  asked: string;
  route: string;
}

/** The donation asked and the account it goes to, in a first message with no web link (see the module's comment), or null. */
export function donationAppeal(msg: ParsedMessage): DonationAppeal | null {
  const read = headRead(msg);
  if (!read.wide && !(gramsMayMatch(DONATION_GRAMS, read.grams) && gramsMayMatch(ROUTE_GRAMS, read.grams))) return null;
  const folded = unlinkedFirstLetter(msg);
  if (folded === null) return null;
  const asked = DONATION().exec(folded);
  if (!asked) return null;
  const route = PAY_ROUTE.exec(folded);
  if (!route || warnsAboutScheme(folded)) return null;
  if (READER_ACCOUNT.test(folded) && !WRITTEN_IBAN.test(folded)) return null;
  return { asked: asked[0], route: route[0] };
}

export function donationAppealCheck(): Check {
  return {
    name: 'content.donation-appeal',
    description: 'A donation asked to a bank account, PayPal or a money-transfer service in a first message with no web link (the fake appeal)',
    emits: ['CONTENT_DONATION_APPEAL'],
    run(msg: ParsedMessage): CheckOutput {
      const found = donationAppeal(msg);
      const findings: Finding[] = found ? [{ id: 'CONTENT_DONATION_APPEAL', evidence: `"${found.asked}" … "${found.route}"; no donation page`, data: { ...found } }] : [];
      return { findings };
    },
  };
}
