import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { STRANGER_REPLY } from './bec-opener.js';
import { unlinkedFirstLetter } from './chat-app-offer.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { headRead, warnsAboutScheme } from './scam-structure.js';
import { gatedAlternation, type GatedPart } from '../../mail/gated-alternation.js';
import { wordStartAlternatives } from '../../mail/word-start.js';

/**
 * Session 52 (issue 17, helper scam52): a stranger hands the reader a fortune that is not his — the dying widow who "chose
 * you" for her 4.5 million, the lawyer who will "present you as the heir" of a client with "the same surname", the lottery in
 * which "your e-mail address has won 750,000 euros". details-asked.ts reads these letters when they ask for a list of personal
 * details; the first letter often asks only for an answer, and the term tables know the English words best. Three moves:
 * **a large sum** (BIG: millions, or five digits and more with a currency, 万ドル, 億), **the sum handed to the reader** (GRANT:
 * "I have chosen you", "present you as beneficiary / heir / next of kin", "the same surname", "your e-mail address has won",
 * in eight languages) and **an answer asked** (bec-opener's STRANGER_REPLY, 返信 / ご連絡) — in a first message (no
 * conversation, no list) with no web link to act on. A will's executor, a bank or a lottery operator writes from its own
 * domain and about an estate or a ticket the reader knows of; CONTENT_WINDFALL_OFFER_STRANGER (composites.ts) adds the sender who
 * owns no domain or is answered elsewhere. Not in a text that warns about the scheme.
 *
 * Read in the letter unlinkedFirstLetter folds; alternatives of literals
 * with bounded gaps.
 */
/** Millions as words, as trigram lists (head-grams.ts). */
export const MILLION_GRAMS = gramGate(['million', 'milh', 'millon', 'miljoen', 'milion', 'billion', 'miljard', 'milliard']);
/** What every sum of BIG in figures holds: five digits, a separator among them or not (10,000, 10000, 10 000, 10.000). */
export const FIVE_DIGITS = /\d\d[.,' ]?\d{3}/;

/** A large sum: a word for millions, or 10,000 and more beside a currency; Japanese 万ドル, 万円 and 億. */
export const BIG =
  /\b(?:millions?|millionen|milhoes|milhao|millones|millon|miljoen|milioni|milione|billions?|milliarden?|miljard)\b|(?:[$£€]|\b(?:us\$|usd|eur|gbp|chf)) ?(?:\d{1,3}(?:[.,' ]\d{3}){1,3}|\d{5,9})(?!\d)|\b(?:\d{1,3}(?:[.,' ]\d{3}){1,3}|\d{5,9})(?:[.,]\d{2})? ?(?:[$£€]|(?:usd|eur|gbp|chf|euros?|dollars?|dolares|pounds?|reais)\b)|\d ?(?:万|億)(?:ドル|円|ユーロ)?/;

/**
 * The sum handed to the reader by the writer (en de fr es pt it nl ja), as written (GRANT_SOURCE: the parts joined), a part a
 * language of one session's wording, each with its gates (words every match of the part holds). GRANT runs each part with `\b`
 * taken out of its alternatives (wordStartAlternatives: the same matches), only when its gates hold, and keeps the leftmost
 * match (gatedAlternation: the match of the one alternation). Why (session 66, issue 18): as one pattern it compiled to 295 KB of
 * machine code for Latin-1 letters and 251 KB more for two-byte ones, all of it for any letter with a large sum; an English
 * letter now compiles the English parts. Exported for word-start-patterns.test.ts and windfall-offer.test.ts.
 */
export const GRANT_PARTS: readonly GatedPart[] = [
  { source: "\\b(?:i|we) (?:have )?(?:chosen|selected|picked) you\\b|\\bi chose you\\b|\\bpresent you as\\b|\\bas (?:the |my )?(?:next of kin|beneficiary|heir)\\b|\\bsame (?:sur|last |family )?name as (?:you|yours|him|the deceased|my (?:late )?client)\\b|\\bsame (?:sur|last |family )name\\b|\\b(?:led|directed|guided) me to you\\b|\\b(?:donate|give|will|leave|bequeath) (?:it|this|the (?:sum|money|funds|amount)) to you\\b|\\byour e-?mail(?: address)? (?:has |have )?(?:won|emerged|been (?:selected|drawn|chosen))\\b", gates: [/you|next of kin|beneficiary|heir|name/] },
  { source: '\\b(?:ich habe|habe ich) sie (?:ausgewahlt|gewahlt|auserwahlt)\\b|\\bsie als (?:erben?|begunstigten|nachsten angehorigen)\\b|\\bals (?:erben?|begunstigten) (?:vorstellen|einsetzen|benennen)\\b|\\b(?:denselben|den gleichen|gleichen) (?:nach|familien)namen\\b|\\bzu ihnen gefuhrt\\b|\\bals (?:angehoriger|verwandter|erbe)\\b[^.!?\\n]{0,30}?\\bbeanspruchen\\b|\\bihnen (?:vermachen|uberlassen|hinterlassen)\\b|\\bihre e-?mail(?:-?adresse)? (?:hat|wurde)\\b[^.!?\\n]{0,40}?\\b(?:gewonnen|ausgewahlt|gezogen)\\b', gates: [/\b(?:sie|als|ihnen|ihre) |namen/] },
  { source: "\\bje vous ai (?:choisie?|selectionnee?)\\b|\\bvous presenter comme\\b|\\bcomme (?:beneficiaire|heritiere?|plus proche parent)\\b|\\bmeme nom (?:de famille|que (?:vous|lui|le defunt))\\b|\\bvous faire passer pour\\b|\\bconduite? (?:vers|jusqu'a) vous\\b|\\bvous (?:leguer|ceder|donner|transmettre) (?:cette|la|ma) (?:somme|fortune)\\b|\\bvotre (?:adresse )?e-?mail a (?:gagne|ete (?:selectionnee|tiree|choisie))\\b", gates: [/\bvous\b|\bcomme |meme nom|\bvotre /] },
  { source: '\\b(?:le|la|te) he (?:elegido|escogido|seleccionado)\\b|\\bpresentarle(?: a usted)? como\\b|\\bcomo (?:su |mi )?(?:beneficiari[oa]|heredero|heredera|pariente mas cercano)\\b|\\bmismo (?:apellido|nombre que)\\b|\\bme (?:ha )?(?:guiado|llevado|conducido) (?:a|hacia) usted\\b|\\b(?:donarle|legarle)\\b|\\bsu (?:direccion de )?(?:correo|e-?mail)(?: electronico)? (?:ha )?(?:resultado|sido|fue) (?:premiad[oa]|ganador[a]?|seleccionad[oa]|elegid[oa])\\b', gates: [/\b(?:le|la|te) he |\b(?:como|mismo|su) |presentarle|usted|donarle|legarle/] },
  { source: '\\b(?:eu )?(?:o|a|te) escolhi\\b|\\bescolhi (?:voce|vc|o senhor|a senhora)\\b|\\bapresenta-?l[oa] como\\b|\\bcomo (?:meu |seu )?(?:beneficiari[oa]|herdeir[oa]|parente mais proximo)\\b|\\bmesmo (?:sobre)?nome\\b|\\bme (?:guiou|levou|conduziu) (?:a|ate) (?:voce|vc)\\b|\\b(?:doar|deixar|legar)(?:-lhe)? (?:para (?:voce|vc)|a (?:voce|vc))\\b|\\b(?:o )?seu (?:endereco de )?e-?mail (?:foi (?:premiad[oa]|sortead[oa]|selecionad[oa])|ganhou)\\b', gates: [/escolhi|apresenta|\b(?:como|mesmo|seu) |voce|\bvc\b/] },
  { source: "\\bho scelto (?:lei|te|proprio lei|proprio te|voi)\\b|\\bl'ho scelt[ao]\\b|\\bpresentarla come\\b|\\bpresentarti come\\b|\\bcome (?:mio |suo )?(?:beneficiari[oa]|erede|parente piu prossimo)\\b|\\bstesso (?:cognome|nome)\\b|\\b(?:mi ha )?(?:indicato|guidato|condotto) (?:a )?(?:lei|te)\\b|\\b(?:donarle|donarti)\\b|\\bil (?:suo|tuo) indirizzo (?:e-?mail|di posta)\\b[^.!?\\n]{0,20}?\\b(?:ha vinto|e stato (?:estratto|selezionato))\\b", gates: [/scelt|presentar|\bcome (?:mio |suo )?(?:beneficiari|erede|parente)|stesso |(?:indicato|guidato|condotto) |donar|indirizzo/] },
  { source: '\\b(?:heb ik )?u gekozen\\b|\\bheb ik (?:je|jou) gekozen\\b|\\bvoordragen als\\b|\\bals (?:begunstigde|erfgenaam|naaste verwant)\\b|\\bdezelfde (?:achter)?naam\\b|\\bnaar u (?:geleid|gebracht)\\b|\\baan u (?:nalaten|schenken|overdragen)\\b|\\buw e-?mail(?:adres)? (?:heeft|is)\\b[^.!?\\n]{0,30}?\\b(?:gewonnen|getrokken|geselecteerd)\\b', gates: [/gekozen|voordragen|\bals (?:begunstigde|erfgenaam|naaste)|dezelfde|\b(?:naar|aan) u |\buw /] },
  // Session 58 (scam58): the foundation's "grant" that has selected the reader as one of its recipients, and the "law firm"
  // that found the reader's family name among the possible relatives of an estate no one has claimed.
  { source: "\\b(?:has|have) (?:selected|chosen) you as (?:one of|a|the)\\b|\\byour (?:family |last )?(?:sur)?name (?:among|appears among|was found among|is among)\\b", gates: [/you as |name /] },
  { source: '\\bals (?:einen|eine|einer) von \\w+ (?:empfangern|begunstigten|gewinnern)\\b|\\bauf ihren (?:familien|nach)namen gesto(?:ss|ß)en\\b|\\bihr(?:en)? (?:familien|nach)namen? (?:unter|gefunden)\\b', gates: [/\bals ein|\bauf ihren |\bihr(?:en)? (?:familien|nach)name/] },
  { source: "\\bvous a (?:selectionnee?|choisie?) comme (?:l'une?|une?)\\b|\\bvotre nom de famille parmi\\b", gates: [/vous a |votre nom/] },
  { source: '\\b(?:le|la|te) ha (?:seleccionado|elegido) como (?:uno|una)\\b|\\bsu apellido entre\\b', gates: [/\b(?:le|la|te) ha |su apellido/] },
  { source: '\\bselecionou (?:voce|vc|o senhor|a senhora) como (?:um|uma)\\b|\\b(?:o )?seu sobrenome entre\\b', gates: [/selecionou|sobrenome/] },
  { source: "\\bl'ha (?:selezionat|scelt)[ao] come (?:uno|una)\\b|\\bil (?:suo|tuo) cognome tra\\b", gates: [/l'ha |cognome/] },
  { source: '\\bheeft u\\b[^.!?\\n]{0,60}?\\bgeselecteerd als een van\\b|\\buw achternaam (?:tussen|gevonden)\\b', gates: [/geselecteerd als|achternaam/] },
  // Session 59 (scam59): the fortune given away or kept through the reader — the dying widow's millions "donated to charity
  // through you" ("durch Sie … spenden", "par votre intermédiaire", "a través de usted", "tramite lei", "via u … schenken") and
  // the soldier's or diplomat's box of millions "I need you to receive for me" ("für mich in Empfang nehmen", "que usted reciba
  // por mí", "recevoir pour moi", "ricevere per me", "voor mij in ontvangst nemen").
  { source: "\\b(?:donate|distribute|give|channel|disburse)\\b[^.!?\\n]{0,60}?\\bthrough you\\b|\\bneed you to (?:receive|keep|hold|secure) (?:it |this |them )?(?:for me|on my behalf)\\b|\\b(?:receive|keep|hold|secure) (?:it|this|them|the (?:box|trunk|consignment|package|funds|money)) (?:for me|on my behalf)\\b", gates: [/through you|for me|on my behalf/] },
  { source: '\\bdurch sie\\b[^.!?\\n]{0,60}?\\bspenden\\b|\\bfur mich in empfang (?:nehmen|zu nehmen)\\b|\\bfur mich (?:aufbewahren|verwahren|entgegennehmen)\\b', gates: [/spenden|fur mich/] },
  { source: "\\bpar (?:votre|ton) (?:intermediaire|biais)\\b|\\b(?:recevoir|garder|receptionner) (?:pour moi|en mon nom)\\b", gates: [/intermediaire|biais|pour moi|en mon nom/] },
  { source: '\\b(?:a traves|por medio|por intermedio) de usted\\b|\\b(?:reciba|recibir|guarde|guardar)(?:la|lo|las|los)? por mi\\b', gates: [/de usted|por mi/] },
  { source: '\\b(?:atraves|por meio|por intermedio) de (?:voce|vc)\\b|\\b(?:receba|receber|guarde|guardar)(?:-?(?:la|lo|las|los))? (?:por|para) mim\\b', gates: [/de (?:voce|vc)|mim/] },
  { source: '\\btramite (?:di )?(?:lei|te)\\b|\\b(?:ricevere|ricevuto|custodire|conservare) per me\\b|\\b(?:riceva|custodisca) per me\\b', gates: [/tramite|per me/] },
  { source: '\\bvia (?:u|jou)\\b[^.!?\\n]{0,60}?\\b(?:schenken|doneren|geven)\\b|\\bvoor mij in ontvangst\\b|\\bvoor mij (?:bewaren|ontvangen)\\b', gates: [/\bvia (?:u|jou)\b|voor mij/] },
  { source: 'あなたを選|受取人として|相続人として|同じ(?:姓|名字|苗字)|あなたに(?:譲|寄付|遺|託)|(?:方|あなた|貴方)に託|メールアドレスが当選|受取人の一人に選|あなたの(?:姓|名字|苗字)が', gates: [/[\u3000-\u9fff]/] },
];
export const GRANT_SOURCE = GRANT_PARTS.map((p) => p.source).join('|');
/** GRANT's match in a folded letter (exported for windfall-offer.test.ts, which holds it to grantWritten). */
export const GRANT = gatedAlternation(GRANT_PARTS, { prepare: wordStartAlternatives });
/** GRANT as the one pattern it ran as before session 66: the written alternation with `\b` taken out of its alternatives. */
export const grantWritten = (): RegExp => new RegExp(wordStartAlternatives(GRANT_SOURCE));
/**
 * The answer asked beyond STRANGER_REPLY's words: the formal imperatives and the agent to contact of the lottery letters
 * ("contact our claims agent", "contatti il nostro agente", "contacte con nuestro agente", "mi risponda"), and Japanese.
 */
const REPLY_MORE =
  /\b(?:contact (?:us|our|the (?:agent|lawyer|bank|claims))|write back|kontaktieren sie (?:uns|unseren|unsere|den|die)|wenden sie sich an|melden sie sich|schrijf (?:mij|me) terug|mail (?:mij|me)|neemt u contact op|contactez(?: notre| le| la| nous)?|contacte (?:con|a) (?:nuestro|nuestra|el|la)|pongase en contacto|entre em contato|contate (?:o|a|nosso|nossa)|contatti (?:il|la|il nostro|la nostra)|contatta (?:il|la)|mi risponda|mi scriva|scrivimi|rispondere|neem contact op)\b|返信|ご連絡|お返事|返事/;

export interface WindfallOffer {
  sum: string;
  grant: string;
  reply: string;
}

/** The stranger's fortune handed to the reader (see the module's comment), or null. */
export function windfallOffer(msg: ParsedMessage): WindfallOffer | null {
  const read = headRead(msg);
  const head = read.head;
  // Cheapest first: a word for millions (its trigrams), five digits in a row, or a Japanese text.
  if (!read.wide && !gramsMayMatch(MILLION_GRAMS, read.grams) && !FIVE_DIGITS.test(head)) return null;
  const folded = unlinkedFirstLetter(msg);
  if (folded === null) return null;
  const sum = BIG.exec(folded);
  if (!sum) return null;
  const grant = GRANT(folded);
  if (!grant) return null;
  const reply = STRANGER_REPLY.exec(folded) ?? REPLY_MORE.exec(folded);
  if (!reply || warnsAboutScheme(folded)) return null;
  return { sum: sum[0].trim(), grant: grant[0], reply: reply[0] };
}

export function windfallOfferCheck(): Check {
  return {
    name: 'content.windfall-offer',
    description: "A large sum handed to the reader by a stranger (\"I have chosen you\", \"present you as the heir\", \"your e-mail has won\") with an answer asked, in a first message with no web link",
    emits: ['CONTENT_WINDFALL_OFFER'],
    run(msg: ParsedMessage): CheckOutput {
      const found = windfallOffer(msg);
      const findings: Finding[] = found ? [{ id: 'CONTENT_WINDFALL_OFFER', evidence: `${found.sum} … "${found.grant}" … "${found.reply}"; no web link to act on`, data: { ...found } }] : [];
      return { findings };
    },
  };
}
