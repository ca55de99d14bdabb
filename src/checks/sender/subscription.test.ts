import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import type { FindingId } from '../../core/finding-ids.js';
import { parseMessage } from '../../mail/parse/index.js';
import { DEFAULT_PARSE_OPTIONS } from '../../mail/parse/test-helpers.js';
import type { Envelope } from '../../mail/types.js';
import { scoreFindings } from '../../score/score.js';
import { buildScoreTable, CATALOGUE } from '../../score/table.js';
import { subAddressTag, subscribedAddress } from './subscription.js';

const FREEMAIL = new Set(['gmail.com', 'yahoo.com']);

/** The recipient's edge (mx.example.org) recording a client; older hops and headers follow as the sender wrote them. */
const edge = (client: string, rcpt: string, by = 'mx.example.org') =>
  `Received: from ${client} by ${by} (Postfix) with ESMTP id 4AB12 for <${rcpt}>; Fri, 6 Sep 2002 11:29:04 -0500`;
const VERIFIED = 'pebble.shopmart.com (pebble.shopmart.com [206.15.104.27])';

function message(received: string[], from = 'News <news@mailings.shopmart.com>', to = 'bob+shopmart@example.org', returnPath = 'bounce@mailings.shopmart.com') {
  return parseMessage(
    Buffer.from([`Return-Path: <${returnPath}>`, ...received, `From: ${from}`, `To: ${to}`, 'Subject: This week', '', 'body', ''].join('\r\n')),
    DEFAULT_PARSE_OPTIONS,
  );
}

test('subAddressTag: after the first +, else after the first -, letters and digits only', () => {
  const rows: [string, string][] = [
    ['bob+shopmart@example.org', 'shopmart'],
    ['jm-apple@jmason.org', 'apple'],
    ['bob+shop-mart@example.org', 'shopmart'],
    ['Bob+ShopMart@Example.org', 'shopmart'],
    ['bob@example.org', ''],
    ['+shopmart@example.org', ''],
  ];
  for (const [address, tag] of rows) assert.equal(subAddressTag(address), tag, address);
});

test('subscribedAddress: the tagged envelope address used by the organisation it names, from its own server; forged variants get nothing (table)', () => {
  const rows: { name: string; received: string[]; from?: string; to?: string; returnPath?: string; trusted?: string[]; envelope?: Envelope; expected: string | null }[] = [
    { name: "the edge hop's for <…> names the client's organisation", received: [edge(VERIFIED, 'bob+shopmart@example.org')], expected: 'shopmart.com' },
    { name: "qmail's - delimiter", received: [edge(VERIFIED, 'bob-shopmart@example.org')], to: 'bob-shopmart@example.org', expected: 'shopmart.com' },
    {
      name: 'hops from loopback and private addresses above it (a fetcher, an internal relay) are the recipient\'s own',
      received: ['Received: from localhost (jalapeno [127.0.0.1]) by jmason.org (Postfix) with ESMTP id C9 for <jm@localhost>; Fri, 6 Sep 2002 11:30:04 -0500', 'Received: from relay (relay.example.org [10.0.0.5]) by mbox.example.org with ESMTP; Fri, 6 Sep 2002 11:29:30 -0500', edge(VERIFIED, 'bob+shopmart@example.org')],
      expected: 'shopmart.com',
    },
    { name: 'only the Return-Path is at the organisation (an own list server)', received: [edge(VERIFIED, 'bob+shopmart@example.org')], from: 'Editor <editor@example.net>', expected: 'shopmart.com' },
    {
      name: 'trusted relays configured: the first hop whose client is not one of them',
      received: ['Received: from mx.example.org (mx.example.org [198.51.100.7]) by mbox.example.org with ESMTP; Fri, 6 Sep 2002 11:29:30 -0500', edge(VERIFIED, 'bob+shopmart@example.org')],
      trusted: ['mx.example.org', 'mbox.example.org'],
      expected: 'shopmart.com',
    },
    {
      name: "the milter's envelope: the MTA's client name and RCPT TO",
      received: [],
      envelope: { clientIp: '206.15.104.27', clientHostname: 'pebble.shopmart.com', rcptTo: ['<bob+shopmart@example.org>'] },
      expected: 'shopmart.com',
    },
    // Must not: anything the sender writes.
    { name: 'the tag only in the To header (the envelope went to the plain address)', received: [edge(VERIFIED, 'bob@example.org')], expected: null },
    { name: 'the tag names another organisation', received: [edge(VERIFIED, 'bob+other@example.org')], to: 'bob+other@example.org', expected: null },
    { name: 'the client named only by its HELO (no reverse DNS recorded)', received: [edge('pebble.shopmart.com ([206.15.104.27])', 'bob+shopmart@example.org')], expected: null },
    { name: 'reverse DNS the MTA marked (may be forged)', received: [edge('pebble.shopmart.com (pebble.shopmart.com [206.15.104.27] (may be forged))', 'bob+shopmart@example.org')], expected: null },
    { name: 'reverse DNS unknown', received: [edge('pebble.shopmart.com (unknown [206.15.104.27])', 'bob+shopmart@example.org')], expected: null },
    {
      name: "an older hop the sender wrote below our edge, whose client is the spammer's",
      received: [edge('dsl-1-2.isp.example (dsl-1-2.isp.example [203.0.113.9])', 'bob+shopmart@example.org'), edge(VERIFIED, 'bob+shopmart@example.org', 'mx.shopmart.com')],
      expected: null,
    },
    {
      name: "the organisation's server relaying someone else's mail (From and Return-Path elsewhere)",
      received: [edge(VERIFIED, 'bob+shopmart@example.org')],
      from: 'Deals <deals@spam.example>',
      returnPath: 'b@spam.example',
      expected: null,
    },
    { name: "a free-mail organisation is anyone's", received: [edge('mail.yahoo.com (mail.yahoo.com [216.115.105.2])', 'bob+yahoo@example.org')], from: 'x <x@yahoo.com>', to: 'bob+yahoo@example.org', expected: null },
    {
      name: 'trusted relays configured and the edge hop not added by one of them',
      received: [edge(VERIFIED, 'bob+shopmart@example.org', 'relay.elsewhere.example')],
      trusted: ['mx.example.org'],
      expected: null,
    },
    {
      name: "the milter's envelope wins over a Received the sender wrote",
      received: [edge(VERIFIED, 'bob+shopmart@example.org')],
      envelope: { clientIp: '203.0.113.9', clientHostname: 'dsl-1-2.isp.example', rcptTo: ['<bob+shopmart@example.org>'] },
      expected: null,
    },
  ];
  for (const row of rows) {
    const msg = message(row.received, row.from, row.to, row.returnPath);
    if (row.envelope) msg.envelope = row.envelope;
    assert.equal(subscribedAddress(msg, row.trusted ?? [], FREEMAIL)?.organisation ?? null, row.expected, row.name);
  }
});

test('CONTENT_CLASSIFIER_SPAM_SUBSCRIBED: only the classifier\'s spam vote is tempered (to its low band); other findings and phishing stay (table)', () => {
  const table = buildScoreTable(CATALOGUE, defaultConfig().thresholds);
  const rows: { why: string; ids: FindingId[]; score: number; verdict: string }[] = [
    { why: 'a subscribed newsletter the classifier alone calls spam', ids: ['FROM_SUBSCRIBED_ADDRESS', 'CONTENT_CLASSIFIER_SPAM'], score: 4.5, verdict: 'clean' },
    { why: 'the high band too', ids: ['FROM_SUBSCRIBED_ADDRESS', 'CONTENT_CLASSIFIER_SPAM_HIGH'], score: 4.5, verdict: 'clean' },
    { why: 'the low band is left as it is', ids: ['FROM_SUBSCRIBED_ADDRESS', 'CONTENT_CLASSIFIER_SPAM_LOW'], score: 4.5, verdict: 'clean' },
    { why: 'without the subscription the vote is whole', ids: ['CONTENT_CLASSIFIER_SPAM'], score: 6, verdict: 'spam' },
    { why: 'other spam signs still add up', ids: ['FROM_SUBSCRIBED_ADDRESS', 'CONTENT_CLASSIFIER_SPAM', 'CONTENT_SPAM_TERMS'], score: 6.5, verdict: 'spam' },
    {
      why: 'a phishing composite that names the vote still fires',
      ids: ['FROM_SUBSCRIBED_ADDRESS', 'CONTENT_CLASSIFIER_SPAM', 'CONTENT_CATEGORY_PHISHING'],
      score: scoreFindings(['CONTENT_CLASSIFIER_SPAM', 'CONTENT_CATEGORY_PHISHING'].map((id) => ({ id, evidence: 't' })), table).score - 1.5,
      verdict: 'phishing',
    },
  ];
  for (const row of rows) {
    const result = scoreFindings(row.ids.map((id) => ({ id, evidence: 't' })), table);
    assert.equal(result.score, row.score, `${row.why}: ${result.findings.map((f) => `${f.id}(${f.score})`).join(' ')}`);
    assert.equal(result.verdict, row.verdict, row.why);
  }
});
