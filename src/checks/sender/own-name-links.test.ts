import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { parseMessage } from '../../mail/parse/index.js';
import { DEFAULT_PARSE_OPTIONS } from '../../mail/parse/test-helpers.js';
import { createScanner } from '../../runtime/index.js';
import { activeIds } from '../../test-support/corpus-rows.js';
import { buildBrandRegistry } from '../../brands/registry.js';
import { ownNameLink } from './own-name-links.js';

function raw(from: string, html: string): Buffer {
  return Buffer.from(
    [`From: ${from}`, 'To: reader@example.net', 'Subject: Notice', 'Message-ID: <1@mail.example.net>', 'Date: Mon, 2 Jun 2025 08:00:00 +0000',
      'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', html, ''].join('\r\n'),
    'utf8',
  );
}

const config = defaultConfig();
const ctx = {
  registry: buildBrandRegistry([], true),
  freemail: new Set(['gmail.com', 'hotmail.com']),
  config: config.sender,
  qrLimits: config.links.qr,
};

test("ownNameLink: a link to the sender's own domain name with words added; not the sender's own, a known brand's own, free mail or a short name (table)", () => {
  const rows: { name: string; from: string; href: string; expected: string | null }[] = [
    { name: 'a word before, hyphenated', from: 'support-team@exampletrust.com', href: 'http://confirm-exampletrust.com/login', expected: 'confirm-exampletrust.com' },
    { name: 'a word after, hyphenated', from: 'online-banking@lasallebank.com', href: 'http://lasallebank-online.com/', expected: 'lasallebank-online.com' },
    { name: 'letters added without a hyphen', from: 'alerts@southtrust.com', href: 'http://www.southtrust4u.com/', expected: 'southtrust4u.com' },
    // Must not.
    { name: "the sender's own domain", from: 'alerts@exampletrust.com', href: 'https://secure.exampletrust.com/', expected: null },
    { name: 'the same name under another suffix', from: 'alerts@exampletrust.de', href: 'https://exampletrust.com/', expected: null },
    { name: "a known brand's own other domain (eBay's ebaystatic.com)", from: 'news@ebay.com', href: 'https://pics.ebaystatic.com/logo.gif', expected: null },
    { name: 'free mail borrows no organisation', from: 'someone@gmail.com', href: 'https://gmailhelp.com/', expected: null },
    { name: 'a name too short to mean anything inside another', from: 'desk@bank.com', href: 'https://bankrate.com/', expected: null },
  ];
  for (const row of rows) {
    const msg = parseMessage(raw(row.from, `<p>Read more <a href="${row.href}">here</a>.</p>`), DEFAULT_PARSE_OPTIONS);
    assert.equal(ownNameLink(msg, ctx)?.link ?? null, row.expected, row.name);
  }
});

const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-06-02T08:00:00Z') } });

test('PHISH_SENDER_NAME_LINK_LURE: the account lure whose link is the sender name dressed up; the same link without a lure is one weak point (table)', async () => {
  const rows: { name: string; from: string; html: string; expected: string[]; forbidden: string[]; verdict: string }[] = [
    {
      name: "a bank kit's account review linking confirm-<sender>.com",
      from: 'support <support-team@exampletrust.com>',
      html: '<p>Dear Online Customer: As part of our continuing commitment to protect your account and to reduce the instance of fraud on our website, we are undertaking a period review of our member accounts. You are requested to visit our new site and fill in the required information.</p><p><a href="http://confirm-exampletrust.com/signon">Click here to confirm account information</a>.</p><p>You have 2 days to enter the required information or your bank account will be locked.</p>',
      expected: ['PHISH_SENDER_NAME_LINK_LURE'],
      forbidden: [],
      verdict: 'phishing',
    },
    {
      name: "a project's news linking its foundation's own domain",
      from: 'Perl News <news@exampleperl.org>',
      html: '<p>The conference programme is out: talks on the new regex engine, a testing workshop and the lightning talks. The foundation thanks this year\'s sponsors; read the report on <a href="https://www.exampleperlfoundation.org/report">the foundation\'s site</a>.</p>',
      expected: ['URL_SENDER_NAME_DRESSED'],
      forbidden: ['PHISH_SENDER_NAME_LINK_LURE'],
      verdict: 'clean',
    },
  ];
  for (const row of rows) {
    const report = await scanner.scan({ source: row.name, raw: raw(row.from, row.html) });
    const ids = activeIds(report);
    for (const id of row.expected) assert.ok(ids.includes(id), `${row.name}: ${id} expected in ${ids.join(', ')}`);
    for (const id of row.forbidden) assert.ok(!ids.includes(id), `${row.name}: ${id} not expected`);
    assert.equal(report.verdict, row.verdict, `${row.name}: ${ids.join(', ')}`);
  }
});
