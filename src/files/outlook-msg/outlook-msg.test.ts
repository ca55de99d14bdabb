import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMessage } from '../../mail/parse/index.js';
import { DEFAULT_PARSE_OPTIONS } from '../../mail/parse/test-helpers.js';
import { buildOle } from '../test-support/ole-builder.js';
import { buildPe } from '../test-support/pe-builder.js';
import { buildOutlookMsg, type MsgSpec } from '../test-support/msg-builder.js';
import { openOle } from '../ole/index.js';
import { isOutlookMsg, outlookMsgToMime } from './index.js';

const parse = (spec: MsgSpec) => {
  const converted = outlookMsgToMime(buildOutlookMsg(spec));
  assert.ok(converted, 'converted');
  return { msg: parseMessage(converted.raw, DEFAULT_PARSE_OPTIONS), problems: converted.problems, raw: converted.raw.toString('utf8') };
};

test('the written file is an Outlook message file of class CLSID_MessageFile (the builder and the reader agree)', () => {
  const file = buildOutlookMsg({ subject: 'x' });
  assert.equal(openOle(file)?.rootClsid, '00020d0b-0000-0000-c000-000000000046');
  assert.equal(isOutlookMsg(file), true);
  assert.equal(isOutlookMsg(buildOutlookMsg({ subject: 'x', classId: false })), true, 'a null class with an item\'s streams');
});

test('an item without internet headers: From, To, Cc, Subject, Date and both bodies are made from its properties', () => {
  const { msg, problems } = parse({
    subject: 'Ihr Konto wurde gesperrt – jetzt bestätigen',
    senderName: 'Sparkasse Kundenservice',
    senderAddress: '/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=abc123',
    senderSmtp: 'service@sparkasse-konto-sicherheit.example',
    recipients: [{ name: 'Erika Muster', address: 'erika@example.de' }, { address: 'team@example.de', type: 2 }, { address: 'hidden@example.de', type: 3 }],
    body: 'Bitte bestätigen Sie Ihre Daten: https://sparkasse-login.example.top/verify',
    html: '<p>Bitte <a href="https://sparkasse-login.example.top/verify">hier</a> bestätigen.</p>',
    submitTime: new Date(Date.UTC(2025, 5, 2, 7, 58)),
  });
  assert.deepEqual(problems, []);
  assert.equal(msg.subject, 'Ihr Konto wurde gesperrt – jetzt bestätigen');
  assert.deepEqual([msg.from[0]?.name, msg.from[0]?.address], ['Sparkasse Kundenservice', 'service@sparkasse-konto-sicherheit.example'], 'the SMTP address, not the Exchange one');
  assert.deepEqual(msg.to.map((a) => a.address), ['erika@example.de']);
  assert.deepEqual(msg.cc.map((a) => a.address), ['team@example.de'], 'Bcc is not written');
  assert.equal(msg.date?.toISOString(), '2025-06-02T07:58:00.000Z');
  assert.match(msg.text, /bestätigen Sie Ihre Daten/);
  assert.match(msg.html, /<a href="https:\/\/sparkasse-login\.example\.top\/verify">hier<\/a>/);
});

test('the internet headers Outlook kept are the message\'s header, without the content fields of the body it stored apart', () => {
  const headers = ['Received: from mx.example.net (mx.example.net [203.0.113.5]) by mail.example.com; Mon, 2 Jun 2025 07:58:00 +0000', 'Authentication-Results: mail.example.com; dmarc=fail header.from=paypal.com', 'From: "PayPal" <service@paypal.com>', 'To: victim@example.com', 'Subject: Your account is limited', 'MIME-Version: 1.0', 'Content-Type: multipart/alternative;', '\tboundary="orig"', 'Content-Transfer-Encoding: 7bit', 'Message-ID: <abc@paypal.com>', '', ''].join('\r\n');
  const { msg, raw } = parse({ transportHeaders: headers, subject: 'ignored: the kept header says it', body: 'Log in to restore access.' });
  assert.equal(msg.subject, 'Your account is limited');
  assert.equal(msg.from[0]?.address, 'service@paypal.com');
  assert.equal(msg.received.length, 1);
  assert.equal(msg.messageId, 'abc@paypal.com');
  assert.doesNotMatch(raw, /boundary="orig"/, 'the folded rest of a dropped content field goes with it');
  assert.match(msg.text, /restore access/);
});

test('a delivery report stays one: multipart/report from the kept header or from the item class', () => {
  const dsn = ['From: Mail Delivery Subsystem <mailer-daemon@example.org>', 'Content-Type: multipart/report; report-type=delivery-status;', ' boundary="x"', 'Subject: Undelivered', '', ''].join('\r\n');
  assert.match(parse({ transportHeaders: dsn, body: 'failed' }).raw, /^Content-Type: multipart\/report; report-type=delivery-status; boundary=/m);
  assert.match(parse({ messageClass: 'REPORT.IPM.Note.NDR', subject: 'Undeliverable', body: 'failed' }).raw, /^Content-Type: multipart\/report; report-type=delivery-status;/m);
  assert.match(parse({ messageClass: 'REPORT.IPM.Note.IPNRN', subject: 'Read', body: 'read' }).raw, /report-type=disposition-notification/);
  assert.match(parse({ subject: 'plain', body: 'x' }).raw, /^Content-Type: multipart\/mixed;/m);
});

test('attachments keep their names (non-ASCII too), types and bytes; an attached item is a message of its own', () => {
  const pe = buildPe({ imports: { 'kernel32.dll': ['WinExec'] } });
  const { msg, problems } = parse({
    subject: 'Fwd: invoice',
    senderSmtp: 'colleague@example.com',
    body: 'See the attached mail.',
    attachments: [{ name: 'Rechnung_2025.pdf.exe', data: pe, mime: 'application/octet-stream' }, { name: '請求書.pdf', data: Buffer.from('%PDF-1.4\n'), mime: 'application/pdf' }],
    items: [{ name: 'Your parcel', item: { subject: 'Your parcel is waiting', senderSmtp: 'dhl@parcel-fee.example.top', body: 'Pay the customs fee: https://parcel-fee.example.top/pay', attachments: [{ name: 'label.zip', data: Buffer.from('PK\u0005\u0006'.padEnd(22, '\0'), 'latin1') }] } }],
  });
  assert.deepEqual(problems, []);
  const names = msg.attachments.map((a) => a.filename);
  assert.ok(names.includes('Rechnung_2025.pdf.exe'), names.join());
  assert.ok(names.includes('請求書.pdf'), names.join());
  const exe = msg.attachments.find((a) => a.filename === 'Rechnung_2025.pdf.exe')!;
  assert.ok(Buffer.from(exe.content).equals(pe), 'the bytes as stored');
  const inner = msg.attachments.find((a) => a.declaredType === 'message/rfc822');
  assert.ok(inner, `an attached item: ${msg.attachments.map((a) => a.declaredType).join()}`);
  const nested = parseMessage(inner.content, DEFAULT_PARSE_OPTIONS);
  assert.equal(nested.subject, 'Your parcel is waiting');
  assert.equal(nested.from[0]?.address, 'dhl@parcel-fee.example.top');
  assert.ok(nested.attachments.some((a) => a.filename === 'label.zip'));
});

test('an RTF-only body is read as its text; attached items deeper than the limit are a problem, not a crash', () => {
  const { msg } = parse({ subject: 'rtf', rtf: '{\\rtf1\\ansi Your mailbox is full. Verify now.\\par}' });
  assert.match(msg.text, /Your mailbox is full\. Verify now\./);
  let item: MsgSpec = { subject: 'level 5', body: 'bottom' };
  for (let i = 4; i >= 0; i--) item = { subject: `level ${i}`, body: 'x', items: [{ name: `l${i + 1}`, item }] };
  const converted = outlookMsgToMime(buildOutlookMsg(item), { maxStreamBytes: 1 << 20, maxAttachments: 10, maxDepth: 2 })!;
  assert.ok(converted.problems.some((p) => /deeper than 2 levels/.test(p)), converted.problems.join());
});

test('not an Outlook message: another compound file, mail, random bytes, a cut file — undefined or read as far as it goes, never a throw', () => {
  const doc = buildOle({ WordDocument: Buffer.alloc(600) });
  assert.equal(isOutlookMsg(doc), false);
  assert.equal(outlookMsgToMime(doc), undefined);
  assert.equal(outlookMsgToMime(Buffer.from('From: a@example.com\r\n\r\nhi')), undefined);
  assert.equal(outlookMsgToMime(Buffer.alloc(4096, 0xd0)), undefined);
  const file = buildOutlookMsg({ subject: 'cut', body: 'x'.repeat(5000), attachments: [{ name: 'a.bin', data: Buffer.alloc(9000, 7) }] });
  for (let cut = 0; cut < file.length; cut += 509) outlookMsgToMime(file.subarray(0, cut));
  const damaged = Buffer.from(file);
  for (let i = 512; i < damaged.length; i += 97) damaged[i] = damaged[i]! ^ 0x5a;
  outlookMsgToMime(damaged);
});

const FIXTURES = path.resolve(import.meta.dirname, '../../../../shared/data/fixtures/eml_analyzer/fixtures');
test('real Outlook files (eml_analyzer\'s fixtures): the kept internet header, the body, an attached item', { skip: !existsSync(path.join(FIXTURES, 'outer.msg')) && 'needs ../shared/data' }, () => {
  const outer = outlookMsgToMime(readFileSync(path.join(FIXTURES, 'outer.msg')))!;
  const msg = parseMessage(outer.raw, DEFAULT_PARSE_OPTIONS);
  assert.equal(msg.subject, 'outer subject');
  const inner = msg.attachments.find((a) => a.declaredType === 'message/rfc822');
  assert.ok(inner, 'the attached item');
  assert.equal(parseMessage(inner.content, DEFAULT_PARSE_OPTIONS).subject, 'test');
  const other = parseMessage(outlookMsgToMime(readFileSync(path.join(FIXTURES, 'other.msg')))!.raw, DEFAULT_PARSE_OPTIONS);
  assert.equal(other.from[0]?.address, 'mailer-daemon@tjdpf.org.cn');
  assert.ok(other.received.length > 0, 'the Received fields Outlook kept');
  assert.ok(other.attachments.length > 0);
});

test('an attached .msg is read as winmail.dat is: its files (an attached item\'s too) analysed, its body the document text and links', async () => {
  const { AnalysisSession, DEFAULT_LIMITS } = await import('../analyze/index.js');
  const { documentLinks } = await import('../document-links.js');
  const pe = buildPe({ imports: { 'kernel32.dll': ['WinExec'] } });
  const file = buildOutlookMsg({
    subject: 'Remittance advice', senderSmtp: 'accounts@supplier.example',
    html: '<p>Your remittance is ready: <a href="https://remit-portal.example.top/view">view remittance</a></p>',
    attachments: [{ name: 'Remittance.pdf.exe', data: pe }],
    items: [{ name: 'Original message', item: { subject: 'inner', body: 'see file', attachments: [{ name: 'label.js', data: Buffer.from('WScript.Shell') }] } }],
  });
  const report = new AnalysisSession({ limits: DEFAULT_LIMITS }).analyze({ name: 'Remittance.msg', bytes: file, declaredType: 'application/vnd.ms-outlook' });
  assert.equal(report.archive?.format, 'outlook-msg');
  assert.deepEqual(report.children.map((c) => c.name), ['Remittance.pdf.exe', 'Original message > label.js']);
  assert.equal(report.children[0]?.type.kind, 'pe');
  assert.match(report.documentText ?? '', /Your remittance is ready/);
  assert.equal(report.office, undefined, 'an Outlook item is no Office document');
  assert.deepEqual(documentLinks(file, []), ['https://remit-portal.example.top/view']);
  const doc = new AnalysisSession({ limits: DEFAULT_LIMITS }).analyze({ name: 'a.doc', bytes: buildOle({ WordDocument: Buffer.alloc(600) }) });
  assert.equal(doc.office?.container, 'ole', 'other compound files are read as before');
});
