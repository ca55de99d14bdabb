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

// Session 65 (issue 17 item 8): an HTML letter Outlook saved as RTF (MS-OXRTFEX \fromhtml1) is read as its HTML.
/** An RTF body as Outlook writes an HTML letter: the header, the tags in \*\htmltag groups, RTF-only text between \htmlrtf and \htmlrtf0. */
function encapsulated(codePage: number, paragraph: string, href: string, shown: string): string {
  return [
    `{\\rtf1\\ansi\\ansicpg${codePage}\\fromhtml1 \\fbidis \\deff0{\\fonttbl`,
    '{\\f0\\fswiss\\fcharset0 Arial;}',
    '{\\f1\\fmodern Courier New;}}',
    '{\\colortbl\\red0\\green0\\blue0;\\red0\\green0\\blue255;}',
    '\\uc1\\pard\\plain\\deftab360 \\f0\\fs24 ',
    '{\\*\\htmltag19 <html>}',
    '{\\*\\htmltag34 <head>}',
    '{\\*\\htmltag41 <meta http-equiv="Content-Type" content="text/html; charset=utf-8">}',
    '{\\*\\htmltag1 \\par }',
    '{\\*\\htmltag42 </head>}',
    '{\\*\\htmltag50 <body>}\\htmlrtf {\\htmlrtf0 ',
    `{\\*\\htmltag64 <p>}\\htmlrtf {\\htmlrtf0 ${paragraph}\\htmlrtf\\par}\\htmlrtf0`,
    '{\\*\\htmltag72 </p>}',
    `{\\*\\mhtmltag84 <a href="cid:ignored">}{\\*\\htmltag84 <a href="${href}">}\\htmlrtf {\\field{\\*\\fldinst{HYPERLINK "${href}"}}{\\fldrslt\\cf1\\ul \\htmlrtf0 ${shown}\\htmlrtf }\\htmlrtf0 \\htmlrtf }\\htmlrtf0 `,
    '{\\*\\htmltag92 </a>}',
    '{\\*\\htmltag58 </body>}',
    '{\\*\\htmltag27 </html>}}',
  ].join('\r\n');
}

test('an RTF body that encapsulates HTML (\\fromhtml1) is read as the HTML: its links with the texts they show (table)', () => {
  const rows: { label: string; rtf: string; words: RegExp; href: string; text: string; body?: string }[] = [
    { label: 'en: the only body', rtf: encapsulated(1252, 'Your mailbox is full. Verify your account now.', 'http://203.0.113.9/owa/verify', 'https://outlook.office365.com/verify'), words: /Your mailbox is full\. Verify your account now\./, href: 'http://203.0.113.9/owa/verify', text: 'https://outlook.office365.com/verify' },
    { label: 'de: beside a PR_BODY (Windows-1252 \\\'hh)', body: 'Ihr Konto wurde gesperrt. https://www.sparkasse.de', rtf: encapsulated(1252, 'Ihr Konto wurde gesperrt. Bitte best\\\'e4tigen Sie Ihre Daten f\\\'fcr die R\\\'fcckbuchung.', 'https://sparkasse-konto.example.evil/', 'https://www.sparkasse.de'), words: /Bitte bestätigen Sie Ihre Daten für die Rückbuchung\./, href: 'https://sparkasse-konto.example.evil/', text: 'https://www.sparkasse.de' },
    // Shift_JIS bytes of "ログイン" (\ansicpg932), and \uN characters with their one fallback character each.
    { label: 'ja: code page 932 and \\uN', rtf: encapsulated(932, '\\u12450?\\u12459?\\u12454?\\u12531?\\u12488?\\u12434?\\u30906?\\u35469?\\u12375?\\u12390?\\u12367?\\u12384?\\u12373?\\u12356?\\u12290?', 'https://amaz0n.example.evil/signin', "\\'83\\'8d\\'83\\'4f\\'83\\'43\\'83\\'93 www.amazon.co.jp"), words: /アカウントを確認してください。/, href: 'https://amaz0n.example.evil/signin', text: 'ログイン www.amazon.co.jp' },
  ];
  for (const row of rows) {
    const { msg } = parse({ subject: 'Notice', ...(row.body ? { body: row.body } : {}), rtf: row.rtf });
    const anchors = msg.htmlFacts.links.filter((l) => l.kind === 'a').map((l) => ({ href: l.href, text: l.text }));
    assert.deepEqual(anchors, [{ href: row.href, text: row.text }], row.label);
    assert.match(msg.visibleText, row.words, row.label);
    assert.doesNotMatch(msg.html, /HYPERLINK|fonttbl|cid:ignored/, `${row.label}: RTF-only text and \\mhtmltag are not the HTML`);
  }
  // The attached .msg's links (files/document-links) are the HTML's too.
  return import('../document-links.js').then(({ documentLinks }) => {
    assert.deepEqual(documentLinks(buildOutlookMsg({ subject: 'x', rtf: rows[0]!.rtf }), []), ['http://203.0.113.9/owa/verify', 'https://outlook.office365.com/verify']);
  });
});

test('must not: an RTF body that encapsulates no HTML (plain RTF, \\fromtext) is read as its text, as before', () => {
  for (const rtf of ['{\\rtf1\\ansi Your invoice is attached.\\par}', '{\\rtf1\\ansi\\ansicpg1252\\fromtext \\deff0{\\fonttbl{\\f0 Arial;}}\\f0 Your invoice is attached.\\par}']) {
    const { msg } = parse({ subject: 'rtf', rtf });
    assert.match(msg.text, /Your invoice is attached\./);
    assert.equal(msg.html, '', rtf.slice(0, 30));
  }
});
