import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';
import { gatedAlternation, lazyGate, writtenAlternation, type GatedPart } from '../../mail/gated-alternation.js';
import { wordStartAlternatives } from '../../mail/word-start.js';
import { unlinkedFirstLetter } from './chat-app-offer.js';
import { gramsMayMatch } from './head-grams.js';
import { headRead, warnsAboutScheme } from './scam-structure.js';
import { sentenceGap as gap } from './sentences.js';
import { BIG, FIVE_DIGITS, MILLION_GRAMS } from './windfall-offer.js';

/**
 * Session 61 (issue 17, helper scam62): the classic 419 "business proposal" — a fortune (a dead client's or dictator's millions, a
 * contract's over-invoiced sum, a box at a security company) that the writer cannot move alone, **the reader's help asked to move or
 * receive it** ("I solicit your assistance to transfer this fund into your account", "as my foreign partner", "assist us by
 * receiving the money on our behalf") and **the reader's reward for that help** ("I have decided to offer you 12 % of the total
 * amount", "your compensation for assistance", "Sie erhalten 30 % der Summe", "vous recevrez 30 % du montant", "le daré el 30 % del
 * total"). The content classifier flags these letters in SpamAssassin's spam because it learnt them there; the rules read none of
 * them (session 61's classifier-off scan: 8 of SpamAssassin's spam with the two moves clean without it), and a letter in another
 * language than the classifier's English is read by neither. Written the same way in every language.
 *
 * Three moves in a first message (no conversation, no list) with no web link to act on: **a large sum** (windfall-offer's BIG),
 * **the help to move or receive it** (HELP_MOVE) and **the reward for that help** (REWARD). No bank, lawyer or business partner asks
 * a stranger to take a fortune into his account for a share: SpamAssassin's 4,150 ham hold neither move. Its _STRANGER composite
 * (composites.ts) adds the sender who owns no domain or is answered elsewhere. Not in a text that warns about the scheme.
 *
 * Read in the letter unlinkedFirstLetter folds; alternatives of literals with bounded gaps inside one sentence: linear.
 */

/** The fortune's words (folded). */
const MONEY =
  '(?:funds?|money|sum|amount|consignment|box|trunk|deposit|inheritance|capital|proceeds|geld(?:er)?|summe|betrag|vermogen|fonds|erbe|argent|somme|montant|heritage|colis|dinero|suma|monto|fondos|herencia|caja|dinheiro|soma|valor|montante|fundos|heranca|caixa|denaro|somma|importo|fondi|eredita|bedrag|som|vermogen|erfenis|kist)';
/** A verb of moving or receiving the fortune (folded; infinitive, gerund and noun forms). */
const MOVE = [
  'transferr?(?:ing|ed)?', 'transfer', 'receiv(?:e|ing)', 'mov(?:e|ing)', 'secur(?:e|ing)', 'claim(?:ing)?', 'relocat(?:e|ing)', 'invest(?:ing)?', 'repatriat(?:e|ing)', 'remit(?:ting)?', 'retriev(?:e|ing)',
  'uberweisung', 'uberweisen', 'transferieren', 'transfer', 'empfangen', 'in empfang', 'sichern', 'investieren', 'verschieben',
  'transferer', 'transfert', 'recevoir', 'reception', 'deplacer', 'securiser', 'investir', 'rapatrier', 'recuperer',
  'transferir', 'transferencia', 'recibir', 'mover', 'asegurar', 'invertir', 'repatriar', 'recuperar',
  'receber', 'garantir', 'movimentar',
  'trasferire', 'trasferimento', 'ricevere', 'spostare', 'investire', 'rimpatriare', 'recuperare',
  'overmaken', 'overdracht', 'overboeken', 'ontvangen', 'verplaatsen', 'investeren',
].join('|');
/** The reader's own account or country, where the fortune is to go (folded). */
const YOUR_ACCOUNT = [
  "(?:in|into|to) your (?:own )?(?:(?:bank|personal|company'?s?|private|safe|reliable|nominated) )*(?:account|country)",
  'auf ihr (?:eigenes )?(?:bank)?konto|in ihr land',
  'sur votre (?:propre )?compte|dans votre pays|vers votre pays',
  'a su (?:propia )?cuenta|en su (?:propia )?cuenta|a su pais',
  'para a sua (?:propria )?conta|na sua (?:propria )?conta|para sua conta|para o seu pais',
  'sul suo (?:proprio )?conto|nel suo paese',
  'naar uw (?:eigen )?(?:bank)?rekening|op uw (?:eigen )?(?:bank)?rekening|naar uw land',
].join('|');

/** Words every YOUR_ACCOUNT match holds: the possessive and the account or country. */
const YOUR_ACCOUNT_GATES = [/\b(?:your|ihr|votre|su|sua|seu|suo|uw) /, /account|country|konto|land|compte|pays|cuenta|pais|conta|conto|paese|rekening/];
/**
 * The reader's help asked to move or receive the fortune (folded): help or assistance with a verb of moving it and the fortune's
 * word; the fortune moved into the reader's account or country; the money received on the writer's behalf; the "foreign partner";
 * a bank account asked to receive it. en de fr es pt it nl ja. As written (HELP_MOVE_SOURCE: the parts joined), each part with
 * its gates (words every match of the part holds).
 */
export const HELP_MOVE_PARTS: readonly GatedPart[] = [
  { source: `\\b(?:assist|assistance|help|hilfe|unterstutzung|helfen|unterstutzen|aide|assistance|aider|ayuda|asistencia|ayudar(?:me|nos)?|ajuda|assistencia|ajudar|aiuto|assistenza|aiutar(?:mi|ci)|hulp|bijstand|helpen)\\b${gap(40)}\\b(?:${MOVE})\\b${gap(40)}\\b${MONEY}\\b`, gates: [/assist|help|hilfe|unterstutz|helfen|aide|ayud|asist|ajud|aiut|hulp|bijstand/] },
  { source: `\\b(?:transfer|move|remit|wire|channel|relocate|repatriate)(?:r?ed|r?ing)?\\b${gap(40)}\\b(?:${YOUR_ACCOUNT})\\b`, gates: [/transfer|move|remit|wire|channel|relocate|repatriate/, ...YOUR_ACCOUNT_GATES] },
  { source: `\\b(?:uberweisen|transferieren|verschieben|virer|transferer|transferir|depositar|trasferire|accreditare|overmaken|overboeken|storten)\\b${gap(40)}\\b(?:${YOUR_ACCOUNT})\\b|\\b(?:${YOUR_ACCOUNT})\\b${gap(30)}\\b(?:zu )?(?:uberweisen|transferieren|over te maken|over te boeken)\\b`, gates: [/uberweisen|transferieren|verschieben|virer|transferer|transferir|depositar|trasferire|accreditare|overmaken|overboeken|storten|over te maken|over te boeken/, ...YOUR_ACCOUNT_GATES] },
  { source: `\\b(?:receiv(?:e|ing)|hold(?:ing)?|keep(?:ing)?) (?:the|this|these|my|our) ${MONEY}s? (?:on (?:our|my) behalf|for (?:me|us))\\b`, gates: [/behalf|for (?:me|us)/] },
  { source: '\\bforeign (?:business )?(?:partner|account)\\b|\\bauslandische[nr]? (?:geschafts)?partner\\b|\\bpartenaire etranger\\b|\\bsocio extranjero\\b|\\bsocio estrangeiro\\b|\\b(?:socio|partner) stranier[oa]\\b|\\bbuitenlandse partner\\b', gates: [/foreign|auslandisch|etranger|extranjero|estrangeiro|stranier|buitenlandse/] },
  { source: '\\b(?:provide|furnish|give|send)(?: (?:me|us))?(?: with)? (?:a |your )?(?:safe |reliable |good |personal )?bank account\\b', gates: [/bank account/] },
  { source: 'あなたの(?:銀行)?口座に(?:送金|振り?込|移)|(?:海外|外国)の(?:ビジネス)?パートナー', gates: [/口座|パートナー/] },
];
export const HELP_MOVE_SOURCE = HELP_MOVE_PARTS.map((p) => p.source).join('|');
/**
 * HELP_MOVE's match in a folded letter: each part with `\b` taken out of its alternatives (wordStartAlternatives: the same matches;
 * word-start-patterns.test.ts), run only when its gates hold (gatedAlternation: the match of the one pattern, helpMoveWritten;
 * transfer-share.test.ts). Why (session 66, issue 18): as one pattern it compiled to 218 KB of machine code for Latin-1 letters and
 * 186 KB more for two-byte ones, for every letter with a large sum.
 */
export const HELP_MOVE = gatedAlternation(HELP_MOVE_PARTS, { prepare: wordStartAlternatives });
/** HELP_MOVE as the one pattern it ran as before session 66. */
export const helpMoveWritten = (): RegExp => new RegExp(wordStartAlternatives(HELP_MOVE_SOURCE));

/**
 * A share in percent (folded; ％ is % after NFKC): two digits, a decimal or not — not a rate of interest, a return or a discount
 * (a deposit's or an investment's "12 % a year", "20 % off").
 */
const PERCENT =
  '\\d\\d(?:[.,]\\d)? ?(?:%|percent|per cent|prozent|pour ?cent|por ?ciento|por ?cento|per ?cento|procent)(?! ?(?:interest|per annum|p\\.?a\\b|a year|annual|yearly|a month|monthly|per (?:year|month)|returns?|discount|off|zinsen|pro jahr|rabatt|d\'interets?|par an|de (?:interes|juros|rabais|descuento|desconto)|al ano|ao ano|di interesse|all\'anno|di sconto|rente|per jaar|korting|(?:commission )?on (?:each|every|all|your) (?:sales?|orders?|deals?|bookings?))\\b)';
/** "of the (total) sum" and its words in the other languages (folded). */
const OF_FORTUNE =
  "(?:of|from|der|des|de|du|del|da|do|della|dell'|dei|van) (?:the |la |le |les |el |los |las |a |o |os |il |het |l')?(?:total |totale |gesamt)?(?:sum|fund|funds|money|amount|value|consignment|summe|betrag|betrages|geldes|fonds|somme|montant|suma|monto|fondos|dinero|importe|soma|valor|montante|fundos|dinheiro|somma|importo|fondi|denaro|bedrag|som|geld)";
/** The help the reward is for (folded). */
const FOR_HELP = [
  "for (?:your |the |my )?(?:kind )?(?:assistance|help|services?|cooperation|co-operation|efforts?|role|participation|support|involvement)",
  'fur ihre (?:hilfe|unterstutzung|mitarbeit|mitwirkung|dienste|bemuhungen)',
  'pour votre (?:aide|assistance|collaboration|cooperation|service|participation|soutien)',
  '(?:por|para) su (?:ayuda|asistencia|colaboracion|cooperacion|servicio|participacion|apoyo)',
  '(?:por|pela|pelo) (?:sua )?(?:ajuda|assistencia|colaboracao|cooperacao|servico|participacao|apoio)',
  'per (?:il suo|la sua|il tuo|la tua) (?:aiuto|assistenza|collaborazione|cooperazione|servizio|partecipazione|supporto)',
  'voor uw (?:hulp|bijstand|medewerking|diensten|inzet|steun)',
].join('|');

/** A share's figure and unit as PERCENT reads them, without its look-ahead: a gate every PERCENT match holds (digit, blank, unit). */
const PERCENT_GATE = /\d ?(?:%|p(?:er ?cent|our ?cent|or ?ci?ento|rocent|rozent))/;
/** A word of OF_FORTUNE's fortune ("betrages", "geldes", "funds" hold "betrag", "geld", "fund"): a gate every OF_FORTUNE match holds. */
const FORTUNE_GATE = /sum|fund|money|amount|value|consignment|betrag|geld|fonds|somme|montant|suma|monto|fondos|dinero|importe|soma|valor|montante|dinheiro|somma|importo|fondi|denaro|bedrag|som/;
/** FOR_HELP itself: the gate of the two parts that read it. */
const FOR_HELP_GATE = lazyGate(() => new RegExp(FOR_HELP));

/**
 * The reader's reward for the help (folded): a share in percent of the fortune or for the reader; a compensation, commission or
 * share "for your assistance" (either order). en de fr es pt it nl ja. Written as one alternation (REWARD_WRITTEN, the tests'
 * reference) and run as its parts, each only when its gates hold (gatedAlternation: the same match). Why (session 66, issue 18):
 * as one pattern it compiled to 1,011 KB of machine code (Latin-1; ~12 copies of PERCENT's look-ahead, 42 KB each), the scan's
 * largest, for every letter that reached it; a letter now compiles the parts whose words it holds.
 */
export const REWARD_PARTS: readonly GatedPart[] = [
  // The share of the fortune given to the reader: "you … 20 % of the total sum", "20 % of the money for you" — not a fee of
  // the writer's own ("less our commission of 10 % of the sale").
  {
    source: `\\b(?:you|yours|ihnen|vous|usted|voce|lei|u)\\b${gap(20)}\\b${PERCENT}${gap(30)}\\b${OF_FORTUNE}\\b`,
    gates: [PERCENT_GATE, FORTUNE_GATE],
  },
  {
    source: `\\b${PERCENT}${gap(30)}\\b${OF_FORTUNE}\\b${gap(30)}\\b(?:for you|to you|as your share|fur sie|an sie|pour vous|a vous|para usted|a usted|para voce|a voce|per lei|a lei|voor u|aan u)\\b`,
    gates: [PERCENT_GATE, FORTUNE_GATE, /for you|to you|as your share|fur sie|an sie|pour vous|a vous|para usted|a usted|para voce|a voce|per lei|a lei|voor u|aan u/],
  },
  { source: `\\b(?:you|yourself)(?: will| would| shall|'ll)? (?:get|receive|take|be (?:given|entitled to)|have) ${PERCENT}`, gates: [/(?:get|receive|take|given|entitled to|have) \d\d/] },
  { source: `\\b(?:offer|give|pay)(?: to)? you ${PERCENT}`, gates: [/you \d\d/] },
  {
    source: `\\b${PERCENT}${gap(30)}\\b(?:for you|fur sie|pour vous|para usted|para voce|para vc|per lei|per te|voor u)\\b`,
    gates: [PERCENT_GATE, /for you|fur sie|pour vous|para usted|para voce|para vc|per lei|per te|voor u/],
  },
  {
    source: `\\b(?:sie erhalten|erhalten sie|bekommen sie|biete ich ihnen|gebe ich ihnen|ihnen) ${PERCENT}|\\b(?:vous recevrez|vous aurez|je vous offre|je vous donnerai|vous offrir|vous donner) ${PERCENT}`,
    gates: [/(?:erhalten|sie|ihnen|recevrez|aurez|offre|donnerai|offrir|donner) \d\d/],
  },
  {
    source: `\\b(?:usted recibira|recibira usted|le ofrezco|le dare|le daremos|ofrecerle|darle) (?:el |un )?${PERCENT}|\\b(?:voce recebera|recebera|lhe ofereco|lhe darei|te darei|vou te dar|oferecer-lhe) (?:o |um )?${PERCENT}`,
    gates: [/(?:recibira|usted|ofrezco|dare|daremos|ofrecerle|darle|recebera|ofereco|darei|dar|oferecer-lhe) (?:el |un |o |um )?\d\d/],
  },
  {
    source: `\\b(?:ricevera|le offro|le daro|ti daro|offrirle|darle) (?:il |un )?${PERCENT}|\\b(?:u ontvangt|ontvangt u|krijgt u|bied ik u|geef ik u) ${PERCENT}`,
    gates: [/(?:ricevera|offro|daro|offrirle|darle|ontvangt|u) (?:il |un )?\d\d/],
  },
  {
    source: `\\b(?:compensation|share|commission|remuneration|reward|percentage|gratification|provision|anteil|belohnung|entschadigung|vergutung|part|recompense|pourcentage|comision|parte|recompensa|remuneracion|compensacion|porcentaje|comissao|remuneracao|compensacao|porcentagem|commissione|ricompensa|compenso|percentuale|commissie|aandeel|beloning|vergoeding)s?\\b${gap(30)}\\b(?:${FOR_HELP})\\b`,
    gates: [FOR_HELP_GATE],
  },
  {
    source: `\\b(?:${FOR_HELP})\\b${gap(60)}(?:\\b${PERCENT}|\\b(?:compensat\\w*|remunerat\\w*|reward\\w*|commission|percentage|share|provision|anteil|belohnung|entschadigung|recompense|remuneration|pourcentage|comision|recompensa|porcentaje|comissao|recompensa|porcentagem|commissione|ricompensa|percentuale|commissie|aandeel|beloning)\\b)`,
    gates: [FOR_HELP_GATE],
  },
  {
    source: '\\d\\d ?(?:%|パーセント)[^。\\n]{0,20}?(?:報酬|謝礼|お礼|取り分|差し上げ)|(?:報酬|謝礼|お礼|取り分)として[^。\\n]{0,20}?\\d\\d ?(?:%|パーセント)',
    gates: [/報酬|謝礼|お礼|取り分|差し上げ/],
  },
];
/** REWARD's match in a folded letter (exported for transfer-share.test.ts). */
export const REWARD = gatedAlternation(REWARD_PARTS);
/** REWARD as the one alternation it was written as (the reference transfer-share.test.ts holds the parts to). */
export const rewardWritten = (): RegExp => writtenAlternation(REWARD_PARTS);

export interface TransferShare {
  sum: string;
  help: string;
  reward: string;
}

/** The fortune the reader is asked to help move, for a share (see the module's comment), or null. */
export function transferShare(msg: ParsedMessage): TransferShare | null {
  const read = headRead(msg);
  // Cheapest first, as windfall-offer's: a word for millions (its trigrams), five digits in a row, or a Japanese text.
  if (!read.wide && !gramsMayMatch(MILLION_GRAMS, read.grams) && !FIVE_DIGITS.test(read.head)) return null;
  const folded = unlinkedFirstLetter(msg);
  if (folded === null) return null;
  const sum = BIG.exec(folded);
  if (!sum) return null;
  const help = HELP_MOVE(folded);
  if (!help) return null;
  const reward = REWARD(folded);
  if (!reward || warnsAboutScheme(folded)) return null;
  return { sum: sum[0].trim(), help: help[0], reward: reward[0] };
}

export function transferShareCheck(): Check {
  return {
    name: 'content.transfer-share',
    description: 'A large sum the reader is asked to help move or receive (into his account, as a foreign partner) for a share or a reward, in a first message with no web link (the 419 business proposal)',
    emits: ['CONTENT_TRANSFER_SHARE'],
    run(msg: ParsedMessage): CheckOutput {
      const found = transferShare(msg);
      const findings: Finding[] = found ? [{ id: 'CONTENT_TRANSFER_SHARE', evidence: `${found.sum} … "${found.help}" … "${found.reward}"; no web link to act on`, data: { ...found } }] : [];
      return { findings };
    },
  };
}
