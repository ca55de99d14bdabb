import { smallCapitalIReadings } from '../../lookalike/letterlike.js';
import { isAscii, oneByteIfLatin1 } from '../../mail/text-chars.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput } from '../types.js';
import { foldMayMatchAll, gramGate } from './head-grams.js';
import { termWords } from './match.js';
import { headRead } from './scam-structure.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';

/**
 * The lure written on the envelope: the subject or the sender's display name announces a problem with something
 * the reader holds — an account, a payment, a card, a parcel, a mailbox, cloud storage ("Payment failed: your
 * photos will be deleted", "Falha na entrega: sua entrega está pendente", display name "Pago rechazado") — or asks
 * to confirm one ("Bestätigen Sie Ihr Konto"). Today's credential and payment lures often say it there and
 * nowhere else: the body is a picture, word salad or someone else's newsletter, so the content categories find
 * too few words and, with no organisation named, no impersonation fires (issue 17, fourth pass: the commonest
 * shape of the honeypot's `spam`-not-`phishing` lures outside the labelled sample). Alone it is a small sign: a
 * genuine notice says the same, from the organisation that holds the account; the composites
 * (src/rules/composites.ts) ask for the rest — mail the classifier already calls spam, or a sender or link with
 * nothing to do with any organisation.
 *
 * An object word and a problem word (or, for an account, password, payment or card, a request word) must both be
 * words of the subject + display name (≤ 1,024 characters, NFKC, lower case), in any of en/de/pt/es/fr/nl; Japanese
 * by substrings. Bounded: one split of that short text.
 */
const MAX_CHARS = 1024;

/**
 * What the reader holds. `credential` ones may also be asked to be confirmed. Session 41: the French entitlement account's
 * "droits" and its "solde" (the training-account lure: "Vérifiez vos droits CPF", "vos droits CPF arrivent à échéance",
 * "vérifiez votre solde", sent by the thousand from schools' and shops' mailboxes); its expiry words are problems below.
 */
const CREDENTIAL_OBJECTS = words(`
  account accounts password passwords payment card billing transaction
  konto passwort kennwort zahlung karte kreditkarte
  conta senha pagamento cartão transação
  cuenta contraseña pago tarjeta transacción
  compte paiement carte droits solde
  wachtwoord betaling rekening`);
const OTHER_OBJECTS = words(`
  mailbox invoice storage icloud photos files parcel package delivery shipment item refund subscription membership points
  postfach rechnung speicher speicherplatz fotos dateien paket sendung lieferung zustellung rückerstattung abonnement mitgliedschaft punkte
  caixa fatura armazenamento nuvem arquivos encomenda pacote entrega reembolso assinatura pontos
  buzón factura almacenamiento nube archivos paquete envío suscripción puntos
  boîte facture stockage fichiers colis livraison remboursement
  postvak factuur opslag foto's bestanden pakket pakketje bezorging levering terugbetaling punten
  data cloud wallet daten dados datos données gegevens`);
/**
 * What went wrong with it. Past participles and adjectives, not verbs of news ("update", "new"); also what threatens
 * it — a sign-in attempt, something suspicious or unauthorised, a risk ("Your Storage Is at Risk – Fix Billing Now",
 * "Someone tried to log in to your account", "Um login suspeito em sua conta"). Not the French "tentative": in English
 * it is a calendar reply ("Tentative: payment review").
 */
const PROBLEMS = words(`
  suspended blocked locked disabled deactivated restricted expired expiring expiry failed declined overdue unpaid
  pending hold held deleted removed terminated shutdown undeliverable quota
  gesperrt blockiert deaktiviert abgelaufen fehlgeschlagen abgelehnt ausstehend gelöscht überfällig eingeschränkt verfallen
  bloqueada bloqueado bloqueamos suspensa suspenso expirada expirado falha falhou recusado recusada pendente cheio
  excluídos excluídas removidos vencida expiram vencem
  suspendida suspendido caducada fallido fallida rechazado rechazada pendiente lleno eliminados eliminen eliminarán expiran
  bloqué bloquée suspendu suspendue expiré échoué échec refusé refusée supprimés supprimées impayée expirent expirer échéance
  geblokkeerd opgeschort verlopen mislukt geweigerd openstaand verwijderd
  risk danger suspicious unusual unauthorized unauthorised unrecognized unrecognised attempt attempted tried
  gefahr gefährdet verdächtig ungewöhnlich unbefugt
  risco perigo suspeito suspeita suspeitos incomum tentativa
  riesgo peligro sospechoso sospechosa inusual intento
  risque suspect suspecte inhabituel
  risico gevaar verdacht verdachte ongebruikelijk poging
  problem problems deletion suspension termination deactivation missed
  fehlgeschlagene fehlgeschlagenen abgelehnte gesperrte gesperrtes abgelaufene ausstehende ausstehenden sperrung löschung versucht
  problema problemas exclusão bloqueio suspensão tentamos
  eliminación suspensión bloqueo intentamos
  problème suppression blocage manquée manqué
  probleem verwijdering blokkering
  waiting awaiting wartet wacht afwachting aguardando aguarda aguardam attend attendent
  cannot unable unsuccessful rejected`);
/**
 * Asking to confirm or bring up to date: counts only with a credential object ("verify your account", "Bestätigen
 * Sie Ihr Konto", "Update Your Payment Details", "Überprüfen Sie Ihr Konto"); "update" alone is news. An action
 * "required" or "needed" for the account asks the same ("Account Notification – Action Needed").
 */
const REQUESTS = words(`
  verify verification confirm reactivate update
  bestätigen verifizieren bestätigung überprüfen aktualisieren
  verificar verifique confirme confirmar atualize atualizar
  actualice actualizar
  vérifier vérifiez confirmer confirmez
  verifiëren bevestig bevestigen controleer bijwerken
  required needed requise requerida necessária necessaria erforderlich vereist`);
/**
 * Session 30: an attempt that failed is the notice by itself, with no object named — "Tercer intento fallido. Este es su aviso
 * final.", "Delivery attempt unsuccessful", "Zustellversuch fehlgeschlagen", "Tentativa de entrega falhou", "Bezorgpoging
 * mislukt", "Tentative de livraison échouée" (the French word counts here, beside a failure word, not as a problem alone). The
 * courier's or the bank's "we tried and failed" — the reader is to act (pay the fee, re-book, sign in). Both words are needed: an
 * attempt alone is news ("our second attempt at a newsletter") and a failure alone names nothing the reader holds.
 */
const ATTEMPTS = words(`
  attempt attempts
  versuch zustellversuch zustellversuche lieferversuch lieferversuche
  tentativa tentativas
  intento intentos
  tentative tentatives
  poging pogingen bezorgpoging afleverpoging leveringspoging`);
const FAILURES = words(`
  failed unsuccessful
  fehlgeschlagen fehlgeschlagener fehlgeschlagene erfolglos gescheitert
  falhou falha falhada falhadas fracassada malsucedida
  fallido fallida fallidos fallidas
  échoué échouée échoués échouées infructueuse infructueux
  mislukt mislukte`);
/**
 * Session 58 (draw 15, helper draw15d): a delay is the parcel notice too — "Die Bestellung 29194772 hat sich verzögert", "Your
 * order has been delayed", "Seu pedido está atrasado", "Su envío se ha retrasado", "Votre commande est retardée", "Uw
 * bestelling is vertraagd" — the courier's "your parcel is late, follow the tracking page" whose page asks for a fee or a card.
 * Participles, as PROBLEMS: the nouns are an advert's ("order today, delivered without delay"). A delay word counts only beside
 * an order (ORDERS) or a parcel, delivery or shipment (DELIVERY_OBJECTS), never beside an account or payment, and an order counts
 * only beside a delay: "Your order is pending" stays news (a shop's word), and a delayed flight or meeting names nothing the
 * reader holds. Japanese: 遅延 or 遅れ with a parcel, a delivery or an order (JA_DELIVERY_OBJECTS). Not when the envelope names mail
 * or a message (MAIL_WORDS): a mail server's "Delayed Mail (still being retried)" from "Mail Delivery System" is its own notice
 * about a message, not a parcel (one SpamAssassin ham).
 */
const DELAYS = words(`
  delayed
  verzögert verspätet
  atrasado atrasada atrasou
  retrasado retrasada
  retardé retardée
  vertraagd`);
const ORDERS = words(`
  order orders
  bestellung bestellungen
  pedido pedidos
  commande
  bestelling bestellingen`);
const MAIL_WORDS = words(`
  mail email e-mail message messages
  nachricht nachrichten
  mensagem mensagens
  mensaje mensajes correo
  courriel
  bericht berichten`);
/** The parcel objects of OTHER_OBJECTS a delay counts with. */
const DELIVERY_OBJECTS = words(`
  parcel package delivery shipment item
  paket sendung lieferung zustellung
  encomenda pacote entrega
  paquete envío
  colis livraison
  pakket pakketje bezorging levering`);
const JA_DELAYS = ['遅延', '遅れ'];
const JA_DELIVERY_OBJECTS = ['お荷物', '荷物', '配達', '配送', 'ご注文', '注文'];
/** The same in Japanese: a delivery attempt (配達 is an object already) or an attempt (試行) with a failure. */
const JA_ATTEMPTS = ['試行', '配達'];
const JA_FAILURES = ['失敗', '不成功', 'できませんでした'];
/** A problem word too plain to count with anything but a credential object ("a payment issue"; a magazine's "subscription issue" is news). */
const CREDENTIAL_PROBLEMS = words(`issue issues`);
/** Japanese has no spaces: the same pairs as substrings (確認, "confirmation", only with a credential object). */
const JA_CREDENTIAL_OBJECTS = ['アカウント', 'パスワード', 'お支払い', '支払い', 'カード'];
const JA_OTHER_OBJECTS = ['お荷物', '荷物', '配達', 'ストレージ'];
const JA_PROBLEMS = ['停止', '制限', 'ロック', '失敗', '期限切れ', '不在', '保留', '削除'];
const JA_REQUESTS = ['確認'];

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

export interface NoticeLure {
  object: string;
  /** The problem or request word. */
  problem: string;
}

/**
 * A word of letters and digits that holds a capital I, a 0 or a 1: a candidate for the lookalike-letter reading. Tried
 * from a word's first character only (the look-behind): from every character, a long word without I, 0 or 1 was read to
 * its end again and again (8 KB of one Cyrillic word: 3.4 s; 32 KB: 44 s). A match spans its whole word either way.
 * Not exported: a module-level pattern that is not exported is made on first use by the one-message CLI's build
 * (src/runtime/lazy-patterns.ts), and a scan rarely needs this one; tests reach it through lookalikeCandidate().
 */
const LOOKALIKE_CANDIDATE = /(?<![\p{L}\d])[\p{L}\d]*[I01][\p{L}\d]*/gu;
/** LOOKALIKE_CANDIDATE, for tests. */
export const lookalikeCandidate = (): RegExp => LOOKALIKE_CANDIDATE;

/**
 * The envelope as a person reads it when letters are swapped for lookalikes (`Iog in`, `acc0unt`, `ZusteIIung`,
 * `BL0CKED`, `C0NFIRMATI0N`): in a word that has lower-case letters, a capital I is read as l and 0/1 as o/l; in
 * a word of capitals with a 0 or 1 among them, 0 is O and 1 is I. Null when no word changes. Words are read both
 * ways (the written one and this one), so a genuine `In`, `ID` or `2FA` loses nothing: `ln` or `lD` simply match
 * no term. (CONTENT_LOOKALIKE_LETTERS reports the trick itself; this only lets the notice words see through it.)
 */
export function lookalikeReading(text: string): string | null {
  // Most envelopes have no candidate at all: then the pattern (a look-behind tried at every position) is not run.
  if (!HAS_LOOKALIKE_DIGIT_OR_I.test(text)) return null;
  let changed = false;
  const out = text.replace(LOOKALIKE_CANDIDATE, (w) => {
    if (!ANY_LETTER.test(w)) return w;
    let r: string;
    if (ANY_LOWER.test(w)) r = w.replace(CAPITAL_I, 'l').replace(ZERO_BY_LETTER, 'o').replace(ONE_BY_LETTER, 'l');
    else r = w.replace(ZERO_BY_LETTER, 'O').replace(ONE_BY_LETTER, 'I');
    if (r !== w) changed = true;
    return r;
  });
  return changed ? out : null;
}
/** What every LOOKALIKE_CANDIDATE holds. */
const HAS_LOOKALIKE_DIGIT_OR_I = /[I01]/;
const ANY_LETTER = /\p{L}/u;
const ANY_LOWER = /\p{Ll}/u;
const CAPITAL_I = /I/g;
/** A 0 or a 1 beside a letter (replace() starts a global pattern from the text's start each time). */
const ZERO_BY_LETTER = /(?<=\p{L})0|0(?=\p{L})/gu;
const ONE_BY_LETTER = /(?<=\p{L})1|1(?=\p{L})/gu;

/**
 * The envelope with a lone capital joined to what follows it, when that is a run of lower-case letters (`P aket` →
 * `Paket`) or more lone capitals (`D P D` → `DPD`): a filter splits words at spaces, a reader does not. Null when
 * nothing joins. (`A new` becomes `Anew` too; both readings are looked up, so nothing is lost.)
 */
export function spacedOutReading(text: string): string | null {
  const out = text.replace(/(?<![A-Za-z0-9])([A-Z]) (?=[a-z]{3,}|[A-Z](?![A-Za-z0-9]))/g, '$1');
  return out === text ? null : out;
}

export function noticeLure(msg: ParsedMessage): NoticeLure | null {
  const head = `${msg.subject}\n${msg.from[0]?.name ?? ''}`.slice(0, MAX_CHARS);
  const { normal: envelope, words: written } = termWords(head);
  const read = lookalikeReading(head);
  const words = read ? [...written, ...termWords(read).words] : written;
  // Letters spaced out of a word (`D P D Versand`, `Ihr P aket wartet auf ZusteIIung`): the word read whole as well.
  const joined = spacedOutReading(read ?? head);
  if (joined) words.push(...termWords(joined).words);
  // Small capital ɪ written for l (`ᴘᴀʏᴍᴇɴᴛ ᴅᴇᴄɪɪɴᴇᴅ`): its other readings are looked up too.
  for (const reading of smallCapitalIReadings(head)) words.push(reading);
  let object: string | undefined;
  let credential: string | undefined;
  let problem: string | undefined;
  let request: string | undefined;
  let attempt: string | undefined;
  let failure: string | undefined;
  let delay: string | undefined;
  let delivery: string | undefined;
  let mail = false;
  for (const w of words) {
    if (ATTEMPTS.has(w)) attempt ??= w;
    if (FAILURES.has(w)) failure ??= w;
    if (DELAYS.has(w)) delay ??= w;
    if (ORDERS.has(w) || DELIVERY_OBJECTS.has(w)) delivery ??= w;
    if (MAIL_WORDS.has(w)) mail = true;
    if (CREDENTIAL_OBJECTS.has(w)) credential ??= w;
    else if (OTHER_OBJECTS.has(w)) object ??= w;
    else if (PROBLEMS.has(w)) problem ??= w;
    else if (REQUESTS.has(w) || CREDENTIAL_PROBLEMS.has(w)) request ??= w;
  }
  if (problem && (credential || object)) return { object: (credential ?? object)!, problem };
  if (request && credential) return { object: credential, problem: request };
  if (attempt && failure) return { object: attempt, problem: failure };
  if (delay && delivery && !mail) return { object: delivery, problem: delay };
  const jaAttempt = JA_ATTEMPTS.find((t) => envelope.includes(t));
  const jaFailure = jaAttempt ? JA_FAILURES.find((t) => envelope.includes(t)) : undefined;
  if (jaAttempt && jaFailure) return { object: jaAttempt, problem: jaFailure };
  const jaDelay = JA_DELAYS.find((t) => envelope.includes(t));
  const jaDelivery = jaDelay ? JA_DELIVERY_OBJECTS.find((t) => envelope.includes(t)) : undefined;
  if (jaDelay && jaDelivery) return { object: jaDelivery, problem: jaDelay };
  const jaCredential = JA_CREDENTIAL_OBJECTS.find((t) => envelope.includes(t));
  const jaObject = jaCredential ?? JA_OTHER_OBJECTS.find((t) => envelope.includes(t));
  if (!jaObject) return null;
  const jaProblem = JA_PROBLEMS.find((t) => envelope.includes(t)) ?? (jaCredential ? JA_REQUESTS.find((t) => envelope.includes(t)) : undefined);
  return jaProblem ? { object: jaObject, problem: jaProblem } : null;
}

/** Characters of the shown text read for the account threat (session 57). */
const THREAT_TEXT_CHARS = 1_500;
/** Characters read before and after a sign-in or confirm call for its threat and deadline. */
const THREAT_BEFORE = 200;
const THREAT_AFTER = 300;

/**
 * Session 57 (helper det57): the call of a credential lure written in the letter — sign in, or confirm, verify or update one's
 * details, data, identity or account (en, de, nl, fr, es, pt, it; lower case, accents removed). Bounded: literals and gaps of
 * at most a few words.
 */
export const SIGNIN_OR_CONFIRM_CALL =
  /\b(?:log ?in|sign ?in|(?:confirm|verify|update|validate|re-?confirm) (?:your |all your )?(?:account |personal |billing |login )?(?:details|information|data|identity|account|credentials)|melden sie sich\b[^.!?]{0,40}\ban|loggen sie sich\b[^.!?]{0,40}\bein|anmelden|einloggen|(?:bestatigen|verifizieren|aktualisieren|uberprufen) sie (?:ihre |ihr )?(?:daten|angaben|identitat|konto|kundenkonto|zugangsdaten|informationen)|(?:ihre |ihr )(?:daten|angaben|identitat|konto|zugangsdaten) (?:zu )?(?:bestatigen|verifizieren|aktualisieren)|inloggen|log (?:dan )?in|meld u aan|(?:bevestig|verifieer|controleer|update) (?:dan )?(?:uw |je )?(?:gegevens|identiteit|account|informatie)|connectez-vous|identifiez-vous|se connecter|(?:confirmez|verifiez|validez|mettez a jour) (?:vos |votre )?(?:donnees|informations|coordonnees|identite|compte)|inicie sesion|iniciar sesion|(?:confirme|verifique|actualice|valide) (?:sus |tus )?(?:datos|informacion|identidad|cuenta)|faca login|(?:confirme|verifique|atualize|valide) (?:os |a )?(?:seus |sua |seu )?(?:dados|informacoes|cadastro|identidade|conta)|effettu[ai] l'accesso|(?:confermi|conferma|verifichi|verifica|aggiorni|aggiorna) (?:i |la )?(?:suoi |tuoi |sua |tua )?(?:dati|informazioni|identita|account))\b/;
/** The loss the letter threatens: the account, access, profile or card blocked, suspended, closed, deleted (same languages). */
export const LOSS_THREAT =
  /\b(?:(?:account|access|profile|card|service|mailbox)s? (?:will|would|may|could) be (?:permanently |temporarily )?(?:blocked|suspended|closed|deactivated|disabled|restricted|terminated|deleted|locked)|(?:otherwise|or else|failure to)[^.!?]{0,80}\b(?:blocked|suspended|closed|deactivated|disabled|restricted|terminated|deleted|locked)|(?:wird|werden)\b[^.!?]{0,60}\b(?:gesperrt|deaktiviert|eingeschrankt|gekundigt|geloscht|blockiert)|(?:wordt|worden)\b[^.!?]{0,60}\b(?:geblokkeerd|opgeschort|gedeactiveerd|beperkt|verwijderd|afgesloten)|(?:sera|seront)\b[^.!?]{0,30}\b(?:bloque|suspendu|desactive|restreint|supprime|ferme)e?s?|(?:sera|seran|serao)\b[^.!?]{0,30}\b(?:bloquead|suspendid|suspens|desactivad|desativad|restringid|eliminad|cancelad|excluid)[oa]s?|(?:sara|verra|verranno|saranno)\b[^.!?]{0,30}\b(?:bloccat|sospes|disattivat|limitat|chius|cancellat)[oaie])\b/;
/**
 * A deadline: a number of hours or days, or today, at once (same languages); session 58 (helper det58): or a date written out
 * after a word of "before" or "by" — "before 30 June", "by June 30th", "bis zum 12. Dezember", "spätestens am 12.12.2025",
 * "avant le 5 mars", "antes del 3 de mayo", "até 10 de janeiro", "entro il 15 luglio", "uiterlijk 30 juni", "vóór 1 juli"
 * (DATE_BEFORE). A date alone ("offer ends 30 June", "the webinar on 30 June") is none.
 */
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|' +
  'januar|februar|marz|mai|juni|juli|oktober|dezember|janvier|fevrier|mars|avril|juin|juillet|aout|septembre|octobre|novembre|decembre|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|marco|maio|junho|' +
  'julho|setembro|outubro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus';
/** The words of "before" or "by" a date (lower case, accents removed: "até" → "ate", "vóór" → "voor", "spätestens" → "spatestens"). */
const BEFORE_WORDS =
  "before|by|until|till|no later than|not later than|prior to|bis(?: zum| spatestens(?: am| zum)?)?|spatestens(?: am| bis(?: zum)?)?|vor dem|" +
  "avant(?: le)?|d'ici (?:le|au)|au plus tard le|jusqu'(?:au|a)|antes del?|hasta el|a mas tardar el|ate(?: o dia| dia)?|antes do dia|" +
  'entro(?: e non oltre)?(?: il)?|prima del|non oltre il|voor|uiterlijk(?: op)?|tot(?: en met)?';
const DATE_BEFORE = `(?:${BEFORE_WORDS}) (?:the )?(?:\\d{1,2}(?:st|nd|rd|th|er|o)?\\.? ?(?:of |de )?(?:${MONTHS})|(?:${MONTHS})\\.? \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2}))`;
const DEADLINE = lazyRegExp(() => new RegExp(
  `\\b(?:\\d{1,3} ?(?:hours?|hrs|days?|stunden|tagen?|uur|dagen|heures|jours|horas|dias|ore|giorni)|today|immediately|heute|sofort|umgehend|vandaag|onmiddellijk|aujourd'hui|immediatement|hoy|inmediatamente|hoje|imediatamente|oggi|immediatamente|subito|${DATE_BEFORE})\\b`,
));

/**
 * Session 57 (helper det57): the credential lure's whole errand written in the letter, whoever it names or does not name — a call
 * to sign in or to confirm one's details (SIGNIN_OR_CONFIRM_CALL), and within THREAT_BEFORE/THREAT_AFTER characters of it a loss
 * threatened (LOSS_THREAT) and a deadline (DEADLINE): "Bitte melden Sie sich an und bestätigen Sie Ihre Daten innerhalb von 48
 * Stunden, andernfalls wird Ihr Zugang gesperrt". The shown text's first THREAT_TEXT_CHARS characters (lower case, accents
 * removed), only in a message with a web link. The three phrases, or null. `whole`: the message itself, when the family's
 * head trigrams (headRead) may gate the fold (session 58: see CALL_WORDS). Whether a sender answers for it is the composite's
 * question (PHISH_ACCOUNT_THREAT: a bank's own notice is authenticated).
 */
export function accountThreat(msg: Pick<ParsedMessage, 'visibleText' | 'text' | 'html'>, whole?: ParsedMessage): { call: string; threat: string; deadline: string } | null {
  const head = msg.visibleText.slice(0, THREAT_TEXT_CHARS);
  if (!head || !(WEB_LINK.test(msg.html ?? '') || WEB_LINK.test(msg.text ?? '') || WEB_LINK.test(head))) return null;
  // Japanese, read as written (NFD would split the kana's voicing marks off): the same three, within the same stretch.
  if (JA_SCRIPT.test(head)) {
    const call = JA_CALL.exec(head);
    if (call) {
      const around = head.slice(Math.max(0, call.index - THREAT_BEFORE / 2), call.index + call[0].length + THREAT_AFTER / 2);
      const threat = JA_THREAT.exec(around);
      const deadline = threat ? JA_DEADLINE.exec(around) : null;
      if (threat && deadline) return { call: call[0], threat: threat[0], deadline: deadline[0] };
    }
  }
  // The gates (exact: see CALL_WORDS) before the fold, which most mail with a link would otherwise pay for nothing; `whole`
  // (the message itself) when its head's trigrams may be asked.
  if (whole && !threatMayHold(whole)) return null;
  // Addresses written out are no words of the letter (`…/login` is not "log in").
  const folded = threatFold(head);
  const call = SIGNIN_OR_CONFIRM_CALL.exec(folded);
  if (!call) return null;
  const around = folded.slice(Math.max(0, call.index - THREAT_BEFORE), call.index + call[0].length + THREAT_AFTER);
  const threat = LOSS_THREAT.exec(around);
  const deadline = threat ? DEADLINE().exec(around) : null;
  return threat && deadline ? { call: call[0], threat: threat[0], deadline: deadline[0] } : null;
}
/** The head as SIGNIN_OR_CONFIRM_CALL and LOSS_THREAT read it: accents dropped, lower case, addresses blanked, spaces joined. */
export function threatFold(head: string): string {
  // Two-byte after NFD whatever is left: held one byte a character when it can be (oneByteIfLatin1).
  return (isAscii(head) ? head : oneByteIfLatin1(head.normalize('NFD').replace(ACCENTS, ''))).toLowerCase().replace(WRITTEN_ADDRESS, ' ').replace(/\s+/g, ' ');
}
const WEB_LINK = /https?:\/\//i;
/**
 * Session 58 (helper draw15h, issue 18): the gates of the account threat, asked of the head's letter trigrams (headRead, which
 * the family reads once a message for its other checks) before the fold (NFD, accents dropped, lower case, addresses blanked,
 * spaces joined) that SIGNIN_OR_CONFIRM_CALL and LOSS_THREAT read: most mail with a link has no call and threat words, and paid
 * the fold and the call pattern over 1,500 characters for nothing. Exact, not a heuristic: a necessary condition of the
 * patterns' match, so a message they turn away is one the patterns would have turned away too.
 * - Every alternative of SIGNIN_OR_CONFIRM_CALL holds one of CALL_WORDS whole (log in, einloggen, inloggen, faca login: `log`;
 *   melden sie sich, anmelden, meld u aan: `meld`; confirm, confirme(z), re-confirm: `confirm`; verify, verifizieren, verifieer,
 *   verifiez, verifique, verifichi, verifica: `verif`; validate, validez, valide: `valid`; connectez-vous, se connecter:
 *   `connect`; inicie/iniciar sesion: `sesion`; effettua l'accesso: `effettu`; each other verb its own stem), and every match of
 *   LOSS_THREAT ends in a word holding one of THREAT_WORDS (blocked, locked, blockiert: `lock`; suspended, suspendu, suspendido,
 *   suspenso: `suspen`; cancelado, cancellato: `cancel`; ...). The call is found in the folded head, the threat in a stretch of
 *   it: both words are in the folded head.
 * - A head whose first THREAT_TEXT_CHARS characters are all ASCII (headRead's firstOther) is asked of headRead's trigrams: its fold
 *   is its lower case with addresses and space runs replaced by one space each, so a word of letters in the fold stands letter for
 *   letter, in some case, in a run of ASCII letters of the head, and its trigrams are in the table (head-grams.ts; each word has
 *   three letters or more). Session 59 (helper draw16h): any other head is asked of the trigrams of its own accent fold
 *   (headRead's and foldedGrams'; head-grams.ts says why it is exact), not folded whole first — until session 58
 *   NFD could make letters headRead's trigrams never saw ("bestätigen"), so every such head (all German, French, Portuguese
 *   mail with a link, and English with a curly quote or a no-break space) paid the fold and the call pattern.
 * account-threat.test.ts reads one text of each alternative and word, and the gated and ungated readings of letters.
 */
export const CALL_WORDS = ['log', 'sign', 'meld', 'confirm', 'verif', 'update', 'valid', 'bestatig', 'aktualis', 'uberpruf', 'bevestig', 'controleer', 'connect', 'identif', 'mettez', 'sesion', 'actualic', 'atualiz', 'effettu', 'conferm', 'aggiorn'];
export const THREAT_WORDS = ['lock', 'suspen', 'closed', 'deactiv', 'deaktiv', 'desactiv', 'desativ', 'disabled', 'restr', 'terminat', 'delet', 'gesperrt', 'eingeschrankt', 'gekundigt', 'geloscht', 'blok', 'opgeschort', 'beperkt', 'verwijderd', 'afgesloten', 'bloqu', 'supprim', 'ferme', 'eliminad', 'cancel', 'excluid', 'bloccat', 'sospes', 'disattivat', 'limitat', 'chius'];
const CALL_GRAMS = gramGate(CALL_WORDS);
const THREAT_GRAMS = gramGate(THREAT_WORDS);
const THREAT_GATES = [CALL_GRAMS, THREAT_GRAMS];
/** Whether the message's head may hold an account threat (false: it holds none; see CALL_WORDS). */
export function threatMayHold(msg: ParsedMessage): boolean {
  // headRead reads the subject and shownText(msg), which is the visible text when it has any (accountThreat reads none else).
  const read = headRead(msg);
  // The head accountThreat folds, read in its fold's letters.
  return foldMayMatchAll(read, msg.visibleText, THREAT_TEXT_CHARS, THREAT_GATES);
}
/** Combining accents, dropped from the NFD form ("bestätigen" → "bestatigen"). */
const ACCENTS = /[\u0300-\u036f]/g;
/** Session 57: kana, which a Japanese letter holds. */
const JA_SCRIPT = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Sign in, or confirm the account, the details or oneself (ログイン, サインイン, アカウント情報を確認, ご本人確認, 再認証). */
const JA_CALL = /ログイン|サインイン|(?:アカウント|お客様|登録|ご登録|会員|カード)?情報(?:を|の)?(?:ご)?(?:確認|更新)|(?:ご)?本人確認|再認証|アカウント(?:を|の)?(?:ご)?確認/u;
/** The account, the service or the card stopped, frozen, restricted or locked (停止, 凍結, 制限, ロック, 無効). */
const JA_THREAT = /(?:アカウント|ご利用|サービス|カード|口座|メールボックス)(?:が|を|の|は)?(?:一時的に|全ての|すべての)?(?:停止|凍結|制限|ロック|無効|閉鎖|削除)/u;
/**
 * Within hours or days, today, at once (24時間以内, 3日以内, 本日中, 至急, 直ちに); session 58: or by a date (12月10日まで, 6月24日(火)までに,
 * 2025年6月30日まで) — not "until" an event's or a shop's date (6月30日まで開催, まで営業).
 */
const JA_DEADLINE = /[0-9０-９]{1,3}時間以内|[0-9０-９]{1,2}日以内|本日中|至急|直ちに|ただちに|速やかに|[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:[(（][^)）]{1,3}[)）])?まで(?!開催|営業|休業|公開|実施|展示|延長)/u;
const WRITTEN_ADDRESS = /\b(?:https?:\/\/|www\.)\S{0,300}/g;

export function noticeLureCheck(): Check {
  return {
    name: 'content.notice-lure',
    description: 'The subject or sender name announces a problem with an account, payment, parcel, mailbox or storage, or asks to confirm an account; or the letter asks to sign in or confirm details under a threat and a deadline',
    emits: ['CONTENT_NOTICE_LURE', 'CONTENT_ACCOUNT_THREAT'],
    run(msg: ParsedMessage): CheckOutput {
      const findings: CheckOutput['findings'] = [];
      const found = noticeLure(msg);
      if (found) findings.push({ id: 'CONTENT_NOTICE_LURE', evidence: `"${found.object}" with "${found.problem}" in the subject or sender name`, data: { ...found } });
      const threat = accountThreat(msg, msg);
      if (threat) findings.push({ id: 'CONTENT_ACCOUNT_THREAT', evidence: `"${threat.call}" with "${threat.threat.slice(0, 80)}" and "${threat.deadline}" in the letter`, data: { ...threat } });
      return { findings };
    },
  };
}
