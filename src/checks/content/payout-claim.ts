import { senderRegistrable } from '../../links/registrable.js';
import { shownText } from '../../mail/shown-text.js';
import { isAscii, lowerCased } from '../../mail/text-chars.js';
import type { ParsedMessage } from '../../mail/types.js';
import { isFreemail } from '../sender/freemail.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { actionDomains, asciiHeadGrams, foldText, headRead, termPattern, warnsAboutScheme } from './scam-structure.js';

/**
 * Session 50 (issue 17, helper pay50): the payout to claim that names no coin — "Ihr Guthaben von 6400,00 € steht zur Abholung
 * bereit … Jetzt bestätigen", "Votre solde de 12 369 € est prêt à être retiré", "Your compensation of $2,450 is awaiting your
 * confirmation — confirm now". The crypto claim (scam-structure.ts cryptoClaim) needs a coin named; this is its twin for money
 * in any currency: a casino "payout verification", an "investment programme" or fake platform's balance, a compensation or
 * refund waiting for the reader to confirm or withdraw.
 *
 * CONTENT_PAYOUT_CLAIM — in the subject and the first MAX_TEXT characters of the shown text (folded: lower case, no accents):
 * a **sum with its currency** ("6400,00 €", "$2,450", "R$ 1.500", "12 369 EUR"), **money said to be the reader's** (YOURS: "your
 * balance / winnings / compensation / refund / payout", "Ihr Guthaben", "votre solde", "seu saldo", "il tuo saldo", "uw tegoed",
 * "あなたの残高"), **waiting or ready** to be collected (WAITING: "is ready to be withdrawn", "awaiting your confirmation", "steht
 * zur Abholung bereit", "prêt à être retiré", "aguardando liberação", "staat klaar"), **a call** to confirm, withdraw, claim or
 * collect (CALL: "confirm now", "jetzt bestätigen", "retirez", "confirme", "bevestig"), and one to MAX_DESTINATIONS web
 * destinations to act on — at least one not the sender's own registrable domain, unless the sender is free mail (a bank's,
 * shop's or casino's own notice to its own pages is not read). None in a text that warns about the scheme (scam-structure's
 * warnsAboutScheme: "this is not a scam" is the lure's reassurance, not a warning).
 * Informational (1 point, as CONTENT_CRYPTO_CLAIM): the composite CONTENT_PAYOUT_CLAIM_UNRELATED weighs who sends it.
 */
const MAX_TEXT = 6_000;
const MAX_DESTINATIONS = 4;

/**
 * A sum with its currency before or after it ("€6400,00", "6400,00 €", "$ 2,450", "12 369 EUR", "R$ 1.500", "1.000 Euro",
 * "2,400,000 円"). Bounded: digits and separators at most 16 characters, one blank between the digits' groups allowed.
 */
const SUM = /(?:[$€£¥]|\b(?:r\$|usd|eur|chf|gbp)) ?\d{1,3}(?:[.,  ]?\d{3}){0,4}(?:[.,]\d{1,2})?|\b\d{1,3}(?:[.,  ]?\d{3}){0,4}(?:[.,]\d{1,2})? ?(?:[$€£]|円|(?:eur|euros?|usd|dollars?|reais|chf|gbp|pounds?)\b)/u;

/**
 * Session 58 (helper det58): a refund or compensation said to be the reader's due — "le corresponde una devolución", "você tem direito
 * a uma restituição", "Ihnen steht eine Rückerstattung zu", "vous avez droit à un remboursement", "u heeft recht op een teruggave", "a
 * compensation payment … approved in your name". The sum is the reader's and waits to be paid: a term of both YOURS and WAITING.
 * Not a shop's "your refund has been processed" (no entitlement, nothing waiting), nor "you may be entitled" (a claims firm's offer).
 */
export const ENTITLED: readonly string[] = [
  // en
  'you are entitled to a refund', 'you are entitled to a compensation', 'you are entitled to compensation', 'you are eligible for a refund',
  'you are eligible to receive a refund', 'approved in your name', 'issued in your name',
  // de
  'steht ihnen eine erstattung', 'steht ihnen eine ruckerstattung', 'steht ihnen eine steuererstattung', 'steht ihnen eine entschadigung',
  'ihnen steht eine erstattung', 'ihnen steht eine ruckerstattung', 'ihnen steht eine steuererstattung', 'ihnen steht eine entschadigung',
  'anspruch auf eine erstattung', 'anspruch auf eine ruckerstattung', 'anspruch auf eine steuererstattung', 'anspruch auf eine entschadigung',
  'zu ihren gunsten',
  // fr
  'vous avez droit a un remboursement', 'vous avez droit a une indemnisation', 'vous avez droit a une compensation',
  'vous avez droit a un dedommagement', 'vous beneficiez d\'un remboursement', 'vous beneficiez d\'une indemnisation', 'en votre faveur',
  // es
  'le corresponde una devolucion', 'le corresponde un reembolso', 'le corresponde una indemnizacion', 'le corresponde una compensacion',
  'tiene derecho a una devolucion', 'tiene derecho a un reembolso', 'tiene derecho a una indemnizacion', 'tiene una devolucion pendiente',
  'tienes derecho a un reembolso', 'te corresponde un reembolso', 'a su favor',
  // pt
  'tem direito a uma restituicao', 'tem direito a restituicao', 'tem direito a um reembolso', 'tem direito a uma indenizacao',
  'tem uma restituicao', 'a seu favor',
  // it
  'ha diritto a un rimborso', 'hai diritto a un rimborso', 'ha diritto a un risarcimento', 'le spetta un rimborso', 'ti spetta un rimborso',
  'le spetta un risarcimento', 'le spetta un indennizzo', 'a suo favore', 'a tuo favore',
  // nl
  'heeft recht op een teruggave', 'heeft recht op een terugbetaling', 'heeft recht op een vergoeding', 'heeft recht op een compensatie',
  'hebt recht op een terugbetaling', 'in uw voordeel',
  // ja
  '還付金があります', '還付金を受け取る', '還付金のお受け取り',
];

export const YOURS: readonly string[] = [
  ...ENTITLED,
  // en
  'your balance', 'your account balance', 'your winnings', 'your payout', 'your pay-out', 'your compensation', 'your refund', 'your reimbursement',
  'your credit', 'your funds', 'your earnings', 'your prize money', 'your cashback', 'your bonus balance', 'your withdrawal', 'your transfer',
  'you have received', 'has been credited to your account', 'credited to your account', 'owed to you', 'you are entitled to',
  // de
  'ihr guthaben', 'ihr kontostand', 'ihr gewinn', 'ihre gewinne', 'ihre auszahlung', 'ihre entschadigung', 'ihre ruckerstattung', 'ihre erstattung',
  'ihre gutschrift', 'ihre uberweisung', 'ihr bonusguthaben', 'sie haben gewonnen', 'ihrem konto gutgeschrieben', 'auf ihr konto erhalten',
  // fr
  'votre solde', 'votre credit', 'votre gain', 'vos gains', 'votre paiement', 'votre remboursement', 'votre indemnisation', 'votre indemnite',
  'votre compensation', 'votre virement', 'votre transfert', 'vos fonds', 'credite sur votre compte',
  // es
  'su saldo', 'tu saldo', 'su credito', 'tu credito', 'su premio', 'tu premio', 'sus ganancias', 'tus ganancias', 'su pago', 'tu pago',
  'su reembolso', 'tu reembolso', 'su indemnizacion', 'tu indemnizacion', 'su compensacion', 'tu compensacion', 'sus fondos', 'tus fondos',
  // pt
  'seu saldo', 'seu credito', 'seu premio', 'seus ganhos', 'seu pagamento', 'seu reembolso', 'sua indenizacao', 'sua compensacao',
  'sua restituicao', 'sua transferencia', 'seu resgate', 'seus fundos', 'seu valor',
  // it
  'il tuo saldo', 'il suo saldo', 'il tuo credito', 'il suo credito', 'la tua vincita', 'la sua vincita', 'il tuo premio', 'il tuo pagamento',
  'il tuo rimborso', 'il suo rimborso', 'il tuo risarcimento', 'il tuo indennizzo', 'i tuoi fondi',
  // nl
  'uw saldo', 'je saldo', 'uw tegoed', 'je tegoed', 'uw winst', 'je winst', 'uw uitbetaling', 'je uitbetaling', 'uw terugbetaling',
  'je terugbetaling', 'uw compensatie', 'uw schadevergoeding', 'uw restitutie', 'uw overboeking',
  // ja
  'あなたの残高', 'お客様の残高', '返金', '払い戻し', '補償金', '賞金', '配当金',
];

export const WAITING: readonly string[] = [
  ...ENTITLED,
  // en
  'is ready to be withdrawn', 'ready to be withdrawn', 'ready to be claimed', 'ready to be collected', 'ready to be released', 'ready to be paid out',
  'ready for withdrawal', 'ready for collection', 'ready for payout', 'ready for release', 'available for withdrawal', 'available to withdraw',
  'awaiting your confirmation', 'awaiting confirmation', 'awaiting withdrawal', 'awaiting release', 'awaiting your claim', 'pending withdrawal',
  'pending release', 'pending confirmation', 'pending payout', 'is waiting for you', 'are waiting for you', 'waiting to be claimed', 'waiting to be withdrawn',
  'on hold for you', 'can be confirmed', 'can be withdrawn', 'can be claimed',
  // de
  'steht zur abholung bereit', 'zur abholung bereit', 'zur auszahlung bereit', 'bereit zur auszahlung', 'zur auszahlung freigegeben', 'wartet auf ihre bestatigung',
  'wartet auf bestatigung', 'wartet auf sie', 'warten auf sie', 'kann bestatigt werden', 'kann ausgezahlt werden', 'steht ihnen zur verfugung', 'liegt fur sie bereit',
  // fr
  'pret a etre retire', 'prete a etre retiree', 'pret a etre verse', 'pret a etre reclame', 'disponible au retrait', 'disponible pour retrait',
  'en attente de confirmation', 'en attente de votre confirmation', 'en attente de retrait', 'en attente de validation', 'en attente de versement',
  'vous attend', 'peut etre retire', 'peut etre confirme',
  // es
  'listo para ser retirado', 'listo para retirar', 'listo para cobrar', 'disponible para retiro', 'disponible para retirar', 'disponible para cobrar',
  'pendiente de retiro', 'pendiente de cobro', 'pendiente de confirmacion', 'esperando su confirmacion', 'te espera', 'le espera',
  // pt
  'pronto para ser sacado', 'pronto para saque', 'pronto para resgate', 'pronto para ser resgatado', 'disponivel para saque', 'disponivel para resgate',
  'aguardando sua confirmacao', 'aguardando confirmacao', 'aguardando liberacao', 'aguardando saque', 'aguardando resgate', 'esta esperando por voce',
  'a sua espera',
  // it
  'pronto per il prelievo', 'pronto per essere prelevato', 'pronto per essere ritirato', 'disponibile per il prelievo', 'in attesa di conferma',
  'in attesa della tua conferma', 'in attesa di prelievo', 'ti aspetta', 'la aspetta',
  // nl
  'klaar voor opname', 'klaar voor uitbetaling', 'staat klaar', 'ligt klaar', 'wacht op uw bevestiging', 'wacht op je bevestiging', 'wacht op u',
  'beschikbaar voor opname', 'beschikbaar voor uitbetaling',
  // ja
  '受け取り可能', '出金可能', '受取待ち', '承認待ち', 'お受け取りいただけます',
];

export const CALL: readonly string[] = [
  // en
  'confirm now', 'confirm your', 'confirm the payment', 'confirm payment', 'withdraw now', 'withdraw your', 'claim now', 'claim your', 'collect now',
  'collect your', 'verify now', 'cash out', 'receive your', 'get your payout', 'release your',
  // Session 58: the refund's call — the bank details to give, the refund to request.
  'request your refund', 'request your compensation', 'enter your bank details', 'provide your bank details', 'your banking details',
  // de
  'jetzt bestatigen', 'bestatigen sie', 'jetzt uberprufen', 'jetzt auszahlen', 'jetzt abholen', 'jetzt anfordern', 'jetzt einlosen', 'auszahlung anfordern',
  'auszahlung bestatigen', 'jetzt verifizieren', 'ihre bankverbindung', 'erstattung beantragen', 'ruckerstattung beantragen',
  // fr
  'confirmez', 'confirmer maintenant', 'retirez', 'retirer maintenant', 'reclamez', 'recuperez', 'validez', 'vos coordonnees bancaires',
  'recevoir mon remboursement', 'demander le remboursement',
  // es
  'confirme', 'confirma', 'confirmar ahora', 'retire', 'retira', 'retirar ahora', 'reclame', 'reclama', 'cobra', 'cobre', 'indicar su cuenta',
  'indique su cuenta', 'sus datos bancarios', 'solicitar la devolucion', 'solicite la devolucion', 'solicitar el reembolso',
  // pt
  'confirme agora', 'confirmar agora', 'saque agora', 'sacar agora', 'resgate agora', 'resgatar agora', 'libere', 'liberar agora',
  'seus dados bancarios', 'solicite a restituicao', 'solicitar a restituicao', 'solicite o reembolso',
  // it
  'conferma ora', 'conferma il', 'confermare', 'preleva ora', 'preleva il', 'ritira ora', 'ritira il', 'riscatta ora', 'suoi dati bancari',
  'richiedi il rimborso', 'richieda il rimborso',
  // nl
  'bevestig nu', 'bevestig uw', 'bevestig je', 'nu opnemen', 'neem op', 'nu claimen', 'claim nu', 'haal op', 'uitbetaling aanvragen',
  'vul uw gegevens in', 'uw bankgegevens', 'teruggave aanvragen',
  // ja
  '今すぐ確認', '確認してください', '受け取る', '出金する', '出金してください',
];

/**
 * The three lists as trigram gates (session 53, issue 18): a head whose subject and first MAX_TEXT characters are ASCII is folded
 * to its lower case alone (foldText), so a match of a list's pattern there holds its term's letters in a row, and the head's
 * trigrams (headRead) hold that term's. The Japanese terms cannot match ASCII text and are left out.
 */
const asciiTerms = (terms: readonly string[]): string[] => terms.filter((t) => isAscii(t));
const YOURS_GRAMS = gramGate(asciiTerms(YOURS));
const WAITING_GRAMS = gramGate(asciiTerms(WAITING));
const CALL_GRAMS = gramGate(asciiTerms(CALL));

/**
 * Whether the ASCII head whose trigrams are marked with `grams` (asciiHeadGrams) may hold a term of each of YOURS, WAITING and
 * CALL: where one cannot match, payoutClaim has no claim, and neither the sum's pattern, the fold nor the lists are run (they
 * were ~80 K instructions a message, session 53).
 */
export function payoutTermsMayBeIn(grams: number): boolean {
  return gramsMayMatch(YOURS_GRAMS, grams) && gramsMayMatch(WAITING_GRAMS, grams) && gramsMayMatch(CALL_GRAMS, grams);
}

/** The first term of each of YOURS, WAITING and CALL in the folded head, or null where one list has none (what payoutTermsMayBeIn gates). */
export function payoutTerms(folded: string): { yours: string; waiting: string; call: string } | null {
  const y = (yours ??= termPattern(YOURS, 'u')).exec(folded);
  const w = y && (waiting ??= termPattern(WAITING, 'u')).exec(folded);
  const c = w && (call ??= termPattern(CALL, 'u')).exec(folded);
  return y && w && c ? { yours: y[0], waiting: w[0], call: c[0] } : null;
}

// Made on first use: only a message that names a sum reads them.
let yours: RegExp | undefined;
let waiting: RegExp | undefined;
let call: RegExp | undefined;

export interface PayoutClaim {
  sum: string;
  yours: string;
  waiting: string;
  call: string;
  domains: string[];
  /** A destination is not the sender's registrable domain. */
  elsewhere: boolean;
  /** Session 59: the reader's bank details asked for the payout (BANK_DETAILS), or undefined. */
  bankDetails?: string;
}

/**
 * Session 59 (scam59): the reader's bank details asked for the payout — the refund "due to you" whose page takes "Ihre
 * Bankverbindung", "vos coordonnées bancaires", "sus datos bancarios", "seus dados bancários", "i suoi dati bancari", "uw
 * bankgegevens", "your bank details" (folded text; read only where a claim is found). What the page then takes is a bank
 * login or card, not a refund: CONTENT_PAYOUT_BANK_DETAILS, weighed by PHISH_PAYOUT_BANK_DETAILS_UNRELATED where nothing
 * authenticates the sender.
 */
const BANK_DETAILS =
  /\b(?:your bank(?:ing)? (?:details|account(?: details)?)|bank(?:ing)? details|ihre bankverbindung|ihre bankdaten|ihre kontodaten|(?:vos|ses) coordonnees bancaires|votre rib|(?:sus|tus) datos bancarios|(?:su|tu) cuenta bancaria|indicar su cuenta|indique su cuenta|(?:seus|teus) dados bancarios|(?:sua|tua) conta bancaria|(?:suoi|tuoi) dati bancari|(?:sue|tue) coordinate bancarie|(?:il suo|il tuo) iban|uw bankgegevens|je bankgegevens|uw rekeningnummer)\b|口座情報|口座番号/;

/** The payout to claim in `msg` (see the module's comment), or null. */
export function payoutClaim(msg: ParsedMessage, freemail: ReadonlySet<string>): PayoutClaim | null {
  const grams = asciiHeadGrams(headRead(msg), MAX_TEXT);
  if (grams !== undefined && !payoutTermsMayBeIn(grams)) return null;
  const body = shownText(msg);
  const head = `${msg.subject.slice(0, 512)}\n${body.length > MAX_TEXT ? body.slice(0, MAX_TEXT) : body}`;
  const sum = SUM.exec(lowerCased(head));
  if (!sum) return null;
  const folded = foldText(head);
  const terms = payoutTerms(folded);
  if (!terms) return null;
  // The scammer's own "this is not a scam" is no warning (warnsAboutScheme skips a negated term).
  if (warnsAboutScheme(folded)) return null;
  const domains = actionDomains(msg, head, MAX_DESTINATIONS);
  if (domains.length === 0 || domains.length > MAX_DESTINATIONS) return null;
  const senderDomain = msg.from[0]?.domain ?? '';
  const sender = senderRegistrable(senderDomain);
  const elsewhere = domains.some((d) => d !== sender);
  // A bank's, shop's or casino's own notice to its own pages is not read; free mail owns no platform.
  if (!elsewhere && !isFreemail(senderDomain, freemail)) return null;
  const bank = BANK_DETAILS.exec(folded);
  return { sum: sum[0].trim(), ...terms, domains, elsewhere, ...(bank ? { bankDetails: bank[0] } : {}) };
}

export function payoutClaimCheck(freemail: ReadonlySet<string> = new Set()): Check {
  return {
    name: 'content.payout-claim',
    description: 'A sum of money said to be the reader\'s (balance, winnings, compensation, refund) waiting to be confirmed, withdrawn or claimed at a link',
    emits: ['CONTENT_PAYOUT_CLAIM', 'CONTENT_PAYOUT_BANK_DETAILS'],
    run(msg: ParsedMessage): CheckOutput {
      const findings: Finding[] = [];
      const claim = payoutClaim(msg, freemail);
      if (claim) {
        findings.push({ id: 'CONTENT_PAYOUT_CLAIM', evidence: `${claim.sum}: "${claim.yours}" … "${claim.waiting}" … "${claim.call}"; at ${claim.domains.join(', ')}`, data: { ...claim } });
        if (claim.bankDetails) findings.push({ id: 'CONTENT_PAYOUT_BANK_DETAILS', evidence: `"${claim.bankDetails}" asked for ${claim.sum}; at ${claim.domains.join(', ')}`, data: { bankDetails: claim.bankDetails } });
      }
      return { findings };
    },
  };
}
