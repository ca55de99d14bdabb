import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { parseMessage } from '../../mail/parse/index.js';
import { DEFAULT_PARSE_OPTIONS } from '../../mail/parse/test-helpers.js';
import { createScanner } from '../../runtime/index.js';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';
import { mulberry32 } from '../../classifier/logistic.js';
import { bulkTracesCheck, htmlSentAsPlainText, OPT_OUT_WORDS, optOutLine } from './bulk-traces.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { readHead } from './scam-structure.js';

/**
 * Issue 17, session 38: a trace a bulk mailer leaves in the body — an HTML document sent as plain text (the merge field left
 * unfilled is template-slots.ts'). Rows that must not fire are ordinary mail with look-alike text (HTML source quoted inside a
 * letter, an HTML part of its own).
 */
function eml(subject: string, body: string, type = 'text/plain'): Uint8Array {
  const headers = ['From: Shop <news@shop.example>', 'To: someone@example.com', `Subject: ${subject}`, 'Date: Mon, 2 Jun 2025 10:00:00 +0200', 'Message-ID: <1@shop.example>', 'MIME-Version: 1.0'];
  if (type) headers.push(`Content-Type: ${type}; charset=utf-8`);
  return new TextEncoder().encode([...headers, '', body, ''].join('\r\n'));
}
const parse = (raw: Uint8Array) => parseMessage(raw, DEFAULT_PARSE_OPTIONS);

test('HTML sent as plain text: a document shown as markup, and HTML in ordinary mail (table)', () => {
  const page = '<!doctype html>\n<html>\n<head><title>AI agent running by tonight?</title></head><body><p>Hi</p></body></html>';
  const rows: { name: string; raw: Uint8Array; fires: boolean }[] = [
    { name: 'a doctype in a text/plain body', raw: eml('AI agent running by tonight?', page), fires: true },
    { name: 'an <HTML> body without a Content-Type', raw: eml('Gain Major Cash', '<HTML><BODY>Earn now</BODY></HTML>', ''), fires: true },
    { name: 'the same page declared text/html', raw: eml('Newsletter', page, 'text/html'), fires: false },
    { name: 'HTML source quoted inside a letter', raw: eml('Template', `Hi Bob,\n\nhere is the page:\n${page}`), fires: false },
    { name: 'a plain letter', raw: eml('Lunch', 'See you at noon.'), fires: false },
  ];
  for (const row of rows) assert.equal(htmlSentAsPlainText(parse(row.raw)), row.fires, row.name);
});

test('bulk traces: the check emits its id with evidence', () => {
  const out = bulkTracesCheck().run(parse(eml('Hey {{ FNAME }}', '<!DOCTYPE html><html><body>x</body></html>')), {} as never) as { findings: { id: string; evidence: string }[] };
  assert.deepEqual(out.findings.map((f) => f.id), ['MIME_HTML_AS_PLAIN_TEXT']);
});

/**
 * Session 41: the opt-out line or list footer of bulk mail (CONTENT_OPT_OUT_LINE, 0 points), in the languages of the honeypot's
 * adverts. Rows that must not fire are personal notes and letters of the same languages, and words that only look alike
 * (subscribe, sign up, receive in another sense).
 */
const optOutRows: { name: string; text: string; fires: boolean }[] = [
  { name: 'en: unsubscribe link text', text: 'New arrivals this week.\n\nUnsubscribe | Update preferences', fires: true },
  { name: 'en: why you receive it', text: 'Our autumn sale starts today.\nYou are receiving this email because you signed up at our store.', fires: true },
  { name: 'en: remove yourself', text: 'Cheap ink cartridges. Click here to remove yourself from our emails list', fires: true },
  { name: 'fr: no longer receive, at the head', text: 'Si vous ne souhaitez plus recevoir ce courrier, cliquez ici\n\nOUBLIEZ VOS PROBLEMES INFORMATIQUES', fires: true },
  { name: 'fr: no longer be contacted', text: 'Inscrivez-vous gratuitement.\nPour ne plus être contacté, cliquez ici.', fires: true },
  { name: 'fr: se désinscrire', text: 'Découvrez nos offres de la semaine. Se désinscrire', fires: true },
  { name: 'fr: the CNIL footer', text: 'Conformément à la loi Informatique et Libertés, vous disposez d\'un droit d\'accès et de rectification.', fires: true },
  { name: 'fr: received as a subscriber', text: 'Vous recevez cet e-mail en tant qu\'abonné à notre lettre.', fires: true },
  { name: 'es: darse de baja', text: 'Si ya no desea recibir estos correos electrónicos, puede darse de baja aquí.', fires: true },
  { name: 'pt: descadastre-se', text: 'Aproveite a promoção. Caso não deseje mais receber nossas mensagens, descadastre-se.', fires: true },
  { name: 'pt: cancel the subscription', text: 'Se você deseja cancelar a inscrição, clique aqui.', fires: true },
  { name: 'pt: stop receiving', text: 'Para deixar de receber comunicados responda PARE.', fires: true },
  { name: 'de: abmelden', text: 'Wenn Sie diese E-Mails nicht mehr erhalten möchten, können Sie sich hier abmelden.', fires: true },
  { name: 'de: no more mail wanted', text: 'Wenn Sie keine weiteren E-Mails mehr erhalten möchten, klicken Sie hier.', fires: true },
  { name: 'nl: afmelden', text: 'Als u deze e-mails niet langer wilt ontvangen, kunt u zich hier afmelden.', fires: true },
  { name: 'nl: uitschrijven', text: 'U kunt zich voor deze nieuwsbrief uitschrijven.', fires: true },
  { name: 'it: disiscriviti', text: 'Non vuoi più ricevere queste email? Disiscriviti.', fires: true },
  { name: 'en: a friend subscribed to a magazine', text: 'Hi Sam, I subscribed to the magazine you mentioned. Did you receive my parcel?', fires: false },
  { name: 'en: a colleague opts for Tuesday', text: 'We opted for Tuesday; the outcome was fine.', fires: false },
  { name: 'fr: a family note', text: 'Coucou Marc, voilà les photos de Noël chez Mamie. Tu peux la faire imprimer pour Mamie ? Bises, Claire', fires: false },
  { name: 'fr: a doctor confirms', text: 'Bonjour, nous vous confirmons votre rendez-vous. Vous pouvez recevoir les résultats par courrier.', fires: false },
  { name: 'es: a friend sends photos', text: 'Hola amigo, te mando las fotos del viaje. Avísame cuando las recibas. Un abrazo', fires: false },
  { name: 'pt: a dentist confirms', text: 'Olá Ana, confirmamos a sua consulta na quinta-feira. Você vai receber um lembrete.', fires: false },
  { name: 'de: a son signs up for a club', text: 'Hallo Mama, ich habe mich beim Verein angemeldet und den Schlüssel erhalten.', fires: false },
  { name: 'nl: a neighbour', text: 'Hoi, ik heb je pakket ontvangen en bij de buren gelegd.', fires: false },
];

test('opt-out line: bulk mail\'s unsubscribe lines and list footers in en/fr/es/pt/de/nl/it, not personal mail (table)', () => {
  for (const row of optOutRows) assert.equal(optOutLine(row.text) !== undefined, row.fires, `${row.name}: ${optOutLine(row.text)}`);
});

test('opt-out line: a long text is read at its head and its foot only', () => {
  const filler = 'Lorem ipsum dolor sit amet. '.repeat(400);
  assert.equal(optOutLine(`${filler}Unsubscribe here.`), 'Unsubscribe');
  assert.equal(optOutLine(`Unsubscribe here.\n${filler}`), 'Unsubscribe');
  // a letter that discusses unsubscribing in its middle is no footer
  assert.equal(optOutLine(`${filler}${filler}I will unsubscribe from that list.${filler}${filler}`), undefined);
});

test('opt-out line: the check emits its id with the phrase as evidence', () => {
  const out = bulkTracesCheck().run(parse(eml('Nos offres', 'Profitez de nos offres.\nPour vous désabonner, cliquez ici.')), {} as never) as { findings: { id: string; evidence: string }[] };
  assert.deepEqual(out.findings.map((f) => f.id), ['CONTENT_OPT_OUT_LINE']);
  assert.match(out.findings[0]!.evidence, /désabonner/);
});

const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z') } });

// Honeypot messages of the dev part outside the hand-labelled sample (bench/phishing-labels.tsv), clean before session 38.
const corpus = [
  { file: 'sample-5551.eml', expected: ['CONTENT_TEMPLATE_UNFILLED'], forbidden: [], verdict: 'spam', why: '"Coole Angebote" <support@cusipup.de>: "Hey {{ FNAME }}", a TundraFreeze cooler (3.5 before)' },
  { file: 'sample-7268.eml', expected: ['MIME_HTML_AS_PLAIN_TEXT'], forbidden: [], verdict: 'spam', why: '"H. from OpenClaw Setup": a cold pitch whose text/plain body is an HTML page (4.8 before)' },
  // Session 41: the opt-out line keeps the classifier's spam vote on French text whole (no other bulk trait or topic here).
  { file: 'sample-6958.eml', expected: ['CONTENT_OPT_OUT_LINE', 'CONTENT_CLASSIFIER_LANGUAGE_UNSEEN', 'CONTENT_CLASSIFIER_SPAM'], forbidden: ['CONTENT_CLASSIFIER_SPAM_LANGUAGE_UNSEEN'], verdict: 'spam', why: 'fr casino advert "200 Tours Gratuits Sans Dépôt Requis": "Tu ne veux plus recevoir d\'emails ? Clique ici pour te désinscrire"' },
  { file: 'sample-2106.eml', expected: ['CONTENT_OPT_OUT_LINE'], forbidden: [], verdict: 'spam', why: 'pt health-plan quote: "Descadastre-se Este e-mail foi enviado para …"' },
];

test('bulk traces: real honeypot messages (outside the hand-labelled sample)', async (t) => {
  await assertCorpusRows(t, scanner, corpus);
});

/**
 * Session 53 (issue 18): optOutLine asks headRead's trigrams for OPT_OUT_WORDS before its pattern. Seeded texts of the pattern's
 * own phrases (whole, cut, a letter changed or dropped, any case, accents on or off, ſ and K, glued to other words), some longer
 * than the head and foot it reads: with the trigrams of a head read that covered the text, the answer is the pattern's alone.
 */
const OPT_OUT_PHRASES = [
  'unsubscribe', 'Unsubscribed', 'désabonner', 'desabonnez', 'désinscrire', 'desinscrivez-vous', 'ne plus être contacté', 'ne  plus etre sollicité',
  'descadastre-se', 'afmelden', 'Afmelding', 'uitschrijven', 'uitschrijving', 'disiscriviti', 'opt-out', 'opt out', 'optout', 'remove yourself', 'no longer wish to receive',
  'no longer want to receive', 'stop receiving these', 'cease receiving future', 'you are receiving this email', "you're receiving this newsletter",
  'you’re receiving this message', 'you received this e-mail because', 'plus recevoir', 'ne pas recevoir de futurs', 'arrêter de recevoir',
  'arreter de recevoir', 'vous recevez cet email', 'vous recevez ce courrier', 'loi informatique et libertés', 'loi Informatique et Libertes',
  'darse de baja', 'dar de baja', 'darte de baja', 'date de baja', 'cancelar la suscripción', 'anular su suscripcion', 'no desea recibir',
  'no quieres recibir', 'dejar de recibir', 'recibes este correo', 'ha recibido este mensaje', 'has recibido este e-mail', 'cancelar a sua inscrição',
  'cancele sua inscricao', 'deixar de receber', 'parar de receber', 'deseja mais receber', 'queira mais receber', 'não receber mais', 'nao receber mais',
  'este e-mail foi enviado para', 'esse email foi enviado para', 'abmelden', 'abzumelden', 'abbestellen', 'mehr erhalten möchten', 'mehr erhalten wollen',
  'diese E-Mail wurde an', 'diese email wurde versendet', 'af te melden', 'uit te schrijven', 'meer wilt ontvangen', 'langer wenst ontvangen',
  'cancellare la tua iscrizione', 'cancellati iscrizione', 'più ricevere', 'subscribe', 'receive', 'recevoir', 'mail', 'melde', 'the', 'offer', 'Hallo',
];
const OPT_OUT_ODD = ['ſ', '\u212a', 'é', 'ê', 'ó', 'ã', 'ç', 'ö', 'ù', '1', '-', '_', '’'];

function optOutWord(r: () => number): string {
  let w = OPT_OUT_PHRASES[Math.floor(r() * OPT_OUT_PHRASES.length)]!;
  const k = r();
  if (k < 0.15) w = w.toUpperCase();
  else if (k < 0.25) w = w[0]!.toUpperCase() + w.slice(1);
  else if (k < 0.45 && w.length > 2) {
    const at = Math.floor(r() * w.length);
    const q = r();
    w = q < 0.3 ? w.slice(0, at) + w.slice(at + 1) : q < 0.6 ? w.slice(0, at) + String.fromCharCode(97 + Math.floor(r() * 26)) + w.slice(at + 1) : q < 0.8 ? w.slice(0, at) : w.slice(0, at) + OPT_OUT_ODD[Math.floor(r() * OPT_OUT_ODD.length)] + w.slice(at + 1);
  } else if (k < 0.55) w = w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  else if (k < 0.6) w = w.replace('s', 'ſ').replace('k', '\u212a');
  return w;
}

test('optOutLine: with the trigrams of a head read that covered the text, the same answer as the pattern alone (seeded texts)', () => {
  const r = mulberry32(53);
  const separators = [' ', ' ', '\n', '  ', '.', ', ', '', '-', 'é', '\u00a0', '\t'];
  let found = 0;
  let gated = 0;
  for (let n = 0; n < 20_000; n++) {
    const words = n % 500 === 0 ? 2_500 : 1 + Math.floor(r() * 12);
    let text = '';
    for (let k = 0; k < words; k++) text += (r() < 0.5 ? optOutWord(r) : ['news', 'sale', 'report', 'the', 'rapport', 'bericht'][Math.floor(r() * 6)]!) + separators[Math.floor(r() * separators.length)]!;
    const subject = r() < 0.2 ? optOutWord(r) : 'News';
    const read = readHead(`${subject}\n${text}`, subject.length + 1);
    const alone = optOutLine(text);
    if (alone !== undefined) found++;
    if (!gramsMayMatch(gramGate(OPT_OUT_WORDS), read.grams)) gated++;
    assert.equal(optOutLine(text, read.grams), alone, text.slice(0, 300));
  }
  // The texts exercise both sides: matches found, and texts the trigrams turn away.
  assert.ok(found > 5_000 && gated > 2_000, `found ${found}, gated ${gated}`);
});

test('optOutLine: each word list of OPT_OUT_WORDS is needed (without it, a phrase the pattern finds is turned away)', () => {
  const needless = OPT_OUT_WORDS.filter((_, i) => {
    const without = gramGate(OPT_OUT_WORDS.filter((_, k) => k !== i));
    return !OPT_OUT_PHRASES.some((p) => optOutLine(p) !== undefined && !gramsMayMatch(without, readHead(`x\n${p}`, 2).grams));
  });
  assert.deepEqual(needless, []);
});
