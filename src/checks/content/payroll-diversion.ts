import { senderRegistrable } from '../../links/registrable.js';
import { shownText } from '../../mail/shown-text.js';
import type { ParsedMessage } from '../../mail/types.js';
import { isFreemail } from '../sender/freemail.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { foldLetter, inConversationOrList } from './bec-opener.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { headRead } from './scam-structure.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';

/**
 * Session 52 (issue 17, helper scam52): payroll diversion — the business-e-mail compromise that writes to a company's HR or
 * payroll office in an employee's name: "I changed banks and would like my salary paid into the new account from this month,
 * what do you need from me?", "ich möchte, dass mein Gehalt auf das neue Konto überwiesen wird", "que mon salaire soit versé sur
 * mon nouveau compte", "que me ingresen la nómina en mi nueva cuenta". The fraud is the next pay run into the fraudster's
 * account. Two moves in one language: **the writer's own pay** (PAY: salary, paycheck, direct deposit, payroll, Gehalt, Lohn,
 * salaire, nómina, sueldo, salário, stipendio, salaris, 給与) and **a new or changed account** (NEW_ACCOUNT: a new account or
 * bank, the bank changed, the account details to update), each within a sentence of a first-person word (FIRST_PERSON); in a
 * first message (no conversation, no list) **sent to an organisation's address at another domain than the sender's** — an
 * employee writes to HR from the company's own domain; a payroll provider's notice says "your", links to its portal and asks
 * nothing.
 *
 * CONTENT_PAYROLL_DIVERSION is a small weight alone; CONTENT_PAYROLL_DIVERSION_OUTSIDER (composites.ts) adds the sender at free
 * mail, answered elsewhere, or at a domain that imitates the recipient's. Read in the subject and the first MAX_TEXT characters
 * of the shown text, folded; alternatives of literals with bounded gaps of one sentence: linear.
 */
/** As mule-job's and recovery-offer's reading, so that the letter is folded once for the three (foldLetter's memo). */
const MAX_TEXT = 6_000;
/** Characters between the pay and the new account (either order): one or two sentences. */
const NEAR = 160;

/**
 * Pay words as trigram lists (head-grams.ts). "nómina" and "salário" have no ASCII run that sets them apart ("mina", "sal" and
 * "rio" are in much English mail): their accented letters are looked for as written (ACCENTED_PAY).
 */
const PAY_GRAMS = gramGate([
  'salary', 'paycheck', 'pay check', 'paycheque', 'direct deposit', 'payroll', 'wages', 'gehalt', 'lohn', 'salaire', 'paie', 'nomina', 'sueldo', 'salario', 'stipendio', 'salaris', 'loon',
]);
const ACCENTED_PAY = ['ómina', 'ÓMINA', 'alário', 'ALÁRIO'];

const PAY =
  '(?:\\b(?:salary|paychecks?|pay ?cheques?|direct deposits?|payroll|wages|my pay|gehalts?|gehaltskonto|gehaltszahlung(?:en)?|lohns?|lohnkonto|lohnzahlung(?:en)?|salaires?|paie|nomina|sueldo|salario|stipendio|salaris(?:betaling|rekening)?|loon(?:betaling)?)\\b|給与|給料)';
/**
 * A new or changed account: named new ("new bank account", "neues Konto", "nouveau compte"), or an account noun beside a verb
 * of changing it, either way round within a few words ("change the bank my wages go to", "ändern Sie meine Bankverbindung",
 * "modifier le compte", "cambiar la cuenta", "mijn rekeningnummer wijzigen").
 */
const changed = (verbs: string, accounts: string): string => `\\b(?:${verbs})\\b[^.!?\\n]{0,24}?\\b(?:${accounts})\\b|\\b(?:${accounts})\\b[^.!?\\n]{0,24}?\\b(?:${verbs})\\b`;
const NEW_ACCOUNT = `(?:${[
  '\\b(?:new (?:bank )?(?:account|bank)|changed (?:my )?banks?|switched banks|different account|new routing|neue[sn]? (?:bank)?konto|neue bankverbindung|neue iban|neuen bank|bank gewechselt|konto gewechselt|nouveau compte|nouvelle banque|change de banque|nouveau rib|nouvelles coordonnees|nueva cuenta|nuevo banco|cambiado de banco|datos nuevos|nuevos datos|nova conta|novo banco|mudei de banco|troquei de banco|nuovo conto|nuova banca|cambiato banca|nuovo iban|nieuwe (?:bank)?rekening|nieuw rekeningnummer|andere bank|overgestapt)\\b|新しい口座|口座(?:を|の)?変更',
  changed('change|changing|update|updating|switch|switching|modify', 'bank|banks|account|banking|direct deposit|routing|bank details'),
  changed('andern|andere|aktualisieren|anpassen|wechseln', 'bankverbindung|kontoverbindung|konto|iban|bankdaten'),
  changed('modifier|changer|mettre a jour', 'compte|rib|iban|coordonnees bancaires'),
  changed('cambiar|modificar|actualizar', 'cuenta|iban|datos bancarios'),
  changed('alterar|mudar|trocar|atualizar', 'conta|iban|dados bancarios'),
  changed('cambiare|modificare|aggiornare', 'conto|iban|coordinate bancarie'),
  changed('wijzigen|wijzig|veranderen|aanpassen|bijwerken', 'rekening|rekeningnummer|iban|bankgegevens'),
].join('|')})`;
/** The writer speaks of himself: a first-person word in the same stretch (en de fr es pt it nl; 私 for Japanese). */
const FIRST_PERSON = /\b(?:i|my|i'm|i've|ich|mein(?:e|en|em|er)?|mir|je|j'ai|mon|ma|mes|me|yo|mi|mis|eu|meu|minha|io|il mio|mio|ho|ik|mijn|me)\b|私|わたし/;
/** The pay word alone: asked before PAY_THEN_NEW, whose second half (a change of account first) is read at every "account". */
const PAY_ALONE = lazyRegExp(() => new RegExp(PAY));
const PAY_THEN_NEW = lazyRegExp(() => new RegExp(`${PAY}[^]{0,${NEAR}}?${NEW_ACCOUNT}|${NEW_ACCOUNT}[^]{0,${NEAR}}?${PAY}`));

export interface PayrollDiversion {
  request: string;
  /** The organisation's recipient address written to. */
  to: string;
}

/**
 * The organisation's address among the recipients (To, Cc) at another registrable domain than the sender's, or null: the
 * request reaches a company from outside it.
 */
function organisationElsewhere(msg: ParsedMessage, freemail: ReadonlySet<string>): string | null {
  const sender = senderRegistrable(msg.from[0]?.domain);
  for (const list of [msg.to, msg.cc]) {
    for (const a of list) {
      const domain = senderRegistrable(a.domain);
      if (domain && domain !== sender && !isFreemail(domain, freemail)) return a.address;
    }
  }
  return null;
}

/** The payroll diversion request (see the module's comment), or null. */
export function payrollDiversion(msg: ParsedMessage, freemail: ReadonlySet<string>): PayrollDiversion | null {
  const read = headRead(msg);
  if (!read.wide && !gramsMayMatch(PAY_GRAMS, read.grams) && !ACCENTED_PAY.some((w) => read.head.includes(w))) return null;
  if (inConversationOrList(msg)) return null;
  const to = organisationElsewhere(msg, freemail);
  if (!to) return null;
  const text = shownText(msg);
  const folded = foldLetter(msg.subject.slice(0, 512), text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
  if (!PAY_ALONE().test(folded)) return null;
  const m = PAY_THEN_NEW().exec(folded);
  if (!m) return null;
  // The first person within a sentence around the request: the writer's own pay, not a notice about "your" account.
  const around = folded.slice(Math.max(0, m.index - 80), m.index + m[0].length + 80);
  if (!FIRST_PERSON.test(around)) return null;
  return { request: m[0], to };
}

export function payrollDiversionCheck(freemail: ReadonlySet<string> = new Set()): Check {
  return {
    name: 'content.payroll-diversion',
    description: "An employee's pay asked to go to a new bank account, in a first message to an organisation's address from outside its domain (payroll diversion)",
    emits: ['CONTENT_PAYROLL_DIVERSION'],
    run(msg: ParsedMessage): CheckOutput {
      const found = payrollDiversion(msg, freemail);
      const findings: Finding[] = found ? [{ id: 'CONTENT_PAYROLL_DIVERSION', evidence: `"${found.request}" written to ${found.to}`, data: { ...found } }] : [];
      return { findings };
    },
  };
}
