import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMessage } from '../../mail/parse/index.js';
import { DEFAULT_PARSE_OPTIONS } from '../../mail/parse/test-helpers.js';
import { legalDocument, legalNotice } from './legal-notice.js';

/** A message with a short HTML text and one attached file (base64 of a few bytes). */
function message(from: string, subject: string, file: { name: string; type: string } | null, body = '<p>Segue em anexo.</p>'): ReturnType<typeof parseMessage> {
  const head = [`From: ${from}`, 'To: ana@example.org', `Subject: ${subject}`, 'MIME-Version: 1.0'];
  if (!file) return parseMessage(Buffer.from([...head, 'Content-Type: text/html; charset=utf-8', '', body, ''].join('\r\n')), DEFAULT_PARSE_OPTIONS);
  const lines = [
    ...head, 'Content-Type: multipart/mixed; boundary="b"', '', '--b', 'Content-Type: text/html; charset=utf-8', '', body, '--b',
    `Content-Type: ${file.type}; name="${file.name}"`, `Content-Disposition: attachment; filename="${file.name}"`, 'Content-Transfer-Encoding: base64', '',
    Buffer.from('%PDF-1.4 test').toString('base64'), '--b--', '',
  ];
  return parseMessage(Buffer.from(lines.join('\r\n')), DEFAULT_PARSE_OPTIONS);
}

const PDF = { name: 'documento.pdf', type: 'application/pdf' };

test('legal document: a court or legal notice named in the envelope or the file name, with a document attached, in several languages (table)', () => {
  const rows: { name: string; from: string; subject: string; file: { name: string; type: string } | null; term: string | null; where?: string }[] = [
    { name: 'pt: a labour lawsuit in the subject, a PDF', from: '"ATM01" <x@mailer.example>', subject: 'RE_ Processo Trabalhista (Cartorio online) Protocolo 192312', file: PDF, term: 'processo trabalhista', where: 'envelope' },
    { name: 'pt: the notice only in the file name, words joined by _', from: '"Cliente" <x@mailer.example>', subject: 'Documento 44117', file: { name: 'Intimacao_Judicial_2291.pdf', type: 'application/pdf' }, term: 'intimacao', where: 'file name' },
    { name: 'pt: reclamação trabalhista in the sender name', from: '"Reclamação Trabalhista" <x@mailer.example>', subject: 'Protocolo 0021', file: PDF, term: 'reclamacao trabalhista', where: 'envelope' },
    { name: 'es: citación judicial, a Word file by extension', from: '"Juzgado" <x@mailer.example>', subject: 'Citación judicial', file: { name: 'expediente.docx', type: 'application/octet-stream' }, term: 'citacion judicial', where: 'envelope' },
    { name: 'de: Vorladung in the file name', from: '"Amt" <x@mailer.example>', subject: 'Ihr Schreiben', file: { name: 'Vorladung-2026-0415.pdf', type: 'application/pdf' }, term: 'vorladung', where: 'file name' },
    { name: 'fr: citation à comparaître, a PDF by type without a name', from: '"Tribunal" <x@mailer.example>', subject: 'Citation à comparaître', file: { name: '', type: 'application/pdf' }, term: 'citation a comparaitre', where: 'envelope' },
    { name: 'en: court summons', from: '"Court" <x@mailer.example>', subject: 'Court summons case 2026-7', file: PDF, term: 'court summons', where: 'envelope' },
    // Must not.
    { name: 'no document attached (the linked notice is CONTENT_LEGAL_NOTICE)', from: '"x" <x@mailer.example>', subject: 'Intimação judicial', file: null, term: null },
    { name: 'a picture is no document', from: '"x" <x@mailer.example>', subject: 'Intimação judicial', file: { name: 'foto.jpg', type: 'image/jpeg' }, term: null },
    { name: 'an invoice PDF', from: '"Loja" <x@mailer.example>', subject: 'Sua nota fiscal', file: { name: 'nota_fiscal_2291.pdf', type: 'application/pdf' }, term: null },
    { name: "a newspaper's court report with a PDF", from: '"Daily News" <news@daily.example>', subject: 'Court report: the week in the federal court', file: { name: 'weekly.pdf', type: 'application/pdf' }, term: null },
    { name: 'a training-account statement', from: '"Mon Compte Formation" <x@formation.example>', subject: 'Votre attestation de formation', file: { name: 'attestation.pdf', type: 'application/pdf' }, term: null },
    { name: 'pt: solicitação is not citação', from: '"Banco" <x@mailer.example>', subject: 'Solicitação de cartão', file: PDF, term: null },
  ];
  for (const row of rows) {
    const found = legalDocument(message(row.from, row.subject, row.file));
    assert.equal(found?.term ?? null, row.term, row.name);
    if (row.where) assert.equal(found?.where, row.where, row.name);
  }
});

test('legal notice: a labour lawsuit in the envelope with a link elsewhere is a linked notice too', () => {
  const msg = message('"x" <x@mailer.example>', 'Processo Trabalhista nº 0021', null, '<a href="https://processos.example-host.app/ver">Ver processo</a>');
  assert.equal(legalNotice(msg)?.term, 'processo trabalhista');
  assert.equal(legalNotice(message('"x" <x@mailer.example>', 'Processo seletivo 2026', null, '<a href="https://vagas.example-host.app/">Ver</a>')), null, 'a job selection process is not a lawsuit');
});
