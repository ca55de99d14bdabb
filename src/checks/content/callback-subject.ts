import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput } from '../types.js';
import { IMAGE_LURE_MAX_TEXT, isImage, ownLettersAtMost } from './image-lure.js';
import { foldText } from './scam-structure.js';

/**
 * Session 64 (issue 17 item 6, helper scam65): the callback invoice sent as a picture, its number in the subject — "Order 88120
 * confirmed - call +1 (888) 555-0131 if not you", "Norton Renewal $399.99 | Support: 1-888-555-0162", "Bestellung 4471 bestätigt -
 * Fragen? +49 30 5555 0144" — over a body that is a picture and no words: the invoice is drawn, so the body's callback readers
 * (scam-structure.ts CONTENT_CALLBACK_CHARGE, the callback-scam terms) read nothing, and the classifier alone carried them.
 *
 * CONTENT_CALLBACK_SUBJECT: the subject holds a phone number (10–15 digits in one run of digits, blanks, dots, dashes and
 * brackets, not a date) and names a charge (order, invoice, renewal, payment, subscription … in en de fr es pt nl it ja), and the
 * message shows a picture (an attached image or an <img>) but at most IMAGE_LURE_MAX_TEXT letters of its own text. A shop's
 * order confirmation has words; a newsletter with a number in its subject comes from its own domain (the _STRANGER composite
 * needs a sender who owns no domain or is answered elsewhere). Bounded: the subject's first 300 characters.
 */
const SUBJECT_CHARS = 300;
/** A phone number as written in a subject (folded): an optional +, a digit, 8–20 of digits and separators, a digit. */
const PHONE = /(?<![\p{L}\p{N}])\+?\(?\d[\d ().-]{8,20}\d(?![\p{L}\p{N}])/gu;
const DATE_LIKE = /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b/;
/** A charge named (folded subject: lower case, no accents). */
const CHARGE =
  /(?<![\p{L}])(?:order|invoice|receipt|renewal|renewed|subscription|payment|billing|purchase|transaction|membership|refund|charged?|auto-?renew\w*|bestellung|rechnung|zahlung|abonnement|abbuchung|verlangerung|commande|facture|paiement|renouvellement|prelevement|pedido|factura|pago|suscripcion|renovacion|cobro|fatura|pagamento|assinatura|renovacao|cobranca|compra|bestelling|factuur|betaling|verlenging|ordine|fattura|rinnovo|abbonamento)(?![\p{L}])|注文|請求|支払|更新|決済|購入/u;

export interface CallbackSubject {
  phone: string;
  charge: string;
}

/** The number and the charge of a picture letter's subject, or null. */
export function callbackSubject(msg: ParsedMessage): CallbackSubject | null {
  const subject = msg.subject.slice(0, SUBJECT_CHARS);
  // Most mail stops here: a subject with fewer than ten digits.
  let digits = 0;
  for (let i = 0; i < subject.length && digits < 10; i++) if (subject.charCodeAt(i) >= 48 && subject.charCodeAt(i) <= 57) digits++;
  if (digits < 10) return null;
  const pictured = msg.attachments.some(isImage) || msg.htmlFacts.links.some((l) => l.kind === 'img' && !l.hidden);
  if (!pictured) return null;
  const folded = foldText(subject);
  const charge = CHARGE.exec(folded);
  if (!charge) return null;
  let phone: string | undefined;
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(folded); m && !phone; m = PHONE.exec(folded)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits >= 10 && digits <= 15 && !DATE_LIKE.test(m[0])) phone = m[0].trim();
  }
  if (!phone || !ownLettersAtMost(msg, IMAGE_LURE_MAX_TEXT)) return null;
  return { phone, charge: charge[0] };
}

export function callbackSubjectCheck(): Check {
  return {
    name: 'content.callback-subject',
    description: 'The callback invoice drawn in a picture, its phone number in the subject (a charge named, no words in the body)',
    emits: ['CONTENT_CALLBACK_SUBJECT'],
    run(msg: ParsedMessage): CheckOutput {
      const found = callbackSubject(msg);
      return found ? { findings: [{ id: 'CONTENT_CALLBACK_SUBJECT', evidence: `subject gives ${found.phone} about "${found.charge}"; the body is a picture`, data: { ...found } }] } : { findings: [] };
    },
  };
}
