import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig, resolveConfig } from '../config/load.js';
import { startTestDnsServer } from '../test-support/dns-server.js';
import { createScanner } from './index.js';
import { buildServices } from './services.js';

test('by default no network service is built: the scan is offline', async () => {
  const services = await buildServices(defaultConfig());
  for (const port of ['dns', 'clamd', 'redirects', 'domainAge'] as const) assert.equal(services[port], undefined, port);
  assert.deepEqual(Object.keys(services).sort(), ['brands', 'classifierModel', 'freemail', 'knownBadHashes', 'linkLists', 'now']);
});

test('with dns enabled, SPF and DMARC are verified over real DNS queries to the configured server', async () => {
  const server = await startTestDnsServer({
    'example.org': { TXT: ['v=spf1 ip4:203.0.113.5 -all'] },
    '_dmarc.example.org': { TXT: ['v=DMARC1; p=reject'] },
  });
  try {
    const config = resolveConfig({ dns: { enabled: true, servers: [server.address], timeoutMs: 1000, tries: 1 } });
    const scanner = await createScanner({ config });
    const message = (ip: string) =>
      new TextEncoder().encode(
        [
          `Received: from mail.example.org (mail.example.org [${ip}]) by mx.example.net; Mon, 23 Nov 2026 10:00:05 +0000`,
          'Return-Path: <alice@example.org>',
          'From: Alice <alice@example.org>',
          'To: bob@example.net',
          'Subject: hello',
          'Date: Mon, 23 Nov 2026 10:00:00 +0000',
          'Message-ID: <1@example.org>',
          '',
          'hi',
          '',
        ].join('\r\n'),
      );
    const forged = await scanner.scan({ source: 'forged', raw: message('198.51.100.9') });
    const forgedIds = forged.findings.map((f) => f.id);
    assert.ok(forgedIds.includes('AUTH_SPF_FAIL'), forgedIds.join(', '));
    assert.ok(forgedIds.includes('AUTH_DMARC_FAIL_ENFORCED'), forgedIds.join(', '));
    const genuine = await scanner.scan({ source: 'genuine', raw: message('203.0.113.5') });
    const genuineIds = genuine.findings.map((f) => f.id);
    assert.ok(genuineIds.includes('AUTH_SPF_PASS'), genuineIds.join(', '));
    assert.ok(genuineIds.includes('AUTH_DMARC_PASS'), genuineIds.join(', '));
    assert.ok(server.queries.includes('example.org TXT'), server.queries.join(', '));
    assert.ok(server.queries.includes('_dmarc.example.org TXT'), server.queries.join(', '));
  } finally {
    await server.close();
  }
});
