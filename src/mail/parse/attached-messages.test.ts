import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildOutlookMsg } from '../../files/test-support/msg-builder.js';
import { attachedMessages } from './attached-messages.js';
import { parseMessage } from './index.js';
import { DEFAULT_PARSE_OPTIONS } from './test-helpers.js';

/** The place the parse gives an attached message (issue 17 item 8, session 66): which parts are letters of their own. */

const CRLF = '\r\n';
const letter = (subject: string, body = 'Please confirm your account.'): string =>
  ['From: "Bank" <alerts@bank-notice.example>', 'To: you@example.net', `Subject: ${subject}`, 'Date: Mon, 23 Nov 2026 08:12:00 +0000', 'Message-ID: <l1@bank-notice.example>', 'Content-Type: text/plain; charset=utf-8', '', body, ''].join(CRLF);

/** An outer letter carrying `parts` (each its header lines and body) after a one-line note. */
function outer(parts: { headers: string[]; body: string | Buffer }[], boundary = 'b0'): Buffer {
  const chunks: Buffer[] = [
    Buffer.from(['From: Jordan <jordan@brightwater.example>', 'To: sam@brightwater.example', 'Subject: FYI', 'MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="${boundary}"`, '', `--${boundary}`, 'Content-Type: text/plain', '', 'See attached.', ''].join(CRLF)),
  ];
  for (const p of parts) chunks.push(Buffer.from(`--${boundary}${CRLF}${p.headers.join(CRLF)}${CRLF}${CRLF}`), Buffer.isBuffer(p.body) ? p.body : Buffer.from(p.body), Buffer.from(CRLF));
  chunks.push(Buffer.from(`--${boundary}--${CRLF}`));
  return Buffer.concat(chunks);
}

const b64 = (b: Buffer | string): string => (Buffer.from(b).toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);
const rfc822 = (inner: string) => ({ headers: ['Content-Type: message/rfc822', 'Content-Disposition: attachment'], body: inner });
const file = (name: string, data: Buffer | string, type = 'application/octet-stream') => ({ headers: [`Content-Type: ${type}; name="${name}"`, 'Content-Transfer-Encoding: base64', `Content-Disposition: attachment; filename="${name}"`], body: b64(data) });

const list = (raw: Buffer) => attachedMessages(parseMessage(raw, DEFAULT_PARSE_OPTIONS)).map((m) => ({ partPath: m.partPath, carrier: m.carrier, subject: /^Subject: (.*)$/m.exec(Buffer.from(m.raw).toString('utf8'))?.[1]?.trim() ?? '' }));

test('attached messages: each carrier is listed with its part and its own bytes (table)', () => {
  const msgFile = buildOutlookMsg({ subject: 'Outlook item', senderName: 'Bank', senderSmtp: 'alerts@bank-notice.example', body: 'Please confirm your account.' });
  const rows: { label: string; raw: Buffer; expect: { partPath: string; carrier: string; subject: string }[] }[] = [
    { label: 'message/rfc822, 8bit', raw: outer([rfc822(letter('Account limited'))]), expect: [{ partPath: '2', carrier: 'message/rfc822', subject: 'Account limited' }] },
    { label: 'message/rfc822, base64 (its bytes decoded)', raw: outer([{ headers: ['Content-Type: message/rfc822', 'Content-Transfer-Encoding: base64'], body: b64(letter('Konto gesperrt')) }]), expect: [{ partPath: '2', carrier: 'message/rfc822', subject: 'Konto gesperrt' }] },
    { label: 'message/global', raw: outer([{ headers: ['Content-Type: message/global'], body: letter('アカウント停止') }]), expect: [{ partPath: '2', carrier: 'message/rfc822', subject: 'アカウント停止' }] },
    { label: 'an .eml file as application/octet-stream', raw: outer([file('message.eml', letter('Account limited'))]), expect: [{ partPath: '2', carrier: 'eml-file', subject: 'Account limited' }] },
    { label: 'an .eml file starting with an mbox envelope line', raw: outer([file('saved.EML', `From alerts@bank-notice.example Mon Nov 23 08:12:00 2026${CRLF}${letter('Account limited')}`)]), expect: [{ partPath: '2', carrier: 'eml-file', subject: 'Account limited' }] },
    { label: 'an Outlook .msg file', raw: outer([file('report.msg', msgFile, 'application/vnd.ms-outlook')]), expect: [{ partPath: '2', carrier: 'outlook-msg', subject: '' }] },
    { label: 'two attached messages, in tree order', raw: outer([rfc822(letter('first')), file('second.eml', letter('second'))]), expect: [{ partPath: '2', carrier: 'message/rfc822', subject: 'first' }, { partPath: '3', carrier: 'eml-file', subject: 'second' }] },
  ];
  for (const row of rows) assert.deepEqual(list(row.raw), row.expect, row.label);
});

test('attached messages: a message nested in an attached one is that message\'s own (nested twice)', () => {
  const inner = outer([rfc822(letter('innermost'))], 'b1').toString('latin1');
  const raw = outer([rfc822(inner)]);
  const top = attachedMessages(parseMessage(raw, DEFAULT_PARSE_OPTIONS));
  assert.deepEqual(top.map((m) => m.partPath), ['2']);
  const next = attachedMessages(parseMessage(top[0]!.raw, DEFAULT_PARSE_OPTIONS));
  assert.deepEqual(next.map((m) => [m.partPath, Buffer.from(m.raw).toString('latin1').includes('Subject: innermost')]), [['2', true]]);
});

test('attached messages: a message/rfc822 part past the depth limit is still listed with its bytes (read as a letter from its own top)', () => {
  const raw = outer([rfc822(letter('deep'))]);
  const msg = parseMessage(raw, { ...DEFAULT_PARSE_OPTIONS, maxMimeDepth: 1 });
  assert.ok(msg.anomalies.some((a) => a.kind === 'limit-mime-depth'));
  assert.deepEqual(attachedMessages(msg).map((m) => m.partPath), ['2']);
});

test('attached messages: files that are no message are not listed (must-not table)', () => {
  const rows: { label: string; raw: Buffer }[] = [
    { label: 'no attachment', raw: Buffer.from(letter('plain')) },
    { label: 'a text file', raw: outer([file('notes.txt', 'From the minutes: nothing to add.', 'text/plain')]) },
    { label: 'an .eml name on binary bytes', raw: outer([file('message.eml', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 1, 2, 3]))]) },
    { label: 'an .eml name on prose', raw: outer([file('message.eml', 'This is not a message at all, only some words.')]) },
    { label: 'a .msg name on a zip', raw: outer([file('report.msg', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))]) },
    { label: 'a picture', raw: outer([file('logo.png', Buffer.from('89504e470d0a1a0a', 'hex'), 'image/png')]) },
  ];
  for (const row of rows) assert.deepEqual(list(row.raw), [], row.label);
});
