import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { activeIds } from '../../test-support/corpus-rows.js';
import { buildPdf } from '../../files/test-support/pdf-builder.js';

/**
 * Session 42 (issue 17): the letter sends the reader to an attached document lure (ATTACH_DOCUMENT_REFERRED) and, from a sender
 * that is not the holder, asking for nothing, the message is a malware lure (ATTACH_MALWARE_DOCUMENT_TO_OPEN) when the file's link
 * hands over a file (session 59: a link to a web page makes it a credential lure's carrier, phishing). End to end, with the shipped model, in the pot's languages; must-nots: a
 * letter that asks to sign in or fill something in, a letter that never mentions the attachment, a colleague's offer.
 */
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-07-15T08:00:00Z') } });

const LANDING = 'https://docview8821.z13.web.core.windows.net/';
/** A one-page PDF that is one picture under one link. */
const linkedPicture = (uri: string): Buffer => buildPdf({ content: 'q 500 0 0 700 56 46 cm /Im1 Do Q', image: true, links: [{ uri, rect: [56, 46, 556, 746] }] });
const word = (s: string): string => `=?utf-8?B?${Buffer.from(s).toString('base64')}?=`;

function message(from: string, subject: string, body: string, name: string, file: Buffer): Uint8Array {
  const b = 'b0und-referred';
  return new TextEncoder().encode([
    `From: ${from}`, 'To: rodrigo@hotmail.com', `Subject: ${word(subject)}`, 'Date: Tue, 15 Jul 2025 10:00:00 +0200', `Message-ID: <${body.length}.${name.length}@x.example>`, 'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${b}"`, '', `--${b}`, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', '', Buffer.from(body).toString('base64'), `--${b}`,
    `Content-Type: application/pdf; name="${name}"`, `Content-Disposition: attachment; filename="${name}"`, 'Content-Transfer-Encoding: base64', '', file.toString('base64').replace(/(.{76})/g, '$1\r\n'), `--${b}--`, '',
  ].join('\r\n'));
}

interface Row {
  why: string; from: string; subject: string; body: string; name: string; href?: string; referred: boolean; malware: boolean;
  /** Session 59: the verdict with the document's link a web page, when not phishing (see the loop). */
  asPage?: string;
}
const rows: Row[] = [
  { why: 'en invoice "see the attached invoice", carrier name from free mail', from: `${word('DHL Express Invoice')} <dhl.billing2291@gmail.com>`, subject: 'Invoice INV-2291', body: 'Hello, please see the attached invoice.', name: 'Invoice_2291.pdf', referred: true, malware: true },
  { why: 'pt "Informações em anexo", bank in the sender name', from: `${word('[BB] - Comunicado ao cliente 3716')} <comunicado.bb3716@gmail.com>`, subject: 'Crédito liberado - 8821', body: 'Valor disponível para crédito em conta. Informações em anexo. Código: 0805303555', name: 'Comunicado.pdf', referred: true, malware: true },
  { why: 'fr "en pièce jointe"', from: `${word('EDF - Service Client')} <edf.service91@outlook.fr>`, subject: 'Votre facture', body: 'Bonjour, veuillez trouver votre facture en pièce jointe.', name: 'Facture_2291.pdf', referred: true, malware: true },
  { why: 'es "adjunto", no brand borrowed: the linked picture is enough', from: `${word('Facturación')} <factura.2291@hotmail.com>`, subject: 'Factura pendiente', body: 'Estimado cliente, adjunto le enviamos su factura.', name: 'Factura_2291.pdf', referred: true, malware: true },
  { why: 'ja "添付"', from: `${word('Amazon 請求書')} <amzn.seikyu2291@gmail.com>`, subject: '請求書のお知らせ', body: '請求書を添付しましたのでご確認ください。', name: 'seikyu_2291.pdf', referred: true, malware: true },
  { why: 'nl "in de bijlage"', from: `${word('KPN Factuur')} <kpn.factuur22@gmail.com>`, subject: 'Uw factuur', body: 'Beste klant, in de bijlage vindt u uw factuur.', name: 'Factuur_2291.pdf', referred: true, malware: true, asPage: 'malware' },
  // must not
  { why: 'the letter asks to sign in to view it: phishing', from: `${word('Microsoft 365')} <ms365.notice@gmail.com>`, subject: 'Shared document', body: 'Please see the attached document and sign in with your Microsoft account to view it.', name: 'Doc.pdf', referred: false, malware: false },
  { why: 'pt "preencha o formulário em anexo": a form to fill', from: `${word('Receita Federal')} <receita.2291@gmail.com>`, subject: 'Restituição', body: 'Preencha o formulário em anexo para receber a restituição.', name: 'Restituicao.pdf', referred: false, malware: false },
  { why: 'the letter never mentions the attachment', from: `${word('DHL Express')} <dhl.billing2291@gmail.com>`, subject: 'Your parcel', body: 'Your parcel is waiting.', name: 'Parcel.pdf', referred: false, malware: false },
  { why: "a colleague's offer linking the sender's own site", from: 'Jan de Vries <jan@devries-bouw.nl>', subject: 'Offerte', body: 'Hoi, in de bijlage de offerte. Groet, Jan', name: 'Offerte.pdf', href: 'https://www.devries-bouw.nl/offerte', referred: false, malware: false },
];

/**
 * Session 59 (mal59, the lead's class decision): the rows marked `malware` are malware when the linked picture's link names a
 * file to download (PAYLOAD: an archive by its address, ATTACH_DOCUMENT_PAYLOAD_LINK); the same document whose link is a web page
 * (LANDING) is a credential lure's carrier — flagged, called phishing, not malware (design 926, 2073, 226 are labelled cred).
 */
const PAYLOAD = 'https://docview8821.z13.web.core.windows.net/files/Documento_8821.zip';
for (const row of rows) {
  test(`document referred: ${row.why}`, async () => {
    const report = await scanner.scan({ source: 'document-referred.test', raw: message(row.from, row.subject, row.body, row.name, linkedPicture(row.href ?? (row.malware ? PAYLOAD : LANDING))) });
    const ids = activeIds(report);
    assert.equal(ids.includes('ATTACH_DOCUMENT_REFERRED'), row.referred, ids.join(', '));
    assert.equal(report.verdict === 'malware', row.malware, `${report.verdict}: ${ids.join(', ')}`);
    // The archive by its address is read by the links family too (the PDF's link is one of the message's): URL_MALWARE_DOWNLOAD_LURE
    // names it then, and ATTACH_MALWARE_DOCUMENT_TO_OPEN yields to it.
    if (row.malware) assert.ok(ids.includes('ATTACH_DOCUMENT_PAYLOAD_LINK') && (ids.includes('ATTACH_MALWARE_DOCUMENT_TO_OPEN') || ids.includes('URL_MALWARE_DOWNLOAD_LURE')), ids.join(', '));
  });
  if (row.malware) {
    test(`document referred, its link a web page: ${row.why} — phishing, not malware`, async () => {
      const report = await scanner.scan({ source: 'document-referred.test', raw: message(row.from, row.subject, row.body, row.name, linkedPicture(LANDING)) });
      const ids = activeIds(report);
      assert.ok(ids.includes('ATTACH_DOCUMENT_REFERRED'), ids.join(', '));
      // The nl row's invoice from free mail, no name borrowed, stays malware by another reading: a document lure's page on a
      // disposable host (web.core.windows.net) with the malware lures' invoice words and no impersonation is URL_MALWARE_DOCUMENT_PAGE's
      // (session 8), which this decision leaves as it was.
      assert.equal(report.verdict, row.asPage ?? 'phishing', `${report.verdict}: ${ids.join(', ')}`);
    });
  }
}
