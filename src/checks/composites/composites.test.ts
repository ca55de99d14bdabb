import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';

const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2007-03-02T12:00:00Z') } });

function paypalNotice(link: string): Uint8Array {
  return new TextEncoder().encode(
    [
      'Received: from mx.example.net (mx.example.net [203.0.113.2]) by mail.example.org; Fri, 2 Mar 2007 10:00:05 +0000',
      'From: PayPal <service@paypal.com>',
      'To: customer@example.org',
      'Subject: PayPal Account Security Measures',
      'Date: Fri, 2 Mar 2007 10:00:00 +0000',
      'Message-ID: <notice.1@paypal.com>',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Dear PayPal member,</p><p>We noticed unusual activity. Your account has been limited. To restore access, please verify your account information and confirm your identity within 48 hours or your account will be suspended.</p>',
      `<p><a href="${link}">Log in to your account</a></p>`,
      '',
    ].join('\r\n'),
  );
}

test('brand sender + credential lure + a link to a raw IP address: phishing, with the composites explaining why', async () => {
  const report = await scanner.scan({ source: 'spoof', raw: paypalNotice('http://211.233.0.19/.paypal/cgi-bin/webscr.php') });
  const ids = report.findings.map((f) => f.id);
  assert.ok(ids.includes('PHISH_BRAND_SENDER_DECEPTIVE_LINK'), ids.join(', '));
  assert.ok(ids.includes('PHISH_CREDENTIAL_LURE_DECEPTIVE_LINK'), ids.join(', '));
  assert.equal(report.verdict, 'phishing');
});

test('the same notice linking to the brand itself, DMARC-authenticated by a trusted host, raises no phishing composite', async () => {
  const trusted = await createScanner({ config: { ...defaultConfig(), trustedAuthservIds: ['mail.example.org'] }, services: { now: () => new Date('2007-03-02T12:00:00Z') } });
  const ar = 'Authentication-Results: mail.example.org; spf=pass smtp.mailfrom=paypal.com; dkim=pass header.d=paypal.com; dmarc=pass header.from=paypal.com\r\n';
  const raw = new TextEncoder().encode(ar + new TextDecoder().decode(paypalNotice('https://www.paypal.com/signin')));
  const report = await trusted.scan({ source: 'genuine', raw });
  const ids = report.findings.filter((f) => !f.replacedBy).map((f) => f.id);
  assert.ok(ids.includes('FROM_BRAND_AUTHENTICATED'), ids.join(', '));
  for (const id of ids) assert.ok(!id.startsWith('PHISH_') && id !== 'FROM_BRAND_UNAUTHENTICATED', ids.join(', '));
  assert.notEqual(report.verdict, 'phishing');
});

test("issue 17: the same notice at the brand's own domain with nothing authenticating it is impersonation", async () => {
  const report = await scanner.scan({ source: 'unauthenticated', raw: paypalNotice('https://www.paypal.com/signin') });
  const ids = report.findings.filter((f) => !f.replacedBy).map((f) => f.id);
  for (const id of ['FROM_BRAND_OWN_DOMAIN', 'FROM_BRAND_UNAUTHENTICATED', 'PHISH_IMPERSONATION_CREDENTIAL_LURE']) assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
  assert.ok(!ids.includes('FROM_BRAND_AUTHENTICATED'));
});
