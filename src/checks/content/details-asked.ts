import { shownText } from '../../mail/shown-text.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { foldLetter } from './bec-opener.js';
import { allMatches } from '../../mail/all-matches.js';

/**
 * The personal details asked for a payout (issue 17, session 39): the one move the 419 letter, the lottery win, the unclaimed
 * estate, the "bank auditor's" dead client and the work-from-home job share in every language — a large sum (or pay by the day
 * or week) for the reader, and a list of who he is to send back: full name, address, phone number, age or date of birth,
 * occupation, a copy of the passport. A stranger's letter needs them to start the "paperwork" (and the fees after it); no
 * notice of a real payout asks for them by mail in a list.
 *
 * CONTENT_DETAILS_FOR_MONEY needs all of:
 * - the details: at least DETAILS_MIN_KINDS distinct kinds, the name among them (name, address, phone, birth or age, occupation, identity document,
 *   nationality or marital status, bank account) within DETAILS_WINDOW characters, with a verb that asks for them (send,
 *   reply with, provide, fill in; envie, senden, stuur, envoyez, envíe, 返信 …) in the same window, and no "never" there (a
 *   bank's warning "we will never ask for your full name, address and phone number");
 * - the money: a sum of five digits or more (10,000) with its currency, millions abbreviated (US$10.5M) or a word for millions
 *   (million, Millionen, milhões, millones, miljoen, 万ドル, 億), or pay by the day or the week ($650 per week, 300 euros diarios,
 *   R$ 350 por dia);
 * - a stranger's move (STRANGER_MOVES): the win or selection (drawn, selected, has won), the reader made beneficiary or next of
 *   kin (present you as, same surname, you may be related), the share offered (we share, 60/40, meio a meio), the secrecy asked
 *   (keep this confidential, streng vertraulich, sigilo), the apology for writing unannounced, the job's "no experience needed",
 *   the share in percent ("you will take 40%"), a dormant or unclaimed balance to be forfeited,
 *   the dying benefactor in the first person ("I don't have long to live", "ik heb niet lang meer te leven": a family letter
 *   about a dying grandmother says it in the third) and the orphanages the money is for (session 42);
 * - no request for a donation from the reader (a charity's appeal asks for a gift and a receipt address: the money goes the
 *   other way).
 * A family letter about a grandmother's estate asks for details too, but has none of the stranger's moves; a real invoice or a
 * bank notice has the sum and the address, not the asked list. CONTENT_DETAILS_FOR_MONEY_STRANGER (composites.ts) adds the
 * sender who owns no domain or the answer asked elsewhere.
 *
 * Patterns run over the folded text (lower case, Latin accents removed, white space as one blank), the first MAX_TEXT
 * characters; each is alternatives of literals with bounded gaps (linear).
 */
const MAX_TEXT = 8_000;
/** Characters a list of details may span (from the first kind named to the last). */
export const DETAILS_WINDOW = 260;
export const DETAILS_MIN_KINDS = 3;

/** Kinds of personal detail; each pattern is alternatives of literals (the folded text has no accents). */
export const DETAIL_KINDS: readonly [kind: string, pattern: RegExp][] = [
  ['name', /\b(?:full names?|complete names?|your names?|names? in full|vollstandigen namen|vollstandiger name|ihren namen|vor- und nachnamen?|nome completo|seu nome|nombre completo|su nombre|nombres? y apellidos?|nom complet|votre nom|nom et prenom|volledige naam|uw naam|je naam|nome e cognome)\b|氏名|お名前/g],
  ['address', /\b(?:home address|residential address|contact address|postal address|(?<!e-?mail |email )address(?!es)|anschrift|wohnadresse|(?<!e-mail-)adresse(?! e-?mail| electronique)|endereco(?! de e-?mail| eletronico)|morada|direccion(?! de correo| de e-?mail| electronica)|domicilio|adres(?!sen)|indirizzo(?! e-?mail| di posta))\b|ご?住所/g],
  ['phone', /\b(?:phone|telephone|mobile number|mobile|cell number|mobiel nummer|mobiele nummer|handy|telefon|telefonnummer|handynummer|mobilnummer|telefone|celular|telefono|movil|telephone|telefoon|telefoonnummer|gsm-nummer|numero de telefone|numero de telefono|numero de telephone|cellulare)\b|電話番号|携帯番号/g],
  ['birth', /\b(?:date of birth|birth date|dob|your age|age|geburtsdatum|ihr alter|alter|data de nascimento|idade|fecha de nacimiento|edad|date de naissance|votre age|geboortedatum|leeftijd|data di nascita|eta)\b|生年月日|年齢/g],
  ['occupation', /\b(?:occupation|profession|job title|beruf|profissao|ocupacao|profesion|ocupacion|beroep|professione)\b|職業|ご職業/g],
  ['identity', /\b(?:passport|id card|identity card|driver'?s licen[cs]e|copy of your id|ausweis|personalausweis|reisepass|documento de identidade|documento de identidad|carteira de identidade|pasaporte|passaporte|piece d'identite|carte d'identite|passeport|paspoort|identiteitsbewijs|carta d'identita)\b|身分証/g],
  ['status', /\b(?:nationality|marital status|country of residence|staatsangehorigkeit|familienstand|nacionalidade|estado civil|nacionalidad|nationalite|situation familiale|nationaliteit|burgerlijke staat|nazionalita)\b|国籍/g],
  ['bank', /\b(?:bank account|account number|bank details|bankverbindung|kontonummer|iban|conta bancaria|dados bancarios|cuenta bancaria|datos bancarios|compte bancaire|coordonnees bancaires|bankrekening|rekeningnummer|conto bancario)\b|口座番号|銀行口座/g],
];

/** A verb that asks for the details (the window must hold one). */
const ASK = /\b(?:(?:i|we) (?:need|require)|all i need|(?:is|are) (?:required|needed)|send|provide|forward|reply with|respond with|fill (?:in|out)|submit|include|return (?:it|them|the form)|email me|benotige|brauche|benotigen wir|brauchen wir|senden sie|schicken sie|ubermitteln sie|teilen sie|geben sie|antworten sie|bitte senden|preciso|precisamos|necesito|necesitamos|j'ai besoin|nous avons besoin|heb ik nodig|hebben wij nodig|ho bisogno|envie|envia|enviar|envienos|envieme|enviame|mandeme|mande|informe|responda|respondame|contesteme|conteste|escribame|forneca|preencha|proporcione|facilite|indique|remita|envoyez|envoyer|faire parvenir|fournir|communiquez|communiquer|repondez|indiquez|stuur|stuurt u|stuurt|sturen|verstrek|vermeld|antwoord met|geef|invia|inviare|invii|inviate|fornisci|comunica|rispondi|risponda|rispondetemi|mi mandi)\b|返信|送って|送付|ご連絡|お知らせください|記入|お送りください/;
/** A warning (we will never ask …) or a form the reader filled (you submitted): no asking. */
const NOT_ASKED = /\b(?:never|will not ask|nie|niemals|nunca|jamais|nooit|you submitted|sie haben .{0,20}angegeben)\b|決して/;

/** A large sum: 10,000 or more with a currency, millions abbreviated, or a word for millions — several simple patterns, tried in turn. */
const BIG_SUMS: readonly RegExp[] = [
  // a currency, then 10,000 or more
  /(?:[$£€¥]|\b(?:us\$|usd|eur|gbp|chf|r\$) ?) ?(?:\d{1,3}(?:[.,' ]\d{3}){2,3}|\d{2,3}[.,' ]\d{3})(?!\d)/,
  // a currency, then millions abbreviated: US$10.5M, €3bn
  /(?:[$£€]|\b(?:us\$|usd|eur|gbp) ?) ?\d{1,4}(?:[.,]\d{1,2})? ?(?:m|mn|bn)\b/,
  // 10,000 or more, then a currency
  /\b(?:\d{1,3}(?:[.,' ]\d{3}){2,3}|\d{2,3}[.,' ]\d{3})(?:[.,]\d{2})? ?(?:[$£€¥]|(?:usd|eur|gbp|chf|euros?|dollars?|dolares|pounds?|francs?|cfa|reais)\b)/,
  // a word for millions
  /\b(?:millions?|mio|millionen|milhoes|milhao|millones|millon|miljoen|milioni|milione|billions?|milliarden?)\b/,
  /\d ?(?:万|億)/,
];

/** Pay by the day or the week (the job scam's promise); not by the month or year, which real offers state. */
const EASY_PAY =
  /(?:[$£€]|\b(?:usd|eur|r\$) ?) ?\d[\d.,]{0,9} ?(?:per|a|an|\/|each) ?(?:day|week|hour)\b|\b\d[\d.,]{0,9} ?(?:€|\$|euros?|dollars?|dolares|reais) ?(?:(?:por|pro|per|al|par|am|a la|la|im) )?(?:dia|semana|tag|woche|jour|semaine|dag|giorno|settimana)\b|\b\d[\d.,]{0,9} ?(?:€|\$|euros?|dollars?|dolares|reais) (?:diarios|diarias|taglich|wochentlich|par jour|per dag|al giorno)\b|r\$ ?\d[\d.,]{0,9} ?(?:por|ao) dia|日給|日当|週給/;

/**
 * The stranger's moves around the payout: the win, the beneficiary made, the share, the secrecy, the unannounced letter, easy work.
 * A share in percent ends on the sign: it is read by a lookahead (session 51), since the group's closing \b never holds between
 * "%" and a blank or a full stop ("vous aurez 40 %." was never read).
 */
export const STRANGER_MOVES: readonly [lang: string, pattern: RegExp][] = [
  ['en', /\b(?:has won|have won|you won|won the sum|was drawn|were drawn|been selected|was selected|randomly selected|present you as|as the beneficiary|as (?:the )?next of kin|same (?:sur|last )name|you may be related|related to the (?:late|deceased)|we share|share (?:it|the (?:money|funds|sum))|\d0 ?(?:\/|%) ?(?:for you|\d0)|keep (?:this|it) (?:confidential|secret|between us)|(?:utmost|absolute|strict) (?:discretion|confidentiality)|strictly confidential|treat this with|without (?:prior )?notice|unexpected (?:mail|email|message|letter)|no experience (?:needed|required|necessary)|you(?: will|'ll) (?:take|get|receive|have) \d0(?: ?percent\b|(?= ?%))|keep (?:this|the|it)(?: matter| transaction| deal| business)? (?:confidential|secret)|dormant (?:balance|account|funds?)|unclaimed (?:balance|funds?|estate|prize|winnings)|(?:will )?be forfeited|i (?:do not|don'?t) have (?:much time|long) (?:left )?to live|i am terminally ill|i (?:was|have been) diagnosed with (?:cancer|a terminal)|orphanages|less privileged)\b/],
  ['de', /\b(?:gewonnen|ausgewahlt|gezogen|als erben|als (?:den )?begunstigten|denselben nachnamen|gleichen nachnamen|verwandter sein|teilen wir|die summe teilen|\d0 ?% fur sie|streng vertraulich|vertraulich (?:behandeln|zu behandeln)|behandeln sie diese (?:nachricht|mitteilung|angelegenheit) (?:bitte )?(?:streng )?vertraulich|diskretion|unerwartete (?:nachricht|e-mail)|keine erfahrung (?:notig|erforderlich)|sie erhalten \d0(?= ?%)|nachsten angehorigen|verschwiegenheit|nachrichtenlos|verfallt|ich habe nicht mehr lange zu leben|ich bin unheilbar krank|ich bin an krebs erkrankt|waisenhausern?)\b/],
  ['pt', /\b(?:ganhou|foi sorteado|foi sorteada|foi selecionad[oa]|apresenta-lo como|apresentar voce como|como beneficiario|como parente|mesmo sobrenome|pode ser parente|dividirmos|dividir (?:a soma|o valor|meio a meio)|meio a meio|sigilo|confidencialidade|contato inesperado|contacto inesperado|nao e necessario experiencia|sem experiencia|recebera \d0(?= ?%)|absoluto segredo|conta inativa|saldo inativo|sera perdido|tenho pouco tempo de vida|estou em fase terminal|orfanatos|menos favorecidos)\b/],
  ['es', /\b(?:ha ganado|resulto ganadora?|fue seleccionad[oa]|presentarle (?:a usted )?como|como beneficiario|pariente mas cercano|mismo apellido|podria ser familiar|nos repartiremos|repartir (?:la suma|los fondos)|maxima discrecion|absoluta discrecion|en secreto|confidencialidad|no se necesita experiencia|sin experiencia|recibira el \d0(?= ?%)|absoluto secreto|como su familiar|cuenta inactiva|saldo inactivo|se perdera|(?:me queda|tengo) poco tiempo de vida|soy enferm[oa] terminal|orfanatos|menos privilegiados)\b/],
  ['fr', /\b(?:remporte|a gagne|avez gagne|tiree? au sort|ete selectionnee?|vous presenter comme|comme beneficiaire|meme nom de famille|pourriez etre un parent|nous partagerons|partager la somme|discretion totale|discretion absolue|strictement confidentiel|gardez cette (?:notification|information) confidentielle|sans experience|aucune experience|vous aurez \d0(?= ?%)|vous recevrez \d0(?= ?%)|compte dormant|compte inactif|sera perdu|il me reste peu de temps a vivre|je suis en phase terminale|orphelinats|moins privilegies)\b/],
  ['nl', /\b(?:gewonnen|is getrokken|geselecteerd|voordragen als|als begunstigde|dezelfde achternaam|familie kunnen zijn|verdelen het bedrag|strikt geheim|strikt vertrouwelijk|houd dit (?:bericht )?geheim|onverwachte bericht|geen ervaring nodig|u ontvangt \d0(?= ?%)|slapende rekening|vervalt|ik (?:heb )?niet lang meer te leven|ik ben terminaal ziek|weeshuizen|minderbedeelden)\b/],
  ['it', /\b(?:hai vinto|ha vinto|e stato estratto|presentarti come|come beneficiario|stesso cognome|divideremo|massima riservatezza|strettamente confidenziale|nessuna esperienza|eredi del defunto|potrebbe essere un parente|riceverai il \d0(?= ?%)|ricevera il \d0(?= ?%)|conto dormiente|presentarla come|parente piu prossimo|divideremo la somma|(?:mi resta|ho) poco tempo da vivere|sono malat[oa] terminale|orfanotrofi|meno fortunati)\b/],
  ['ja', /当選|受取人として|相続人|折半|山分け|内密|他言しない|秘密厳守|経験不要|余命宣告|孤児院/],
  // Session 43: the reader counted among scam victims to be paid from a compensation fund ("you are among the scam victims to be
  // compensated"), the move in the languages the lines above lack it: no real compensation scheme writes first to ask a name.
  ['all', /\b(?:among the (?:scam |fraud )?victims|victims? (?:to be|who will be) compensated|victimes d'(?:escroquerie|arnaque)s? qui (?:recevront|seront)|victimas de (?:estafas?|fraude) que (?:seran|recibiran)|vitimas de (?:golpes?|fraude) que (?:serao|receberao)|vittime di truff[ae] che (?:riceveranno|saranno)|slachtoffers van (?:oplichting|fraude) die (?:een )?(?:compensatie|schadevergoeding))\b/],
];

/** A donation asked of the reader: a charity's appeal (its receipt needs the address), not a payout. */
const DONATION_ASKED = /\b(?:donate now|make a donation|your donation|your gift|your contribution|ihre spende|jetzt spenden|sua doacao|doe agora|su donacion|done ahora|votre don|faites un don|uw gift|doneer nu|la tua donazione)\b|ご寄付/;

export interface DetailsForMoney {
  details: string[];
  money: string;
  move: string;
}

/** The details asked within one window of the folded text: the distinct kinds named there, with an asking verb and no "never". */
export function detailsAsked(folded: string, minKinds = DETAILS_MIN_KINDS): string[] {
  const hits: { at: number; kind: string; word: string }[] = [];
  for (const [kind, pattern] of DETAIL_KINDS) {
    pattern.lastIndex = 0;
    // allMatches, not matchAll: matchAll's copy of a pattern few letters reach is compiled again after two collections.
    for (const m of allMatches(pattern, folded)) hits.push({ at: m.index, kind, word: m[0] });
  }
  if (new Set(hits.map((h) => h.kind)).size < minKinds) return [];
  hits.sort((a, b) => a.at - b.at);
  let best: string[] = [];
  for (let i = 0; i < hits.length; i++) {
    const kinds = new Map<string, string>();
    for (let j = i; j < hits.length && hits[j]!.at - hits[i]!.at <= DETAILS_WINDOW; j++) if (!kinds.has(hits[j]!.kind)) kinds.set(hits[j]!.kind, hits[j]!.word);
    if (kinds.size < minKinds || kinds.size <= best.length) continue;
    // The asking verb may stand before the list ("send me your full name, …") or after it ("… is required, reply to").
    const window = folded.slice(Math.max(0, hits[i]!.at - 120), hits[i]!.at + DETAILS_WINDOW + 60);
    if (ASK.test(window) && !NOT_ASKED.test(window)) best = [...kinds.values()];
  }
  return best;
}

/**
 * A cheap gate on the raw text before the fold: every list asks for the name first, so a message that names none of the name
 * kind's words (accented or not, any case) is not folded at all — most mail, since the check runs on every message.
 */
const NAME_GATE = /full name|complete name|your name|vollst[aä]ndige[nr]? name|ihren namen|nachname|nome completo|seu nome|nombre|nom complet|votre nom|pr[eé]nom|volledige naam|uw naam|je naam|cognome|氏名|お名前/i;
/**
 * What every NAME_GATE term holds (`nam`, `nom`, `naam`, 氏名, お名前): a single run irregexp finds by its first letter, asked
 * before NAME_GATE's 18 alternatives, which it tries at every character (session 40: half the gate's time on the SA split).
 */
const NAME_HINT = /n[ao]a?m|氏名|お名前/i;
/** NAME_GATE.test(text), NAME_HINT first (a text without the hint has no NAME_GATE term). */
function namesTheName(text: string): boolean {
  return NAME_HINT.test(text) && NAME_GATE.test(text);
}
/** The two gates, for the test that holds NAME_HINT to NAME_GATE's terms. */
export const nameGates = { gate: NAME_GATE, hint: NAME_HINT };

/**
 * A detail of the name kind. Held here, not a literal in detailsForMoneyIn: a function few letters reach makes its literals
 * through V8's compilation cache, which drops them after two collections, so each was compiled again (bench:regexp-code).
 */
const NAME_KIND = /nam|nom|naam|氏名|名前/;

/** The whole sign over a subject and text, or null. */
export function detailsForMoney(subject: string, text: string): DetailsForMoney | null {
  const read = text.slice(0, MAX_TEXT);
  if (!namesTheName(read) && !namesTheName(subject)) return null;
  return detailsForMoneyIn(subject, read);
}

/**
 * detailsForMoney past its gate (a name asked). Apart so the gate, which every message runs, is a small function V8
 * optimises early and cheaply; in one function the whole was first optimised after ~10,000 messages, a compile inside
 * the bench's timed passes in each worker (NOTES, issue 18, session 42, late42).
 */
function detailsForMoneyIn(subject: string, read: string): DetailsForMoney | null {
  const folded = foldLetter(subject, read);
  let details = detailsAsked(folded);
  // Session 51: the short first letter asks for two — "reply with your full name and phone number" — the name and a way to reach
  // the reader (a phone number or a postal address); the money and the stranger's move below are asked for all the same.
  if (details.length === 0) {
    const two = detailsAsked(folded, 2);
    if (two.length === 2 && DETAIL_KINDS.some(([k, re]) => (k === 'phone' || k === 'address') && two.some((d) => ofKind(re, d)))) details = two;
  }
  // The name is one of the kinds (the gate's promise: a list without it is not read).
  if (details.length === 0 || !details.some((d) => NAME_KIND.test(d))) return null;
  let money: RegExpExecArray | null = null;
  for (const pattern of BIG_SUMS) if ((money = pattern.exec(folded))) break;
  money ??= EASY_PAY.exec(folded);
  if (!money) return null;
  if (DONATION_ASKED.test(folded)) return null;
  for (const [, pattern] of STRANGER_MOVES) {
    const m = pattern.exec(folded);
    if (m) return { details, money: money[0].trim(), move: m[0] };
  }
  return null;
}

/** Whether `word` (a detail found) is of the kind whose pattern is `re` (its /g flag reset around the test). */
function ofKind(re: RegExp, word: string): boolean {
  re.lastIndex = 0;
  const found = re.test(word);
  re.lastIndex = 0;
  return found;
}

export function detailsAskedCheck(): Check {
  return {
    name: 'content.details-asked',
    description: 'Personal details (name, address, phone, age, occupation, ID) asked for a large sum or easy pay, with a stranger\'s move (a win, a share, secrecy)',
    emits: ['CONTENT_DETAILS_FOR_MONEY'],
    run(msg: ParsedMessage): CheckOutput {
      const found = detailsForMoney(msg.subject.slice(0, 512), shownText(msg));
      const findings: Finding[] = found
        ? [{ id: 'CONTENT_DETAILS_FOR_MONEY', evidence: `asked: ${found.details.join(', ')}; for: ${found.money}; ${found.move}`, data: { ...found } }]
        : [];
      return { findings };
    },
  };
}
