import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../config/load.js';
import { NotMailError } from '../mail/parse/index.js';
import { createScanner } from '../runtime/index.js';
import { buildOutlookMsg, type MsgSpec } from '../files/test-support/msg-builder.js';
import { buildPe } from '../files/test-support/pe-builder.js';
import { readMessage } from './read-message.js';

const CRLF = '\r\n';
const LURE_HTML = '<p>Dear customer,</p><p>We noticed unusual activity and your account has been limited. Please confirm your identity and card details within 24 hours or your account will be closed.</p><p><a href="https://paypal-resolution-center.example.top/signin?id=8842">https://www.paypal.com/signin</a></p><p>PayPal Security Team</p>';
const LURE_TEXT = 'Dear customer, we noticed unusual activity and your account has been limited. Please confirm your identity and card details within 24 hours or your account will be closed: https://paypal-resolution-center.example.top/signin?id=8842 PayPal Security Team';
const PE = buildPe({ imports: { 'urlmon.dll': ['URLDownloadToFileA'], 'kernel32.dll': ['WinExec'] } });

/** The lure as the RFC 5322 message a mail server delivered. */
function asEml(): Buffer {
  const b64 = (s: Uint8Array) => Buffer.from(s).toString('base64').replace(/.{76}/g, `$&${CRLF}`);
  return Buffer.from([
    'From: "PayPal Service" <service@paypal-resolution-center.example.top>', 'To: victim@example.com', 'Subject: Your account has been limited',
    'Date: Mon, 2 Jun 2025 07:58:00 +0000', 'Message-ID: <lure.1@paypal-resolution-center.example.top>', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="m"', '',
    '--m', 'Content-Type: multipart/alternative; boundary="a"', '', '--a', 'Content-Type: text/plain; charset=utf-8', '', LURE_TEXT, '--a', 'Content-Type: text/html; charset=utf-8', '', LURE_HTML, '--a--',
    '--m', 'Content-Type: application/octet-stream; name="Statement_0623.pdf.exe"', 'Content-Transfer-Encoding: base64', 'Content-Disposition: attachment; filename="Statement_0623.pdf.exe"', '', b64(PE), '--m--', '',
  ].join(CRLF));
}

/** The same lure as an Outlook item saved to a .msg (no internet header kept: the sender, recipients and dates are properties). */
const MSG: MsgSpec = {
  subject: 'Your account has been limited', senderName: 'PayPal Service', senderSmtp: 'service@paypal-resolution-center.example.top',
  recipients: [{ address: 'victim@example.com' }], body: LURE_TEXT, html: LURE_HTML, submitTime: new Date(Date.UTC(2025, 5, 2, 7, 58)),
  attachments: [{ name: 'Statement_0623.pdf.exe', data: PE, mime: 'application/octet-stream' }],
};

test('an Outlook .msg is scanned as the message it stands for: the verdict and the lure\'s findings of the same message as .eml', async () => {
  const scanner = await createScanner({ config: defaultConfig() });
  const eml = await scanner.scan({ source: 'lure.eml', raw: asEml() });
  const msgFile = buildOutlookMsg(MSG);
  const msg = await scanner.scan({ source: 'lure.msg', raw: msgFile });
  assert.notEqual(eml.verdict, 'clean');
  assert.equal(msg.verdict, eml.verdict);
  assert.equal(msg.subject, 'Your account has been limited');
  assert.equal(msg.from, 'service@paypal-resolution-center.example.top');
  assert.equal(msg.size, msgFile.length, 'the report describes the file given');
  // Every finding of the links, attachments and content families is the same; the header's may differ (a .msg without the
  // internet header has no Received or Message-ID).
  const lureIds = (r: typeof eml) => r.findings.filter((f) => f.group !== 'headers').map((f) => f.id).sort();
  assert.deepEqual(lureIds(msg), lureIds(eml));
});

test('readMessage: mail as it is, an Outlook file rewritten, anything else NotMailError as before', () => {
  const limits = defaultConfig().limits;
  assert.equal(readMessage(asEml(), limits).subject, 'Your account has been limited');
  assert.equal(readMessage(buildOutlookMsg(MSG), limits).attachments[0]?.filename, 'Statement_0623.pdf.exe');
  assert.throws(() => readMessage(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0, 1, 2, 3]), limits), NotMailError);
});
