import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_TOKENIZE_LIMITS, emptyInput, HTML_ATTR, HTML_TAG, htmlTagTokens, lastTwoLabels, shape, tokenFeatures, tokenFeaturesWithHead, tokenize, type ClassifierInput } from './tokenize.js';
import { TokenList, type TokenFeatures } from './features.js';
import { cpuStopwatch } from '../test-support/cpu-time.js';
import { prng } from '../test-support/campaign-corpus.js';

const input = (over: Partial<ClassifierInput>): ClassifierInput => ({ ...emptyInput(), ...over });

test('header, URL and structure tokens carry a prefix', () => {
  const tokens = tokenize(
    input({
      subject: 'Cheap MEDS now!!',
      fromName: 'Pharmacy Online',
      fromDomain: 'mail.cheap-meds.example',
      mailer: 'Microsoft Outlook Express 6.00.2600.0000',
      headers: [{ key: 'received', value: 'from a.example.net (HELO x) ([10.0.0.1]) by mx.example.org with ESMTP' }, { key: 'message-id', value: '<123.ABC@host.example.com>' }, { key: 'x-spam-status', value: 'Yes' }],
      contentTypes: ['multipart/alternative', 'text/plain', 'text/html'],
      html: '<html><font color="#ff0000">Buy</font></html>',
      hasPlainText: true,
      text: 'Buy at http://shop.cheap-meds.example/x today',
      attachments: [{ filename: 'invoice.pdf.exe', type: 'application/octet-stream' }],
    }),
  );
  for (const t of ['s:cheap', 's:meds', 'st:subject-bang', 'fn:pharmacy', 'fd:mail.cheap-meds.example', 'fd:cheap-meds.example',
    'xm:microsoft outlook express', 'h:received', 'rcvd:example.net', 'rcvd:private-ip', 'rcvd:with esmtp', 'mid:example.com',
    'midshape:9.a', 'ct0:multipart/alternative', 'ct:text/html', 'tag:font', 'attr:color=#ff0000', 'st:html-and-text',
    'u:cheap-meds.example', 'u:shop.cheap-meds.example', 'att:exe', 'buy', 'today']) {
    assert.ok(tokens.includes(t), `expected ${t} in ${tokens.join(' ')}`);
  }
  assert.ok(!tokens.some((t) => t.includes('x-spam')), 'filter verdict headers are never tokens');
});

test('obfuscated words give the same tokens as plain ones', () => {
  const plain = tokenize(input({ text: 'viagra cialis' }));
  for (const text of ['V\u200Biagra Ｃｉａｌｉｓ', 'VIAGRA cialis']) {
    const tokens = tokenize(input({ text }));
    assert.ok(tokens.includes('viagra') && tokens.includes('cialis'), text);
  }
  assert.ok(tokenize(input({ html: '<p>V<b></b>iagra</p>' })).includes('viagra'));
  assert.ok(plain.includes('viagra'));
});

test('Japanese text gives ICU words and character bigrams and trigrams', () => {
  const tokens = tokenize(input({ text: '確実に痩せるサプリ', subject: '無料' }));
  for (const t of ['ja:確実', 'ja:痩せる', 'j2:確実', 'j3:確実に', 'j2:サプ', 's:ja:無料', 's:j2:無料']) assert.ok(tokens.includes(t), t);
});

test('numbers and overlong words are bucketed, not kept verbatim', () => {
  const tokens = tokenize(input({ text: `call 5551234 ${'x'.repeat(60)}` }));
  assert.ok(tokens.includes('num:7'));
  assert.ok(tokens.includes('skip:x6'));
});

test('cost: a hostile message is capped in tokens and time', () => {
  const big = input({
    subject: 'x '.repeat(100_000),
    text: 'word '.repeat(400_000) + '日本語'.repeat(100_000),
    html: '<b>'.repeat(200_000),
    urls: Array.from({ length: 10_000 }, (_, i) => `http://h${i}.example/`),
    headers: Array.from({ length: 5_000 }, (_, i) => ({ key: 'received', value: `from h${i}.example.com by x.example.org` })),
  });
  const cpuMs = cpuStopwatch();
  const tokens = tokenize(big, { maxTokens: 3000, maxTextChars: 60_000 });
  assert.ok(tokens.length <= 3000);
  assert.ok(cpuMs() < 2_000, `took ${cpuMs()} CPU ms`);
});

test('header names the receiving side adds are not tokens; the sender\'s are', () => {
  const rows: { name: string; value: string; token: boolean }[] = [
    { name: 'x-keywords', value: 'NonJunk', token: false },
    { name: 'delivered-to', value: 'someone@example.org', token: false },
    { name: 'delivery-date', value: 'Mon, 26 Aug 2002 15:32:10 +0100', token: false },
    { name: 'x-status', value: 'RO', token: false },
    { name: 'return-path', value: '<bounce@lists.example.com>', token: false },
    { name: 'x-mailer', value: 'Microsoft Outlook Express 6.00', token: true },
    { name: 'list-id', value: '<users.lists.example.com>', token: true },
    { name: 'in-reply-to', value: '<1@example.com>', token: true },
  ];
  const tokens = tokenize(input({ headers: rows.map((r) => ({ key: r.name, value: r.value })) }));
  for (const r of rows) assert.equal(tokens.includes(`h:${r.name}`), r.token, r.name);
  assert.ok(tokens.includes('return-path:example.com'), 'the envelope sender\'s domain is the sender\'s: still a token');
});

test('shape equals its definition (digit runs → 9, ASCII letter runs → a, the first 30 code units)', () => {
  const definition = (text: string) => text.replace(/\d+/g, '9').replace(/[a-z]+/gi, 'a').slice(0, 30);
  const alphabet = ['0', '7', 'a', 'Z', 'q', '.', '<', '>', '@', '-', ' ', 'é', 'ſ', 'K', '\u212A', '٣', '\uD83D\uDE00', '\uD83D'];
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let n = 0; n < 5000; n++) {
    let text = '';
    for (let k = Math.floor(next() * 80); k > 0; k--) text += alphabet[Math.floor(next() * alphabet.length)];
    assert.equal(shape(text), definition(text), JSON.stringify(text));
  }
  assert.equal(shape('<2002.ab1@x>'), '<9.a9@a>');
});

test('lastTwoLabels is where split(".").slice(-2).join(".") starts', () => {
  for (const name of ['', '.', '..', '...', 'a', 'a.', '.a', 'a.b', 'a.b.c', 'mx.mail.example.co.jp', 'a..b', '.a.b', 'a.b.', 'x.y..']) {
    assert.equal(name.slice(lastTwoLabels(name)), name.split('.').slice(-2).join('.'), JSON.stringify(name));
  }
});

test('htmlTagTokens gives the tokens of its definition (matchAll of HTML_TAG) on generated HTML', () => {
  // The loop htmlTagTokens replaced, as it was.
  const old = (html: string): string[] => {
    const list = new TokenList(1_000_000);
    const tags = new Set<string>();
    for (const m of html.matchAll(HTML_TAG)) {
      const tag = m[1]!.toLowerCase();
      if (!tags.has(tag)) {
        tags.add(tag);
        list.push(`tag:${tag}`);
      }
      const attributes = m[2];
      if (!attributes) continue;
      HTML_ATTR.lastIndex = 0;
      for (let a = HTML_ATTR.exec(attributes); a; a = HTML_ATTR.exec(attributes)) list.push(`attr:${a[1]!.toLowerCase()}=${a[2]!.toLowerCase()}`);
    }
    return list.tokens;
  };
  const pieces = ['<', '<', '<', '>', '>', '</', 'a', 'B', 'font', 'TD', 'h1', '9', '_', '-', ' ', '\n', '=', '"', "'", 'color', 'SIZE',
    'bgColor=', ' width = 12', '#FF0000', '\u0130', 'é', '/', 'K', 'ſ', '\ud83d\ude00', '<_', '<a_b', '<1', '<p>', 'x>', '=red',
    // Attributes (attributeTokens): every name, blanks of `\s` beyond ASCII, quotes, values past 24 characters, word characters before a name.
    ' Face=', 'align=', 'BORDER', 'height', 'HeIgHt=', 'sizes=', '_color=', '9size=', 'bgcolor', '\u00a0', '\t', '\u2003', '\ufeff', '\u200b', '=\'', '="',
    'abcdefghijklmnopqrstuvwxyz0123', `=${'-'.repeat(24)}`, 'ÉTÉ', 'Ab', '\u212a'];
  const next = prng(18);
  let withTags = 0;
  let attributes = 0;
  for (let i = 0; i < 6000; i++) {
    let html = '';
    const length = Math.floor(next() * 60);
    for (let k = 0; k < length; k++) html += pieces[Math.floor(next() * pieces.length)];
    const list = new TokenList(1_000_000);
    htmlTagTokens(html, list);
    const expected = old(html);
    if (expected.length) withTags++;
    attributes += expected.filter((t) => t.startsWith('attr:')).length;
    assert.deepEqual(list.tokens, expected, JSON.stringify(html));
  }
  assert.ok(withTags > 1000, `${withTags} generated texts had tags`);
  // Tags made of attribute pieces only (attributeTokens), a few per text.
  const attributePieces = pieces.filter((p) => !p.includes('<') && !p.includes('>'));
  for (let i = 0; i < 4000; i++) {
    let html = '';
    for (let t = Math.floor(next() * 4); t >= 0; t--) {
      html += next() < 0.5 ? '<font' : '<TD ';
      for (let k = Math.floor(next() * 12); k >= 0; k--) html += attributePieces[Math.floor(next() * attributePieces.length)];
      html += '>';
    }
    const list = new TokenList(1_000_000);
    htmlTagTokens(html, list);
    const expected = old(html);
    attributes += expected.filter((t) => t.startsWith('attr:')).length;
    assert.deepEqual(list.tokens, expected, JSON.stringify(html));
  }
  assert.ok(attributes > 3000, `${attributes} attribute tokens`);
  // Real-looking HTML, and many `<` without any `>` after them.
  // Two names with one hash (htmlTagTokens tells seen names apart by a 32-bit hash, then by their characters).
  for (const html of ['<god9caa><K69VPAA><k69vpaa x><GOD9CAA>', '<html><body bgcolor="#ffffff"><table width=600 border=0><tr><td align=center><font face="Arial" size=2 color=red>Hi</font></td></tr></table></body></html>', '<a<b<c'.repeat(2000), `${'<p '.repeat(3000)}>`,
    // A value cut at 24 characters: the next search starts after it, inside the name `color` (no match there).
    `<font size=${'-'.repeat(23)}color=red face=x>`]) {
    const list = new TokenList(1_000_000);
    htmlTagTokens(html, list);
    assert.deepEqual(list.tokens, old(html));
  }
});

test('a page that shows no text has a head: a prefix of the same features, cut after the first headChars characters', () => {
  const words = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
  const page = input({ html: `<html><body><div style="display:none">${words}</div><img src="a.jpg"></body></html>`, contentTypes: ['text/html'] });
  const { features, head } = tokenFeaturesWithHead(page, DEFAULT_TOKENIZE_LIMITS, 600);
  const whole = tokenFeatures(page);
  const tokensOf = (f: TokenFeatures): string[] => Array.from({ length: f.count }, (_, i) => f.token(i));
  // The whole is what tokenFeatures reads: the head vote adds a vote, it never changes the other one.
  assert.deepEqual(tokensOf(features), tokensOf(whole));
  assert.deepEqual([...features.hashes.subarray(0, features.count)], [...whole.hashes.subarray(0, whole.count)]);
  assert.ok(head, 'a head');
  const headTokens = tokensOf(head);
  assert.deepEqual(headTokens, tokensOf(features).slice(0, head.count));
  // Every non-text token is in the head; the text's words up to the first space after character 600, no later one.
  for (const t of ['tag:img', 'st:html-only', 'word0', 'word50']) assert.ok(headTokens.includes(t), t);
  const last = headTokens.filter((t) => t.startsWith('word')).length - 1;
  assert.ok(headTokens.includes(`word${last}`) && !headTokens.includes(`word${last + 1}`), 'the words in text order');
  // (The text from the HTML may begin with a line break or two before the first word.)
  const headLength = words.indexOf(` word${last + 1}`);
  assert.ok(headLength >= 590 && headLength < 600 + 'word100'.length, `head of ${headLength} characters`);
});

test('no head where the page shows text, where its text ends within the head, or where it has Japanese', () => {
  const long = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
  const rows: [string, Partial<ClassifierInput>][] = [
    ['shown text', { text: long, html: `<p>${long}</p>` }],
    ['a short fallback text', { html: '<div style="display:none">only a few words here</div>' }],
    ['Japanese in the fallback text', { html: `<div style="display:none">${long} 会員様限定のご案内です</div>` }],
  ];
  for (const [name, over] of rows) {
    const { features, head } = tokenFeaturesWithHead(input(over), DEFAULT_TOKENIZE_LIMITS, 600);
    assert.equal(head, undefined, name);
    assert.ok(features.count > 0, name);
  }
});
