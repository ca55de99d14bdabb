import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import { headersFamily } from './index.js';
import { isShouting } from './subject-and-mailer.js';
import { enUsNumber } from './structure.js';
import { prng } from '../../test-support/campaign-corpus.js';

const scanner = await createScanner({
  config: defaultConfig(),
  families: [headersFamily],
  services: { now: () => new Date('2026-11-23T12:00:00Z') },
});

const BASE: Record<string, string> = {
  'Received': 'from mail.example.org (mail.example.org [203.0.113.5]) by mx.example.net with ESMTP id 1; Mon, 23 Nov 2026 10:00:05 +0000',
  'From': 'Alice <alice@example.org>',
  'To': 'Bob <bob@example.net>',
  'Subject': 'minutes of the meeting',
  'Date': 'Mon, 23 Nov 2026 10:00:00 +0000',
  'Message-ID': '<abc.123@example.org>',
};

/** A message from BASE with some headers replaced (string) or removed (null), plus extra lines. */
function message(changes: Record<string, string | null> = {}, extra: string[] = [], body = 'Hello Bob,\r\nsee you.\r\n'): Uint8Array {
  const headers = { ...BASE, ...changes };
  const lines = Object.entries(headers)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, value]) => `${name}: ${value}`);
  return new TextEncoder().encode([...lines, ...extra, '', body].join('\r\n'));
}

async function ids(raw: Uint8Array, envelope?: { mailFrom: string }): Promise<string[]> {
  const report = await scanner.scan({ source: 't', raw, ...(envelope ? { envelope } : {}) });
  return report.findings.map((f) => f.id);
}

const cases: { description: string; raw: Uint8Array; expect: string[]; forbid?: string[] }[] = [
  { description: 'an ordinary message raises nothing', raw: message(), expect: [], forbid: ['HDR_DATE_PAST', 'HDR_RECEIVED_MALFORMED'] },
  { description: 'no Message-ID', raw: message({ 'Message-ID': null }), expect: ['HDR_MESSAGE_ID_MISSING'] },
  { description: 'Message-ID without @', raw: message({ 'Message-ID': '<20261123100000>' }), expect: ['HDR_MESSAGE_ID_MALFORMED'] },
  { description: 'no Date', raw: message({ Date: null }), expect: ['HDR_DATE_MISSING'] },
  { description: 'Date that is not a date', raw: message({ Date: 'tomorrow-ish' }), expect: ['HDR_DATE_INVALID'] },
  { description: 'Date two days after reception', raw: message({ Date: 'Wed, 25 Nov 2026 10:00:00 +0000' }), expect: ['HDR_DATE_FUTURE'] },
  { description: 'Date a week before reception', raw: message({ Date: 'Mon, 16 Nov 2026 10:00:00 +0000' }), expect: ['HDR_DATE_PAST'] },
  {
    description: 'an archived message is judged against its reception time, not the scan time',
    raw: message({
      Date: 'Mon, 16 Dec 2002 23:07:49 +0900',
      Received: 'from a.example (a.example [198.51.100.7]) by mx.example.net; Mon, 16 Dec 2002 14:31:36 +0000',
    }),
    expect: [],
    forbid: ['HDR_DATE_PAST', 'HDR_DATE_FUTURE'],
  },
  {
    description: 'a lower hop dated a day after the hop above it',
    raw: message({}, ['Received: from x.example (x.example [198.51.100.9]) by mail.example.org; Tue, 24 Nov 2026 12:00:00 +0000']),
    expect: ['HDR_RECEIVED_TIME_REVERSED'],
  },
  {
    description: 'a lower hop is held against the nearest dated hop above it, past an undated one',
    raw: message({}, ['Received: from somewhere by nowhere', 'Received: from x.example (x.example [198.51.100.9]) by mail.example.org; Tue, 24 Nov 2026 12:00:00 +0000']),
    expect: ['HDR_RECEIVED_TIME_REVERSED', 'HDR_RECEIVED_MALFORMED'],
  },
  {
    description: 'hops in time order, an undated one between them, are not reversed',
    raw: message({}, ['Received: from somewhere by nowhere', 'Received: from x.example (x.example [198.51.100.9]) by mail.example.org; Mon, 23 Nov 2026 09:00:00 +0000']),
    expect: ['HDR_RECEIVED_MALFORMED'],
    forbid: ['HDR_RECEIVED_TIME_REVERSED'],
  },
  {
    description: 'qmail comment-only hops are legitimate',
    raw: message({}, ['Received: (qmail 18769 invoked from network); 23 Nov 2026 09:59:00 -0000']),
    expect: [],
    forbid: ['HDR_RECEIVED_MALFORMED'],
  },
  { description: 'a hop without a time stamp', raw: message({}, ['Received: from somewhere by nowhere']), expect: ['HDR_RECEIVED_MALFORMED'] },
  {
    description: 'HELO as gmail.com from an unrelated host',
    raw: message({ Received: 'from gmail.com (dsl-1-2-3.isp.example [198.51.100.3]) by mx.example.net; Mon, 23 Nov 2026 10:00:05 +0000' }),
    expect: ['HDR_RECEIVED_HELO_FORGED'],
  },
  {
    description: 'HELO as gmail.com from Google is fine',
    raw: message({ Received: 'from mail-wr1-f41.google.com (mail-wr1-f41.google.com [209.85.221.41]) by mx.example.net; Mon, 23 Nov 2026 10:00:05 +0000' }),
    expect: [],
    forbid: ['HDR_RECEIVED_HELO_FORGED'],
  },
  {
    description: 'HELO with another public IP literal',
    raw: message({ Received: 'from [198.51.100.77] (host.example [203.0.113.9]) by mx.example.net; Mon, 23 Nov 2026 10:00:05 +0000' }),
    expect: ['HDR_RECEIVED_HELO_IP_MISMATCH'],
  },
  {
    description: 'HELO with a private IP literal behind NAT is fine',
    raw: message({ Received: 'from [192.168.1.2] (host.example [203.0.113.9]) by mx.example.net; Mon, 23 Nov 2026 10:00:05 +0000' }),
    expect: [],
    forbid: ['HDR_RECEIVED_HELO_IP_MISMATCH'],
  },
  { description: 'no From', raw: message({ From: null }), expect: ['HDR_FROM_MISSING'] },
  {
    description: 'bounces to another organisation',
    raw: message({}, ['Return-Path: <bounce-123@mailer.example.com>']),
    expect: ['HDR_FROM_RETURN_PATH_MISMATCH'],
  },
  {
    description: 'bounces to a subdomain of the same organisation are fine',
    raw: message({}, ['Return-Path: <bounce@lists.example.org>']),
    expect: [],
    forbid: ['HDR_FROM_RETURN_PATH_MISMATCH'],
  },
  { description: 'recipients hidden', raw: message({ To: 'undisclosed-recipients:;' }), expect: ['HDR_TO_MISSING'] },
  {
    description: 'thirty visible recipients',
    raw: message({ To: Array.from({ length: 30 }, (_, i) => `u${i}@example.net`).join(', ') }),
    expect: ['HDR_TO_MANY'],
  },
  { description: 'addressed to the sender alone, readers in Bcc', raw: message({ To: 'ALICE <Alice@example.org>' }), expect: ['HDR_TO_SELF'], forbid: ['HDR_TO_MISSING'] },
  { description: 'to the sender and a Cc is not to the sender alone', raw: message({ To: 'Alice <alice@example.org>' }, ['Cc: Bob <bob@example.net>']), expect: [], forbid: ['HDR_TO_SELF'] },
  { description: 'to the sender and another is not to the sender alone', raw: message({ To: 'Alice <alice@example.org>, Bob <bob@example.net>' }), expect: [], forbid: ['HDR_TO_SELF'] },
  { description: 'to another address of the same domain is no self-address', raw: message({ To: 'Team <team@example.org>' }), expect: [], forbid: ['HDR_TO_SELF'] },
  { description: 'shouting subject', raw: message({ Subject: 'MAKE MONEY FAST WITH THIS OFFER' }), expect: ['HDR_SUBJECT_SHOUTING'] },
  { description: 'exclamation marks', raw: message({ Subject: 'you won!!!' }), expect: ['HDR_SUBJECT_SHOUTING'] },
  { description: 'a short acronym subject is not shouting', raw: message({ Subject: 'RE: NDA' }), expect: [], forbid: ['HDR_SUBJECT_SHOUTING'] },
  { description: 'spamware mailer', raw: message({}, ['X-Mailer: Atomic Mail Sender 9.1']), expect: ['HDR_BULK_MAILER'] },
  { description: 'list headers are informational', raw: message({}, ['List-Unsubscribe: <mailto:u@example.org>']), expect: ['HDR_LIST_HEADERS'] },
  { description: 'two Subject headers', raw: message({}, ['Subject: another subject']), expect: ['HDR_DUPLICATE_SINGLETON'] },
  {
    description: 'multipart without a boundary',
    raw: message({}, ['MIME-Version: 1.0', 'Content-Type: multipart/mixed']),
    expect: ['MIME_BAD_BOUNDARY'],
  },
  {
    description: 'UTF-7 text',
    raw: message({}, ['MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-7'], 'Hi +AGEAYgBj-'),
    expect: ['MIME_UTF7'],
  },
  {
    description: 'hidden filler text in HTML',
    raw: message(
      {},
      ['MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8'],
      `<p>Buy now</p><div style="display:none">${'lorem ipsum dolor '.repeat(20)}</div>`,
    ),
    expect: ['MIME_HIDDEN_TEXT', 'MIME_HTML_ONLY'],
  },
  {
    description: 'words split by zero-width characters',
    raw: message({}, ['MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8'], 'V\u200Bi\u200Ba\u200Bg\u200Br\u200Ba'),
    expect: ['MIME_INVISIBLE_CHARS'],
  },
  // Session 22: zero-width characters inside words against a newsletter's preheader spacing (mail/parse/invisible.ts).
  {
    description: 'words split by zero-width entities in HTML',
    raw: message({}, ['MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8'], "<p>We've de&zwnj;tec&zwnj;ted un&zwnj;usual act&zwnj;ivity on your ac&#8203;count</p>"),
    expect: ['MIME_INVISIBLE_CHARS'],
  },
  {
    description: "a newsletter's preheader spacing (&zwnj;&nbsp; runs after the text) is no invisible-character trick",
    raw: message({}, ['MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8'],
      `<div style="display:none;max-height:0;overflow:hidden">Your order #00099 has been processed.${'&zwnj;&nbsp;'.repeat(90)}</div><p>Thank you for your order.</p>`),
    expect: ['MIME_HTML_ONLY'],
    forbid: ['MIME_INVISIBLE_CHARS'],
  },
  {
    description: "the preheader spacing of a template's plain part is no invisible-character trick",
    raw: message({}, ['MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8'], `Your order has been processed.\r\n${'\u200c '.repeat(150)}\r\nThank you for your order.`),
    expect: [],
    forbid: ['MIME_INVISIBLE_CHARS'],
  },
  // Session 22: text pushed out of view by an empty block beyond any screen (mail/parse/pushed-out.ts).
  {
    description: 'a lure, an empty block of 2000vh, then a copied newsletter: the newsletter is pushed out of view',
    raw: message({}, ['MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8'],
      `<a href="https://lure.example/v.php"><img src="https://cdn.example/a.webp"></a><style>.w{display:flex;height:2000vh}</style><div class="w"></div><p>${'New in: wool coats, knitwear and boots for the season. '.repeat(8)}</p>`),
    expect: ['MIME_TEXT_PUSHED_OUT_OF_VIEW', 'MIME_HTML_ONLY'],
  },
  {
    description: 'a lure, 120 line breaks, then filler text',
    raw: message({}, ['MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8'],
      `<p>Your mailbox is full: <a href="https://lure.example">upgrade</a></p>${'<br>\r\n'.repeat(120)}<p>${'The meeting notes from Tuesday are attached below. '.repeat(8)}</p>`),
    expect: ['MIME_TEXT_PUSHED_OUT_OF_VIEW', 'MIME_HTML_ONLY'],
  },
  {
    description: 'a spacer beyond a screen followed by a short footer line is not the trick',
    raw: message({}, ['MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8'], '<p>Hello</p><div style="height:3000px"></div><p>Unsubscribe</p>'),
    expect: ['MIME_HTML_ONLY'],
    forbid: ['MIME_TEXT_PUSHED_OUT_OF_VIEW'],
  },
  {
    description: 'a newsletter with spacer cells, row heights and <br> pairs is not pushed out of view',
    raw: message({}, ['MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8'],
      `<table width="600"><tr><td height="40">&nbsp;</td></tr><tr><td height="300"><img src="https://cdn.example/hero.png" height="300"></td></tr><tr><td height="20"></td></tr>${'<tr><td style="padding:20px 0">Our autumn range is here.<br><br>Coats, knitwear and boots.</td></tr><tr><td height="60" style="line-height:60px">&nbsp;</td></tr>'.repeat(30)}</table>`),
    expect: ['MIME_HTML_ONLY'],
    forbid: ['MIME_TEXT_PUSHED_OUT_OF_VIEW'],
  },
  // Session 32: text in the colour of what is behind it (mail/parse/ink.ts).
  {
    description: 'a lure, then hash-busting words in near-white on the white page',
    raw: message({}, ['MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8'],
      `<p>Your mailbox is full: <a href="https://lure.example">upgrade</a></p><p style="color:#fdfdfd">${'garden library tulips seed swap reading group committee minutes '.repeat(5)}</p>`),
    expect: ['MIME_TEXT_INVISIBLE_COLOUR', 'MIME_HTML_ONLY'],
    forbid: ['MIME_HIDDEN_TEXT'],
  },
  {
    description: 'black words in a cell whose table is black',
    raw: message({}, ['MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8'],
      `<p>Invoice attached.</p><table bgcolor="#000000"><tr><td><font color="black">${'garden library tulips seed swap reading group committee minutes '.repeat(5)}</font></td></tr></table>`),
    expect: ['MIME_TEXT_INVISIBLE_COLOUR', 'MIME_HTML_ONLY'],
  },
  {
    description: 'a long white text on a dark header cell is seen',
    raw: message({}, ['MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8'],
      `<table><tr><td bgcolor="#003366"><p style="color:#ffffff">${'Our spring programme of walks, lectures and workshops. '.repeat(6)}</p></td></tr></table>`),
    expect: ['MIME_HTML_ONLY'],
    forbid: ['MIME_TEXT_INVISIBLE_COLOUR'],
  },
  // Sender addresses that are not mail addresses (issue 17, item 3).
  { description: 'From domain without a dot', raw: message({ From: 'PayPal <service@paypal>' }), expect: ['HDR_FROM_INVALID'], forbid: ['HDR_FROM_MISSING', 'HDR_ADDRESS_INVALID'] },
  { description: 'From domain with a space', raw: message({ From: 'Bank <alerts@secure bank.com>' }), expect: ['HDR_FROM_INVALID'] },
  { description: 'From address ending in a quote mark inside the angle brackets', raw: message({ From: `"Streaming-Steuerung" <69ph1yrakadm@63x8gm8yh44c.example'>` }), expect: ['HDR_FROM_INVALID'] },
  { description: 'From address whose local part starts with an apostrophe is valid', raw: message({ From: `Jo <'jo@example.com>` }), expect: [], forbid: ['HDR_FROM_INVALID'] },
  // Session 35: a From name across an unquoted comma — what clients show is not the mailbox the header names.
  { description: 'From name with an unquoted comma before the address', raw: message({ From: 'Nackte Frauen, jehd <service@stayfriends.example>' }), expect: ['HDR_FROM_COMMA_IN_NAME'], forbid: ['HDR_FROM_INVALID'] },
  { description: 'From with a quoted address as its name, then a comma', raw: message({ From: '"delivery@GLS.de", <service@stayfriends.example>' }), expect: ['HDR_FROM_COMMA_IN_NAME'] },
  // Session 46: several authors without a Sender (RFC 5322 §3.6.2).
  { description: 'two authors in From and no Sender', raw: message({ From: '<leno633@portal.example>,\r\n\t<keeton456@portal.example>' }), expect: ['HDR_FROM_MULTIPLE'] },
  { description: 'two authors with a Sender is RFC 5322', raw: message({ From: 'Ann <ann@example.com>, Bob <bob@example.com>', Sender: 'Ann <ann@example.com>' }), expect: [], forbid: ['HDR_FROM_MULTIPLE'] },
  { description: 'the same address twice is one author', raw: message({ From: 'news@meteo.example, news@meteo.example' }), expect: [], forbid: ['HDR_FROM_MULTIPLE'] },
  { description: 'a comma in the name is one mailbox to a reader, not two authors', raw: message({ From: 'Fedex, <noreply@team.example>' }), expect: ['HDR_FROM_COMMA_IN_NAME'], forbid: ['HDR_FROM_MULTIPLE'] },
  { description: 'From name with a comma in quotes is RFC 5322', raw: message({ From: '"Doe, John" <john@example.com>' }), expect: [], forbid: ['HDR_FROM_COMMA_IN_NAME'] },
  { description: 'an IDN From is valid', raw: message({ From: '=?utf-8?B?5L6L?= <info@例え.テスト>' }), expect: ['HDR_8BIT'], forbid: ['HDR_FROM_INVALID'] },
  { description: 'an SMTPUTF8 From is valid', raw: message({ From: 'Ünal <ünal@bücher.example>' }), expect: ['HDR_8BIT'], forbid: ['HDR_FROM_INVALID', 'HDR_ADDRESS_INVALID'] },
  // Session 30: a From domain under a top-level name that does not exist; names kept for private or test use are no lie.
  { description: 'From domain under a top-level name that does not exist (.zn)', raw: message({ From: 'Bericht van Zilveren Kruis <voor-een-gezonder-nederland@zilveren-kruis.zn>' }), expect: ['HDR_FROM_INVALID'] },
  { description: 'From domain under a new generic top-level name (.africa) is valid', raw: message({ From: 'Shop <news@store.africa>' }), expect: [], forbid: ['HDR_FROM_INVALID'] },
  { description: 'From domain under an IDN country code (.рф) is valid', raw: message({ From: 'Магазин <info@пример.рф>' }), expect: ['HDR_8BIT'], forbid: ['HDR_FROM_INVALID'] },
  { description: 'From a machine on a private network (.localdomain) is no lie', raw: message({ From: 'root <root@host.localdomain>' }), expect: [], forbid: ['HDR_FROM_INVALID'] },
  { description: 'From an address munged against harvesters (.nospam) is no lie', raw: message({ From: 'Jane <jane@example.org.nospam>' }), expect: [], forbid: ['HDR_FROM_INVALID'] },
  { description: 'Reply-To under a missing top-level name is left to From only', raw: message({}, ['Reply-To: collect@mailhost.zn']), expect: [], forbid: ['HDR_FROM_INVALID', 'HDR_ADDRESS_INVALID'] },
  { description: 'Reply-To without a dot', raw: message({}, ['Reply-To: collect@mailhost']), expect: ['HDR_ADDRESS_INVALID'], forbid: ['HDR_FROM_INVALID'] },
  { description: 'Return-Path with a bare IP domain', raw: message({}, ['Return-Path: <bounce@203.0.113.9>']), expect: ['HDR_ADDRESS_INVALID'] },
  // Session 37: a bounce address under a top-level name that does not exist; private-use names stay valid there too.
  { description: 'Return-Path under a top-level name that does not exist (.cuk)', raw: message({}, ['Return-Path: <1246062002-WITPfsJCEl@5wc0f8nzjobyge527r6jj3qOJX6eI6.cuk>']), expect: ['HDR_ADDRESS_INVALID', 'HDR_FROM_RETURN_PATH_MISMATCH'], forbid: ['HDR_FROM_INVALID'] },
  { description: 'Return-Path of a machine on a private network (.localdomain) is no lie', raw: message({}, ['Return-Path: <root@host.localdomain>']), expect: ['HDR_FROM_RETURN_PATH_MISMATCH'], forbid: ['HDR_ADDRESS_INVALID'] },
  { description: 'Return-Path under a new generic top-level name (.africa) is valid', raw: message({}, ['Return-Path: <bounce@mail.store.africa>']), expect: ['HDR_FROM_RETURN_PATH_MISMATCH'], forbid: ['HDR_ADDRESS_INVALID'] },
  { description: 'the null Return-Path is valid', raw: message({}, ['Return-Path: <>']), expect: [], forbid: ['HDR_ADDRESS_INVALID'] },
  // Session 35: text hidden inside words (a word filter reads the splice, the reader the word).
  {
    description: 'hidden text spliced into words',
    raw: message({}, ['MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8'],
      '<p>Secure your Led<span style="font-size:0.0000000007em">massif</span>ger wal<span style="display:none">usual</span>let with the new fir<span style="font-size:0">status</span>mware today.</p>'),
    expect: ['MIME_HIDDEN_TEXT_IN_WORDS', 'MIME_HTML_ONLY'],
  },
  {
    description: 'a hidden preheader between blocks or words is not inside a word',
    raw: message({}, ['MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8'],
      '<div style="display:none">Your December news</div><p>Hello <span style="display:none">a</span> there,</p><p>one<span style="display:none">b</span> two<span style="display:none">c</span><br>three</p>'),
    expect: ['MIME_HTML_ONLY'],
    forbid: ['MIME_HIDDEN_TEXT_IN_WORDS'],
  },
  // Evasions (issue 17, item 8): what was hidden is read, and the trick itself is a finding.
  { description: 'NUL before a header field', raw: message({}, ['\0X-Mailer: x']), expect: ['HDR_NUL'], forbid: ['HDR_FROM_MISSING', 'HDR_SUBJECT_MISSING'] },

  {
    description: 'a text part longer than limits.maxTextPartBytes (2 MiB): its start and end are read, the limit is a finding',
    raw: message({}, [], `${'an ordinary line of filler text\r\n'.repeat(80_000)}the end\r\n`),
    expect: ['MIME_LIMIT_TEXT'],
  },
];

for (const c of cases) {
  test(`headers: ${c.description}`, async () => {
    const found = await ids(c.raw);
    for (const id of c.expect) assert.ok(found.includes(id), `expected ${id}, got ${found.join(', ') || 'nothing'}`);
    for (const id of c.forbid ?? []) assert.ok(!found.includes(id), `did not expect ${id}`);
    if (c.expect.length === 0) assert.deepEqual(found, [], `expected nothing, got ${found.join(', ')}`);
  });
}

test('header signals alone never make a verdict: the groups are capped below the spam threshold', async () => {
  const raw = message(
    { 'Message-ID': null, Date: null, Subject: 'FREE!!! MONEY!!! NOW!!!', To: 'undisclosed-recipients:;' },
    ['X-Mailer: Dark Mailer', 'Subject: dup', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed'],
  );
  const report = await scanner.scan({ source: 't', raw });
  assert.ok(report.findings.length >= 6);
  assert.ok(report.score <= 8 && report.score >= 4, `score ${report.score}`);
});

test('headers: the envelope sender is judged too, the null sender is valid', async () => {
  assert.ok((await ids(message(), { mailFrom: 'bounce@mail server.example' })).includes('HDR_ADDRESS_INVALID'));
  assert.ok(!(await ids(message(), { mailFrom: '' })).includes('HDR_ADDRESS_INVALID'));
  assert.ok(!(await ids(message(), { mailFrom: 'bounce+x=y@mail.example.net' })).includes('HDR_ADDRESS_INVALID'));
  assert.ok((await ids(message(), { mailFrom: 'bounce@arxmvmx44j4dtjs04b88whkybthgI2.cuk' })).includes('HDR_ADDRESS_INVALID'));
});

test('isShouting counts letters as the one-letter-string reading did: generated subjects of every script and case', () => {
  // Session 16's definition, the reference.
  const old = (subject: string): boolean => {
    const letters = subject.match(/\p{L}/gu) ?? [];
    const cased = letters.filter((c) => c.toLowerCase() !== c.toUpperCase());
    if (cased.length >= 10 && cased.filter((c) => c === c.toUpperCase()).length / cased.length > 0.8) return true;
    return /[!！]{3,}|[$＄€£¥]{2,}/u.test(subject);
  };
  const random = prng(21);
  const pieces = ['A', 'b', 'Z', 'é', 'É', 'ß', 'ǅ', 'Σ', 'ς', 'Ж', 'ж', 'ー', '漢', 'ｱ', 'Ａ', 'ａ', '𝐀', '𐐀', '𐐨', '\ud800', '\udc00', '1', ' ', '!', '！', '$', '€', 'İ', 'ı', 'ﬀ', 'ʰ', 'ᾈ', 'Ⓐ'];
  for (let k = 0; k < 20_000; k++) {
    let subject = '';
    const upperish = random() < 0.5;
    for (let n = Math.floor(random() * 30); n > 0; n--) {
      const piece = pieces[Math.floor(random() * pieces.length)]!;
      subject += upperish && random() < 0.7 ? piece.toUpperCase() : piece;
    }
    assert.equal(isShouting(subject), old(subject), JSON.stringify(subject));
  }
});

test('enUsNumber shows a number as toLocaleString(\'en-US\') does, without loading ICU\'s locale data', () => {
  // Session 61 (mem62): the evidence of MIME_TEXT_PUSHED_OUT_OF_VIEW / MIME_TEXT_INVISIBLE_COLOUR reads the same.
  const rows: [number, string][] = [[0, '0'], [7, '7'], [999, '999'], [1000, '1,000'], [12000, '12,000'], [123456, '123,456'], [1234567, '1,234,567'], [-1234, '-1,234'], [-999, '-999']];
  for (const [n, shown] of rows) assert.equal(enUsNumber(n), shown, String(n));
  // Not whole numbers: left to toLocaleString itself, so the text is unchanged whatever they are.
  for (const n of [1.5, 1234.5, -0, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) assert.equal(enUsNumber(n), n.toLocaleString('en-US'), String(n));
  const random = prng(61);
  for (let k = 0; k < 2_000; k++) {
    const n = Math.floor((random() - 0.5) * 10 ** Math.floor(random() * 16));
    assert.equal(enUsNumber(n), n.toLocaleString('en-US'), String(n));
  }
});
