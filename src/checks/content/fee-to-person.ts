import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { unlinkedFirstLetter } from './chat-app-offer.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { headRead, warnsAboutScheme } from './scam-structure.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';

/**
 * Session 57 (issue 17 item 6, helper scam57): the fee that frees something, paid by transfer **to a person** — "a package
 * addressed to you is held at customs … pay the clearance fee by bank transfer to our clearance agent, Mr. John Okafor",
 * "überweisen Sie die Zollgebühr an unseren Zollagenten, Herrn Peter Novak", "faça o pagamento por transferência (PIX) para o
 * nosso agente, Sr. Roberto Lima", a debt "collected" to "Empfänger: M. Kovac, IBAN …", the charges of a box "sent through
 * Western Union to our agent, Mrs. Grace Adams". Three moves in a first message (no conversation, no list) with **no web link
 * to act on**: **a fee or a debt named** (FEE: customs, clearance, delivery, release, insurance, processing, visa fees; DEBT: a
 * claim's amount, with a legal threat), **a transfer** (ROUTE: a bank transfer, an IBAN, Western Union, MoneyGram, PIX) and **a person or an agent
 * to be paid** (PAYEE: "to our agent", an honorific and a name after "to", "an", "para", a payee's label). A courier, a customs
 * office or a collection agency is paid on its own page or to its own account, not to a named clerk; CONTENT_FEE_TO_PERSON_STRANGER
 * (composites.ts) adds the sender who owns no domain or is answered elsewhere. Not in a text that warns about the scheme.
 *
 * Read in the letter unlinkedFirstLetter folds; alternatives of literals with bounded gaps:
 * linear. Most mail stops at the trigram gate (no transfer word) or at its web link.
 */

/** ROUTE's words as trigram lists (head-grams.ts); accented ones by their ASCII pieces ("Überweisung" → "berweis", "transferência" → "transfer"). */
const ROUTE_GRAMS = gramGate([
  'bank transfer', 'wire transfer', 'western union', 'moneygram', 'iban', 'berweis', 'transfer', 'virement', 'bonifico', 'overmaken', 'overschrijving', 'maak over', 'pix',
]);

/** The transfer asked: a bank transfer or wire, an IBAN, a money-transfer service, PIX (folded text). */
const ROUTE =
  /\b(?:bank transfer|wire transfer|by wire|western union|moneygram|iban|uberweis(?:en|ung)|transferencia(?: bancaria)?|transferir|virement|bonifico|overmaken|overschrijving|maak\b[^.\n]{0,60}?\bover|pix)\b/;

/** A fee that frees the thing (customs, clearance, delivery, release …) or a claimed debt's amount, in the corpus languages. */
const FEE = lazyRegExp(() => new RegExp(
  [
    '\\b(?:clearance|customs|delivery|release|processing|insurance|visa|permit|demurrage|storage|handling|diplomatic) (?:fees?|charges?|dut(?:y|ies))\\b|\\bthe (?:charges|fees?) (?:of|for) \\$?\\d',
    '\\b(?:zoll|freigabe|bearbeitungs|versicherungs|zustell|liefer|lager|visa)gebuhr(?:en)?\\b|\\bzollgebuhr\\b',
    '\\btaxas? de (?:liberacao|desembaraco|alfandega|entrega|seguro|processamento|envio|visto|armazenagem)\\b|\\b(?:pagar|pague) a taxa\\b|\\btaxa alfandegaria\\b',
    '\\btasas? (?:de )?(?:despacho|aduana|envio|entrega|seguro|liberacion|tramitacion|visado)\\b|\\bgastos (?:de )?(?:envio|aduana|despacho|liberacion)\\b|\\btasa aduanera\\b',
    '\\bfrais (?:de )?(?:douane|dedouanement|livraison|liberation|dossier|assurance|visa|stockage)\\b|\\bdroits de douane\\b',
    '\\b(?:spese|tassa|tasse|diritti) (?:di )?(?:sdoganamento|dogana|doganali|consegna|spedizione|sblocco|pratica|giacenza)\\b|\\bdazi doganali\\b',
    '\\b(?:inklarings|douane|invoer|bezorg|verzend|administratie|opslag)kosten\\b|\\binvoerrechten\\b',
  ].join('|'),
));
/**
 * A claimed debt (the "collector" paid to a private account) counts as the fee only beside a legal threat (LEGAL): a club's
 * treasurer asking for the unpaid dues by transfer to "Mrs. Jones" threatens no court.
 */
const DEBT =
  /\b(?:outstanding|unpaid) (?:debt|balance|amount)\b|\b(?:ihre|die) (?:offene )?forderung\b|\b(?:uw |het )?openstaande? bedrag\b|\bsu deuda\b|\bil suo debito\b|\bvotre dette\b|\bsua divida\b/;
const LEGAL =
  /\b(?:legal action|court|lawsuit|garnish\w*|seiz\w+|bailiff|mahnverfahren|gericht\w*|pfandung|zwangsvollstreckung|poursuites?|saisie|huissier|procedure judiciaire|acciones legales|embargo|procedimiento judicial|acao judicial|penhora|azioni legali|pignoramento|gerechtelijke|beslag\w*|deurwaarder)\b/;

/**
 * Who is paid: "to our (clearance) agent", or an honorific and a name within a few words after "to", "an", "para", "a", "al",
 * "au", "aan" or a payee's label ("Empfänger: M. Kovac", "beneficiario: Sr. …"). The French "M." only with its full stop. The
 * transfer must be asked in the payee's own sentence (transferSentence): "the invoice goes to Mr. Costa in finance" after
 * "… paid by bank transfer from our account;" names no payee.
 */
const PAYEE = lazyRegExp(() => new RegExp(
  [
    '\\b(?:to|an|para|a|al|au|aan|recipient|beneficiary|payee|empfanger|beneficiario|destinatario|titular|beneficiaire|begunstigde)\\b[^.\\n]{0,40}?\\b(?:mr|mrs|ms|miss|herrn?|frau|sr|sra|senhor|senhora|senor|senora|mme|monsieur|madame|mlle|signor|signora|sig|sigra|dhr|mevr)\\.? (?:[a-z]\\. ){0,2}[a-z]{2,}',
    '\\b(?:empfanger|beneficiaire|beneficiario|recipient|payee)\\b: ?m\\. [a-z]{2,}',
    '\\b(?:to|an|para|a|al|au|aan) (?:our|unseren?|nuestro|nosso|o nosso|notre|nostro|onze) (?:[a-z]+ )?(?:agent|agente|agenten|zollagenten|officer|diplomat|representative|vertreter|representante|rappresentante)\\b',
  ].join('|'),
));

/** The end of a sentence: . ; ! ? before a blank or the end (an honorific's "Mr." is one too: the payee is read from it on). */
const SENTENCE_END = /[.;!?](?:\s|$)/g;
const SENTENCE_REACH = 200;

/**
 * The transfer (ROUTE) asked in the sentence that holds the payee `[start, end)`: the text from the last sentence end before it
 * (at most SENTENCE_REACH characters back) to the first after it (as far on). Bounded slices: linear.
 */
function transferSentence(folded: string, start: number, end: number): RegExpExecArray | null {
  const from = Math.max(0, start - SENTENCE_REACH);
  const before = folded.slice(from, start);
  let cut = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(before); m; m = SENTENCE_END.exec(before)) cut = m.index + 1;
  const after = folded.slice(end, end + SENTENCE_REACH);
  SENTENCE_END.lastIndex = 0;
  const stop = SENTENCE_END.exec(after);
  return ROUTE.exec(`${before.slice(cut)}${folded.slice(start, end)}${stop ? after.slice(0, stop.index) : after}`);
}

export interface FeeToPerson {
  fee: string;
  route: string;
  payee: string;
}

/** The fee, the transfer and the person paid, in a first message with no web link (see the module's comment), or null. */
export function feeToPerson(msg: ParsedMessage): FeeToPerson | null {
  const read = headRead(msg);
  if (!read.wide && !gramsMayMatch(ROUTE_GRAMS, read.grams)) return null;
  const folded = unlinkedFirstLetter(msg);
  if (folded === null) return null;
  if (!ROUTE.test(folded)) return null;
  const fee = FEE().exec(folded) ?? (LEGAL.test(folded) ? DEBT.exec(folded) : null);
  if (!fee) return null;
  const payee = PAYEE().exec(folded);
  if (!payee) return null;
  const route = transferSentence(folded, payee.index, payee.index + payee[0].length);
  if (!route || warnsAboutScheme(folded)) return null;
  return { fee: fee[0], route: route[0], payee: payee[0] };
}

export function feeToPersonCheck(): Check {
  return {
    name: 'content.fee-to-person',
    description: 'A fee (customs, clearance, delivery, a debt) to be paid by transfer to a named person or agent in a first message with no web link',
    emits: ['CONTENT_FEE_TO_PERSON'],
    run(msg: ParsedMessage): CheckOutput {
      const found = feeToPerson(msg);
      const findings: Finding[] = found ? [{ id: 'CONTENT_FEE_TO_PERSON', evidence: `"${found.fee}" … "${found.route}" … "${found.payee}"; no page to pay on`, data: { ...found } }] : [];
      return { findings };
    },
  };
}
