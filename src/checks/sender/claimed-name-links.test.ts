import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrandRegistry } from '../../brands/registry.js';
import { defaultConfig } from '../../config/load.js';
import { buildLinkLists } from '../../links/lists/index.js';
import { parseMessage } from '../../mail/parse/index.js';
import { DEFAULT_PARSE_OPTIONS } from '../../mail/parse/test-helpers.js';
import { createScanner } from '../../runtime/index.js';
import { activeIds, assertCorpusRows } from '../../test-support/corpus-rows.js';
import { affixWords, claimedNameLink, domainSpellings } from './claimed-name-links.js';

/**
 * Session 65 (helper brand66), issue 17 item 1: the organisation the sender's name claims, dressed in a link's domain with a
 * billing, account or sign-in word, from a sender whose domain has nothing of it — for names no registry lists (Optus, 1&1,
 * Vivo, Iberdrola, Eneco are not in brands.json; a row below checks that they stay unregistered, or the rows test the registry).
 */

function raw(from: string, subject: string, html: string, extra: readonly string[] = []): Buffer {
  return Buffer.from(
    [...extra, `From: ${from}`, 'To: reader@example.net', `Subject: ${subject}`, 'Message-ID: <1@mail.example.net>', 'Date: Mon, 2 Jun 2025 08:00:00 +0000',
      'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', html, ''].join('\r\n'),
    'utf8',
  );
}

const config = defaultConfig();
const registry = buildBrandRegistry([], true);
const ctx = { registry, freemail: new Set(['gmail.com', 'outlook.com']), config: config.sender, qrLimits: config.links.qr, suspiciousTlds: buildLinkLists().suspiciousTlds };

test('claimed names of the rows are unregistered (else the rows test LOOKALIKE_LINK, not this reading)', () => {
  for (const name of ['Optus', '1&1', 'Vivo', 'Iberdrola', 'Eneco', 'Harmonie Mutuelle', 'Telstra']) {
    assert.deepEqual(registry.mentionsInDisplayName(name), [], name);
  }
});

test('domainSpellings: a name as a domain writes it (table)', () => {
  const rows: [string, string[]][] = [
    ['Optus', ['optus']],
    ['1&1', ['1und1', '1and1', '1n1']],
    ['Crédit', ['credit']],
    ['Müller', ['muller', 'mueller']],
    ['AT&T', ['atundt', 'atandt', 'atnt', 'att']],
    ['KPN', ['kpn']],
    ['Al', []],
    ['2024', []],
  ];
  for (const [word, expected] of rows) assert.deepEqual(domainSpellings(word).sort(), expected.sort(), word);
});

test('affixWords: only billing, account and sign-in words make the rest of a label; framing alone is not enough (table)', () => {
  const rows: [string, string[] | null][] = [
    ['-bills', ['bills']],
    ['-rechnung', ['rechnung']],
    ['my-pay', ['my', 'pay']],
    ['-au-billing24', ['au', 'billing']],
    ['-compte-securite', ['compte', 'securite']],
    ['mijn-betaling', ['mijn', 'betaling']],
    ['net-seikyu', ['net', 'seikyu']],
    // Must not: framing alone (the organisation's own sites, other businesses' names), or another word.
    ['net', null],
    ['-online', null],
    ['cliente', null],
    ['post', null],
    ['-summit', null],
    ['-fotografia', null],
    ['-outfitters', null],
    ['law', null],
  ];
  for (const [rest, expected] of rows) assert.deepEqual(affixWords(rest), expected, rest);
});

test('claimedNameLink: the claimed name dressed in a link, the sender unrelated; not its own domains, a tenant, a registered brand or framing alone (table)', () => {
  const rows: { name: string; from: string; subject?: string; signOff?: string; href: string; expected: string | null }[] = [
    { name: 'display name, name-hyphen-billing word on a cheap TLD', from: '"Optus Billing" <noreply@mail-srv42.net>', href: 'https://optus-bills.site/pay', expected: 'optus-bills.site' },
    { name: '1&1 written 1und1', from: '"1&1 Rechnung" <service@kundenpost-info.com>', href: 'https://1und1-rechnung.site/login', expected: '1und1-rechnung.site' },
    { name: 'Portuguese fatura', from: '"Vivo Fibra" <contato@envio-rapido.com.br>', href: 'https://vivo-fatura.online/pagar', expected: 'vivo-fatura.online' },
    { name: 'Dutch, "mijn" before the name, free mail', from: '"Eneco Klantenservice" <eneco.klantenservice@outlook.com>', href: 'https://mijneneco-betaling.com/', expected: 'mijneneco-betaling.com' },
    { name: 'French, two words added', from: '"Harmonie Mutuelle" <contact@serveur-envoi.fr>', href: 'https://harmonie-compte-securite.com/maj', expected: 'harmonie-compte-securite.com' },
    { name: 'a country and a number beside the billing word', from: '"Telstra Billing" <billing@au-notify.net>', href: 'https://telstra-au-billing24.com/update', expected: 'telstra-au-billing24.com' },
    { name: 'no display name: the subject names it', from: 'noreply@mail-srv42.net', subject: 'Optus: your bill is overdue', href: 'https://optus-pay.site/', expected: 'optus-pay.site' },
    { name: 'a role-word display name: the subject names it', from: '"Billing Department" <billing@mail-srv42.net>', subject: 'Your Optus bill', href: 'https://optus-pay.site/', expected: 'optus-pay.site' },
    { name: 'no display name: the sign-off names it', from: 'noreply@mail-srv42.net', signOff: '<p>Thanks,<br>The Optus Team</p>', href: 'https://optus-pay.site/', expected: 'optus-pay.site' },
    { name: 'a sign-off of a name written with a sign (Ihr 1&1 Team)', from: 'noreply@mail-srv42.net', signOff: '<p>Mit freundlichen Grüßen<br>Ihr 1&amp;1 Team</p>', href: 'https://1und1-rechnung.site/', expected: '1und1-rechnung.site' },
    { name: 'a sender address with no registrable domain answers for no one', from: '"Optus" <billing@optus>', href: 'https://optus-pay.site/', expected: 'optus-pay.site' },
    // Must not.
    { name: "the organisation's own domain in the sender", from: '"Optus" <billing@optus-mail.com.au>', href: 'https://optus-billing.com.au/view', expected: null },
    { name: "the organisation's own second domain (sender vivo.com.br)", from: '"Vivo" <comunicado@vivo.com.br>', href: 'https://meuvivo-fatura.com.br/ver', expected: null },
    { name: "an ESP's tracking host carrying the customer's name (a subdomain)", from: '"Northwind" <news@esp-sender.com>', href: 'https://northwind.e.esp-mail.com/c/1', expected: null },
    { name: 'the name alone under a classic or country suffix (its own site, linked from an ESP)', from: '"Optus" <billing@mail-srv42.net>', href: 'https://optus.com.au/', expected: null },
    { name: 'framing alone (a newsletter linking its own web site)', from: '"Ashfield" <superkeen@comics.example>', href: 'https://ashfieldonline.com/', expected: null },
    { name: "another business's word", from: '"Maria Santos" <maria.santos@gmail.com>', href: 'https://mariasantos-fotografia.com.br/', expected: null },
    { name: 'a subject naming what a person writes about', from: '"Rohit Khare" <khare@alumni.example.edu>', subject: 'Tim O\'Reilly and the pay debate', href: 'https://oreilly-pay.com/', expected: null },
    { name: 'a registered brand dressed is LOOKALIKE_LINK\'s', from: '"Ziggo Klantenservice" <info@klant-bericht.nl>', href: 'https://ziggo-verificatie.com/', expected: null },
    { name: "a person's name: the sign-off is not read", from: '"Jane Miller" <jane.miller@gmail.com>', signOff: '<p>Cheers,<br>Jane<br>Northwind Consulting</p>', href: 'https://northwind-billing.com/', expected: null },
    { name: 'a sentence at the end is no sign-off', from: 'noreply@mail-srv42.net', signOff: '<p>Questions about Optus plans? Reply to this mail.</p>', href: 'https://optus-pay.site/', expected: null },
    { name: 'role and billing words are no name', from: '"Billing Support" <billing@mail-srv42.net>', subject: 'Invoice', href: 'https://billing-support-pay.com/', expected: null },
  ];
  for (const row of rows) {
    const msg = parseMessage(raw(row.from, row.subject ?? 'Notice', `<p>Details <a href="${row.href}">here</a>.</p>${row.signOff ?? ''}`), DEFAULT_PARSE_OPTIONS);
    assert.equal(claimedNameLink(msg, ctx)?.link ?? null, row.expected, row.name);
  }
});

const noClassifier = { ...config, content: { ...config.content, classifier: { ...config.content.classifier, enabled: false } } };
const scanner = await createScanner({ config: noClassifier, services: { now: () => new Date('2025-06-02T08:00:00Z') } });
const trusted = await createScanner({ config: { ...noClassifier, trustedAuthservIds: ['mx.reader.example'] }, services: { now: () => new Date('2025-06-02T08:00:00Z') } });

test('PHISH_CLAIMED_NAME_ELSEWHERE: an unregistered organisation\'s bill on a page named after it is phishing by the rules alone; list mail, adverts and authenticated senders are not (table, classifier off)', async () => {
  const rows: { name: string; from: string; subject: string; html: string; extra?: string[]; authenticated?: boolean; expected: string[]; forbidden: string[]; verdict: string }[] = [
    {
      name: 'mal65\'s "Optus Billing" → optus-bills.site (clean at base)',
      from: '"Optus Billing" <noreply@mail-srv42.net>', subject: 'Your Optus bill is ready',
      html: '<p>Hi customer,</p><p>Your latest Optus bill of $84.20 is now available. Please review and pay by 12 June to avoid a late fee.</p><p><a href="https://optus-bills.site/account/pay">View my bill</a></p><p>Thanks,<br>Optus</p>',
      expected: ['URL_CLAIMED_NAME_DRESSED', 'PHISH_CLAIMED_NAME_ELSEWHERE'], forbidden: [], verdict: 'phishing',
    },
    {
      name: 'mal65\'s "1&1 Rechnung" → 1und1-rechnung.site (clean at base)',
      from: '"1&1 Rechnung" <service@kundenpost-info.com>', subject: 'Ihre 1&1 Rechnung vom Juni',
      html: '<p>Sehr geehrter Kunde,</p><p>Ihre aktuelle Rechnung von 1&amp;1 über 39,99 € steht bereit.</p><p><a href="https://1und1-rechnung.site/login">Rechnung ansehen</a></p><p>Ihr 1&amp;1 Team</p>',
      expected: ['URL_CLAIMED_NAME_DRESSED', 'PHISH_CLAIMED_NAME_ELSEWHERE'], forbidden: [], verdict: 'phishing',
    },
    {
      name: 'a refund under "Iberdrola Clientes" → iberdrola-reembolso.online (es)',
      from: '"Iberdrola Clientes" <avisos@notificaciones-web.es>', subject: 'Tiene un reembolso pendiente',
      html: '<p>Estimado cliente,</p><p>Hemos detectado un cobro duplicado en su factura. Tiene un reembolso de 48,20 € pendiente.</p><p><a href="https://iberdrola-reembolso.online/solicitar">Solicitar reembolso</a></p>',
      expected: ['PHISH_CLAIMED_NAME_ELSEWHERE'], forbidden: [], verdict: 'phishing',
    },
    // Must not.
    {
      name: 'a loyalty newsletter (list mail) linking the programme\'s own rewards domain',
      from: '"Northwind" <news@esp-sender.com>', subject: 'Your points this month',
      extra: ['List-Unsubscribe: <https://esp-sender.com/u/1>', 'List-Id: <northwind.esp-sender.com>'],
      html: '<p>Collect more points this month.</p><p><a href="https://northwind-rewards.com/">My rewards</a></p>',
      expected: ['URL_CLAIMED_NAME_DRESSED'], forbidden: ['PHISH_CLAIMED_NAME_ELSEWHERE'], verdict: 'clean',
    },
    {
      name: 'the same bill from an authenticated sender (its payment provider, DMARC pass)',
      from: '"Springfield Water" <noreply@paymentus-mail.example>', subject: 'Your Springfield Water bill',
      extra: ['Authentication-Results: mx.reader.example; spf=pass smtp.mailfrom=paymentus-mail.example; dkim=pass header.d=paymentus-mail.example; dmarc=pass header.from=paymentus-mail.example'],
      authenticated: true,
      html: '<p>Your water bill for May is ready.</p><p><a href="https://springfield-pay.example/">Pay bill</a></p>',
      expected: ['URL_CLAIMED_NAME_DRESSED'], forbidden: ['PHISH_CLAIMED_NAME_ELSEWHERE'], verdict: 'clean',
    },
    {
      name: "Optus's own newsletter: its own domain and an ESP's tracking host",
      from: '"Optus" <news@optus.com.au>', subject: 'Your Optus offers for June',
      html: '<p>New plans this month from Optus.</p><p><a href="https://www.optus.com.au/deals">See deals</a> <a href="https://optus.e.exacttarget.com/u/123">Unsubscribe</a></p>',
      expected: [], forbidden: ['URL_CLAIMED_NAME_DRESSED'], verdict: 'clean',
    },
  ];
  for (const row of rows) {
    const report = await (row.authenticated ? trusted : scanner).scan({ source: row.name, raw: raw(row.from, row.subject, row.html, ['Received: from out.sender.example (out.sender.example [203.0.113.9]) by mx.reader.example; Mon, 2 Jun 2025 07:59:00 +0000', ...(row.extra ?? [])]) });
    const ids = activeIds(report);
    for (const id of row.expected) assert.ok(ids.includes(id), `${row.name}: ${id} expected in ${ids.join(', ')}`);
    for (const id of row.forbidden) assert.ok(!ids.includes(id), `${row.name}: ${id} not expected in ${ids.join(', ')}`);
    assert.equal(report.verdict, row.verdict, `${row.name}: ${report.score} ${ids.join(', ')}`);
  }
});

// Honeypot messages (design rows) whose sender's name is echoed in a link's domain, none of them this reading's.
const corpus = [
  { file: 'sample-436.eml', expected: [], forbidden: ['URL_CLAIMED_NAME_DRESSED'], verdict: 'spam', why: '"Verisure Acompanha" via panfletovirtual.com, an alarm advert linking clienteverisure.com.br: a customer area is framing, no purpose word' },
];

test('claimed-name links: real honeypot messages', async (t) => {
  const full = await createScanner({ config, services: { now: () => new Date('2025-06-02T08:00:00Z') } });
  await assertCorpusRows(t, full, corpus);
});
