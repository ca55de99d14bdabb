import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { unlinkedFirstLetter } from './chat-app-offer.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { headRead, warnsAboutScheme } from './scam-structure.js';
import { firstSentenceHolding } from './sentences.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';

/**
 * Session 58 (issue 17 item 6, helper scam58): the box of money held at customs until the reader pays — the "soldier" or "UN
 * doctor" of a romance who has "sent you a box with my savings of $450,000 and some gold through a diplomatic delivery company
 * … the customs clearance must be paid before they bring it to your house … please pay the $2,300 clearance charge for me and I
 * will pay you back", and the parcel "containing a gift and an envelope of cash" held until its fee is paid, told without a
 * transfer or a payee (fee-to-person.ts reads the fee paid by transfer to a named person). Two moves in a first message (no
 * conversation, no list) with **no web link to act on**:
 * - **a parcel holding money or valuables** (CONSIGNMENT: a box, parcel, trunk or package "containing / with" money, cash,
 *   savings, gold, dollars, jewellery, in en de fr es pt it nl ja), and
 * - **the reader asked to pay its customs**, in one sentence (PAY beside CUSTOMS: "please pay the clearance charge", "paga los
 *   2.300 dólares de aduana", "bezahle die 2.300 Euro Zoll", "paie les frais de douane", "pague a taxa da alfândega", "paga le
 *   spese di dogana", "betaal de douanekosten", 関税を払って).
 * A friend's parcel holds a present, not a fortune; a courier's duty notice has its page to pay on; a shop's cash-on-delivery
 * parcel names no customs. CONTENT_CONSIGNMENT_FEE_STRANGER (composites.ts) adds the sender who owns no domain or is answered
 * elsewhere. Not in a text that warns about the scheme.
 *
 * Read in the letter unlinkedFirstLetter folds; alternatives of literals with bounded gaps,
 * then the sentences one by one: linear.
 */

/** CUSTOMS' words as trigram lists (head-grams.ts); accented ones by their ASCII pieces ("alfândega" → "alf", "ndega"). */
const CUSTOMS_GRAMS = gramGate(['customs', 'clearance', 'aduana', 'despacho', 'zoll', 'douane', 'ndega', 'desembara', 'dogana', 'sdoganamento', 'inklaring', 'demur', 'delivery fee', 'delivery charge', 'keeping fee', 'storage fee', 'lagergeb', 'frais de garde', 'almacenaje', 'armazenagem']);

/** A parcel holding money or valuables: the container, "containing / with" a few words on, then the money (folded text). */
const CONSIGNMENT = lazyRegExp(() => new RegExp(
  [
    '\\b(?:box|parcel|package|consignment|trunk|suitcase|crate)\\b[^.!?\\n]{0,30}?\\b(?:containing|contains|with|holding|full of|filled with)\\b[^.!?\\n]{0,60}?\\b(?:money|cash|savings|gold|dollars|funds|jewel(?:le)?ry|diamonds)\\b',
    '\\b(?:paket|kiste|koffer|karton|sendung)\\b[^.!?\\n]{0,30}?\\b(?:mit|enthalt)\\b[^.!?\\n]{0,60}?\\b(?:geld|bargeld|ersparnissen|ersparnisse|gold|goldschmuck|dollar|schmuck)\\b',
    "\\b(?:caisse|colis|paquet|boite|malle|valise|coffre)\\b[^.!?\\n]{0,30}?\\b(?:avec|contenant|contient)\\b[^.!?\\n]{0,60}?\\b(?:argent|especes|economies|bijoux|dollars|lingots)\\b",
    '\\b(?:caja|paquete|baul|maleta)\\b[^.!?\\n]{0,30}?\\b(?:con|contiene|conteniendo)\\b[^.!?\\n]{0,60}?\\b(?:dinero|efectivo|ahorros|oro|dolares|joyas)\\b',
    '\\b(?:caixa|pacote|encomenda|bau|mala)\\b[^.!?\\n]{0,30}?\\b(?:com|contendo|contem)\\b[^.!?\\n]{0,60}?\\b(?:dinheiro|especie|economias|ouro|dolares|joias)\\b',
    '\\b(?:cassa|pacco|scatola|baule|valigia)\\b[^.!?\\n]{0,30}?\\b(?:con|contenente|contiene)\\b[^.!?\\n]{0,60}?\\b(?:denaro|contanti|risparmi|oro|dollari|gioielli)\\b',
    '\\b(?:kist|pakket|doos|koffer|zending)\\b[^.!?\\n]{0,30}?\\b(?:met|vol)\\b[^.!?\\n]{0,60}?\\b(?:geld|contant|spaargeld|goud|gouden|dollar|sieraden)\\b',
    // Session 62 (scam63): the fortune deposited with a security, diplomatic or courier company that will bring it to the reader
    // ("I have deposited the US$5,000,000.00 with the ALINCO SECURITY COMPANY", design sample-1208). A full stop may stand
    // inside the sum (5,000,000.00), so the gap here crosses only ! ? and line ends.
    '\\b(?:deposited|lodged)\\b[^!?\\n]{0,50}?(?:\\b(?:funds?|money|cash|sum|dollars|usd|euros?)\\b|[$€] ?\\d)[^!?\\n]{0,40}?\\bwith (?:the |a |one )?[a-z .-]{0,40}?\\b(?:security|diplomatic|courier|delivery|vault|logistics|shipping) (?:company|firm|agency|service)\\b',
    '\\b(?:geld|bargeld|summe|dollar|euro|fonds)\\b[^!?\\n]{0,60}?\\bbei (?:einer|der) (?:sicherheitsfirma|sicherheitsgesellschaft|diplomatischen kurierfirma|kurierfirma)\\b[^!?\\n]{0,20}?\\b(?:hinterlegt|deponiert)\\b',
    "\\b(?:argent|fonds|somme|dollars|euros)\\b[^!?\\n]{0,60}?\\b(?:depose|deposee|deposes|consigne)s? (?:aupres d'une|aupres de la|chez une|dans une) (?:societe|compagnie|agence) (?:de securite|diplomatique|de messagerie)\\b",
    "\\b(?:depose|deposer|deposee|deposes|consigne|consigner)\\b[^!?\\n]{0,20}?\\b(?:l'argent|les fonds|la somme|des fonds)\\b[^!?\\n]{0,40}? (?:aupres d'une|aupres de la|chez une|dans une) (?:societe|compagnie|agence) (?:de securite|diplomatique|de messagerie)\\b",
    '\\b(?:dinero|fondos|suma|dolares|euros)\\b[^!?\\n]{0,60}?\\bdepositad[oa]s? (?:en|con) (?:una|la) (?:empresa|compania|agencia) (?:de seguridad|diplomatica|de mensajeria)\\b',
    '\\b(?:dinheiro|fundos|soma|dolares|euros)\\b[^!?\\n]{0,60}?\\bdepositad[oa]s? (?:numa|em uma|na|com a) (?:empresa|companhia|agencia) (?:de seguranca|diplomatica|de entregas)\\b',
  ].join('|') + '|(?:箱|荷物|小包|スーツケース)[^。\\n]{0,40}?(?:現金|貯金|金塊|ドル|資金)|(?:現金|貯金|金塊|ドル|資金)[^。\\n]{0,40}?(?:箱|荷物|小包|スーツケース)',
));

/** The customs or clearance the parcel is held for (folded text). */
const CUSTOMS = /\b(?:customs|clearance|aduanas?|despacho|zoll|zollgebuhren?|douane|dedouanement|alfandega|desembaraco|dogana|sdoganamento|douanekosten|inklaring\w*|demur-?rage|(?:delivery|keeping|storage) (?:fees?|charges?)|lagergebuhren?|frais de garde|gastos de almacenaje|taxa de armazenagem)\b|通関|関税|保管料/;

/** The reader asked to pay (folded text). */
const PAY =
  /\b(?:pay|paying)\b|\b(?:paga|pague|pagues|pagar|pagues)\b|\b(?:bezahle|bezahlen|zahle|zahlen|begleiche)\b|\b(?:paie|paye|payez|payer|regle|reglez|regler)\b|\b(?:paghi|pagare)\b|\b(?:betaal|betaalt|betalen)\b|払って|お支払い|支払って|振り込んで/;

export interface ConsignmentFee {
  consignment: string;
  pay: string;
  customs: string;
}

/** The parcel of money and the customs the reader is asked to pay, in a first message with no web link, or null. */
export function consignmentFee(msg: ParsedMessage): ConsignmentFee | null {
  const read = headRead(msg);
  if (!read.wide && !gramsMayMatch(CUSTOMS_GRAMS, read.grams)) return null;
  const folded = unlinkedFirstLetter(msg);
  if (folded === null) return null;
  const consignment = CONSIGNMENT().exec(folded);
  if (!consignment) return null;
  const found = firstSentenceHolding(folded, CUSTOMS, PAY);
  if (!found || warnsAboutScheme(folded)) return null;
  return { consignment: consignment[0], pay: found[1], customs: found[0] };
}

export function consignmentFeeCheck(): Check {
  return {
    name: 'content.consignment-fee',
    description: 'A parcel holding money or valuables for the reader, held until the reader pays its customs, in a first message with no web link',
    emits: ['CONTENT_CONSIGNMENT_FEE'],
    run(msg: ParsedMessage): CheckOutput {
      const found = consignmentFee(msg);
      const findings: Finding[] = found ? [{ id: 'CONTENT_CONSIGNMENT_FEE', evidence: `"${found.consignment}" … "${found.pay}" … "${found.customs}"; no page to pay on`, data: { ...found } }] : [];
      return { findings };
    },
  };
}
