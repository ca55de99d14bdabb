import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NotMailError, parseMessage, stripAngles } from './index.js';
import { DEFAULT_PARSE_OPTIONS as OPTS, eml } from './test-helpers.js';

const kinds = (msg: { anomalies: { kind: string }[] }): string[] => msg.anomalies.map((a) => a.kind);

test('a simple message: headers, addresses, body', () => {
  const msg = parseMessage(
    eml(
      'From MAILER-DAEMON Mon Jan  2 15:04:05 2006',
      'Return-Path: <bounce@example.com>',
      'Received: from a.example (a.example [192.0.2.1]) by mx.example.net with ESMTP id 1; Mon, 2 Jan 2006 15:04:05 +0000',
      'Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=example.com',
      'Delivered-To: Me@Example.NET',
      'From: "Sender Name" <sender@example.com>',
      'To: a@example.net,',
      '  b@example.net',
      'Subject: =?utf-8?B?44GT44KT44Gr44Gh44Gv?=',
      ' world',
      'Message-ID: <abc@example.com>',
      'Date: Mon, 2 Jan 2006 15:04:05 +0000',
      '',
      'Hello body',
    ),
    OPTS,
  );
  assert.equal(msg.subject, 'こんにちは world');
  assert.equal(msg.from[0]?.name, 'Sender Name');
  assert.deepEqual(msg.to.map((a) => a.address), ['a@example.net', 'b@example.net']);
  assert.equal(msg.returnPath, 'bounce@example.com');
  assert.equal(msg.messageId, 'abc@example.com');
  assert.equal(msg.date?.toISOString(), '2006-01-02T15:04:05.000Z');
  assert.equal(msg.dateRaw, 'Mon, 2 Jan 2006 15:04:05 +0000');
  assert.deepEqual(msg.deliveredTo, ['me@example.net']);
  assert.equal(msg.received[0]?.ip, '192.0.2.1');
  assert.equal(msg.authResults[0]?.result, 'pass');
  assert.equal(msg.text, 'Hello body');
  assert.equal(msg.visibleText, 'Hello body');
  assert.equal(msg.headers[0]?.name, 'Return-Path');
  assert.equal(msg.headerIndex.get('to')?.[0]?.raw, 'a@example.net,  b@example.net');
  assert.equal(msg.root.contentType, 'text/plain');
  assert.equal(msg.root.transferEncoding, '7bit');
  assert.deepEqual(msg.anomalies, []);
  assert.equal(msg.size, msg.size);
});

test('LF-only and bare CR line endings', () => {
  const lf = parseMessage(Buffer.from('Subject: lf\nFrom: a@b.example\n\nbody\n'), OPTS);
  assert.equal(lf.subject, 'lf');
  assert.equal(lf.text, 'body\n');
  assert.deepEqual(kinds(lf), []);
  const cr = parseMessage(Buffer.from('Subject: cr\rFrom: a@b.example\r\rbody'), OPTS);
  assert.equal(cr.subject, 'cr');
  assert.equal(cr.from[0]?.address, 'a@b.example');
  assert.ok(kinds(cr).includes('bare-cr-or-lf'));
});

test('Return-Path null sender and missing fields', () => {
  const msg = parseMessage(eml('Return-Path: <>', 'X-Foo: bar', '', ''), OPTS);
  assert.equal(msg.returnPath, '');
  assert.equal(msg.subject, '');
  assert.equal(msg.messageId, undefined);
  assert.equal(msg.date, null);
  assert.equal(msg.dateRaw, undefined);
  assert.deepEqual(msg.from, []);
});

test('not mail: empty, binary, no header at the start', () => {
  assert.throws(() => parseMessage(new Uint8Array(0), OPTS), NotMailError);
  assert.throws(() => parseMessage(Buffer.from('\r\n\r\n  \n'), OPTS), NotMailError);
  assert.throws(() => parseMessage(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0x08]), OPTS), NotMailError);
  assert.throws(() => parseMessage(Buffer.from('# a config file\nfoo = bar\n'), OPTS), NotMailError);
  assert.throws(() => parseMessage(Buffer.from('<html><body>hi</body></html>'), OPTS), NotMailError);
  // A truncated message is still a message.
  const truncated = parseMessage(Buffer.from('From: a@b.example\r\nSubject: cut here'), OPTS);
  assert.equal(truncated.subject, 'cut here');
});

test('header anomalies: 8-bit, injection, duplicates, malformed lines', () => {
  const msg = parseMessage(
    Buffer.concat([
      Buffer.from('From: a@b.example\r\nFrom: c@d.example\r\nSubject: '),
      Buffer.from('件名', 'utf8'),
      Buffer.from('\r\nX-Evil: =?utf-8?Q?a=0D=0ABcc:_victim@x.example?=\r\nDate: x\r\nDate: y\r\n'),
      Buffer.from('this line is not a header\r\n\r\nbody'),
    ]),
    OPTS,
  );
  const k = kinds(msg);
  assert.equal(msg.subject, '件名');
  for (const kind of ['header-8bit', 'header-injection', 'duplicate-singleton-header', 'header-malformed', 'no-header-body-separator']) {
    assert.ok(k.includes(kind), `${kind} in ${k.join(',')}`);
  }
  assert.equal(msg.from[0]?.address, 'a@b.example');
  assert.match(msg.text, /this line is not a header/);
  assert.deepEqual(msg.anomalies.filter((a) => a.kind === 'duplicate-singleton-header').map((a) => a.detail), ['From', 'Date']);
});

test('raw ISO-2022-JP and Shift_JIS bytes in headers', () => {
  const jis = Buffer.concat([Buffer.from('From: a@b.example\r\nSubject: '), Buffer.from([0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x1b, 0x28, 0x42]), Buffer.from('\r\n\r\nx')]);
  assert.equal(parseMessage(jis, OPTS).subject, '日本');
  const sjis = Buffer.concat([Buffer.from('From: a@b.example\r\nSubject: '), Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]), Buffer.from('\r\n\r\nx')]);
  const msg = parseMessage(sjis, OPTS);
  assert.equal(msg.subject, '日本語');
  assert.ok(kinds(msg).includes('header-8bit'));
});

test('multipart/alternative with QP and base64, inline image, attachment', () => {
  const msg = parseMessage(
    eml(
      'From: a@b.example',
      'Content-Type: multipart/mixed; boundary="outer"',
      '',
      'preamble',
      '--outer',
      'Content-Type: multipart/alternative; boundary=inner',
      '',
      '--inner',
      'Content-Type: text/plain; charset=iso-8859-1',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'caf=E9 soft=',
      'break',
      '--inner',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('<p>Hello <a href="https://x.example/">click</a></p><img src="cid:img1">').toString('base64'),
      '--inner--',
      '--outer',
      'Content-Type: image/png',
      'Content-ID: <img1>',
      'Content-Disposition: inline',
      'Content-Transfer-Encoding: base64',
      '',
      'iVBORw0KGgo=',
      '--outer',
      'Content-Type: application/octet-stream; name="=?utf-8?B?6KuL5rGC5pu4LmV4ZQ==?="',
      'Content-Disposition: attachment; filename*=UTF-8\'\'%E8%AB%8B%E6%B1%82%E6%9B%B8.pdf.exe',
      '',
      'MZ',
      '--outer--',
      'epilogue',
    ),
    OPTS,
  );
  assert.equal(msg.text, 'café softbreak');
  assert.match(msg.html, /<p>Hello/);
  assert.equal(msg.visibleText, 'Hello click');
  assert.deepEqual(msg.htmlFacts.links.map((l) => [l.kind, l.href, l.text, l.partPath]), [
    ['a', 'https://x.example/', 'click', '1.2'],
    ['img', 'cid:img1', '', '1.2'],
  ]);
  assert.deepEqual(msg.attachments.map((a) => [a.partPath, a.filename, a.declaredType, a.disposition, a.size, a.contentId]), [
    ['2', '', 'image/png', 'inline', 8, 'img1'],
    ['3', '請求書.pdf.exe', 'application/octet-stream', 'attachment', 2, undefined],
  ]);
  assert.deepEqual(msg.charsets.sort(), ['iso-8859-1', 'utf-8']);
  assert.equal(msg.root.children.length, 3);
  assert.equal(msg.root.children[0]?.children[1]?.path, '1.2');
  assert.equal(msg.root.children[0]?.depth, 1);
  assert.deepEqual(kinds(msg), []);
});

test('message/rfc822 is descended into; its parts are attachments or body', () => {
  const inner = eml('From: inner@evil.example', 'Subject: inner', 'Content-Type: multipart/mixed; boundary=b2', '', '--b2', 'Content-Type: text/plain', '', 'inner text', '--b2', 'Content-Type: application/zip; name=x.zip', 'Content-Transfer-Encoding: base64', '', 'UEsDBA==', '--b2--');
  const msg = parseMessage(
    Buffer.concat([eml('From: a@b.example', 'Content-Type: multipart/mixed; boundary=b1', '', '--b1', 'Content-Type: text/plain', '', 'outer text', '--b1', 'Content-Type: message/rfc822', '', ''), inner, eml('', '--b1--')]),
    OPTS,
  );
  const rfc822 = msg.root.children[1];
  assert.equal(rfc822?.contentType, 'message/rfc822');
  const embedded = rfc822?.children[0];
  assert.equal(embedded?.path, '2.1');
  assert.equal(embedded?.depth, 2);
  assert.equal(embedded?.headers.find((h) => h.key === 'subject')?.value, 'inner');
  assert.equal(msg.subject, '');
  assert.equal(msg.text, 'outer text\ninner text');
  assert.deepEqual(msg.attachments.map((a) => [a.partPath, a.declaredType, a.filename]), [
    ['2', 'message/rfc822', ''],
    ['2.1.2', 'application/zip', 'x.zip'],
  ]);
  assert.deepEqual([...(msg.attachments[1]?.content ?? [])], [0x50, 0x4b, 0x03, 0x04]);
});

test('MIME anomalies: missing boundary, boundary not found, unterminated, bad base64, bad QP', () => {
  const missing = parseMessage(eml('Content-Type: multipart/mixed', '', '--guess', 'Content-Type: text/plain', '', 'found me', '--guess--'), OPTS);
  assert.deepEqual(kinds(missing), ['missing-boundary']);
  assert.equal(missing.text, 'found me');

  const notFound = parseMessage(eml('Content-Type: multipart/mixed; boundary=nope', '', 'just text'), OPTS);
  assert.deepEqual(kinds(notFound), ['boundary-not-found']);
  assert.equal(notFound.text, 'just text');

  const unterminated = parseMessage(eml('Content-Type: multipart/mixed; boundary=b', '', '--b', 'Content-Type: text/plain', '', 'cut'), OPTS);
  assert.deepEqual(kinds(unterminated), ['unterminated-multipart']);
  assert.equal(unterminated.text, 'cut');

  const similar = parseMessage(eml('Content-Type: multipart/mixed; boundary=abc', '', '--abc', '', 'one', '--abcdef', 'still one', '--abc--'), OPTS);
  assert.equal(similar.root.children.length, 1);
  assert.equal(similar.text, 'one\r\n--abcdef\r\nstill one');

  const badB64 = parseMessage(eml('Content-Type: text/plain', 'Content-Transfer-Encoding: base64', '', 'aGVs*bG8=', 'IQ=='), OPTS);
  assert.deepEqual(kinds(badB64), ['bad-base64']);
  assert.equal(badB64.text, 'hello!');

  const badQp = parseMessage(eml('Content-Type: text/plain', 'Content-Transfer-Encoding: quoted-printable', '', 'a=ZZb=3D'), OPTS);
  assert.deepEqual(kinds(badQp), ['bad-transfer-encoding']);
  assert.equal(badQp.text, 'a=ZZb=');

  const unknownCte = parseMessage(eml('Content-Transfer-Encoding: x-weird', '', 'raw'), OPTS);
  assert.deepEqual(kinds(unknownCte), ['bad-transfer-encoding']);
});

test('charset anomalies: unknown charset, UTF-7, mis-declared charset', () => {
  const unknown = parseMessage(eml('Content-Type: text/plain; charset=x-klingon', '', 'qapla'), OPTS);
  assert.deepEqual(kinds(unknown), ['unknown-charset']);
  assert.equal(unknown.text, 'qapla');
  const utf7 = parseMessage(eml('Content-Type: text/plain; charset=utf-7', '', 'Hi +ZeVnLIqe-'), OPTS);
  assert.deepEqual(kinds(utf7), ['utf7']);
  assert.equal(utf7.text, 'Hi 日本語');
  const utf7Header = parseMessage(eml('Subject: =?utf-7?Q?+ZeVnLIqe-?=', '', 'x'), OPTS);
  assert.equal(utf7Header.subject, '日本語');
  assert.deepEqual(kinds(utf7Header), ['utf7']);
  const lie = parseMessage(Buffer.concat([eml('Content-Type: text/plain; charset=utf-8', '', ''), Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x82, 0xc5, 0x82, 0xb7])]), OPTS);
  assert.deepEqual(kinds(lie), ['bad-charset']);
  assert.equal(lie.text, '日本語です');
});

test('limits: message size, MIME depth, part count, header bytes', () => {
  const big = parseMessage(Buffer.concat([eml('Subject: big', '', ''), Buffer.alloc(5000, 0x61)]), { ...OPTS, maxMessageBytes: 1000 });
  assert.deepEqual(kinds(big), ['limit-message-size']);
  assert.equal(big.size, 5000 + 'Subject: big\r\n\r\n'.length);
  assert.ok(big.text.length < 1000);

  let nested = 'text at the bottom';
  for (let i = 0; i < 10; i++) nested = `Content-Type: multipart/mixed; boundary=b${i}\r\n\r\n--b${i}\r\n${nested}\r\n--b${i}--`;
  const deep = parseMessage(Buffer.from(`From: a@b.example\r\n${nested}`), { ...OPTS, maxMimeDepth: 3 });
  assert.ok(kinds(deep).includes('limit-mime-depth'));
  let depth = 0;
  for (let p = deep.root; p.children[0]; p = p.children[0]) depth++;
  assert.equal(depth, 3);

  const parts = ['Content-Type: multipart/mixed; boundary=p', ''];
  for (let i = 0; i < 20; i++) parts.push('--p', '', `part ${i}`);
  parts.push('--p--');
  const many = parseMessage(eml(...parts), { ...OPTS, maxParts: 5 });
  assert.deepEqual(kinds(many), ['limit-part-count']);
  assert.equal(many.root.children.length, 4);

  const header = parseMessage(eml('Subject: first', `X-Long: ${'x'.repeat(2000)}`, 'X-Long: again', 'X-Pad-2: kept', 'X-Pad-3: lost', 'X-After: kept', '', 'body'), { ...OPTS, maxHeaderBytes: 1000 });
  assert.deepEqual(kinds(header), ['limit-header-bytes']);
  assert.equal(header.subject, 'first');
  // Past the limit a field is kept once per new name shape (digits ignored): repeats and numbered padding are not.
  assert.equal(header.headerIndex.get('x-long')?.length, 1);
  assert.deepEqual(header.headerIndex.get('x-pad-2')?.map((f) => f.value), ['kept']);
  assert.equal(header.headerIndex.has('x-pad-3'), false);
  assert.deepEqual(header.headerIndex.get('x-after')?.map((f) => f.value), ['kept']);
  assert.equal(header.text, 'body');
});

test('envelope passes through', () => {
  const msg = parseMessage(eml('Subject: x', '', ''), { ...OPTS, envelope: { mailFrom: 'a@b.example', rcptTo: ['c@d.example'] } });
  assert.deepEqual(msg.envelope, { mailFrom: 'a@b.example', rcptTo: ['c@d.example'] });
});

test('a field name folded before its colon is a field (and a second From)', () => {
  const msg = parseMessage(eml('From', ' : <any@attack.example>', 'From: <admin@legit.example>', 'Subject: x', '', 'body'), OPTS);
  assert.deepEqual(msg.from.map((a) => a.address), ['any@attack.example', 'admin@legit.example']);
  assert.deepEqual(kinds(msg), ['header-malformed', 'duplicate-singleton-header']);
  assert.equal(msg.text, 'body');
});

test('a white-space-only line ends the header unless a continuation follows', () => {
  const sep = parseMessage(eml('Subject: x', 'Content-Type: text/plain', ' ', 'Good Day,', 'more'), OPTS);
  assert.equal(sep.text, 'Good Day,\r\nmore');
  assert.deepEqual(kinds(sep), ['header-malformed']);
  const folded = parseMessage(eml('Subject: a', ' ', ' b', '', 'body'), OPTS);
  assert.equal(folded.subject, 'a  b');
  assert.equal(folded.text, 'body');
});

test('a byte order mark or blank lines before the first field are skipped', () => {
  const bom = parseMessage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), eml('Subject: bom', '', 'x')]), OPTS);
  assert.equal(bom.subject, 'bom');
  const blank = parseMessage(eml('', '', 'Subject: blank', '', 'x'), OPTS);
  assert.equal(blank.subject, 'blank');
});

/** A multipart/alternative message whose parts are given as [content type, body]; `related` wraps the HTML. */
function alternative(parts: [string, string][], related = false): Buffer {
  const lines = ['From: a@example.com', 'Subject: s', 'MIME-Version: 1.0', 'Content-Type: multipart/alternative; boundary=alt', ''];
  for (const [type, body] of parts) {
    lines.push('--alt');
    if (related && type === 'text/html') lines.push('Content-Type: multipart/related; boundary=rel', '', '--rel');
    lines.push(`Content-Type: ${type}; charset=utf-8`, '', body);
    if (related && type === 'text/html') lines.push('--rel', 'Content-Type: image/png', 'Content-ID: <p1>', '', 'iVBORw0KGgo=', '--rel--');
  }
  lines.push('--alt--', '');
  return eml(...lines);
}

test('multipart/alternative: the reader sees the HTML whenever it shows anything, not the alternative the sender puts last', () => {
  const salad = 'Satirical conformity breakfast umbrella';
  const hiddenSalad = `<div style="display:none">${salad}</div>`;
  const rows: { name: string; parts: [string, string][]; related?: boolean; visible: string }[] = [
    { name: 'plain then HTML (the usual order)', parts: [['text/plain', 'plain words'], ['text/html', '<p>html words</p>']], visible: 'html words' },
    { name: 'HTML then a benign plain part placed last', parts: [['text/html', '<p>Your account is suspended</p>'], ['text/plain', 'O HTML não foi carregado corretamente.']], visible: 'Your account is suspended' },
    { name: 'HTML hides its salad and shows a picture; the plain part repeats the salad', parts: [['text/plain', salad], ['text/html', `${hiddenSalad}<a href="https://x.example/"><img src="https://cdn.example/lure.png" width="600"></a>`]], visible: '' },
    { name: 'the same inside multipart/related', parts: [['text/plain', salad], ['text/html', `${hiddenSalad}<img src="cid:p1">`]], related: true, visible: '' },
    { name: 'the same with the HTML first', parts: [['text/html', `${hiddenSalad}<img src="https://cdn.example/lure.png">`], ['text/plain', salad]], visible: '' },
    // Must not: an HTML part that shows nothing at all (no text, no picture) is no alternative to read.
    { name: 'HTML with only a tracking pixel: the plain part is read', parts: [['text/plain', 'plain words'], ['text/html', `${hiddenSalad}<img src="https://t.example/o.gif" width="1" height="1">`]], visible: 'plain words' },
    { name: 'HTML with only a hidden picture: the plain part is read', parts: [['text/plain', 'plain words'], ['text/html', '<img src="https://cdn.example/a.png" style="display:none">']], visible: 'plain words' },
    { name: 'HTML with only a link and no text: the plain part is read', parts: [['text/plain', 'plain words'], ['text/html', '<a href="https://x.example/"></a>']], visible: 'plain words' },
    { name: 'an empty HTML part placed last', parts: [['text/plain', 'plain words'], ['text/html', '<html><body> </body></html>']], visible: 'plain words' },
    { name: 'two plain alternatives: the last with text', parts: [['text/plain', 'first'], ['text/plain', 'second']], visible: 'second' },
  ];
  for (const row of rows) {
    const msg = parseMessage(alternative(row.parts, row.related), OPTS);
    assert.equal(msg.visibleText.trim(), row.visible, row.name);
    // Every alternative is still there for the filters that read all of them.
    for (const [type, body] of row.parts) if (type === 'text/plain') assert.ok(msg.text.includes(body), `${row.name}: text keeps ${body}`);
  }
});

test('stripAngles: what the first <…> holds, as the pattern /<([^>]*)>/ found it', () => {
  const old = (s: string): string => {
    const m = /<([^>]*)>/.exec(s);
    return (m ? m[1]! : s).trim();
  };
  const rows = ['<a@b>', ' x <a@b> y ', 'a@b', '<<a@b>', '<a@b', 'a>b<c', '<>', '< a@b >', 'x<a>b<c>', '<<<', '>>>', '', '<a<b>c>'];
  for (const s of rows) assert.equal(stripAngles(s), old(s), JSON.stringify(s));
});
