import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { unlinkedFirstLetter } from './chat-app-offer.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { headRead, phoneToCall, warnsAboutScheme } from './scam-structure.js';
import { sentenceGap as gap } from './sentences.js';

/**
 * Session 61 (issue 17, helper scam62): the debt-relief callback — "your Student-Loans have been marked as eligible for
 * forgiveness under the new guidelines … your file will remain open for one more day … call 877-…", "your tax debt qualifies
 * for a reduction … call our agents", "sus préstamos estudiantiles han sido aprobados para la condonación … llame al …". A
 * stranger writes that the reader's own debt can be forgiven, discharged or reduced and gives only a phone number: on the call
 * a "processing fee" or the reader's account and social-security details are taken. The content classifier carried design
 * sample-1086 alone (its words were spread with zero-width characters, which shownText removes). US English and Spanish, where
 * the scheme runs (the student-loan and tax-debt waves of 2022–2024).
 *
 * Three moves in a first message (no conversation, no list) with no web link to act on: **the reader's debt** (YOUR_DEBT: "your
 * … loans / debt", "sus … préstamos / deudas"), **its relief granted or offered** (RELIEF: eligible, qualified, approved, marked,
 * selected … within one sentence of forgiveness, discharge, cancellation, relief, reduction; condonación, perdón, cancelación,
 * alivio, reducción) and **a number to call** (scam-structure's phoneToCall: a `tel:` link or digits after a call word). A loan
 * servicer or a tax office writes with a link to the reader's account; a debt charity's helpline from its own domain reads 2
 * alone; CONTENT_DEBT_RELIEF_CALLBACK_STRANGER (composites.ts) adds the sender who owns no domain or is answered elsewhere. Not
 * in a text that warns about the scheme.
 *
 * Read in the letter unlinkedFirstLetter folds; alternatives of literals with bounded gaps inside one sentence: linear.
 */

/** The debt's words as trigram lists (head-grams.ts): the gate before any fold ("préstamo" by its ASCII piece). */
const DEBT_GRAMS = gramGate(['loan', 'debt', 'stamo', 'deuda']);

/** The reader's own debt (folded; "your Student-Loans" joined by a hyphen). */
const YOUR_DEBT = /\byour (?:[a-z]+[ -]){0,2}(?:loans?|debts?)\b|\bsus? (?:[a-z]+ ){0,2}(?:prestamos?|deudas?)\b/;

/** The debt's relief granted or offered (folded): a word of eligibility within one sentence of a word of relief. */
const RELIEF = new RegExp(
  [
    `\\b(?:eligible|qualif(?:y|ies|ied)|approved|pre-?approved|selected|marked|enrolled)\\b${gap(40)}\\b(?:forgiveness|forgiven|discharged?|cancell?ation|cancell?ed|relief|reduction|reduced|erased|wiped out)\\b`,
    `\\b(?:forgiveness|discharge|cancell?ation|relief|reduction)\\b${gap(30)}\\b(?:program(?:me)?|plan)\\b${gap(40)}\\b(?:eligible|qualif(?:y|ies|ied)|approved|selected)\\b`,
    `\\b(?:elegibles?|califica(?:n|do|da|dos|das)?|aprobad[oa]s?|seleccionad[oa]s?|preaprobad[oa]s?)\\b${gap(40)}\\b(?:condonacion|condonad[oa]s?|perdon|perdonad[oa]s?|cancelacion|cancelad[oa]s?|alivio|reduccion|reducid[oa]s?)\\b`,
  ].join('|'),
);

export interface DebtReliefCallback {
  debt: string;
  relief: string;
  phone: string;
}

/** The reader's debt said to be forgiven or reduced, with only a number to call (see the module's comment), or null. */
export function debtReliefCallback(msg: ParsedMessage): DebtReliefCallback | null {
  const read = headRead(msg);
  if (read.wide || !gramsMayMatch(DEBT_GRAMS, read.grams)) return null;
  const folded = unlinkedFirstLetter(msg);
  if (folded === null) return null;
  const debt = YOUR_DEBT.exec(folded);
  if (!debt) return null;
  const relief = RELIEF.exec(folded);
  if (!relief) return null;
  const phone = phoneToCall(msg, folded);
  if (phone === null || warnsAboutScheme(folded)) return null;
  return { debt: debt[0], relief: relief[0], phone };
}

export function debtReliefCallbackCheck(): Check {
  return {
    name: 'content.debt-relief-callback',
    description: "The reader's own debt said to be forgiven, discharged or reduced, with only a phone number to call, in a first message with no web link (the student-loan and tax-debt relief callback)",
    emits: ['CONTENT_DEBT_RELIEF_CALLBACK'],
    run(msg: ParsedMessage): CheckOutput {
      const found = debtReliefCallback(msg);
      const findings: Finding[] = found ? [{ id: 'CONTENT_DEBT_RELIEF_CALLBACK', evidence: `"${found.debt}" … "${found.relief}" … ${found.phone}; no web link to act on`, data: { ...found } }] : [];
      return { findings };
    },
  };
}
