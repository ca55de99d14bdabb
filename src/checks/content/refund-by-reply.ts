import type { ParsedMessage } from '../../mail/types.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { unlinkedFirstLetter } from './chat-app-offer.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { ENTITLED } from './payout-claim.js';
import { headRead, warnsAboutScheme } from './scam-structure.js';
import { sentenceGap as gap } from './sentences.js';

/**
 * Session 62 (issue 17 item 6, helper scam63): the fake refund taken by reply — "we charged you twice for your annual subscription.
 * You are entitled to a refund of $489.00. To process your refund please reply with your full name, bank name, account number
 * and routing number", "Ihnen steht eine Rückerstattung von 389,00 € zu. Bitte antworten Sie mit … Ihrer IBAN", "vous avez droit
 * à un remboursement … répondez avec … votre IBAN". payout-claim.ts reads the refund whose page takes the bank details; this one
 * has no page: the details go back by mail, and a "processing" or "overpayment" story follows.
 *
 * Two moves in a first message (no conversation, no list) with no web link to act on (unlinkedFirstLetter): **a refund said to
 * be the reader's due** (payout-claim's ENTITLED: "you are entitled to a refund", "Ihnen steht eine Rückerstattung zu", "vous
 * avez droit à un remboursement", "le corresponde un reembolso", "tem direito a um reembolso", "heeft recht op een
 * terugbetaling", 還付金があります) and **the bank details asked by reply** (BANK_ASKED: a verb of answering or sending and the
 * account's words — account number, routing number, bank details, IBAN, Bankverbindung, coordonnées bancaires, número de cuenta,
 * dados bancários, rekeningnummer — within one sentence). Not where the text says such details are never asked, nor in a text
 * that warns. A shop that refunds from its own authenticated domain reads 2 alone; CONTENT_REFUND_BY_REPLY_STRANGER
 * (composites.ts) adds the sender who owns no domain or is answered elsewhere.
 *
 * Read in the letter unlinkedFirstLetter folds; alternatives of literals with bounded gaps inside one sentence: linear.
 */

/** The refund's words as trigram lists (head-grams.ts): the gate before any fold. A Japanese text is read without it. */
const REFUND_GRAMS = gramGate(['refund', 'reimburse', 'erstattung', 'remboursement', 'reembolso', 'devoluci', 'restitui', 'terugbetaling', 'teruggave', 'rimborso', 'compensa', 'entsch', 'indemni']);

/** A refund said to be the reader's due (folded): payout-claim's ENTITLED terms. */
const REFUND_DUE = lazyRegExp(() => new RegExp(ENTITLED.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')));

/** The account's words (folded). */
const ACCOUNT =
  '(?:bank account|account number|routing number|sort code|bank details|banking details|bank name|iban|bic|swift|bankverbindung|kontonummer|bankdaten|coordonnees bancaires|rib|numero de compte|numero de cuenta|datos bancarios|cuenta bancaria|dados bancarios|numero da conta|conta bancaria|rekeningnummer|bankgegevens|coordinate bancarie|口座番号|口座情報)';

/** The bank details asked by reply or sent back (folded), in one sentence. */
const BANK_ASKED = lazyRegExp(() => new RegExp(
  [
    `\\b(?:reply|respond|send|provide|forward|email|e-mail|write)\\b${gap(80)}${ACCOUNT}`,
    `\\b(?:antworten|senden|schicken|teilen|ubermitteln|geben)\\b${gap(80)}${ACCOUNT}|${ACCOUNT}${gap(60)}\\b(?:mitteilen|zusenden|senden|schicken|antworten)\\b`,
    `\\b(?:repondez|repondre|envoyez|envoyer|communiquez|transmettez|indiquez)\\b${gap(80)}${ACCOUNT}`,
    `\\b(?:responda|responder|envie|enviar|envienos|proporcione|facilitenos|indique)\\b${gap(80)}${ACCOUNT}`,
    `\\b(?:responda|responder|envie|enviar|envie-nos|forneca|informe|indique)\\b${gap(80)}${ACCOUNT}`,
    `\\b(?:antwoord|beantwoord|stuur|verstrek|geef)\\b${gap(80)}${ACCOUNT}`,
  ].join('|') + `|${ACCOUNT}[^。！？\\n]{0,30}?(?:返信|ご連絡|お知らせ|送って)`,
));

/** Such details said never to be asked (a bank's or a shop's warning). */
const NEVER_ASKED = /\b(?:never|will not|nie|niemals|jamais|nunca|nooit|mai)\b[^.!?\n]{0,60}?\b(?:ask|asks|request|fragen|demander|demande|pedir|pide|pedimos|vragen|chiedere)\b|決して/;

export interface RefundByReply {
  due: string;
  asked: string;
}

/** A refund said to be the reader's due whose bank details are asked by reply, in a first message with no link, or null. */
export function refundByReply(msg: ParsedMessage): RefundByReply | null {
  const read = headRead(msg);
  if (!read.wide && !gramsMayMatch(REFUND_GRAMS, read.grams)) return null;
  const folded = unlinkedFirstLetter(msg);
  if (folded === null) return null;
  const due = REFUND_DUE().exec(folded);
  if (!due) return null;
  const asked = BANK_ASKED().exec(folded);
  if (!asked || NEVER_ASKED.test(folded) || warnsAboutScheme(folded)) return null;
  return { due: due[0], asked: asked[0] };
}

export function refundByReplyCheck(): Check {
  return {
    name: 'content.refund-by-reply',
    description: "A refund said to be the reader's due whose bank details (account number, IBAN) are asked by reply, in a first message with no web link (the fake refund)",
    emits: ['CONTENT_REFUND_BY_REPLY'],
    run(msg: ParsedMessage): CheckOutput {
      const found = refundByReply(msg);
      const findings: Finding[] = found ? [{ id: 'CONTENT_REFUND_BY_REPLY', evidence: `"${found.due}" … "${found.asked}"; no page, the details go back by mail`, data: { ...found } }] : [];
      return { findings };
    },
  };
}
