import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMessage } from '../../mail/parse/index.js';
import { DEFAULT_PARSE_OPTIONS } from '../../mail/parse/test-helpers.js';
import { legalNotice } from './legal-notice.js';

function message(from: string, subject: string, body: string): ReturnType<typeof parseMessage> {
  return parseMessage(Buffer.from([`From: ${from}`, 'To: ana@example.org', `Subject: ${subject}`, 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', body, ''].join('\r\n')), DEFAULT_PARSE_OPTIONS);
}

const LINK = '<p><a href="https://portal-processos.example-host.app/consulta">Consultar</a></p>';

test('legal notice: a summons or judicial notification in the envelope with a link elsewhere, in seven languages; news words, other words and own links are not (table)', () => {
  const rows: { name: string; from: string; subject: string; body?: string; term: string | null }[] = [
    { name: 'pt: intimação in the display name', from: '"INTIMAÇÃO 991122" <x@mailer.example>', subject: 'Processo em andamento protocolo: 02821115', term: 'intimacao' },
    { name: 'pt: intimação judicial, confira seus dados', from: '"Tribunal Brasil" <x@mailer.example>', subject: 'Intimação judicial – confira seus dados', term: 'intimacao' },
    { name: 'pt: notificação judicial in capitals', from: '"NOTIFICAÇÃO JUDICIAL" <x@mailer.example>', subject: 'NOTIFICAÇÃO - 1837601888772635536377773', term: 'notificacao judicial' },
    { name: 'es: citación judicial', from: '"Juzgado" <x@mailer.example>', subject: 'Citación judicial pendiente', term: 'citacion judicial' },
    { name: 'de: Vorladung', from: '"Amtsgericht" <x@mailer.example>', subject: 'Ihre Vorladung zum Termin', term: 'vorladung' },
    { name: 'fr: citation à comparaître', from: '"Tribunal" <x@mailer.example>', subject: 'Citation à comparaître devant le tribunal', term: 'citation a comparaitre' },
    { name: 'nl: dagvaarding', from: '"Deurwaarderskantoor" <x@mailer.example>', subject: 'Dagvaarding: uw zaak', term: 'dagvaarding' },
    { name: 'it: atto giudiziario', from: '"Poste" <x@mailer.example>', subject: 'Atto giudiziario in giacenza', term: 'atto giudiziario' },
    // Session 52: the summons to a hearing and the Italian writ of summons / payment injunction, named in full (mal52's court probes).
    { name: 'de: Ladung zur mündlichen Verhandlung', from: '"Landgericht" <x@mailer.example>', subject: 'Ladung zur mündlichen Verhandlung – Az. 3 O 112/26', term: 'ladung zur mundlichen verhandlung' },
    { name: 'it: atto di citazione', from: '"Tribunale" <x@mailer.example>', subject: 'Notifica atto di citazione n. 4471/2026', term: 'atto di citazione' },
    { name: 'it: decreto ingiuntivo', from: '"Studio Legale" <x@mailer.example>', subject: 'Decreto ingiuntivo a suo carico', term: 'decreto ingiuntivo' },
    { name: 'es: citación a juicio', from: '"Juzgado" <x@mailer.example>', subject: 'Citación a juicio verbal', term: 'citacion a juicio' },
    { name: 'en: summons', from: '"Judicial Notification" <x@mailer.example>', subject: 'Court summons: case #USDC-2026-78421', term: 'court summons' },
    { name: 'a link written as text', from: '"x" <x@mailer.example>', subject: 'Subpoena', body: 'Open https://docs.example-host.app/case now', term: 'subpoena' },
    // Must not.
    { name: 'pt: solicitação is not citação', from: '"Bradesco" <x@mailer.example>', subject: 'Solicitação de cartão disponível', term: null },
    { name: 'de: Einladung is not Ladung', from: '"Rossmann" <x@mailer.example>', subject: 'VIP-Einladung für Sie', term: null },
    { name: "a newspaper's headline", from: '"Daily News" <news@daily.example>', subject: 'Apple faces lawsuit in federal court', term: null },
    { name: 'es: emplazamiento of a shop', from: '"Tienda" <x@mailer.example>', subject: 'Nuevo emplazamiento de nuestra tienda', term: null },
    { name: 'de: a court hearing on the news', from: '"Tagesschau" <news@daily.example>', subject: 'Verhandlung am Landgericht vertagt', term: null },
    { name: 'es: a job call', from: '"RRHH" <x@mailer.example>', subject: 'Convocatoria de empleo 2025', term: null },
    { name: "the notice's link at the sender's own domain", from: '"Tribunal de Justiça" <intimacao@tjsp.example>', subject: 'Intimação eletrônica', body: '<a href="https://esaj.tjsp.example/intimacao">Ver</a>', term: null },
    { name: 'no link at all', from: '"x" <x@mailer.example>', subject: 'Intimação', body: '<p>Compareça ao fórum.</p>', term: null },
    { name: 'only a mailto link', from: '"x" <x@mailer.example>', subject: 'Summons', body: '<a href="mailto:clerk@court.example">clerk</a>', term: null },
  ];
  for (const row of rows) assert.equal(legalNotice(message(row.from, row.subject, row.body ?? LINK))?.term ?? null, row.term, row.name);
});

test('legal notice: the envelope read is bounded', () => {
  const long = `${'palavra '.repeat(300)}intimação`;
  assert.equal(legalNotice(message('"x" <x@mailer.example>', long, LINK)), null);
});

// Session 42 (issue 17): ja, read as substrings — the complaint, the summons, the court's payment order — never 裁判所 or 訴訟 alone.
const b64 = (s: string): string => `=?utf-8?B?${Buffer.from(s).toString('base64')}?=`;
test('legal notice: Japanese court documents in the envelope (table)', () => {
  const rows: { name: string; from: string; subject: string; term: string | null }[] = [
    { name: 'ja: 訴状のお知らせ', from: `${b64('東京地方裁判所')} <x@mailer.example>`, subject: b64('訴状のお知らせ'), term: '訴状' },
    { name: 'ja: 訴状送達 in the sender name', from: `${b64('訴状送達センター')} <x@mailer.example>`, subject: b64('重要なお知らせ'), term: '訴状' },
    { name: 'ja: 支払督促', from: `${b64('簡易裁判所')} <x@mailer.example>`, subject: b64('支払督促のお知らせ【重要】'), term: '支払督促' },
    { name: 'ja: 呼出状', from: `${b64('地方裁判所')} <x@mailer.example>`, subject: b64('期日呼出状の送付について'), term: '呼出状' },
    { name: 'ja: 訴訟提起', from: `${b64('法務事務所')} <x@mailer.example>`, subject: b64('訴訟提起のお知らせ'), term: '訴訟提起' },
    // Must not: news and service words.
    { name: 'ja: a news headline about a court', from: `${b64('ニュース速報')} <news@daily.example>`, subject: b64('最高裁判所が判決 訴訟の行方は'), term: null },
    { name: 'ja: a shop notice', from: `${b64('楽天市場')} <x@mailer.example>`, subject: b64('お支払い方法のお知らせ'), term: null },
  ];
  for (const row of rows) assert.equal(legalNotice(message(row.from, row.subject, LINK))?.term ?? null, row.term, row.name);
});
