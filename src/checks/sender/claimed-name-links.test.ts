import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrandRegistry } from '../../brands/registry.js';
import { defaultConfig } from '../../config/load.js';
import { buildLinkLists } from '../../links/lists/index.js';
import { parseMessage } from '../../mail/parse/index.js';
import { DEFAULT_PARSE_OPTIONS } from '../../mail/parse/test-helpers.js';
import { createScanner } from '../../runtime/index.js';
import { activeIds, assertCorpusRows } from '../../test-support/corpus-rows.js';
import { affixWords, claimedNameLink, claimedNameSender, domainSpellings, nameInLabel } from './claimed-name-links.js';

/**
 * Session 65 (helper brand66), issue 17 item 1: the organisation the sender's name claims, dressed in a link's domain with a
 * billing, account or sign-in word, from a sender whose domain has nothing of it — for names no registry lists (Optus, 1&1,
 * Vivo, Iberdrola, Eneco are not in brands.json; a row below checks that they stay unregistered, or the rows test the registry).
 * Session 66 (helper brand67): the sender's own domain so dressed or misspelt (FROM_CLAIMED_NAME_DRESSED), the logo's alt text
 * as the claim, the bare name under a cheap suffix, and lookalike spellings of the claimed name (issue 17 items 1 and 9).
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
  for (const name of ['Optus', '1&1', 'Vivo', 'Iberdrola', 'Eneco', 'Harmonie Mutuelle', 'Telstra', 'Vattenfall', 'Samsung Pay']) {
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

test('nameInLabel: dressed, bare under a cheap suffix, or a lookalike of the claimed name; not another word, a plural, a person one letter away (table)', () => {
  const rows: [string, string, boolean, string | null, string?][] = [
    // label, name, cheap suffix, how (null: no), the name as the domain spells it
    ['optus-bills', 'optus', false, 'dressed'],
    ['optus', 'optus', true, 'bare'],
    ['optus-au', 'optus', true, 'bare'],
    ['mijneneco', 'eneco', true, 'bare'],
    ['0ptus-bills', 'optus', false, 'lookalike', '0ptus'],
    ['0ptus', 'optus', false, 'lookalike', '0ptus'],
    ['optvs', 'optus', true, 'lookalike', 'optvs'],
    ['myoptvs-pay', 'optus', false, 'lookalike', 'optvs'],
    ['lberdrola-pago', 'iberdrola', false, 'lookalike', 'lberdrola'],
    ['telstar-billing', 'telstra', false, 'lookalike', 'telstar'],
    ['vodafcne-rechnung24', 'vodafone', false, 'lookalike', 'vodafcne'],
    // Must not.
    ['optus', 'optus', false, null],
    ['optus-au', 'optus', false, null],
    ['optvs', 'optus', false, null],
    ['mario', 'maria', false, null],
    ['apples-pay', 'apple', false, null],
    ['northwinds', 'northwind', true, null],
    ['optics-pay', 'optus', false, null],
    ['viva-pay', 'vivo', false, null],
    ['optuslaw', 'optus', true, null],
    ['0ptus-summit', 'optus', false, null],
  ];
  for (const [label, name, cheap, how, spelled] of rows) {
    const found = nameInLabel(label, name, cheap);
    assert.equal(found?.how ?? null, how, `${label} / ${name}`);
    if (spelled) assert.equal(found?.spelled, spelled, `${label} / ${name}`);
  }
});

test('claimedNameLink: the claimed name dressed in a link, the sender unrelated; not its own domains, a tenant, a registered brand or framing alone (table)', () => {
  const rows: { name: string; from: string; subject?: string; signOff?: string; logo?: string; logoSrc?: string; href: string; expected: string | null }[] = [
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
    { name: 'the logo names it (no display name): its alt text', from: 'noreply@mail-srv42.net', signOff: '', logo: 'Optus logo', href: 'https://optus-bills.site/pay', expected: 'optus-bills.site' },
    { name: 'an embedded logo (cid:) names it', from: 'noreply@mail-srv42.net', logo: 'Optus', logoSrc: 'cid:logo1', href: 'https://optus-bills.site/pay', expected: 'optus-bills.site' },
    { name: 'the bare name under a cheap suffix', from: '"Optus" <billing@mail-srv42.net>', href: 'https://optus.site/', expected: 'optus.site' },
    { name: 'the name framed under a suspicious TLD', from: '"Optus" <billing@mail-srv42.net>', href: 'https://optus-au.top/', expected: 'optus-au.top' },
    { name: 'a digit for a letter', from: '"Optus" <billing@mail-srv42.net>', href: 'https://0ptus-bills.com/', expected: '0ptus-bills.com' },
    { name: 'a letter swapped, under a cheap suffix', from: '"Optus" <billing@mail-srv42.net>', href: 'https://optvs.site/', expected: 'optvs.site' },
    // Must not.
    { name: 'the bare name under a cheap suffix from free mail (a small firm\'s own site)', from: '"Optus" <optus.shop@gmail.com>', href: 'https://optus.site/', expected: null },
    { name: 'a logo after the display name named someone: not read', from: '"Jane Miller" <jane@mail-srv42.net>', logo: 'Optus', href: 'https://optus-bills.site/', expected: null },
    { name: 'a picture whose alt text is a sentence', from: 'noreply@mail-srv42.net', logo: 'Pay your Optus bill today before it is late', href: 'https://optus-bills.site/', expected: null },
    { name: 'a person one letter from the linked word', from: '"Maria Santos" <maria@mail-srv42.net>', href: 'https://mario.com/album', expected: null },
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
    const logo = row.logo ? `<img src="${row.logoSrc ?? 'https://cdn-img.example/logo.png'}" alt="${row.logo}" width="120" height="40">` : '';
    const msg = parseMessage(raw(row.from, row.subject ?? 'Notice', `${logo}<p>Details <a href="${row.href}">here</a>.</p>${row.signOff ?? ''}`), DEFAULT_PARSE_OPTIONS);
    assert.equal(claimedNameLink(msg, ctx)?.link ?? null, row.expected, row.name);
  }
});

test('claimedNameSender: the sender writes from the claimed name dressed or misspelt; not the organisation\'s own name, the bare name, free mail or a registered brand (table)', () => {
  const rows: { name: string; from: string; subject?: string; expected: string | null }[] = [
    { name: 'the name with a billing word', from: '"Optus" <billing@optus-bills.site>', expected: 'optus-bills.site' },
    { name: '1&1 written 1und1, with Rechnung', from: '"1&1" <service@1und1-rechnung.com>', expected: '1und1-rechnung.com' },
    { name: 'Portuguese fatura under a country suffix', from: '"Vivo" <contato@vivo-fatura.com.br>', expected: 'vivo-fatura.com.br' },
    { name: 'a digit for a letter, nothing added', from: '"Optus" <billing@0ptus.com>', expected: '0ptus.com' },
    { name: 'the display name\'s own words under a cheap suffix', from: '"Optus Billing" <billing@optus-billing.site>', expected: 'optus-billing.site' },
    { name: 'no display name: the subject names it', from: 'billing@optus-pay.site', subject: 'Your Optus bill', expected: 'optus-pay.site' },
    { name: 'a doubled letter dropped (pot sample-4196: "Scroll" <noreply@scrol.io>)', from: '"Scroll" <noreply@scrol.io>', expected: 'scrol.io' },
    // Must not.
    { name: 'the organisation\'s name is a word and a purpose word (Mercado Pago)', from: '"Mercado Pago" <info@mercadopago.com.br>', expected: null },
    { name: 'Samsung Pay from its own domain', from: '"Samsung Pay" <no-reply@samsungpay.com>', expected: null },
    { name: 'the bare name on a cheap suffix is an organisation\'s own domain', from: '"Acme" <info@acme.xyz>', expected: null },
    { name: 'framing words only (the organisation\'s own site)', from: '"Optus" <news@optus-online.com.au>', expected: null },
    { name: 'free mail', from: '"Optus" <optus.billing@gmail.com>', expected: null },
    { name: 'a registered brand is LOOKALIKE\'s', from: '"Ziggo" <info@ziggo-verificatie.com>', expected: null },
    { name: 'a person one letter from the domain', from: '"Maria Santos" <maria@mario.com>', expected: null },
    { name: 'a person\'s name one letter swapped, nothing added', from: '"Daniel Marcus" <dm@danieI-marcos.com>', expected: null },
  ];
  for (const row of rows) {
    const msg = parseMessage(raw(row.from, row.subject ?? 'Notice', '<p>Details <a href="https://elsewhere-portal.example/">here</a>.</p>'), DEFAULT_PARSE_OPTIONS);
    assert.equal(claimedNameSender(msg, ctx)?.link ?? null, row.expected, row.name);
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
    {
      name: 'brand67: the sender at the dressed name, the link elsewhere (pt: vivo-fatura.com.br)',
      from: '"Vivo" <contato@vivo-fatura.com.br>', subject: 'Sua fatura chegou',
      html: '<p>Olá, sua fatura de R$ 129,90 vence amanhã. Evite o bloqueio da linha.</p><p><a href="https://pagamento-rapido.online/boleto">Pagar fatura</a></p>',
      expected: ['FROM_CLAIMED_NAME_DRESSED', 'PHISH_CLAIMED_NAME_ELSEWHERE'], forbidden: ['URL_CLAIMED_NAME_DRESSED'], verdict: 'phishing',
    },
    {
      name: 'brand67: the sender misspelt with digits (de: "Vattenfall Kundenservice" <…@vattenfa11-kundenservice.com>)',
      from: '"Vattenfall Kundenservice" <rechnung@vattenfa11-kundenservice.com>', subject: 'Ihre Rechnung ist da',
      html: '<p>Sehr geehrter Kunde,</p><p>Ihre aktuelle Rechnung über 39,99 € steht bereit. Bitte zahlen Sie bis zum 12. Juni.</p><p><a href="https://kunden-portal-login.top/r">Rechnung ansehen</a></p>',
      expected: ['FROM_CLAIMED_NAME_DRESSED', 'PHISH_CLAIMED_NAME_ELSEWHERE'], forbidden: [], verdict: 'phishing',
    },
    {
      name: 'brand67: the logo\'s alt text is the only claim (es: Iberdrola, a role-word sender name)',
      from: '"Atención al cliente" <avisos@notificaciones-web.es>', subject: 'Tiene un reembolso pendiente',
      html: '<img src="https://cdn-img.example/i.png" alt="Iberdrola" width="150" height="50"><p>Estimado cliente, tiene un reembolso de 48,20 € pendiente.</p><p><a href="https://iberdrola-reembolso.online/s">Solicitar reembolso</a></p>',
      expected: ['URL_CLAIMED_NAME_DRESSED', 'PHISH_CLAIMED_NAME_ELSEWHERE'], forbidden: [], verdict: 'phishing',
    },
    {
      name: 'brand67: the bare name under a cheap suffix (nl: mijneneco.online)',
      from: '"Eneco" <info@klant-bericht.nl>', subject: 'Uw factuur staat klaar',
      html: '<p>Beste klant, uw factuur van € 84,20 staat klaar. Betaal voor 12 juni om extra kosten te voorkomen.</p><p><a href="https://mijneneco.online/factuur">Bekijk factuur</a></p>',
      expected: ['URL_CLAIMED_NAME_DRESSED', 'PHISH_CLAIMED_NAME_ELSEWHERE'], forbidden: [], verdict: 'phishing',
    },
    {
      name: 'brand67: a lookalike of the claimed name (fr: harrnonie-remboursement.com under "Harmonie Mutuelle")',
      from: '"Harmonie Mutuelle" <contact@serveur-envoi.fr>', subject: 'Remboursement en attente',
      html: '<p>Bonjour, un remboursement de 48,20 € est en attente. Confirmez vos coordonnées bancaires.</p><p><a href="https://harrnonie-remboursement.com/x">Accéder</a></p>',
      expected: ['URL_CLAIMED_NAME_DRESSED', 'PHISH_CLAIMED_NAME_ELSEWHERE'], forbidden: [], verdict: 'phishing',
    },
    {
      name: 'brand67: a lookalike under a cheap suffix (ja letter: optvs.site under "Optus")',
      from: '"Optus" <info@mail-jp-notice.net>', subject: 'ご請求のお知らせ',
      html: '<p>お客様のご請求額は 8,420 円です。6月12日までにお支払いください。</p><p><a href="https://optvs.site/pay">ご請求を確認</a></p>',
      expected: ['URL_CLAIMED_NAME_DRESSED', 'PHISH_CLAIMED_NAME_ELSEWHERE'], forbidden: [], verdict: 'phishing',
    },
    // Must not.
    {
      name: 'brand67: the organisation\'s own newsletter from its ESP, its logo\'s alt text, its own site (list mail)',
      from: 'news@esp-sender.com', subject: 'New plans this month',
      extra: ['List-Unsubscribe: <https://esp-sender.com/u/1>'],
      html: '<img src="https://esp-sender.com/img/logo.png" alt="Optus" width="120" height="40"><p>New plans this month.</p><p><a href="https://www.optus.com.au/deals">See deals</a> <a href="https://esp-sender.com/u/1">Unsubscribe</a></p>',
      expected: [], forbidden: ['URL_CLAIMED_NAME_DRESSED', 'FROM_CLAIMED_NAME_DRESSED'], verdict: 'clean',
    },
    {
      name: 'brand67: a reseller\'s partner site (optuspartner.com.au: another business\'s word)',
      from: '"Mobile Deals" <sales@mobiledeals.com.au>', subject: 'Optus SIM offers',
      html: '<p>Great Optus SIM plans from $25.</p><p><a href="https://optuspartner.com.au/plans">See plans</a></p>',
      expected: [], forbidden: ['URL_CLAIMED_NAME_DRESSED', 'FROM_CLAIMED_NAME_DRESSED'], verdict: 'clean',
    },
    {
      name: 'brand67: Samsung Pay from its own domain (the name is a word and a purpose word, as Mercado Pago\'s)',
      from: '"Samsung Pay" <no-reply@samsungpay.com>', subject: 'Your receipt',
      html: '<p>You paid $50.00 at Corner Cafe.</p><p><a href="https://www.samsungpay.com/activity">View</a></p>',
      expected: [], forbidden: ['URL_CLAIMED_NAME_DRESSED', 'FROM_CLAIMED_NAME_DRESSED'], verdict: 'clean',
    },
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
  // Session 66 (brand67): the sender's own domain a folded spelling of its display name; and the bare name under a classic
  // suffix, which is the organisation's real site (never read: the loose survey found it in 317 SpamAssassin ham).
  { file: 'sample-4196.eml', expected: ['FROM_CLAIMED_NAME_DRESSED', 'PHISH_CLAIMED_NAME_ELSEWHERE'], forbidden: [], verdict: 'phishing', why: '"Scroll" <noreply@scrol.io>: a crypto claim from the name with a doubled letter dropped (phishing already by other findings)' },
  { file: 'sample-1353.eml', expected: [], forbidden: ['URL_CLAIMED_NAME_DRESSED', 'FROM_CLAIMED_NAME_DRESSED'], verdict: 'clean', why: 'genuine: "FTX" notices from the claims agent kroll.com linking ftx.com (the bare name under .com)' },
  { file: 'sample-5506.eml', expected: [], forbidden: ['URL_CLAIMED_NAME_DRESSED', 'FROM_CLAIMED_NAME_DRESSED'], verdict: 'spam', why: 'genuine: "CoolWallet" from coolbitx.com linking coolwallet.io (the bare name under .io)' },
];

test('claimed-name links: real honeypot messages', async (t) => {
  const full = await createScanner({ config, services: { now: () => new Date('2025-06-02T08:00:00Z') } });
  await assertCorpusRows(t, full, corpus);
});
