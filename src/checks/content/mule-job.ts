import { shownText } from '../../mail/shown-text.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { foldLetter, inConversationOrList } from './bec-opener.js';
import { gramGate, gramsMayMatch, type GramGate } from './head-grams.js';
import { asciiHeadGrams, headRead, warnsAboutScheme } from './scam-structure.js';
import { wordStartAlternatives } from '../../mail/word-start.js';

/**
 * Session 51 (issue 17, helper scam51): the money-mule "job" by its structure — "you will receive payments from our clients
 * into your bank account and forward them to our partners; you keep 10 % of every transfer". The words change with every
 * campaign ("payment assistant", "financial agent", "Zahlungsabwickler", "assistant de paiement", "agente financiero"); the
 * three moves do not: **money received into the reader's own account** (RECEIVE), **passed on** to someone else (FORWARD),
 * **for a cut in percent** (CUT: keep 10 %, a commission of 8 %). No real employer asks a stranger to take its customers'
 * money into a private account and wire it on; a payroll notice pays a salary into the account and asks for nothing back.
 *
 * CONTENT_MULE_JOB needs the cut, the offer as work (JOB: a job, position, part-time, from home, salary) and, in one language, the receiving and the passing on, in the subject and the first MAX_TEXT
 * characters of the shown text (folded: lower case, no accents, one blank); none in a text that warns about the scheme
 * (scam-structure's warnsAboutScheme, "this is a money-mule scam": the police's and banks' warnings name the same three moves).
 * CONTENT_MULE_JOB_STRANGER (composites.ts) adds the sender who owns no domain.
 * Each pattern is alternatives of literals with bounded gaps of one sentence (no `.!?` or line end): linear.
 */
const MAX_TEXT = 6_000;

/** The cut in percent: kept from each transfer, or a commission. Asked first (a percent sign or word is rare in a letter). */
const CUT_WRITTEN =
  /\b(?:keep|retain|behalten|behaltst|garder|gardez|gardant|conserver|conservez|quedarse|se queda|te quedas|quedara|ficar com|ficando com|fica com|ficara com|trattenere|trattenendo|trattiene|tieni|tenere|houdt|houden|behoudt|behouden)\b[^.!?\n]{0,40}?\b\d{1,2}(?:[.,]\d)? ?%|\b(?:commission|provision|comision|comissao|commissione|provisie|verguetung|vergutung|remuneration)\b[^.!?\n]{0,30}?\b\d{1,2}(?:[.,]\d)? ?%|\b\d{1,2}(?:[.,]\d)? ?%[^.!?\n]{0,40}?\b(?:of (?:each|every|all)|jeder|jeden|von jeder|von jedem|de chaque|de cada|di ogni|su ogni|van elke|van iedere|van alle)\b|\d{1,2} ?[%％]が(?:報酬|手数料)|(?:報酬|手数料)は?\d{1,2} ?[%％]/;
/** CUT_WRITTEN with `\b` taken out of its alternatives (wordStartAlternatives: the same matches; word-start.test.ts holds it to it). */
const CUT = new RegExp(wordStartAlternatives(CUT_WRITTEN.source));

/**
 * The letter offers it as work (a job, a position, part-time, from home): a friend asking "could you take the rent into your
 * account and pass it to Anna, keep 5 % for the trouble" offers no job. "work" alone is not read (at work, it works).
 */
const JOB =
  /\b(?:jobs?|positions?|vacanc(?:y|ies)|employment|part[- ]time|full[- ]time|home[- ]based|from home|remote(?:ly)?|salary|recruit[a-z]*|hiring|stelle|nebenjob|heimarbeit|minijob|teilzeit|von zu hause|tatigkeit|arbeitsplatz|gehalt|emploi|poste|travail a domicile|a domicile|temps partiel|salaire|empleo|trabajo|puesto|vacante|desde casa|medio tiempo|tiempo parcial|salario|vaga|emprego|trabalho|em casa|meio periodo|meio expediente|salario|lavoro|posizione|impiego|da casa|part-time|stipendio|baan|bijbaan|vacature|functie|vanuit huis|thuiswerk|deeltijd|salaris)\b|仕事|求人|在宅|副業|アルバイト/;

/** [language, money received into the reader's own account, the money passed on]. */
const MOVES: readonly [lang: string, receive: RegExp, forward: RegExp][] = [
  ['en',
    /\b(?:receive|accept|collect|get|payments?|transfers?|funds|money|deposits?)\b[^.!?\n]{0,80}?\b(?:into|to|in|on|via|through) your (?:own |personal |private )?(?:bank |checking |paypal )?account\b/,
    /\b(?:forward|transfer|remit|wire|send|pass)\b[^.!?\n]{0,40}?\b(?:them|it|the (?:money|funds|payments?|balance|rest|remaining))\b|\bforward(?:ing)? (?:them|it|the)\b/],
  ['de',
    /\b(?:erhalten|empfangen|bekommen|entgegennehmen)\b[^.!?\n]{0,80}?\b(?:auf|uber) (?:ihr|dein|ihrem|deinem) (?:eigenes |privates |eigenen |privaten )?(?:bank|giro)?konto\b|\b(?:zahlungen|uberweisungen|gelder|geldbetrage|betrage)\b[^.!?\n]{0,60}?\bauf (?:ihr|dein) (?:eigenes |privates )?(?:bank|giro)?konto\b/,
    /\b(?:leiten|leitest|leiten sie)\b[^.!?\n]{0,40}?\bweiter\b|\bweiter(?:zu)?leiten\b|\bweiterleitung\b|\b(?:uberweisen|uberweist|uberweisen sie|senden|senden sie)\b[^.!?\n]{0,40}?\b(?:an unsere|an unseren|an die|weiter)\b/],
  ['fr',
    /\b(?:recevoir|recevrez|recevez|recevras|encaisser|encaisserez|encaissez)\b[^.!?\n]{0,80}?\b(?:sur|dans|via) (?:votre|ton) (?:propre |)compte\b/,
    /\b(?:transferer|transfererez|transferez|transfereras|reverser|reverserez|reversez|renvoyer|renverrez)\b|\b(?:les|leur) (?:envoyer|envoyerez|virer|virerez)\b/],
  ['es',
    /\b(?:recibir|recibira|recibiras|recibe|reciba|cobrar|cobrara)\b[^.!?\n]{0,80}?\ben (?:su|tu) (?:propia )?cuenta\b/,
    /\b(?:transferir(?:los|las)?|transferira|transferiras|transfiera|transfieralos|reenviar(?:los|las)?|reenviara|enviar(?:los|las)|(?:los|las) (?:transferira|transferiras|enviara|enviaras|reenviara))\b/],
  ['pt',
    /\b(?:receber|recebera|recebe|receba)\b[^.!?\n]{0,80}?\bna (?:sua|tua) (?:propria )?conta\b/,
    /\b(?:repassar|repassara|repasse|repassando|transferir|transferira|transfira|transferindo|(?:os|as) (?:enviara|enviar))\b/],
  ['it',
    /\b(?:ricevere|ricevera|riceverai|riceve|ricevi|incassare|incassera)\b[^.!?\n]{0,80}?\bsul (?:suo|tuo) (?:proprio )?conto\b/,
    /\b(?:trasferire|trasferira|trasferirai|trasferisca|trasferirli|inoltrare|inoltrera|girare|girera|girarli|(?:li|le) (?:trasferira|trasferirai|invierai|inviera))\b/],
  ['nl',
    /\b(?:ontvangen|ontvangt|ontvang)\b[^.!?\n]{0,80}?\bop (?:uw|je|jouw) (?:eigen |prive )?(?:bank)?rekening\b/,
    /\b(?:maakt|maak|maken)\b[^.!?\n]{0,40}?\bover\b|\b(?:overmaken|doorstorten|doorsturen|overboeken|overschrijven)\b/],
  ['ja', /口座(?:で|に)(?:受け取|受取|入金)|口座への(?:入金|振込)/, /送金|振り込|振込/],
];

/**
 * Session 52 (issue 18): the account each language's RECEIVE names, as trigram lists (head-grams.ts), in MOVES' order. In an
 * ASCII subject and text the fold is their lower case with white space runs as one space, so a RECEIVE match is its words'
 * letters in a row in the text as written: where headRead's trigrams hold none of a language's lists, its RECEIVE has no match,
 * and where they hold none at all the letter is not folded (most letters with a percent sign are adverts and newsletters).
 */
const RECEIVE_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['your account'],
  de: ['konto'],
  fr: ['compte'],
  es: ['cuenta'],
  pt: ['conta'],
  it: ['conto'],
  nl: ['rekening'],
  // Kana and Han only: never in an ASCII text (a gate of no alternative says "no").
  ja: [],
};
const RECEIVE_GRAMS: ReadonlyMap<string, GramGate> = new Map(Object.entries(RECEIVE_WORDS).map(([lang, words]) => [lang, gramGate(words)]));
const ANY_RECEIVE_GRAMS = gramGate(Object.values(RECEIVE_WORDS).flat());

/** The patterns, for the test that holds muleJob's gates to the session-51 function. */
export const muleJobParts = { cut: CUT, cutWritten: CUT_WRITTEN, job: JOB, moves: MOVES };

export interface MuleJob {
  lang: string;
  receive: string;
  forward: string;
  cut: string;
}

/**
 * The mule job's three moves in the folded subject and text (see the module's comment), or null. `asciiGrams`: the stamp of
 * headRead's trigrams when the subject and the text's first MAX_TEXT characters are all ASCII (RECEIVE_GRAMS), else undefined.
 */
export function muleJob(subject: string, text: string, asciiGrams?: number): MuleJob | null {
  const read = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  // Cheapest first: no percent sign, no cut (the words "percent"/"Prozent" are not read: every cut seen writes the sign).
  if (!read.includes('%') && !read.includes('％')) return null;
  if (asciiGrams !== undefined && !gramsMayMatch(ANY_RECEIVE_GRAMS, asciiGrams)) return null;
  const folded = foldLetter(subject, read);
  const cut = CUT.exec(folded);
  if (!cut || !JOB.test(folded)) return null;
  for (const [lang, receive, forward] of MOVES) {
    if (asciiGrams !== undefined && !gramsMayMatch(RECEIVE_GRAMS.get(lang)!, asciiGrams)) continue;
    const r = receive.exec(folded);
    if (!r) continue;
    const f = forward.exec(folded);
    if (!f) continue;
    if (warnsAboutScheme(folded)) return null;
    return { lang, receive: r[0], forward: f[0], cut: cut[0] };
  }
  return null;
}

/**
 * Session 57 (issue 17 item 6, helper scam57): the mule's two other jobs, which have no cut in percent — **the goods mule**
 * ("you will receive parcels at your home address, repack them and ship them on to our clients with the labels we email you")
 * and **the cheque mule** ("I will send you a cheque … deposit it and send the balance to my vendors"). Each is two moves and
 * the offer as work (JOB): the parcels received at the reader's home (GOODS_RECEIVE) and sent on repacked or relabelled
 * (GOODS_FORWARD); a cheque sent to the reader (CHEQUE) and the balance of it passed on (CHEQUE_FORWARD). A shop's delivery
 * notice or a marketplace sale offers no job; a payroll cheque asks for nothing back. Same finding (CONTENT_MULE_JOB, its
 * `cut` empty), same gates as the session-51 reading: a first message's subject and first MAX_TEXT characters, folded, none
 * in a text that warns about the scheme. Alternatives of literals with bounded gaps of one sentence: linear.
 */
const GOODS_MOVES: readonly [lang: string, receive: RegExp, forward: RegExp][] = [
  ['en',
    /\b(?:receive|accept|collect)\b[^.!?\n]{0,40}?\b(?:parcels?|packages?|shipments?|goods|merchandise)\b[^.!?\n]{0,40}?\b(?:at|to) your (?:home|house|address|residence|home address)\b/,
    /\b(?:repack(?:age)?|reship|relabel)\b|\b(?:forward|ship|send|post|mail)\b[^.!?\n]{0,40}?\b(?:them|the (?:parcels?|packages?|goods|items))\b[^.!?\n]{0,40}?\b(?:labels?|to our (?:clients|customers|partners))\b/],
  ['de',
    /\b(?:pakete|sendungen|waren)\b[^.!?\n]{0,60}?\b(?:an|bei|zu) (?:ihnen zu ?hause|ihre (?:adresse|wohnadresse|privatadresse)|ihrer (?:adresse|wohnadresse|privatadresse))\b/,
    /\b(?:umpacken|neu verpacken|neu etikettieren|weiterversenden|weiter versenden|umetikettieren|packen sie (?:sie |die pakete )?um|(?:versenden|senden|schicken) sie (?:sie |die pakete )?weiter)\b/],
  ['fr',
    /\b(?:recevoir|recevrez|recevez|receptionner|receptionnerez)\b[^.!?\n]{0,40}?\b(?:colis|paquets|marchandises)\b[^.!?\n]{0,40}?\b(?:a votre domicile|chez vous|a votre adresse)\b/,
    /\b(?:reconditionner|reconditionnerez|reemballer|reemballerez|reexpedier|reexpedierez|reetiqueter)\b/],
  ['es',
    /\b(?:recibir|recibira|recibe|reciba)\b[^.!?\n]{0,40}?\b(?:paquetes|envios|mercancias)\b[^.!?\n]{0,40}?\ben (?:su|tu) (?:casa|domicilio|direccion)\b/,
    /\b(?:reempaquetar(?:los|a|an)?|reembalar(?:los|a|an)?|reetiquetar(?:los|a|an)?|reenviar(?:los|a|an)?)\b/],
  ['it',
    /\b(?:ricevere|ricevera|riceverai|riceve|ricevi)\b[^.!?\n]{0,40}?\b(?:pacchi|colli|merci|spedizioni)\b[^.!?\n]{0,40}?\b(?:al (?:suo|tuo) domicilio|a casa (?:sua|tua)|al (?:suo|tuo) indirizzo)\b/,
    /\b(?:reimballar\w*|rispedir\w*|rietichettar\w*|li reimballer\w*)\b/],
  ['nl',
    /\b(?:ontvangt|ontvangen|ontvang)\b[^.!?\n]{0,40}?\b(?:pakketten|pakjes|goederen|zendingen)\b[^.!?\n]{0,40}?\bop (?:uw|je|jouw) (?:huisadres|adres|thuisadres)\b/,
    /\b(?:pakt (?:ze|deze) opnieuw in|opnieuw inpakken|herverpakken|verstuurt (?:ze|deze) (?:door|naar onze)|doorsturen naar onze)\b/],
  ['pt',
    /\b(?:receber|recebera|receba)\b[^.!?\n]{0,40}?\b(?:encomendas|pacotes|mercadorias)\b[^.!?\n]{0,40}?\b(?:na|em) (?:sua|tua) (?:casa|residencia|endereco)\b/,
    /\b(?:reembalar|reembala-las|reembala-los|reenviar|reenvia-las|reenvia-los|reetiquetar)\b/],
];
const CHEQUE_MOVES: readonly [lang: string, cheque: RegExp, forward: RegExp][] = [
  ['en',
    /\b(?:send|mail|post|issue|give)(?:ing)? you (?:a|the) (?:cheque|check|money order)\b|\b(?:cheque|check|money order) (?:for|of) \$?\d/,
    /\bdeposit (?:it|the (?:cheque|check|money order))\b[^.!?\n]{0,60}?\b(?:send|wire|transfer|forward|pass)\b[^.!?\n]{0,30}?\b(?:the )?(?:balance|remaining|rest|excess|difference)\b|\b(?:cheque|check|money order)\b[^.!?\n]{0,40}?\bto (?:buy|purchase) (?:some |the )?(?:supplies|equipment|materials|gift cards)\b/],
  ['de',
    /\b(?:schicke|sende|schicken|senden) (?:ihnen|dir) (?:einen|den) scheck\b/,
    /\b(?:losen sie|einlosen|reichen sie)\b[^.!?\n]{0,60}?\b(?:uberweisen|senden|schicken)\b[^.!?\n]{0,30}?\b(?:den rest|den restbetrag|die differenz)\b|\bscheck\b[^.!?\n]{0,40}?\b(?:material|ausrustung|zubehor|geschenkkarten)\b[^.!?\n]{0,40}?\bkaufen\b/],
  ['fr',
    /\b(?:vous enverrai|vous envoie|vous enverrons|t'enverrai) (?:un|le) cheque\b/,
    /\b(?:encaisser|encaissez|deposer|deposez)\b[^.!?\n]{0,60}?\b(?:envoyer|envoyez|virer|virez|transferer|transferez)\b[^.!?\n]{0,30}?\b(?:le reste|le solde|la difference)\b/],
  // Session 64 (scam65): the personal assistant's cheque in es pt nl it ("le enviaré un cheque; deposítelo, quédese con su pago y
  // envíe el resto a mi proveedor"); in en de es also the cheque "to buy supplies" (the vendor who sells them is the scammer's).
  ['es',
    /\b(?:le|te) (?:enviare|envio|mandare|mando|voy a enviar) (?:un|el) cheque\b/,
    /\b(?:depositelo|deposite|depositarlo|cobrelo|cobre|cobrarlo)\b[^.!?\n]{0,60}?\b(?:envie|envia|transfiera|mande|manda)\b[^.!?\n]{0,30}?\b(?:el resto|el saldo|la diferencia)\b|\bcheque\b[^.!?\n]{0,40}?\bpara comprar (?:el |los |algo de )?(?:material|equipo|suministros|tarjetas regalo)\b/],
  ['pt',
    /\b(?:lhe|te|vou) (?:enviarei|envio|mandarei|mando|enviar|mandar) (?:um|o) cheque\b/,
    /\b(?:deposite|deposite-o|depositar|desconte|descontar)\b[^.!?\n]{0,60}?\b(?:envie|transfira|mande)\b[^.!?\n]{0,30}?\b(?:o resto|o saldo|a diferenca)\b/],
  ['nl',
    /\b(?:stuur|stuurt|sturen) (?:u|je|jou) (?:een|de) cheque\b/,
    /\b(?:stort|verzilver|incasseer|los)\b[^.!?\n]{0,60}?\b(?:stuur|maak|stort)\b[^.!?\n]{0,30}?\b(?:de rest|het restant|het verschil)\b/],
  ['it',
    /\b(?:ti|le) (?:inviero|invio|mandero|mando) (?:un |l')assegno\b/,
    /\b(?:incassalo|incassa|depositalo|deposita|versalo)\b[^.!?\n]{0,60}?\b(?:invia|manda|trasferisci)\b[^.!?\n]{0,30}?\b(?:il resto|il saldo|la differenza)\b/],
];

/**
 * The goods or cheque mule's moves and the offer as work (see GOODS_MOVES), or null. `grams`: the stamp of headRead's trigrams
 * (which read the subject and more of the text than MAX_TEXT), undefined for a text with kana or Han (headRead's `wide`).
 */
export function goodsOrChequeMule(subject: string, text: string, grams?: number): MuleJob | null {
  const goods = grams === undefined || (gramsMayMatch(GOODS_GRAMS, grams) && gramsMayMatch(GOODS_HOME_GRAMS, grams) && gramsMayMatch(GOODS_FORWARD_GRAMS, grams));
  const cheque = grams === undefined || (gramsMayMatch(CHEQUE_GRAMS, grams) && gramsMayMatch(CHEQUE_FORWARD_GRAMS, grams) && gramsMayMatch(CHEQUE_BALANCE_GRAMS, grams));
  if (!goods && !cheque) return null;
  const read = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const folded = foldLetter(subject, read);
  for (const [lang, receive, forward] of goods ? (cheque ? [...GOODS_MOVES, ...CHEQUE_MOVES] : GOODS_MOVES) : CHEQUE_MOVES) {
    if (grams !== undefined && !gramsMayMatch(MOVE_GRAMS.get(receive)!, grams)) continue;
    // The passing on first: its words (repack, relabel, the balance of a deposit) are rarer than a parcel received.
    const f = forward.exec(folded);
    if (!f) continue;
    const r = receive.exec(folded);
    if (!r) continue;
    if (!JOB.test(folded) || warnsAboutScheme(folded)) return null;
    return { lang, receive: r[0], forward: f[0], cut: '' };
  }
  return null;
}
/**
 * What every match of each move holds, as trigram lists (head-grams.ts), so that most letters are not folded and read by the
 * moves: the goods named (GOODS_GRAMS), received at home (GOODS_HOME_GRAMS) and passed on (GOODS_FORWARD_GRAMS), the cheque
 * (CHEQUE_GRAMS), its deposit (CHEQUE_FORWARD_GRAMS) and the balance sent on (CHEQUE_BALANCE_GRAMS). Accented words by their
 * ASCII pieces ("réexpédier" → "exp", "dier"; "chèque" after its verb → "enverr", "que"; "envíos" → "env"). One case-insensitive
 * pattern of the forward moves' stems over the raw text cost a measured 17 µs a message (SA training split,
 * bench/fee-to-person-micro.ts).
 *
 * Each language's goods or cheque words (its receive pattern holds one): a language's moves are run only with them, and any of
 * them lets the goods or the cheque reading start (GOODS_GRAMS, CHEQUE_GRAMS: the same words, one table).
 */
const GOODS_WORDS: { readonly [lang: string]: readonly string[] } = {
  en: ['parcel', 'package', 'shipment', 'goods', 'merchandise'], de: ['pakete', 'sendungen', 'waren'], fr: ['colis', 'paquets', 'marchandises'],
  es: ['paquetes', 'env', 'mercanc'], pt: ['encomendas', 'pacotes', 'mercadorias'], it: ['pacchi', 'colli', 'merci', 'spedizioni'],
  nl: ['pakketten', 'pakjes', 'goederen', 'zendingen'],
};
const CHEQUE_WORDS: { readonly [lang: string]: readonly string[] } = { en: ['cheque', 'check', 'money order'], de: ['scheck'], fr: ['cheque', 'enverr que', 'envoie que'], es: ['cheque'], pt: ['cheque'], nl: ['cheque'], it: ['assegno'] };
/** A language's move table and its words: every language of the moves has words (a missing one is a mistake, caught at load). */
function wordsOf(table: { readonly [lang: string]: readonly string[] }, lang: string): readonly string[] {
  const words = table[lang];
  if (!words) throw new Error(`mule-job: no goods or cheque words for ${lang}`);
  return words;
}
const MOVE_GRAMS: ReadonlyMap<RegExp, GramGate> = new Map([
  ...GOODS_MOVES.map(([lang, receive]): [RegExp, GramGate] => [receive, gramGate(wordsOf(GOODS_WORDS, lang))]),
  ...CHEQUE_MOVES.map(([lang, cheque]): [RegExp, GramGate] => [cheque, gramGate(wordsOf(CHEQUE_WORDS, lang))]),
]);
const GOODS_GRAMS = gramGate([...new Set(Object.values(GOODS_WORDS).flat())]);
const CHEQUE_GRAMS = gramGate([...new Set(Object.values(CHEQUE_WORDS).flat())]);
/** Where the goods are received: the reader's home or address (GOODS_MOVES' receive patterns end there). */
const GOODS_HOME_GRAMS = gramGate([
  'your home', 'your house', 'your address', 'your residence', 'ihnen hause', 'adresse', 'domicile', 'chez vous', 'domicilio', 'direcci', 'casa',
  'resid', 'endere', 'indirizzo', 'adres',
]);
const GOODS_FORWARD_GRAMS = gramGate([
  'repack', 'reship', 'relabel', 'label', 'our client', 'our customer', 'our partner',
  'umpacken', 'verpacken', 'etikettieren', 'versenden', 'packen', 'weiter',
  'reconditionner', 'emballer', 'exp dier', 'reexpedier', 'tiqueter',
  'reempaquetar', 'reembalar', 'reetiquetar', 'reenviar', 'reembala', 'reenvia',
  'reimball', 'rispedir', 'rietichettar', 'opnieuw', 'herverpakken', 'verstuurt', 'doorsturen',
]);
const CHEQUE_FORWARD_GRAMS = gramGate(['deposit', 'einl sen', 'einlosen', 'sen sie', 'reichen sie', 'encaisser', 'encaissez', 'poser', 'depos', 'cobr', 'descont', 'buy', 'purchase', 'kaufen', 'comprar', 'stort', 'verzilver', 'incass', 'los', 'versalo']);
/** The part of the cheque passed on (CHEQUE_MOVES' forward patterns end there). */
const CHEQUE_BALANCE_GRAMS = gramGate(['balance', 'remaining', 'rest', 'excess', 'difference', 'differenz', 'restbetrag', 'reste', 'solde', 'diff rence', 'saldo', 'diferen', 'verschil', 'supplies', 'equipment', 'material', 'ausr stung', 'ausrustung', 'zubeh', 'geschenkkarten', 'gift card', 'suministros', 'equipo', 'tarjetas regalo']);

function goodsOrChequeMuleOf(msg: ParsedMessage, subject: string, text: string): MuleJob | null {
  const read = headRead(msg);
  return goodsOrChequeMule(subject, text, read.wide ? undefined : read.grams);
}

export function muleJobCheck(): Check {
  return {
    name: 'content.mule-job',
    description: 'A "job" receiving money into the reader\'s own account and passing it on for a cut in percent (the money mule)',
    emits: ['CONTENT_MULE_JOB'],
    run(msg: ParsedMessage): CheckOutput {
      const subject = msg.subject.slice(0, 512);
      const text = shownText(msg);
      const found = muleJob(subject, text, asciiHeadGrams(headRead(msg), MAX_TEXT)) ?? (inConversationOrList(msg) ? null : goodsOrChequeMuleOf(msg, subject, text));
      const findings: Finding[] = found
        ? [{ id: 'CONTENT_MULE_JOB', evidence: `${found.lang}: "${found.receive}" … "${found.forward}" … "${found.cut}"`, data: { ...found } }]
        : [];
      return { findings };
    },
  };
}
