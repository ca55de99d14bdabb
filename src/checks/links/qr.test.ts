import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig } from '../../config/load.js';
import { translateEvidence } from '../../rules/explain.js';
import { createScanner } from '../../runtime/index.js';
import { emptyMessage } from '../../test-support/empty-message.js';
import { scanLureWord } from './qr.js';

// Synthetic QR lures and legitimate QR mail (src/checks/links/fixtures/qr/make.ts writes them), scanned end to end:
// raw .eml → MIME parser → every family → score. Expected AND forbidden ids per case.
const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/qr');
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2025-03-04T10:00:00Z') } });

const QR_LURE = ['URL_QR_CODE', 'URL_QR_HOST_ELSEWHERE', 'URL_QR_ONLY_LINK', 'URL_QR_SCAN_LURE', 'PHISH_QR_CREDENTIAL_LURE'];
const CASES: { file: string; verdict?: string; expected: string[]; forbidden: string[] }[] = [
  // The link checks read the code's URL like any other link: the recipient's address in it, the app host.
  { file: 'mfa-inline-png.eml', verdict: 'phishing', expected: [...QR_LURE, 'URL_RECIPIENT_ADDRESS', 'URL_FREE_FILE_HOST'], forbidden: ['URL_QR_LIMIT_REACHED', 'URL_QR_IMAGE_BROKEN', 'URL_QR_PAYLOAD'] },
  { file: 'document-attached-jpeg.eml', verdict: 'phishing', expected: [...QR_LURE, 'URL_SHORTENER'], forbidden: ['URL_QR_LIMIT_REACHED', 'URL_QR_IMAGE_BROKEN'] },
  { file: 'password-table-cells.eml', verdict: 'phishing', expected: [...QR_LURE, 'URL_SUSPICIOUS_TLD', 'URL_SIGNIN_PAGE_ELSEWHERE'], forbidden: ['URL_QR_LIMIT_REACHED'] },
  { file: 'payroll-block-text.eml', verdict: 'phishing', expected: [...QR_LURE, 'URL_SIGNIN_PAGE_ELSEWHERE'], forbidden: ['URL_QR_LIMIT_REACHED'] },
  // A ticket whose code leads to the box office's own site, beside its order page: noted, nothing more.
  { file: 'ticket-legitimate.eml', verdict: 'clean', expected: ['URL_QR_CODE'], forbidden: ['URL_QR_HOST_ELSEWHERE', 'URL_QR_ONLY_LINK', 'URL_QR_SCAN_LURE', 'PHISH_QR_CREDENTIAL_LURE', 'URL_QR_LIMIT_REACHED'] },
  // A guest Wi-Fi code: a payload that is no link.
  { file: 'wifi-gif.eml', verdict: 'clean', expected: ['URL_QR_PAYLOAD'], forbidden: ['URL_QR_CODE', 'PHISH_QR_CREDENTIAL_LURE'] },
  // Hostile pictures: the limits reached and the damage are findings; the scan goes on.
  { file: 'hostile-images.eml', expected: ['URL_QR_LIMIT_REACHED', 'URL_QR_IMAGE_BROKEN'], forbidden: ['CHECK_ERROR', 'CHECK_TIMEOUT'] },
];

for (const c of CASES) {
  test(`qr corpus: ${c.file}`, async () => {
    const report = await scanner.scan({ raw: readFileSync(path.join(FIXTURES, c.file)), source: c.file });
    const ids = new Set(report.findings.map((f) => f.id));
    for (const id of c.expected) assert.ok(ids.has(id), `expected ${id} in ${[...ids].join(', ')}`);
    for (const id of c.forbidden) assert.ok(!ids.has(id), `forbidden ${id} fired`);
    if (c.verdict) assert.equal(report.verdict, c.verdict);
  });
}

test('qr corpus: evidence says the link came from a QR code, in English and Japanese', async () => {
  const report = await scanner.scan({ raw: readFileSync(path.join(FIXTURES, 'mfa-inline-png.eml')), source: 'mfa' });
  const byId = new Map(report.findings.map((f) => [f.id, f]));
  assert.match(byId.get('URL_RECIPIENT_ADDRESS')!.evidence, /in a QR code: https:\/\/m365-mfa-renew\.web\.app\//);
  assert.equal(byId.get('URL_QR_CODE')!.evidence, 'QR code in qr.png → https://m365-mfa-renew.web.app/auth?email=victim@example.jp');
  assert.equal(translateEvidence('URL_QR_CODE', byId.get('URL_QR_CODE')!.evidence, 'ja'), 'qr.png の QR コード → https://m365-mfa-renew.web.app/auth?email=victim@example.jp');
  assert.ok(translateEvidence('URL_QR_HOST_ELSEWHERE', byId.get('URL_QR_HOST_ELSEWHERE')!.evidence, 'ja').includes('送信者の notify-mail.example.net でも、ほかのリンクのドメインでもありません'));
  assert.ok(report.iocs.urls.includes('https://m365-mfa-renew.web.app/auth?email=victim@example.jp'));
});

test('scan-lure words: sign-in, re-authentication and shared documents; not tickets and bookings', () => {
  const rows: [string, string | undefined][] = [
    ['Scan the code to re-authenticate your MFA', 'authenticat'],
    ['Ihr Passwort läuft ab', 'passwort'],
    ['Scannez pour vérifier votre compte', 'verifier votre'],
    ['QRコードを読み取り、本人確認を行ってください', '本人確認'],
    ['A document has been shared with you: scan to view document', 'view document'],
    ['Show this QR code at the entrance. Booking confirmed, valid until Friday', undefined],
    ['Our design inspiration for spring', undefined],
  ];
  for (const [text, word] of rows) assert.equal(scanLureWord(emptyMessage({ text, visibleText: text })), word, text);
});
