import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { DEFAULT_QR_LIMITS, readQrCodesOnce } from '../../files/qr/read.js';
import { pngOf, qrMatrix, rasterOf } from '../../files/test-support/qr-images.js';
import { parseMessage } from '../../mail/parse/index.js';
import { DEFAULT_PARSE_OPTIONS } from '../../mail/parse/test-helpers.js';
import { createScanner } from '../../runtime/index.js';
import { activeIds } from '../../test-support/corpus-rows.js';

/**
 * The sender family's link hosts include URLs in QR codes (a phone opens them as it opens a link): a lookalike of a
 * brand's domain reached only through a code is LOOKALIKE_LINK as a clickable one is. The same message without the
 * picture has no link at all, so the finding can only come from the code.
 */
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-03-04T10:00:00Z') } });
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64').replace(/.{76}/g, '$&\r\n');

function eml(withPicture: boolean, url: string): Uint8Array {
  const html = '<html><body><p>Your account access expires today.</p><p>Scan the code with your phone to keep access.</p><p><img src="cid:qr@t" width="160" height="160"></p></body></html>';
  const parts = [`Content-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n`];
  if (withPicture) parts.push(`Content-Type: image/png; name="qr.png"\r\nContent-Transfer-Encoding: base64\r\nContent-ID: <qr@t>\r\nContent-Disposition: inline; filename="qr.png"\r\n\r\n${b64(pngOf(rasterOf(qrMatrix(url), 5)))}\r\n`);
  const body = parts.map((p) => `--b\r\n${p}`).join('') + '--b--\r\n';
  return new TextEncoder().encode(
    ['From: Account Team <team@notice-mail.example.net>', 'To: reader@example.jp', 'Subject: Access expires today', 'Date: Tue, 4 Mar 2025 09:12:00 +0000',
      'Message-ID: <lh@notice-mail.example.net>', 'MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="b"', '', body].join('\r\n'),
  );
}

test('a lookalike host reached only through a QR code is LOOKALIKE_LINK; the message without the picture has none', async () => {
  const url = 'https://paypa1.com/signin/verify';
  const withCode = await scanner.scan({ source: 'qr.eml', raw: eml(true, url) });
  const ids = activeIds(withCode);
  const finding = withCode.findings.find((f) => f.id === 'LOOKALIKE_LINK');
  assert.ok(finding, ids.join(', '));
  assert.match(finding.evidence ?? '', /paypa1\.com/);
  const without = await scanner.scan({ source: 'no-qr.eml', raw: eml(false, url) });
  assert.ok(!activeIds(without).includes('LOOKALIKE_LINK'), activeIds(without).join(', '));
});

test('a message\'s codes are read once for both families: the same limits give the same reading, other limits read again', () => {
  const msg = parseMessage(eml(true, 'https://paypa1.com/signin/verify'), DEFAULT_PARSE_OPTIONS);
  const first = readQrCodesOnce(msg, DEFAULT_QR_LIMITS);
  assert.equal(first?.codes[0]?.payload, 'https://paypa1.com/signin/verify');
  assert.equal(readQrCodesOnce(msg, DEFAULT_QR_LIMITS), first, 'remembered');
  const other = readQrCodesOnce(msg, { ...DEFAULT_QR_LIMITS });
  assert.notEqual(other, first, 'other limits: read again');
  assert.deepEqual(other, first);
});
