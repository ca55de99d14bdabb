import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../config/load.js';
import { createScanner } from '../runtime/index.js';
import { parseMessage } from '../mail/parse/index.js';
import { DEFAULT_PARSE_OPTIONS } from '../mail/parse/test-helpers.js';
import { extractUrls } from './extract.js';

/**
 * Session 65 (issue 17 item 8): an attached .rtf's hyperlinks are read with the texts they show, as an HTML body's anchors
 * are — a statement whose link shows `https://www.paypal.com/…` and leads to another host is the lure, in a document.
 */
function withRtf(rtf: string, name = 'statement.rtf'): Buffer {
  const b64 = Buffer.from(rtf, 'latin1').toString('base64').replace(/.{76}/g, '$&\r\n');
  return Buffer.from(['From: "Billing" <billing@invoices.example.net>', 'To: user@example.org', 'Subject: Statement', 'Date: Mon, 2 Dec 2024 10:00:00 +0000', 'Message-ID: <s1@invoices.example.net>', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"', '', '--b', 'Content-Type: text/plain; charset=utf-8', '', 'Please find your statement attached.', '--b', `Content-Type: application/rtf; name="${name}"`, `Content-Disposition: attachment; filename="${name}"`, 'Content-Transfer-Encoding: base64', '', b64, '--b--', ''].join('\r\n'));
}
const field = (href: string, text: string): string => `{\\field{\\*\\fldinst {\\rtlch HYPERLINK "${href}" \\\\o "${href}"}}{\\fldrslt {\\cs15\\ul ${text}}}}`;
const doc = (words: string, link: string): string => `{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0 ${words}\\par ${link}\\par}`;

const rows: { label: string; rtf: string; anchor: { href: string; text: string } | undefined; mismatch: boolean }[] = [
  { label: 'en: the text names PayPal, the link an IP', rtf: doc('Your account is limited. Confirm your details:', field('http://203.0.113.9/verify', 'https://www.paypal.com/signin')), anchor: { href: 'http://203.0.113.9/verify', text: 'https://www.paypal.com/signin' }, mismatch: true },
  { label: 'de: the text names the Sparkasse, the link a lookalike', rtf: doc('Bitte best\\\'e4tigen Sie Ihre Daten:', field('https://sparkasse-konto.example.evil/', 'www.sparkasse.de')), anchor: { href: 'https://sparkasse-konto.example.evil/', text: 'www.sparkasse.de' }, mismatch: true },
  { label: 'ja: a Unicode text naming amazon.co.jp', rtf: doc('\\uc1\\u12450?\\u12459?\\u12454?\\u12531?\\u12488?', field('https://amaz0n.example.evil/', '\\u12525?\\u12464?\\u12452?\\u12531? www.amazon.co.jp')), anchor: { href: 'https://amaz0n.example.evil/', text: 'ログイン www.amazon.co.jp' }, mismatch: true },
  { label: 'must not: the text is the link\'s own site', rtf: doc('Our terms are online:', field('https://www.example.org/terms', 'www.example.org/terms')), anchor: { href: 'https://www.example.org/terms', text: 'www.example.org/terms' }, mismatch: false },
  { label: 'must not: a local link (HYPERLINK \\l)', rtf: doc('See below.', '{\\field{\\*\\fldinst HYPERLINK \\\\l "top"}{\\fldrslt www.paypal.com}}'), anchor: undefined, mismatch: false },
];

test('an attached .rtf\'s hyperlinks are anchors with the texts they show (table)', () => {
  for (const row of rows) {
    const msg = parseMessage(withRtf(row.rtf), DEFAULT_PARSE_OPTIONS);
    const anchors = extractUrls(msg).links.filter((l) => l.occurrence.source === 'a').map((l) => ({ href: l.occurrence.raw, text: l.occurrence.text, partPath: l.occurrence.partPath }));
    assert.deepEqual(anchors, row.anchor ? [{ ...row.anchor, partPath: msg.attachments[0]!.partPath }] : [], row.label);
  }
  // Must not: a text file that holds RTF-like words is no RTF document.
  const plain = parseMessage(withRtf(`notes: ${field('http://203.0.113.9/', 'www.paypal.com')}`, 'notes.txt'), DEFAULT_PARSE_OPTIONS);
  assert.deepEqual(extractUrls(plain).links.filter((l) => l.occurrence.source === 'a'), []);
});

test('the link checks read them: URL_TEXT_DOMAIN_MISMATCH for a text naming another site, not for the site\'s own (table)', async () => {
  const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2024-12-02T12:00:00Z') } });
  for (const row of rows) {
    const report = await scanner.scan({ raw: withRtf(row.rtf), source: 'test.eml' });
    assert.equal(report.findings.some((f) => f.id === 'URL_TEXT_DOMAIN_MISMATCH'), row.mismatch, row.label);
  }
});
