import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';
import { shownText } from '../../mail/shown-text.js';
import { ownWriting } from '../sender/organisation.js';
import { foldLetter, fromList } from './bec-opener.js';
import { MAX_TEXT, unlinkedFirstLetter, webLinkToAct } from './chat-app-offer.js';
import { gramGate, gramsMayMatch, type GramGate } from './head-grams.js';
import { headRead, warnsAboutScheme } from './scam-structure.js';
import { sentenceGap as gap } from './sentences.js';

/**
 * Session 60 (issue 17 item 6, helper scam60): the classified-ad scams — three kinds whose common move is money sent before the
 * reader receives or sees anything, by a route no shop or letting agent uses, written the same way in every language.
 *
 * - **The landlord abroad** (CONTENT_RENTAL_ABROAD): a flat for rent whose owner is abroad or cannot show it, the keys to be
 *   **sent** by courier, post or an agency once the deposit and rent are paid by transfer ("The keys will be sent to you by
 *   courier once you pay the deposit by Western Union", "Die Schlüssel schicke ich Ihnen per Post, sobald die Kaution überwiesen
 *   ist", "les clés vous seront envoyées … par Western Union", "las llaves se las enviará una agencia … por transferencia"). Four
 *   moves: a rental word (RENTAL), the keys sent (KEYS_SENT), the owner away or no viewing (AWAY), a transfer (ROUTE). A letting
 *   agent hands the keys over at its office or the signing; a landlord abroad has someone show the flat.
 * - **The free pet shipped** (CONTENT_PET_SHIPPING): a puppy or kitten given away free or "for adoption", the reader to pay only
 *   its shipping, transport or crate ("you only pay the delivery fee to the pet transport agency", "Sie zahlen nur die
 *   Transportkosten", "vous n'avez qu'à payer les frais de transport", "solo paga el envío"). Three moves: a pet (PET), free or
 *   for adoption (FREE), only the sending paid (ONLY_SHIPPING). A breeder sells and invites a visit; a shelter's adoption fee is
 *   paid at the shelter.
 * - **The overpaid cheque** (CONTENT_OVERPAID_CHEQUE): a buyer's or employer's cheque or payment for more than the price, the
 *   reader to send the difference on to a third party or by a money-transfer service ("send the difference of $1,800 by Western
 *   Union to my mover", "überweisen Sie die Differenz an meinen Spediteur", "renvoyez la différence à mon transporteur"). Three
 *   moves: a payment more than due (OVER), the difference sent (DIFF_SENT), to a third party or by a money-transfer or gift-card
 *   rail (ONWARD). A company refunding an overpayment sends the difference to the customer's own card or account.
 *
 * Each is read in the letter unlinkedFirstLetter folds (a first message, no conversation or list, no web link to act on) — and,
 * from session 61 (scam62), in an answer to the reader's own enquiry above what it quotes (adLetter) — past a trigram gate on its
 * rarest move's words (a Japanese head passes: each move has its Japanese words too, session 61), and not in a text that warns
 * about the scheme. Their _STRANGER composites
 * (composites.ts) add the sender who owns no domain or is answered elsewhere. Alternatives of literals with bounded gaps, none
 * longer than one sentence: linear.
 */

/** Words of one of the moves joined into a source (`\b(?:a|b)\b`). */
const words = (list: readonly string[]): string => `\\b(?:${list.join('|')})\\b`;

// ——— The landlord abroad ———

/** The keys' words as trigram lists (folded French "cles" has two letters before its accent: the French rental words instead). */
const RENTAL_GRAMS = gramGate(['keys', 'key', 'schl', 'clef', 'cles', 'loyer', 'appartement', 'logement', 'location', 'llave', 'chave', 'chiavi', 'sleutel']);

const RENTAL =
  /\b(?:rent|rental|renting|for let|to let|lease|tenancy|tenant|flat|apartment|miete|mieter|vermiet\w*|kaution|wohnung|loyer|location|louer|bail|caution|appartement|logement|alquiler|alquilar|arrendamiento|fianza|piso|aluguel|aluguer|alugar|arrendamento|caucao|apartamento|affitto|affittare|locazione|caparra|appartamento|huur|huren|verhuur\w*|borg|woning)\b|家賃|敷金|礼金|賃貸|物件|お部屋|アパート|マンション/;

/** The keys (folded: "schlussel", "cles"). */
const KEYS = ['keys?', 'schlussel\\w*', 'cles', 'clefs?', 'llaves?', 'chaves?', 'chiavi', 'sleutels?'];
/** Sent, mailed, shipped, couriered — not handed over. */
const SENDING = [
  'sent', 'send', 'sending', 'mailed', 'shipped', 'ship', 'posted', 'delivered', 'deliver', 'forwarded', 'couriered', 'by courier', 'by post', 'by mail',
  'geschickt', 'zugeschickt', 'verschickt', 'versendet', 'versandt', 'gesendet', 'zugestellt', 'schicke', 'schicken', 'senden', 'sende', 'per post', 'per kurier',
  'envoyee?s?', 'envoie', 'enverrai', 'enverrons', 'enverra', 'expediee?s?', 'expedierai', 'livree?s?', 'par la poste', 'par coursier',
  'enviar\\w*', 'enviad[oa]s?', 'envio', 'enviare', 'enviaremos', 'enviara', 'mandar\\w*', 'mandad[oa]s?', 'mandare', 'por correo', 'por mensajeria',
  'enviarei', 'enviaremos', 'enviadas', 'pelo correio', 'por correio', 'via correio', 'transportadora',
  'spedit[ea]', 'spedirò', 'spediro', 'spedire\\w*', 'inviat[ea]', 'invier[oò]', 'inviare\\w*', 'mandat[ea]', 'per posta', 'tramite corriere',
  'opgestuurd', 'opsturen', 'verstuurd', 'versturen', 'gestuurd', 'toegestuurd', 'sturen', 'stuur', 'bezorgd', 'per post', 'per koerier',
];
const KEYS_SENT = lazyRegExp(() => new RegExp(`${words(KEYS)}${gap(80)}${words(SENDING)}|${words(SENDING)}${gap(30)}${words(KEYS)}|${KEYS_SENT_JA}`, 'g'));
/** Session 61 (scam62): Japanese — the keys mailed, posted or sent by courier (鍵は郵送します, 鍵を宅配便でお送りします). */
const KEYS_SENT_JA = '(?:鍵|カギ)[^。.!?\\n]{0,20}?(?:郵送|送付|発送|宅配|宅急便|お送り|送ります|送らせ|送って)|(?:郵送|宅配便|宅急便)で[^。.!?\\n]{0,10}?(?:鍵|カギ)';
/** The keys sent back (a tenant moving out returns them to the agency), read in the match and the rest of its sentence. */
const BACK = /\b(?:back|returned|return|zuruck\w*|retour|renvoye\w*|de vuelta|devuelt\w*|devolv\w*|de volta|indietro|restituit\w*|terug\w*)\b|返送|返却|返し/;
const BACK_REACH = 40;

/** The first KEYS_SENT match whose sentence does not send the keys back, or null. Each match read once: linear. */
function keysSentOn(folded: string): string | null {
  const re = KEYS_SENT();
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const end = m.index + m[0].length;
    const rest = folded.slice(end, end + BACK_REACH);
    const stop = rest.search(/[.!?\n。]/);
    if (!BACK.test(m[0]) && !BACK.test(stop < 0 ? rest : rest.slice(0, stop))) return m[0];
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** The owner abroad, or no viewing possible. */
const AWAY = lazyRegExp(() => new RegExp(
  [
    "\\b(?:abroad|overseas|out of the country|outside the country|not in the country|left the country)\\b|\\b(?:cannot|can't|can not|unable to|not able to|won't be able to) (?:show|let you (?:see|view|visit)|meet you|be there)\\b|\\bno viewings?\\b",
    '\\b(?:im|ins) ausland\\b|\\bnicht (?:\\w+ ){0,2}zeigen\\b|\\bkeine besichtigung\\b|\\bbesichtigung (?:ist )?(?:leider )?nicht moglich\\b',
    "\\ba l'etranger\\b|\\bhors de france\\b|\\bne (?:peux|pouvons|pourrai|pourrons) pas (?:vous )?(?:le |la |l')?(?:faire visiter|montrer|faire voir)\\b|\\bpas de visite\\b",
    '\\ben el extranjero\\b|\\bfuera del pais\\b|\\ben el exterior\\b|\\bno (?:puedo|podemos|podre|podria) (?:\\w+ ){0,2}(?:ensenar\\w*|mostrar\\w*)',
    '\\bno (?:exterior|estrangeiro)\\b|\\bfora do pais\\b|\\bnao (?:posso|podemos|poderei) (?:\\w+ ){0,2}mostrar\\w*',
    "\\ball'estero\\b|\\bfuori (?:dal paese|dall'italia|italia)\\b|\\bnon (?:posso|possiamo|potro) (?:\\w+ ){0,2}(?:mostrar\\w*|far\\w* (?:vedere|visitare))",
    '\\b(?:in|naar) het buitenland\\b|\\bniet (?:\\w+ ){0,2}(?:laten zien|tonen|bezichtigen)\\b|\\bgeen bezichtiging\\b',
  ].join('|') + '|海外|国外|外国(?:に|で)(?:住|在住|暮ら|滞在)|(?:内見|内覧|見学)(?:は|が)?(?:でき(?:ません|ない)|不可|お断り)|お見せ(?:することが|することは)?でき(?:ません|ない)',
));

/** A transfer asked: a money-transfer service, a bank transfer or wire, an IBAN (folded). */
const ROUTE =
  /\b(?:western union|moneygram|ria money|worldremit|remitly|bank transfer|wire transfer|by wire|iban|uberweis\w*|uberwies\w*|transferencia(?: bancaria)?|transferir|virement|virez|bonifico|overmaken|overschrijving|overboeken)\b|振込|振り込|送金|ウエスタンユニオン|ウェスタンユニオン|マネーグラム/;

export interface RentalAbroad {
  keys: string;
  away: string;
  route: string;
}

/** The landlord abroad (see the module's comment), or null. */
export function rentalAbroad(msg: ParsedMessage): RentalAbroad | null {
  const folded = letterPast(msg, RENTAL_GRAMS);
  if (folded === null) return null;
  const keys = keysSentOn(folded);
  if (keys === null || !RENTAL.test(folded)) return null;
  const away = AWAY().exec(folded);
  if (!away) return null;
  const route = ROUTE.exec(folded);
  if (!route || warnsAboutScheme(folded)) return null;
  return { keys, away: away[0], route: route[0] };
}

// ——— The free pet shipped ———

const PET_GRAMS = gramGate([
  'pup', 'kitten', 'dog', 'cat', 'pet', 'parrot', 'welpe', 'hund', 'katze', 'tzchen', 'papagei', 'chiot', 'chaton', 'chien', 'perroquet',
  'cachorr', 'perrit', 'perro', 'gatit', 'gato', 'loro', 'mascota', 'filhote', 'gatinh', 'papagai', 'cuccio', 'gattin', 'gatt', 'cane', 'cani', 'pappagall', 'hond', 'kat', 'papegaai',
]);

const PET =
  /\b(?:pupp(?:y|ies)|pups?|kittens?|dogs?|cats?|parrots?|pets?|yorkies?|bulldogs?|welpen?|hundewelpen?|hunde?|katzchen|katzen?|papageien?|haustier\w*|chiots?|chatons?|chiens?|perroquets?|cachorr\w*|perrit\w*|perros?|gatit\w*|gatos?|loros?|mascotas?|filhote\w*|gatinh\w*|caes|papagaios?|cuccioli|cucciolo|cuccioletti|gattin[io]|gatti|cani|pappagall[io]|puppy's|hond(?:je|jes|en)?|katjes?|papegaaien?|huisdier\w*)\b|子犬|子猫|仔犬|仔猫|ワンちゃん|わんちゃん|猫ちゃん|ペット|インコ|オウム/;

const FREE = lazyRegExp(() => new RegExp(
  [
    "\\bfor adoption\\b|\\bup for adoption\\b|\\bfree of charge\\b|\\bfor free\\b|\\bfree to (?:a )?(?:good|loving|caring) home\\b|\\bgiv(?:e|ing) (?:them|him|her|it|they) away\\b|\\b(?:do not|don't) want (?:any )?money\\b|\\bnot (?:for sale|selling (?:them|him|her))\\b",
    '\\bverschenk\\w*|\\bkostenlos\\b|\\bumsonst\\b|\\bzur adoption\\b|\\bin gute hande\\b|\\bnicht (?:zu )?verkauf\\w*',
    "\\bgratuit\\w*|\\ba donner\\b|\\ba l'adoption\\b|\\ba adopter\\b|\\bje (?:les |le |la )?donne\\b|\\bpas a vendre\\b",
    '\\b(?:gratis|gratuitamente|gratuitos?|gratuitas?)\\b|\\ben adopcion\\b|\\bpara adopcion\\b|\\bregal(?:o|amos|arlos|arlas)\\b|\\bno (?:los |las )?vendo\\b',
    '\\bpara adocao\\b|\\bpara doacao\\b|\\bdoa(?:r|mos|ndo)\\b|\\bnao (?:os |as )?vendo\\b',
    '\\bin adozione\\b|\\bin regalo\\b|\\bregal(?:o|iamo|arli)\\b|\\bnon (?:li |le )?vendo\\b',
    '\\bter adoptie\\b|\\bte geef\\b|\\bweg te geven\\b|\\bweggeven\\b|\\bgeven (?:ze|hem|haar) weg\\b|\\bkosteloos\\b',
  ].join('|') + '|無料|無償|譲渡|里親|お譲り|差し上げ',
));

/** Only the sending paid: shipping, transport, delivery, the crate or the flight (folded). */
const ONLY_SHIPPING = lazyRegExp(() => new RegExp(
  [
    `\\b(?:only|just|simply)\\b${gap(30)}\\b(?:pay|cover)\\w*\\b${gap(40)}\\b(?:deliver\\w*|ship\\w*|transport\\w*|crate|courier|flight|airline|travel\\w*)\\b`,
    `\\b(?:all|the only thing) (?:that )?you (?:need to |have to |will )?(?:pay|cover) (?:is|for|are)\\b${gap(40)}\\b(?:deliver\\w*|ship\\w*|transport\\w*|crate|flight)\\b`,
    `\\bnur\\b${gap(40)}(?:transport|versand|liefer|zustell|flug|tiertransport)\\w*`,
    `\\b(?:seulement|uniquement|juste|qu'a payer|que les)\\b${gap(40)}\\b(?:transport|livraison|expedition|envoi|voyage|vol|cage)\\b`,
    `\\b(?:solo|solamente|unicamente|nada mas)\\b${gap(40)}\\b(?:envio|transporte|entrega|traslado|vuelo|jaula)\\b`,
    `\\b(?:apenas|so|somente|unicamente)\\b${gap(40)}\\b(?:frete|envio|transporte|entrega|despacho|voo|caixa de transporte)\\b`,
    `\\b(?:solo|soltanto|solamente|unicamente)\\b${gap(40)}\\b(?:spedizione|trasporto|consegna|viaggio|volo|gabbia)\\b`,
    `\\b(?:alleen|enkel|slechts)\\b${gap(40)}(?:transport|verzend|bezorg|vlucht|verzending)\\w*`,
  ].join('|') + '|(?:輸送|配送|運送|航空便|空輸|発送)(?:費|料|代|費用)?(?:の|を)?[^。\\n]{0,12}?(?:のみ|だけ)|送料(?:のみ|だけ)|(?:のみ|だけ)(?:ご負担|お支払い|お支払)[^。\\n]{0,10}?(?:輸送|配送|送料|運送)',
));

export interface PetShipping {
  pet: string;
  free: string;
  shipping: string;
}

/** The free pet whose shipping is paid first (see the module's comment), or null. */
export function petShipping(msg: ParsedMessage): PetShipping | null {
  const folded = letterPast(msg, PET_GRAMS);
  if (folded === null) return null;
  const pet = PET.exec(folded);
  if (!pet) return null;
  const shipping = ONLY_SHIPPING().exec(folded);
  if (!shipping) return null;
  const free = FREE().exec(folded);
  if (!free || warnsAboutScheme(folded)) return null;
  return { pet: pet[0], free: free[0], shipping: shipping[0] };
}

// ——— The overpaid cheque ———

/** The difference's words (folded; "Überschuss" by its ASCII piece). */
const DIFF_GRAMS = gramGate([
  'diff', 'diferen', 'balance', 'excess', 'extra', 'remain', 'rest', 'overpa', 'surplus', 'berschuss', 'verschil', 'overschot', 'sobrante', 'excedent', 'eccedenza',
]);

/** A payment more than due (folded). */
const OVER = lazyRegExp(() => new RegExp(
  [
    '\\bmore than (?:the |your |my |our )?(?:price|amount|asking|cost|agreed|invoice|sum|fee|total|bill|rent|sale|salary|pay|wages?)|\\boverpa(?:id|yment|y)\\b|\\bin excess of\\b|\\bexcess (?:amount|funds|money|payment)\\b|\\btoo much\\b',
    '\\bmehr als (?:den |der |die |das |ihr |ihre |ihren )?(?:preis|betrag|kaufpreis|vereinbart\\w*|summe|miete|rechnung|gehalt|lohn)|\\bzu viel\\b|\\buberzahl\\w*|\\bhoher als (?:der |den )?(?:preis|betrag|kaufpreis)',
    '\\bplus (?:eleve )?que (?:le |la |votre )?(?:prix|montant|somme|convenu|loyer|salaire|paie)|\\bsuperieur au (?:prix|montant)|\\btrop (?:percu|paye|verse)\\b|\\ben trop\\b',
    '\\bmas (?:alto )?(?:que|de lo que|del) (?:el |la |su )?(?:precio|monto|importe|acordado|cantidad|salario|sueldo)|\\bsuperior al (?:precio|importe|monto)|\\bde mas\\b|\\ben exceso\\b',
    '\\bmais (?:alto )?do que (?:o |a |seu |o seu )?(?:preco|valor|combinado|montante|quantia|salario)|\\bsuperior ao (?:preco|valor)|\\ba mais\\b|\\bem excesso\\b',
    '\\bpiu (?:alto )?(?:del|della|di quanto) (?:il |la |suo )?(?:prezzo|importo|concordato|cifra|somma|stipendio)|\\bsuperiore al (?:prezzo|importo)|\\bin eccesso\\b|\\bin piu\\b',
    '\\bmeer dan (?:de |het |uw )?(?:prijs|bedrag|afgesproken\\w*|vraagprijs|salaris|loon)|\\b(?:te veel|teveel)\\b',
  ].join('|') + '|(?:代金|価格|金額|請求額|給料|給与)(?:より|を)[^。\\n]{0,10}?(?:多く|多め|上回|超え)|多めに|過払い|余分に|払いすぎ|振り込みすぎ',
));

const DIFF = [
  'difference', 'balance', 'excess', 'extra', 'remainder', 'remaining (?:amount|balance|funds|money)', 'rest', 'overpayment',
  'differenz', 'restbetrag', 'rest(?:lichen)? (?:betrag|geld)', 'uberschuss',
  'reste', 'excedent', 'surplus', 'trop-percu',
  'diferencia', 'resto', 'excedente', 'sobrante', 'diferenca', 'restante',
  'differenza', 'eccedenza', 'verschil', 'restant', 'overschot', 'restbedrag',
];
const SEND_ON = [
  'send', 'wire', 'transfer', 'forward', 'remit', 'refund', 'return', 'pay',
  'senden', 'schicken', 'uberweisen', 'weiterleiten', 'zuruckuberweisen', 'zurucksenden', 'zuruckschicken', 'weiterschicken', 'zahlen',
  'envoyer', 'envoyez', 'renvoyer', 'renvoyez', 'virer', 'virez', 'rembourser', 'remboursez', 'transferer', 'transferez', 'verser', 'versez',
  'enviar', 'envie', 'envia', 'envies', 'devolver', 'devuelva', 'devuelve', 'transferir', 'transfiera', 'reembolsar',
  'envie', 'devolva', 'transfira', 'reembolse',
  'inviare', 'invii', 'invia', 'restituire', 'restituisca', 'rimandare', 'rimandi', 'trasferire', 'trasferisca', 'bonificare', 'bonifichi',
  'sturen', 'stuur', 'terugsturen', 'terugstorten', 'stort', 'overmaken', 'maak', 'overboeken', 'terugbetalen',
];
const DIFF_SENT = lazyRegExp(() => new RegExp(`${words(SEND_ON)}${gap(40)}${words(DIFF)}|${words(DIFF)}${gap(60)}${words(SEND_ON)}|差額[^。\\n]{0,20}?(?:返金|送金|振込|振り込|お送り|送って|返して|返却)`));

/** Onward: a money-transfer or gift-card rail, or a third party of the writer's (the mover, the shipper, the agent). */
const ONWARD = lazyRegExp(() => new RegExp(
  [
    '\\b(?:western union|moneygram|ria money|worldremit|remitly|gift ?cards?|itunes|google play|steam cards?|bitcoin|btc|cash app|zelle)\\b',
    "\\bto (?:my|our|the) (?:mover|movers|shipper|shipping (?:agent|company)|moving company|agent|driver|assistant|secretary|transporter|courier|pick-?up agent|logistics (?:agent|company))\\b",
    '\\ban (?:meinen?|unseren?|den|die) (?:spediteur|spedition|fahrer|agenten?|umzugsfirma|transporteur|assistent\\w*|sekretar\\w*|kurier)\\b',
    "\\ba (?:mon|notre) (?:transporteur|demenageur|agent|chauffeur|assistant\\w*|coursier|secretaire)\\b|\\bau (?:transporteur|demenageur|coursier)\\b",
    '\\ba (?:mi|nuestro|la) (?:transportista|agente|chofer|conductor|asistente|secretari[oa]|mensajero|empresa de (?:transporte|mudanzas))\\b|\\bal (?:transportista|agente|mensajero)\\b',
    '\\b(?:ao|para o|a) (?:meu|nosso) (?:transportador|agente|motorista|assistente|secretari[oa]|estafeta)\\b|\\b(?:a|para a) transportadora\\b',
    '\\bal (?:mio|nostro) (?:trasportatore|agente|autista|assistente|corriere|spedizioniere)\\b|\\ball\'agente\\b|\\bal corriere\\b',
    '\\baan (?:mijn|onze|de) (?:vervoerder|transporteur|agent|chauffeur|assistent\\w*|koerier|verhuizer|verhuisbedrijf)\\b',
  ].join('|') + '|ウエスタンユニオン|ウェスタンユニオン|マネーグラム|ギフトカード|アマゾンギフト|ビットコイン|(?:運送業者|配送業者|引越(?:し)?業者|代理人|エージェント|秘書|運転手)(?:に|へ|宛)',
));

export interface OverpaidCheque {
  over: string;
  sent: string;
  onward: string;
}

/** The overpaid cheque or payment whose difference goes on (see the module's comment), or null. */
export function overpaidCheque(msg: ParsedMessage): OverpaidCheque | null {
  const folded = letterPast(msg, DIFF_GRAMS);
  if (folded === null) return null;
  const over = OVER().exec(folded);
  if (!over) return null;
  const sent = DIFF_SENT().exec(folded);
  if (!sent) return null;
  const onward = ONWARD().exec(folded);
  if (!onward || warnsAboutScheme(folded)) return null;
  return { over: over[0], sent: sent[0], onward: onward[0] };
}

// ——— The check ———

/** The folded letter (adLetter) when the head's trigrams pass `gate` or the head is Japanese, else null. */
function letterPast(msg: ParsedMessage, gate: GramGate): string | null {
  const read = headRead(msg);
  // Session 61 (scam62): a Japanese head is read too (each move has its Japanese words); its trigrams gate nothing.
  if (!read.wide && !gramsMayMatch(gate, read.grams)) return null;
  return adLetter(msg);
}

/**
 * Session 61 (scam62): the letter read — a first message (unlinkedFirstLetter), or an **answer** in a conversation (In-Reply-To,
 * References): the landlord's, breeder's or buyer's answer to the reader's own enquiry about an advert is how these scams are
 * mostly met, and a first-letter reading never saw it. The answer is read without what it quotes (beforeQuote, ownWriting: the reader's own
 * enquiry, which may well say "I am abroad" or "I can pay by transfer"); never a list's message; no web link to act on in the
 * answer's own text or the HTML. SpamAssassin's 171 ham replies from outside a list raise none of the three readings.
 */
function adLetter(msg: ParsedMessage): string | null {
  if (!msg.headerIndex.has('in-reply-to') && !msg.headerIndex.has('references')) return unlinkedFirstLetter(msg);
  const known = answers.get(msg);
  if (known !== undefined) return known;
  let folded: string | null = null;
  if (!fromList(msg)) {
    const text = shownText(msg);
    const own = ownWriting(beforeQuote(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text));
    if (!webLinkToAct(msg, own)) folded = foldLetter(msg.subject.slice(0, 512), own);
  }
  answers.set(msg, folded);
  return folded;
}
/** Each answer's letter, read once for the three readings (weakly held: gone with its message). */
const answers = new WeakMap<ParsedMessage, string | null>();

/** A separator line's words above a quoted or forwarded message ("-----Original Message-----" and its translations), lower case. */
const SEPARATOR_WORDS = [
  'original message', 'forwarded message', 'begin forwarded message', 'ursprüngliche nachricht', 'ursprungliche nachricht', 'weitergeleitete nachricht',
  "message d'origine", 'message transféré', 'message transfere', 'mensaje original', 'mensaje reenviado', 'mensagem original', 'mensagem encaminhada',
  'messaggio originale', 'messaggio inoltrato', 'oorspronkelijk bericht', 'doorgestuurd bericht',
];
/** Endings of an attribution line ("On … wrote:", "Am … schrieb:", "Le … a écrit :"), lower case, without spaces. */
const ATTRIBUTION_ENDINGS = ['wrote:', 'schrieb:', 'aécrit:', 'aecrit:', 'escribió:', 'escribio:', 'escreveu:', 'hascritto:', 'scrisse:', 'schreef:'];
/** The quoted message's From line as Outlook and its translations write it ("From: Ana <…@…>", "Von: …", "De : …"). */
const QUOTED_FROM = /^(?:from|von|de|van|da) ?:/;

/**
 * The text above the first line that starts what an answer quotes (a top-posted reply): a separator ("-----Original
 * Message-----", "Begin forwarded message"), an attribution line ("On … wrote:", "Am … schrieb:", "Le … a écrit :", "El …
 * escribió:", "Em … escreveu:", "Il … ha scritto:", "Op … schreef:"), or the quoted message's From line with an address. Line by
 * line, each line read once.
 */
function beforeQuote(text: string): string {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/^[\s>*]+/u, '').toLowerCase();
    if (line.length > 0) {
      const compact = line.replace(/\s+/gu, '');
      if (
        ((line.startsWith('--') || line.startsWith('begin')) && SEPARATOR_WORDS.some((w) => line.includes(w))) ||
        (compact.endsWith(':') && ATTRIBUTION_ENDINGS.some((e) => compact.endsWith(e))) ||
        (QUOTED_FROM.test(line) && line.includes('@'))
      ) return text.slice(0, start);
    }
    start = end + 1;
  }
  return text;
}

export function classifiedAdCheck(): Check {
  return {
    name: 'content.classified-ad',
    description: 'The classified-ad scams in a first message or an answer to the reader\'s enquiry, with no web link: the landlord abroad who sends the keys once the deposit is transferred, the free pet whose shipping is paid first, the overpaid cheque whose difference goes on',
    emits: ['CONTENT_RENTAL_ABROAD', 'CONTENT_PET_SHIPPING', 'CONTENT_OVERPAID_CHEQUE'],
    run(msg: ParsedMessage): CheckOutput {
      const findings: Finding[] = [];
      const rental = rentalAbroad(msg);
      if (rental) findings.push({ id: 'CONTENT_RENTAL_ABROAD', evidence: `"${rental.keys}" … "${rental.away}" … "${rental.route}"; no web link to act on`, data: { ...rental } });
      const pet = petShipping(msg);
      if (pet) findings.push({ id: 'CONTENT_PET_SHIPPING', evidence: `"${pet.pet}" … "${pet.free}" … "${pet.shipping}"; no web link to act on`, data: { ...pet } });
      const cheque = overpaidCheque(msg);
      if (cheque) findings.push({ id: 'CONTENT_OVERPAID_CHEQUE', evidence: `"${cheque.over}" … "${cheque.sent}" … "${cheque.onward}"; no web link to act on`, data: { ...cheque } });
      return { findings };
    },
  };
}
