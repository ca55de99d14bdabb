import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NotMailError, parseMessage } from './index.js';
import { withoutControlsInTags } from './html.js';
import { SALVAGE_MAX_TEXTS } from './salvage.js';
import { DEFAULT_PARSE_OPTIONS as OPTS, eml } from './test-helpers.js';

/**
 * Kinds found by the mutation sweep (bench/mutations.ts, session 61) at the parser, each closed in general form: a damaged
 * first header line, and body text put past the depth or part limit. Small hand-made messages, must-fire and must-not rows.
 */

const kinds = (raw: Buffer) => parseMessage(raw, OPTS).anomalies.map((a) => a.kind);

const FIELDS = ['From: Bank <alerts@bank.example>', 'To: you@example.org', 'Subject: verify your account', 'Message-ID: <1@bank.example>'];

test('a damaged first header line: the message is still read from its second line (table)', () => {
  const rows: { label: string; first: string }[] = [
    { label: 'a form feed where the colon was', first: 'Return-Path\f <bounce@bank.example>' },
    { label: 'a control byte inside the field name', first: 'Rec\x1feived from mx.example.net by mx.example.org' },
    { label: 'a line of text', first: 'garbage without colon' },
    { label: 'a line of Latin-1 and DEL', first: '\xe9t\xe9\x7f\x7f' },
    { label: 'a Japanese line (UTF-8)', first: 'これはヘッダーではありません' },
    { label: 'two damaged fields, the next one after a control byte', first: 'Return-Pat\x0e: <b@bank.example>\r\nX-Origi\x1bal-To: you@example.org\r\n\x03eceived: from mx.example.net' },
    { label: 'a damaged field with continuation lines', first: 'Received\x0f fro\x08 mx.example.net\r\n\tby mx.example.org with SMTP\r\n\tid 2006D; Tue, 11 Jan 2005 14:31:05 -0500' },
    { label: 'then Delivered-To', first: 'Return-Path\f <b@bank.example>\r\nDelivered-To: you@example.org' },
  ];
  for (const row of rows) {
    const raw = eml(row.first, ...FIELDS, '', 'Please sign in at https://bank.example.top/login');
    const msg = parseMessage(raw, OPTS);
    assert.equal(msg.from[0]?.address, 'alerts@bank.example', `${row.label}: From`);
    assert.equal(msg.subject, 'verify your account', `${row.label}: Subject`);
    assert.match(msg.text, /sign in at https:\/\/bank\.example\.top/, `${row.label}: body`);
    assert.ok(kinds(raw).includes('header-malformed'), `${row.label}: ${kinds(raw).join(', ')}`);
  }
});

test('a damaged first line before something that is not a header is still refused (must not)', () => {
  const rows: { label: string; raw: Buffer }[] = [
    { label: 'two lines of text', raw: Buffer.from('Hello there\nhow are you\n') },
    { label: 'a config file', raw: Buffer.from('# a config file\nfoo = bar\n') },
    { label: 'text, then a field name that mail does not carry first', raw: Buffer.from('notes\nTodo: buy milk\n') },
    { label: 'HTML', raw: Buffer.from('<html>\n<body>hi</body></html>') },
  ];
  for (const row of rows) assert.throws(() => parseMessage(row.raw, OPTS), NotMailError, row.label);
});

test('a MIME part whose first line is text keeps it as body text, even before a From line (must not)', () => {
  const raw = eml(...FIELDS, 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"', '', '--b', 'Forwarded message below', 'From: someone@example.net', '', 'hello', '--b--', '');
  const msg = parseMessage(raw, OPTS);
  assert.match(msg.text, /^Forwarded message below\r?\nFrom: someone@example\.net/);
});

const LURE_EN = 'Your mailbox is full. Sign in to keep your mail: https://mail-verify.example.top/owa';
const LURE_DE = 'Ihr Konto wurde gesperrt. Bestätigen Sie Ihre Daten: https://konto-pruefung.example.top/';
const LURE_JA = 'お客様のアカウントは停止されました。こちらから確認してください: https://account-check.example.top/jp';

/** A message whose content (plain and HTML alternatives) is nested `levels` multiparts deep after `filler` tiny parts. */
function buried(lure: string, levels: number, filler = 0): Buffer {
  const alt = ['Content-Type: multipart/alternative; boundary="alt"', '', '--alt', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', lure, '--alt', 'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', `<p>${lure.replace(/(https:\/\/\S+)/, '<a href="$1">$1</a>')}</p>`, '--alt--', ''];
  let part = alt;
  for (let i = levels; i > 0; i--) part = [`Content-Type: multipart/mixed; boundary="n${i}"`, '', `--n${i}`, ...part, `--n${i}--`, ''];
  const tiny = Array.from({ length: filler }, () => ['--top', 'Content-Type: text/plain; charset=us-ascii', '', '.']).flat();
  return eml(...FIELDS, 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="top"', '', ...tiny, '--top', ...part, '--top--', '');
}

test('body text past the depth or part limit is read with the rest of the body (table: en, de, ja)', () => {
  const rows: { label: string; levels: number; filler: number; anomaly: string }[] = [
    { label: '30 multiparts deep (limit 20)', levels: 30, filler: 0, anomaly: 'limit-mime-depth' },
    { label: '2,000 multiparts deep', levels: 2000, filler: 0, anomaly: 'limit-mime-depth' },
    { label: 'after 600 tiny parts (limit 500)', levels: 0, filler: 600, anomaly: 'limit-part-count' },
    { label: 'after 600 tiny parts and 25 deep', levels: 25, filler: 600, anomaly: 'limit-part-count' },
  ];
  for (const lure of [LURE_EN, LURE_DE, LURE_JA]) {
    for (const row of rows) {
      const raw = buried(lure, row.levels, row.filler);
      const msg = parseMessage(raw, OPTS);
      const url = /https:\/\/\S+/.exec(lure)![0];
      assert.ok(msg.text.includes(lure), `${row.label}: plain text read (${lure.slice(0, 20)})`);
      assert.ok(msg.visibleText.includes(lure.slice(0, 20)), `${row.label}: shown text read`);
      assert.ok(msg.htmlFacts.links.some((l) => l.href === url), `${row.label}: the HTML link is seen`);
      assert.ok(kinds(raw).includes(row.anomaly as never), `${row.label}: ${kinds(raw).join(', ')}`);
    }
  }
});

test('text past the limit keeps its own `--` lines (a signature, a quoted original) inside it', () => {
  const lure = ['Please verify your account: https://paypa1-verify.example.top/', '', '-------- Original Message --------', 'Subject: Your account', 'From: service@paypal.example', '', '-- ', 'PayPal security team, https://paypa1-verify.example.top/help'].join('\r\n');
  for (const [label, levels, filler] of [['30 deep', 30, 0], ['2,000 deep (more boundaries than any list)', 2000, 0], ['after 600 parts', 0, 600]] as const) {
    const msg = parseMessage(buried(lure, levels, filler), OPTS);
    assert.ok(msg.text.includes('PayPal security team'), `${label}: the text after the quoted original is read`);
    assert.ok(msg.text.includes('Please verify your account'), `${label}: the start`);
  }
});

test('text salvage is bounded and prefers text with a link over filler (must not: filler never pushes the lure out)', () => {
  // 40 filler parts of 2 KB past the part limit, then the lure: the lure (it has a link) is kept, at most SALVAGE_MAX_TEXTS in all.
  const filler = Array.from({ length: 540 }, (_, i) => ['--top', 'Content-Type: text/plain', '', i >= 500 ? 'lorem ipsum '.repeat(170) : '.']).flat();
  const raw = eml(...FIELDS, 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="top"', '', ...filler, '--top', 'Content-Type: text/plain', '', LURE_EN, '--top--', '');
  const msg = parseMessage(raw, OPTS);
  assert.ok(msg.text.includes(LURE_EN));
  const salvagedTexts = msg.root.children.filter((c) => c.path.startsWith('salvaged.text.'));
  assert.ok(salvagedTexts.length <= SALVAGE_MAX_TEXTS, `${salvagedTexts.length} text parts`);
  // Within the limits nothing is salvaged.
  const plain = parseMessage(buried(LURE_EN, 5), OPTS);
  assert.equal(plain.root.children.some((c) => c.path.startsWith('salvaged.')), false);
  assert.equal(plain.text.split(LURE_EN).length - 1, 1, 'the text is read once');
});

test('junk lines in a row inside the header are read past when a standard field follows within three lines (table)', () => {
  const rows: { label: string; junk: string[] }[] = [
    { label: 'two lines without a colon before From', junk: ['garbage without colon', 'another junk line'] },
    { label: 'three lines, one of control bytes', junk: ['junk one', '\x01\x02\x03', 'junk three'] },
    { label: 'two Japanese lines', junk: ['ヘッダーではない行', 'もう一行'] },
  ];
  for (const row of rows) {
    const raw = eml('Received: from mx.example.net by mx.example.org', ...row.junk, ...FIELDS, '', 'Sign in at https://bank.example.top/login');
    const msg = parseMessage(raw, OPTS);
    assert.equal(msg.from[0]?.address, 'alerts@bank.example', `${row.label}: From`);
    assert.equal(msg.subject, 'verify your account', `${row.label}: Subject`);
    assert.match(msg.text, /^Sign in at/, `${row.label}: body`);
  }
  // Must not: four junk lines, or text lines before a blank line, start the body (a message without a separator).
  const four = parseMessage(eml('From: a@b.example', 'Subject: s', 'Dear customer,', 'line two', 'line three', 'line four', 'To: x@example.org', '', 'end'), OPTS);
  assert.equal(four.headerIndex.has('to'), false);
  assert.match(four.text, /^Dear customer,/);
  const blank = parseMessage(eml('From: a@b.example', 'Subject: s', 'Dear customer,', '', 'To: x@example.org'), OPTS);
  assert.equal(blank.headerIndex.has('to'), false);
});

test('NUL or control bytes after a boundary delimiter and after a soft line break do not hide the parts (table)', () => {
  for (const [label, pad] of [['NUL', '\0'], ['control bytes', '\x01\x1f'], ['DEL and a space', '\x7f ']] as const) {
    const raw = eml(...FIELDS, 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"', '', `--b${pad}`, 'Content-Type: text/html', 'Content-Transfer-Encoding: quoted-printable', '',
      `<p>Your parcel is held. Pay the fee at <a href=3D"https://parcel-fee.example.top/pay">the post o=${pad}`, `ffice</a></p>`, `--b--`, '');
    const msg = parseMessage(raw, OPTS);
    assert.equal(msg.root.children.length, 1, `${label}: one part`);
    assert.ok(msg.htmlFacts.links.some((l) => l.href === 'https://parcel-fee.example.top/pay' && l.text === 'the post office'), `${label}: the link and its text`);
    assert.ok(kinds(raw).includes('nul-bytes'), `${label}: recorded`);
  }
  // Must not: a longer boundary sharing the prefix is still not ours.
  const longer = parseMessage(eml(...FIELDS, 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"', '', '--b', 'Content-Type: text/plain', '', 'one --bcd', '--bcd', 'still one', '--b--', ''), OPTS);
  assert.equal(longer.root.children.length, 1);
  assert.match(longer.text, /still one/);
});

test('base64 with URL-safe letters slipped into a standard-alphabet body decodes as a client does (RFC 2045 §6.8)', () => {
  const lure = 'Your mailbox is full. Sign in: https://mail-verify.example.top/owa?x=1&y=2 ??>>';
  const b64 = Buffer.from(lure).toString('base64');
  assert.ok(/[+/]/.test(b64), 'the body uses the standard alphabet');
  for (const junk of ['-', '_', '-_-', '!-*']) {
    const damaged = `${b64.slice(0, 10)}${junk}${b64.slice(10, 30)}${junk}${b64.slice(30)}`;
    const msg = parseMessage(eml(...FIELDS, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', '', damaged, ''), OPTS);
    assert.equal(msg.text.trim(), lure, `junk ${junk}`);
  }
  // Must not: a body in the URL-safe alphabet alone still decodes with it.
  const urlSafe = Buffer.from(lure).toString('base64url');
  assert.ok(/[-_]/.test(urlSafe));
  const msg = parseMessage(eml(...FIELDS, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', '', urlSafe, ''), OPTS);
  assert.equal(msg.text.trim(), lure);
});

test('a link nested deeper than the HTML depth cap keeps its text and pictures (30,000 div elements around the lure)', () => {
  for (const depth of [300, 30_000]) {
    const html = `${'<div>'.repeat(depth)}<p>Confirm at <a href="https://paypa1-login.example.top/">https://www.paypal.com/signin</a></p><a href="https://x.example.top/"><img src="https://img.example.top/b.png" width="600"></a><style>p { color: red }</style>${'</div>'.repeat(depth)}`;
    const msg = parseMessage(eml(...FIELDS, 'Content-Type: text/html', '', html), OPTS);
    assert.ok(msg.htmlFacts.links.some((l) => l.kind === 'a' && l.text === 'https://www.paypal.com/signin'), `${depth}: the shown address of the link`);
    assert.ok(!msg.visibleText.includes('color: red'), `${depth}: a style sheet is not text`);
  }
});

test('a MIME part whose separator line holds a NUL ends its header at the next delimiter (the next part is not swallowed)', () => {
  const raw = eml(...FIELDS, 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="outer"', '', '--outer\0', 'Content-Type: multipart/related; boundary="inner"\0', '\0',
    '--inner\0', 'Content-Type: text/html; charset=utf-8\0', '\0', '<a href="https://parcel-fee.example.top/pay">Pay the fee</a>\0', '--inner--\0', '--outer--\0', '');
  const msg = parseMessage(raw, OPTS);
  assert.ok(msg.htmlFacts.links.some((l) => l.href === 'https://parcel-fee.example.top/pay' && l.text === 'Pay the fee'));
  assert.equal(msg.root.children[0]?.contentType, 'multipart/related');
  assert.equal(msg.root.children[0]?.children[0]?.contentType, 'text/html');
  // Must not: at the top level a `--` junk line before From is still read past (the header-evasion rule).
  const top = parseMessage(eml('Received: from mx.example.net', '--junk--', ...FIELDS, '', 'body'), OPTS);
  assert.equal(top.subject, 'verify your account');
});

test('control bytes inside HTML tags: the link is read as a client that drops them shows it, and the bytes are recorded (table: en, de, ja)', () => {
  const rows: { label: string; html: string; href: string; text: string; removed: number }[] = [
    { label: 'a NUL after the tag name (en)', html: '<p>Your mailbox is full.<a\0 href="https://owa-verify.example.top/login">Sign in</a></p>', href: 'https://owa-verify.example.top/login', text: 'Sign in', removed: 1 },
    { label: 'a NUL before each line break inside the tag (de)', html: '<p>Konto gesperrt.\0\r\n<a\0\r\nhref="https://konto-pruefung.example.top/"\0\r\n>Jetzt best\u00e4tigen</a\0>\0\r\n</p>', href: 'https://konto-pruefung.example.top/', text: 'Jetzt best\u00e4tigen', removed: 3 },
    { label: 'a NUL between < and the name (ja)', html: '<p>\u30a2\u30ab\u30a6\u30f3\u30c8\u505c\u6b62<\0a href="https://account-check.example.top/jp">\u4eca\u3059\u3050\u78ba\u8a8d</a></p>', href: 'https://account-check.example.top/jp', text: '\u4eca\u3059\u3050\u78ba\u8a8d', removed: 1 },
    { label: 'other C0 controls and DEL in the name and the attribute name', html: '<a\x01\x7f hr\x1fef="https://pay.example.top/">Pay now</a>', href: 'https://pay.example.top/', text: 'Pay now', removed: 3 },
    { label: 'a NUL inside the address', html: '<a href="https://parcel\0-fee.example.top/pay">Pay the fee</a>', href: 'https://parcel-fee.example.top/pay', text: 'Pay the fee', removed: 1 },
  ];
  for (const row of rows) {
    const msg = parseMessage(eml(...FIELDS, 'Content-Type: text/html; charset=utf-8', '', row.html), OPTS);
    assert.ok(msg.htmlFacts.links.some((l) => l.kind === 'a' && l.href === row.href && l.text === row.text), `${row.label}: ${JSON.stringify(msg.htmlFacts.links)}`);
    assert.equal(msg.htmlFacts.tagControlChars, row.removed, row.label);
    assert.deepEqual(msg.anomalies.filter((a) => a.kind === 'html-control-in-tag').map((a) => a.detail), [`${row.removed} control byte(s) inside HTML tags, read as if absent`], row.label);
    assert.ok(msg.visibleText.includes(row.text), `${row.label}: ${msg.visibleText}`);
  }
});

test('control bytes outside tags, and white space inside them, are no control in a tag (must not)', () => {
  const rows: { label: string; html: string }[] = [
    { label: 'clean HTML', html: '<p>Hello <a href="https://example.org/">there</a></p>' },
    { label: 'tab, line feed, form feed and CR inside a tag (HTML white space)', html: '<a\thref="https://example.org/"\r\n\fclass="x">there</a>' },
    { label: 'a NUL in the text between tags', html: '<p>Minutes\0 of the meeting</p>\0\r\n<p>Next week</p>' },
    { label: 'a < that opens no tag, then a NUL in the text', html: '<p>if 5 < 6\0 then</p>' },
  ];
  for (const row of rows) {
    const msg = parseMessage(eml(...FIELDS, 'Content-Type: text/html; charset=utf-8', '', row.html), OPTS);
    assert.equal(msg.htmlFacts.tagControlChars ?? 0, 0, row.label);
    assert.ok(!kinds(eml(...FIELDS, 'Content-Type: text/html; charset=utf-8', '', row.html)).includes('html-control-in-tag'), row.label);
  }
  const same = '<p>Hello <a href="https://example.org/">there</a></p>';
  assert.equal(withoutControlsInTags(same).html, same, 'nothing made for HTML without a control byte');
});

/** `inner` (a whole message) forwarded as a message/rfc822 attachment of a short note, `levels` times. */
function forwarded(inner: string, levels: number): Buffer {
  let msg = inner;
  for (let i = levels; i > 0; i--) {
    msg = [...FIELDS, 'MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="fwd${i}"`, '', `--fwd${i}`, 'Content-Type: text/plain', '', 'See below.', `--fwd${i}`, 'Content-Type: message/rfc822', '', msg, `--fwd${i}--`, ''].join('\r\n');
  }
  return Buffer.from(msg, 'utf8');
}

test('a message forwarded as an attachment past the depth limit: the innermost letter is still read (table: en, de, ja; 10 and 100 levels)', () => {
  const rows: { label: string; inner: string; lure: string }[] = [
    { label: 'en, one text/html part', lure: 'Sign in to keep your mail', inner: ['From: IT <it@mail-admin.example.top>', 'Subject: quota', 'Content-Type: text/html; charset=utf-8', '', '<p>Your mailbox is full. <a href="https://owa-verify.example.top/login">Sign in to keep your mail</a></p>'].join('\r\n') },
    { label: 'de, text/plain in base64', lure: 'Bestätigen Sie Ihre Daten', inner: ['From: Bank <info@konto.example.top>', 'Subject: Konto', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', '', Buffer.from(`${LURE_DE}\n`).toString('base64')].join('\r\n') },
    { label: 'ja, no Content-Type (text/plain)', lure: 'こちらから確認してください', inner: ['From: Support <s@account-check.example.top>', 'Subject: =?UTF-8?B?44GK55+l44KJ44Gb?=', '', LURE_JA].join('\r\n') },
  ];
  for (const levels of [10, 100]) {
    for (const row of rows) {
      const msg = parseMessage(forwarded(row.inner, levels), OPTS);
      assert.ok(msg.visibleText.includes(row.lure) || msg.text.includes(row.lure), `${levels} ${row.label}: ${msg.visibleText.slice(0, 200)}`);
      if (levels === 100) assert.ok(msg.anomalies.some((a) => a.kind === 'limit-mime-depth'), `${row.label}: the limit is recorded`);
    }
  }
});

test('an attached message past the depth limit that is a file, or a multipart, is not read as a second letter (must not)', () => {
  const file = ['From: a@example.org', 'Subject: x', 'Content-Type: text/plain', 'Content-Disposition: attachment; filename="notes.txt"', '', 'meeting notes only'].join('\r\n');
  const msg = parseMessage(forwarded(file, 100), OPTS);
  assert.ok(!msg.text.includes('meeting notes only') && !msg.visibleText.includes('meeting notes only'), 'an attachment is no body text');
  const multi = ['From: a@example.org', 'Subject: x', 'MIME-Version: 1.0', 'Content-Type: multipart/alternative; boundary="alt"', '', '--alt', 'Content-Type: text/plain', '', 'the plain alternative once', '--alt--', ''].join('\r\n');
  const m2 = parseMessage(forwarded(multi, 100), OPTS);
  assert.equal(m2.text.split('the plain alternative once').length - 1, 1, 'read once, as its own part');
});
