import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseReceived } from './received.js';

test('Received hops from real MTAs (table)', () => {
  const rows: { input: string; expected: Record<string, unknown> }[] = [
    {
      input: 'from mail.example.com (mail.example.com [192.0.2.1]) by mx.example.net (Postfix) with ESMTPS id 4F1; Tue, 1 Jul 2003 10:52:37 +0200',
      expected: { helo: 'mail.example.com', rdns: 'mail.example.com', ip: '192.0.2.1', by: 'mx.example.net', protocol: 'ESMTPS', wellFormed: true },
    },
    {
      input: 'from helo.example (unknown [198.51.100.7]) by mx.example.net with SMTP id x for <victim@example.net>; Tue, 1 Jul 2003 10:52:37 +0200',
      expected: { helo: 'helo.example', rdns: undefined, ip: '198.51.100.7', for: 'victim@example.net' },
    },
    {
      input: 'from rdns.example ([203.0.113.9] helo=fake.helo) by mx.example.net with esmtp (Exim 4.96) id 1abc; Tue, 01 Jul 2003 10:52:37 +0000',
      expected: { helo: 'fake.helo', rdns: 'rdns.example', ip: '203.0.113.9', protocol: 'esmtp' },
    },
    {
      input: 'from unknown (HELO pc123) (192.0.2.55) by mail.example.org with SMTP; 16 Dec 2002 14:31:36 -0000',
      expected: { helo: 'pc123', rdns: undefined, ip: '192.0.2.55', by: 'mail.example.org' },
    },
    {
      input: 'from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx.google.com with SMTPS id a1sor for <x@gmail.com> (Google Transport Security); Mon, 2 Jan 2006 15:04:05 -0800 (PST)',
      expected: { helo: 'mail-sor-f41.google.com', rdns: 'mail-sor-f41.google.com', ip: '209.85.220.41', for: 'x@gmail.com' },
    },
    {
      input: 'from client.example (client.example [IPv6:2001:db8::25]) by mx.example.net (Postfix) with ESMTP; Mon, 2 Jan 2006 15:04:05 +0000',
      expected: { ip: '2001:db8::25', rdns: 'client.example' },
    },
    {
      input: 'from NAM12-BN8-obe.outbound.protection.outlook.com (2603:10b6:408:e6::14) by BN8PR12MB.namprd12.prod.outlook.com (2603:10b6:408:9f::19) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7 via Frontend Transport; Mon, 2 Jan 2006 15:04:05 +0000',
      expected: { ip: '2603:10b6:408:e6::14', by: 'bn8pr12mb.namprd12.prod.outlook.com', protocol: 'Microsoft' },
    },
    {
      input: 'from [192.0.2.9] (port=4321 helo=[192.0.2.9]) by mx.example with esmtpa; Mon, 2 Jan 2006 15:04:05 +0000',
      expected: { ip: '192.0.2.9', helo: '[192.0.2.9]' },
    },
    { input: 'from mpehp1.example (root@130.183.70.10) by o05.example with SMTP; 16 Dec 2002 14:31:36 -0000', expected: { ip: '130.183.70.10' } },
    {
      input: 'from dogma.example.org [212.17.35.15] by localhost with IMAP (fetchmail-5.7.4) for jm@localhost (single-drop); Fri, 07 Dec 2001 10:43:12 +0000',
      expected: { helo: 'dogma.example.org', ip: '212.17.35.15', by: 'localhost', protocol: 'IMAP', for: 'jm@localhost' },
    },
    { input: 'by mx.example.net with LMTP id abc; Mon, 2 Jan 2006 15:04:05 +0000', expected: { by: 'mx.example.net', protocol: 'LMTP', wellFormed: true } },
    { input: 'garbage without structure', expected: { wellFormed: false, date: null } },
    { input: 'from x by y; not a date', expected: { wellFormed: false, date: null } },
  ];
  for (const row of rows) {
    const hop = parseReceived(row.input) as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(row.expected)) assert.deepEqual(hop[key], value, `${key} in ${row.input}`);
  }
  assert.equal(parseReceived('by a; Mon, 2 Jan 2006 15:04:05 +0000').date?.toISOString(), '2006-01-02T15:04:05.000Z');
});
