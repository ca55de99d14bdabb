import type { OwnWords, ParsedMessage } from './types.js';

/**
 * The sender's own words in a message that carries a letter read as a letter of its own (ParsedMessage.ownWords, issue 17
 * item 8, session 66). A forward as attachment ("Fwd: Your booking with easyJet", the booking attached whole) quotes the
 * attached letter's subject and shows its text below the note; neither is the forwarding sender speaking, and the attached
 * letter's claims are judged by its own reading (the scan engine carries its class). The sender-identity checks — who the
 * sender claims to be, in the subject and the signature — read these; content checks still read the whole message.
 */

/**
 * A forward prefix as mail clients write it: en `Fwd:`/`Fw:`, de `WG:`/`Wtrlt:`, fr `TR:`, es `RV:`, pt `ENC:`, nl `Doorst:`,
 * it `I:`, sv `VB:`, da/no `VS:`, fi `VL:`, ja `転送:`, zh `转发:`/`轉寄:` (a full-width colon too). One at the start.
 */
const FORWARD_PREFIX = /^[ \t]*(?:fwd?|wg|wtrlt|tr|rv|enc|doorst|i|vb|vs|vl|転送|转发|轉寄)[ \t]*[:：][ \t]*/iu;

/** At most this many prefixes are read off a subject ("Fwd: Fwd: WG: …"). */
const FORWARD_PREFIXES_MAX = 8;

/** Subject text compared loosely: compatibility forms folded, case and runs of white space ignored. */
function comparable(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * `subject` as the sender's own words when it forwards a letter whose subject is `attachedSubject`: the forward prefixes
 * alone (`Fwd:`) when what follows them is the attached letter's subject (the forward's copy of it); otherwise the subject
 * as it is — words the sender added ("Fwd: look at this PayPal mail") are the sender's.
 */
export function ownSubject(subject: string, attachedSubject: string): string {
  const attached = comparable(attachedSubject);
  if (attached === '') return subject;
  let rest = subject;
  // Each prefix read off in turn: the attached letter may itself be a forward ("Fwd: WG: Rechnung" carrying "WG: Rechnung").
  for (let i = 0; i < FORWARD_PREFIXES_MAX; i++) {
    const m = FORWARD_PREFIX.exec(rest);
    if (!m) break;
    rest = rest.slice(m[0].length);
    if (comparable(rest) === attached) return subject.slice(0, subject.length - rest.length).trim();
  }
  return subject;
}

/** ParsedMessage.ownWords for `msg`, which forwards one letter whose subject is `attachedSubject`. */
export function ownWordsOf(msg: ParsedMessage, attachedSubject: string): OwnWords {
  return { subject: ownSubject(msg.subject, attachedSubject), visibleText: msg.shownWithoutAttached ?? msg.visibleText };
}

/** The subject as the sender's own words (see ownWordsOf). */
export function senderSubject(msg: ParsedMessage): string {
  return msg.ownWords?.subject ?? msg.subject;
}

/** The shown text as the sender's own words (see ownWordsOf). */
export function senderShownText(msg: ParsedMessage): string {
  return msg.ownWords?.visibleText ?? msg.visibleText;
}
