import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { unlinkedFirstLetter } from './chat-app-offer.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { headRead, warnsAboutScheme } from './scam-structure.js';
import { gatedAlternation, type GatedPart } from '../../mail/gated-alternation.js';
import { wordStartAlternatives } from '../../mail/word-start.js';

/**
 * Session 52 (issue 17, helper scam52): the private lender — "ich bin eine Privatperson und verleihe Geld … Darlehen von
 * 5.000 bis 500.000 Euro zu 2 %, auch ohne Schufa", "I am a private lender, loans at 3% interest", "ik ben een particuliere
 * geldschieter en bied leningen aan van 5.000 tot 250.000 euro tegen 2% rente", "prêts entre particuliers". The advance fee
 * ("insurance", "notary costs") is asked once the reader answers; there is no page. Two moves: **a loan offered by the writer**
 * (OFFER: a first-person lending verb, a private lender, a loan offer, a loan between private persons) and **its terms**
 * (TERMS: a low interest rate in percent, a range of sums from … to …, or no credit check — "ohne Schufa", "sans
 * justificatif") — in a first message (no conversation, no list) with **no web link to act on**: a bank's or a broker's loan
 * advert links to its own application page.
 *
 * CONTENT_LOAN_OFFER alone is a small weight; CONTENT_LOAN_OFFER_STRANGER (composites.ts) adds the sender who owns no domain
 * or is answered elsewhere. Not in a text that warns about the scheme (a consumer office's "fake private lenders …"). Read in
 * the letter unlinkedFirstLetter folds; alternatives of literals with bounded gaps: linear.
 */

/**
 * What every OFFER alternative holds, as trigram lists (head-grams.ts; an alternative is all of its words' trigrams, in any
 * order): the loan or funding named, or the verb with its money ("biete … Geld", "offer … credit"); accented words by their
 * ASCII pieces ("préstamo" → "stamo", "empréstimo" → "empr", "stimo", "gewähre" → "gew", "hre"). French "prêt" and
 * "crédit", Spanish and Portuguese "crédito" have no three ASCII letters of their own: their `êt` and `édit` are looked for
 * as written (ACCENT_MARKS); the French offers written without accents by their verb and "pret".
 */
const LOAN_GRAMS = gramGate([
  'loan', 'lender', 'lend money', 'lend credit', 'lend funding', 'funding', 'financing', 'investor', 'financier', 'offer credit', 'giv credit', 'grant credit', 'provid credit', 'render credit',
  'kredit', 'darlehen', 'verleih', 'finanzierung', 'biete geld', 'bieten geld', 'gebe geld', 'geben geld', 'vergebe geld', 'gew hre geld',
  'vermittle geld', 'stelle geld', 'stellen geld', 'geld verf gung', 'privatinvestor geld', 'privatperson geld', 'geldgeber', 'propose pret',
  'proposons pret', 'offre pret', 'offrons pret', 'accorde pret', 'accordons pret', 'octroie pret', 'octroyons pret', 'aider pret',
  'propose credit', 'proposons credit', 'offre credit', 'offrons credit', 'accorde credit', 'accordons credit', 'octroie credit', 'octroyons credit',
  'aider credit', 'pret particuliers', 'preteur', 'je prete', 'nous pretons', 'financement', 'mets disposition', 'mettons disposition', 'stamo', 'financiaci',
  'presto dinero', 'prestamos dinero', 'inversor privado', 'pongo disposici', 'ponemos disposici', 'prestamista', 'empr stimo', 'financiamento',
  'credor', 'empresto dinheiro', 'emprestamos dinheiro', 'coloco disposi', 'colocamos disposi', 'prestit', 'finanziament', 'credito',
  'presto soldi', 'presto denaro', 'prestiamo soldi', 'prestiamo denaro', 'metto disposizione', 'mettiamo disposizione', 'prestatore', 'bied lening',
  'bieden lening', 'verstrek lening', 'verstrekken lening', 'leen lening', 'lenen lening', 'particuliere lening', 'leningaanbod', 'geldschieter', 'geldverstrekker', 'kredietverstrekker', 'bied geld', 'bieden geld', 'verstrek geld', 'verstrekken geld', 'leen geld',
  'lenen geld', 'leen uit',
]);
/** The accented loan words with no gram of their own: "prêt", "crédit", "crédito" in either case. */
const ACCENT_MARKS = ['êt', 'ÊT', 'édit', 'ÉDIT'];

/**
 * The writer's offer of a loan (folded text), as written (OFFER_SOURCE: the parts joined), a part a language, each with its gates
 * (words every match of the part holds). OFFER runs each part with `\b` taken out of its alternatives (wordStartAlternatives: the
 * same matches), only when its gates hold, and keeps the leftmost match (gatedAlternation: the match of the one alternation). Why
 * (session 66, issue 18): as one pattern it compiled to 193 KB of machine code for Latin-1 letters and 166 KB more for two-byte
 * ones, for any letter with a loan word; an English letter now compiles the English parts. Exported for word-start-patterns.test.ts.
 */
export const OFFER_PARTS: readonly GatedPart[] = [
  // en: the writer's offer of a loan, funding or credit ("I'm offering personal and business funding"), a private lender
  { source: "\\b(?:i|we)(?: am| are|'m|'re)? (?:offer(?:ing)?|giv(?:e|ing)|grant(?:ing)?|provid(?:e|ing)|render(?:ing)?|lend(?:ing)?)\\b[^.!?\\n]{0,40}?\\b(?:loans?|funding|financing|credit)\\b|\\b(?:i am|i'm) a (?:private|legit|legitimate|certified|registered|reliable) (?:money )?(?:lender|loan lender|loan officer|investor|financier)\\b|\\bprivate (?:loan )?lenders?\\b|\\bloan offers?\\b|\\blend(?:ing)? money\\b", gates: [/loan|fund|financ|credit|lend|investor/] },
  // de
  { source: '\\b(?:verleihe|verleihen|vergebe|gewahre|gebe|geben|biete|bieten|vermittle|stelle|stellen)\\b[^.!?\\n]{0,40}?\\b(?:geld|kredite?|darlehen|privatkredite?|finanzierung)\\b|\\bgeld zur verfugung\\b|\\bprivat(?:investor|person)\\b[^.!?\\n]{0,60}?\\b(?:geld|kredite?|darlehen)\\b|\\bprivat(?:kredite?|darlehen)\\b|\\b(?:kredite?|darlehen) (?:von|an|fur) privat(?:personen|leuten)?\\b|\\bprivate[rn]? (?:kreditgeber|geldgeber|darlehensgeber)\\b', gates: [/geld|kredit|darlehen|finanzierung/] },
  // fr
  { source: "\\b(?:je|nous) (?:propose|proposons|offre|offrons|accorde|accordons|octroie|octroyons|peux vous aider|pouvons vous aider)\\b[^.!?\\n]{0,40}?\\b(?:prets?|credits?|financements?)\\b|\\bprets? (?:d'argent )?entre particuliers\\b|\\b(?:je prete|nous pretons) (?:de l')?argent\\b|\\b(?:mets|mettons) a (?:votre )?disposition\\b|\\boffre de prets?\\b|\\bpreteur (?:prive|particulier)\\b", gates: [/pret|credit|financement|disposition/] },
  // es
  { source: '\\b(?:ofrezco|ofrecemos|otorgo|otorgamos|concedo|concedemos|puedo ayudarle|podemos ayudarle)\\b[^.!?\\n]{0,40}?\\b(?:prestamos?|financiacion|credito)\\b|\\bprestamos? entre particulares\\b|\\b(?:presto|prestamos) dinero\\b|\\binversor privado\\b[^.!?\\n]{0,60}?\\b(?:dinero|prestamos?)\\b|\\b(?:pongo|ponemos) a (?:su )?disposicion\\b|\\bprestamista (?:privad[oa]|particular)\\b|\\boferta de prestamos?\\b', gates: [/prestam|financiacion|credito|dinero|disposicion/] },
  // pt
  { source: '\\b(?:ofereco|oferecemos|concedo|concedemos|posso ajudar|podemos ajudar)\\b[^.!?\\n]{0,40}?\\b(?:emprestimos?|financiamento|credito)\\b|\\bcredor (?:particular|privado)\\b|\\b(?:empresto|emprestamos) dinheiro\\b|\\b(?:coloco|colocamos) a (?:sua )?disposicao\\b|\\bemprestimos? entre particulares\\b|\\boferta de emprestimos?\\b', gates: [/emprestimo|financiamento|credito|credor|dinheiro|disposicao/] },
  // it
  { source: '\\b(?:offro|offriamo|concedo|concediamo|erogo|posso aiutarla|possiamo aiutarla)\\b[^.!?\\n]{0,40}?\\b(?:prestit[io]|finanziament[io]|credito)\\b|\\bprestit[io] tra privati\\b|\\b(?:presto|prestiamo) (?:soldi|denaro)\\b|\\b(?:metto|mettiamo) a (?:sua |vostra )?disposizione\\b|\\bprestatore privato\\b|\\bofferta di prestit[io]\\b', gates: [/prestit|finanziament|credito|soldi|denaro|disposizione|prestatore/] },
  // nl
  { source: '\\b(?:bied|bieden|verstrek|verstrekken|leen|lenen)\\b[^.!?\\n]{0,40}?\\b(?:leningen|lening|geld)\\b|\\bparticuliere (?:geldschieter|geldverstrekker|kredietverstrekker|leningen|lening)\\b|\\bleningaanbod\\b|\\bleen (?:geld )?uit\\b', gates: [/lening|geld|particuliere|leen /] },
  // Session 57 (scam57): the offer as a noun with its sum, no lender named ("Personal and business loans from $1,000 to
  // $50,000 at 3% interest", "Prêts personnels de 2 000 à 80 000 euros"): the sums' range or a low rate is still asked below.
  { source: "\\b(?:personal|business|private|quick|fast|instant|urgent|emergency)(?: and (?:personal|business|private))? loans? (?:from|of|up to|between) (?:[$€£] ?)?\\d|\\bprets? (?:personnels?|rapides?|d'argent|urgents?) (?:de|jusqu'a) \\d|\\bprestamos? (?:personales?|rapidos?|urgentes?) (?:de|desde|hasta) (?:[$€] ?)?\\d|\\bemprestimos? (?:pessoa(?:is|l)|rapidos?) (?:de|ate) (?:r\\$ ?|[$€] ?)?\\d|\\b(?:privat|sofort|schnell)?kredite (?:von|ab|bis zu) (?:[$€] ?)?\\d|\\bprestiti (?:personali|veloci|rapidi) (?:da|fino a) (?:[$€] ?)?\\d|\\b(?:persoonlijke |snelle )?leningen (?:van|vanaf|tot) (?:[$€] ?)?\\d", gates: [/\d/, /loan|pret|prestamo|emprestimo|kredite|prestiti|leningen/] },
  { source: '個人(?:間)?融資|融資(?:いたします|します|可能です)|お貸しします', gates: [/融資|お貸し/] },
];
export const OFFER_SOURCE = OFFER_PARTS.map((p) => p.source).join('|');
/** OFFER's match in a folded letter (exported for loan-offer.test.ts, which holds it to offerWritten). */
export const OFFER = gatedAlternation(OFFER_PARTS, { prepare: wordStartAlternatives });
/** OFFER as the one pattern it ran as before session 66: the written alternation with `\b` taken out of its alternatives. */
export const offerWritten = (): RegExp => new RegExp(wordStartAlternatives(OFFER_SOURCE));

/** A rate in percent (its value is checked: a usury offer's 2–3 %, not a card's 19.9 %) — the first few looked at. */
const RATE = /(?<![\d.,])(\d{1,2})(?:[.,]\d{1,2})? ?[%％]/g;
const MAX_RATE = 10;
/** A range of sums: from … to … with a currency on one side (en de fr es pt it nl). */
const RANGE =
  /\b(?:from|von|de|da|van|entre)\s(?:[$€£]\s?)?\d[\d.,' ]{2,12}(?:\s?(?:€|\$|£|eur|euros?|usd|dollars?))?\s(?:to|bis|a|ate|et|y|e|tot|and)\s(?:[$€£]\s?)?\d[\d.,' ]{2,12}\s?(?:€|\$|£|eur\b|euros?\b|usd\b|dollars?\b|reais\b)?/;
/** No credit check: the stranger lends to anyone. */
const NO_CHECK =
  /\b(?:without (?:a )?credit check|no credit check|no collateral|without collateral|bad credit (?:ok|accepted)|ohne schufa|keine schufa|ohne bonitatsprufung|trotz schufa|sans justificatifs?|sans verification|sin aval|sin buro|sin consultar|sem consulta|sem fiador|senza garanzie|senza busta paga|zonder bkr|zonder bkr-toetsing)\b|審査なし|ブラックOK/;

export interface LoanOffer {
  offer: string;
  terms: string;
}

/** The loan's terms in the folded text: a low rate, a range of sums, or no credit check; or null. */
function loanTerms(folded: string): string | null {
  RATE.lastIndex = 0;
  let looked = 0;
  for (let m = RATE.exec(folded); m && looked < 6; m = RATE.exec(folded), looked++) {
    if (Number(m[1]) <= MAX_RATE) return m[0];
  }
  return RANGE.exec(folded)?.[0] ?? NO_CHECK.exec(folded)?.[0] ?? null;
}

/** The private lender's offer and terms in a first message with no web link (see the module's comment), or null. */
export function loanOffer(msg: ParsedMessage): LoanOffer | null {
  const read = headRead(msg);
  if (!read.wide && !gramsMayMatch(LOAN_GRAMS, read.grams) && !ACCENT_MARKS.some((m) => read.head.includes(m))) return null;
  const folded = unlinkedFirstLetter(msg);
  if (folded === null) return null;
  const offer = OFFER(folded);
  if (!offer) return null;
  const terms = loanTerms(folded);
  if (!terms || warnsAboutScheme(folded)) return null;
  return { offer: offer[0], terms: terms.trim() };
}

export function loanOfferCheck(): Check {
  return {
    name: 'content.loan-offer',
    description: "A loan offered by the writer (a private lender) with its terms (a low rate, a range of sums, no credit check) in a first message with no web link",
    emits: ['CONTENT_LOAN_OFFER'],
    run(msg: ParsedMessage): CheckOutput {
      const found = loanOffer(msg);
      const findings: Finding[] = found ? [{ id: 'CONTENT_LOAN_OFFER', evidence: `"${found.offer}" … "${found.terms}"; no web link to act on`, data: { ...found } }] : [];
      return { findings };
    },
  };
}
