import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deviceMessageAnnounced, deviceMessageInButton } from './device-message.js';

// Session 61 (helper mal62): the office device's message named in a subject or opening, and in a download button's words.
const announced: [lang: string, subject: string, opening: string][] = [
  ['en', 'Scanned document from MX-3071', 'A document was scanned and sent to you.'],
  ['en', 'Message from KM-C308', 'You have a new scan waiting. Pages: 3'],
  ['en', 'New voicemail from +1 415 555 0188 (0:42)', ''],
  ['en', 'Incoming fax (2 pages)', ''],
  ['de', 'Gescanntes Dokument von MX-3071', ''],
  ['de', 'Neue Nachricht', 'Sie haben eine neue Sprachnachricht erhalten. Dauer: 0:42'],
  ['de', 'Neues Fax von +49 30 5550188', ''],
  ['fr', 'Document numérisé', ''],
  ['fr', 'Nouveau message', 'Vous avez un nouveau message vocal de 0:42.'],
  ['es', 'Documento escaneado', ''],
  ['es', 'Nuevo mensaje de voz de +34 910 555 018', ''],
  ['pt', 'Documento digitalizado', ''],
  ['pt', 'Aviso', 'Você recebeu uma nova mensagem de voz. Duração: 0:42'],
  ['it', 'Documento scansionato', ''],
  ['it', 'Avviso', 'Hai ricevuto un nuovo messaggio vocale.'],
  ['nl', 'Gescand document', ''],
  ['nl', 'Melding', 'U heeft een nieuw spraakbericht ontvangen.'],
  ['ja', 'スキャンした文書', ''],
  ['ja', 'お知らせ', '新しいボイスメールが届いています。'],
  ['ja', 'お知らせ', 'FAXを受信しました。2ページ'],
];

const quiet: [why: string, subject: string, opening: string][] = [
  ['a letterhead\'s fax number (en)', 'Quotation 2025-118', 'Northwind Ltd, 12 High Street, Tel: +44 20 5550 0188, Fax: +44 20 5550 0189\nDear Ana, please find our quotation.'],
  ['a letterhead\'s fax number (de)', 'Angebot', 'Müller GmbH · Tel. 030 5550188 · Fax 030 5550189\nSehr geehrte Frau Silva,'],
  ['a letterhead\'s FAX (ja)', 'ご案内', '株式会社田中 TEL 03-1234-5678 FAX 03-1234-5679\nいつもお世話になっております。'],
  ['scan the QR code (en)', 'Your ticket', 'Scan the QR code at the gate.'],
  ['scan the QR code (de, it)', 'Ihr Ticket', 'Scannen Sie den QR-Code. Esegui la scansione del codice QR.'],
  ['digitalisation of a business (pt)', 'Digitalização da sua empresa', 'Leve a digitalização para o seu negócio.'],
  ['a voice actor, a scanner for sale (en)', 'Voice acting and scanners', 'Our new voice actor joins us; the scanner is for sale.'],
];

announced.forEach(([lang, subject, opening]) => {
  test(`device message announced (${lang}): ${subject}`, () => {
    assert.ok(deviceMessageAnnounced(subject, opening), `${subject} / ${opening}`);
  });
});

quiet.forEach(([why, subject, opening]) => {
  test(`no device message: ${why}`, () => {
    assert.equal(deviceMessageAnnounced(subject, opening), undefined);
  });
});

const buttons: [words: string, named: boolean][] = [
  ['Download fax', true],
  ['Scan herunterladen', true],
  ['Télécharger le scan', true],
  ['Baixar mensagem de voz', true],
  ['Scarica il messaggio vocale', true],
  ['Descargar mensaje de voz', true],
  ['Spraakbericht downloaden', true],
  ['ボイスメールをダウンロード', true],
  ['Download audio', true],
  ['Download document', false],
  ['Download our app', false],
  ['Rechnung herunterladen', false],
];

buttons.forEach(([words, named]) => {
  test(`a download button's words ${named ? 'name' : 'do not name'} a device message: ${words}`, () => {
    assert.equal(deviceMessageInButton(words) !== undefined, named);
  });
});
