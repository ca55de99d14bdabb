import assert from 'node:assert/strict';
import { test } from 'node:test';
import Encoding from 'encoding-japanese';
import { parseMessage } from './index.js';
import { DEFAULT_MAX_TEXT_PART_BYTES } from './mime.js';
import { DEFAULT_PARSE_OPTIONS as OPTS } from './test-helpers.js';

/**
 * limits.maxTextPartBytes: a text part longer than any real mail's is read at its start and its end (the
 * lure after the filler is still seen), each piece decoded on its own (cut at a line break, so no character
 * is split), and the limit is an anomaly the structure check turns into MIME_LIMIT_TEXT.
 */

const LIMIT = 64 * 1024;
const options = { ...OPTS, maxTextPartBytes: LIMIT };

function message(contentType: string, body: Buffer, encoding = '8bit'): Buffer {
  const head = ['From: Bank <alerts@bank.example>', 'To: you@example.org', 'Subject: notice', 'MIME-Version: 1.0', `Content-Type: ${contentType}`, `Content-Transfer-Encoding: ${encoding}`, '', ''].join('\r\n');
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
}

const encodeJa = (text: string, to: 'SJIS' | 'EUCJP' | 'JIS'): Buffer => Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to, from: 'UNICODE' }));

const filler = (line: string, bytes: number): string => `${line}\r\n`.repeat(Math.ceil(bytes / (line.length + 2)));

test('a text part over the limit: its start and end are read, of the middle what repeats nothing before it, and the limit is an anomaly', () => {
  const text = `Dear customer,\r\n${filler('nothing to see here, just an ordinary line of text', 4 * LIMIT)}MIDDLE-MARKER\r\n${filler('more ordinary filler text', 4 * LIMIT)}verify your account at http://bank.example.evil/login\r\n`;
  const msg = parseMessage(message('text/plain; charset=utf-8', Buffer.from(text)), options);
  assert.ok(msg.text.startsWith('Dear customer,'));
  assert.ok(msg.text.includes('verify your account at http://bank.example.evil/login'), 'the lure after the filler is read');
  // Session 65: the line between two fillers repeats nothing before it, so it is read (with the filler of its block).
  assert.ok(msg.text.includes('MIDDLE-MARKER'));
  assert.ok(msg.text.length <= LIMIT + LIMIT / 8 + 1);
  const limit = msg.anomalies.filter((a) => a.kind === 'limit-text-size');
  assert.equal(limit.length, 1);
  assert.match(limit[0]!.detail, /^text\/plain part of \d+ bytes: the first \d+ and the last \d+ were read, \d+ bytes of the middle that repeat nothing before them$/);
});

test('a part within the limit is decoded whole, with no anomaly (the default limit is 2 MiB)', () => {
  assert.equal(DEFAULT_MAX_TEXT_PART_BYTES, 2 * 1024 * 1024);
  const text = filler('an ordinary newsletter line with a few words', LIMIT - 200);
  const msg = parseMessage(message('text/plain; charset=utf-8', Buffer.from(text)), options);
  assert.equal(msg.text.length, text.length);
  assert.deepEqual(msg.anomalies, []);
});

test('multibyte text is cut between characters: UTF-8, Shift_JIS, EUC-JP and ISO-2022-JP decode cleanly on both sides of the gap', () => {
  const line = 'お支払い情報の確認をお願いします。アカウントが停止されました';
  const text = `${filler(line, 3 * LIMIT)}ログインしてください\r\n`;
  const encoded = { 'utf-8': Buffer.from(text), shift_jis: encodeJa(text, 'SJIS'), 'euc-jp': encodeJa(text, 'EUCJP'), 'iso-2022-jp': encodeJa(text, 'JIS') };
  for (const [charset, body] of Object.entries(encoded)) {
    const msg = parseMessage(message(`text/plain; charset=${charset}`, body), options);
    assert.ok(!msg.text.includes('\uFFFD'), `${charset}: no replacement character`);
    assert.deepEqual(msg.anomalies.map((a) => a.kind), ['limit-text-size'], charset);
    assert.ok(msg.text.trimEnd().endsWith('ログインしてください'), `${charset}: the end is read`);
    assert.ok(msg.text.startsWith(line), `${charset}: the start is read`);
  }
});

test('an HTML part over the limit: the visible text of its start and end, links at the end included', () => {
  const rows = Array.from({ length: 4000 }, (_, i) => `<p>row ${i} of an ordinary table</p>`).join('\n');
  const html = `<html><body><p>Your parcel is waiting</p>\n${rows}\n<a href="http://parcel.example.evil/pay">pay the customs fee</a></body></html>\n`;
  // Quoted-printable: the limit applies to the decoded bytes.
  const msg = parseMessage(message('text/html; charset=utf-8', Buffer.from(html.replaceAll('=', '=3D')), 'quoted-printable'), options);
  assert.ok(msg.visibleText.includes('Your parcel is waiting'));
  assert.ok(msg.visibleText.includes('pay the customs fee'));
  assert.ok(msg.htmlFacts.links.some((l) => l.href === 'http://parcel.example.evil/pay'));
  assert.deepEqual(msg.anomalies.map((a) => a.kind), ['limit-text-size']);
});

test('one long line of UTF-8 over the limit: the cuts fall between characters', () => {
  const text = 'アカウントを確認してください'.repeat(12_000);
  for (const shift of [0, 1, 2]) {
    const msg = parseMessage(message('text/html; charset=utf-8', Buffer.from(`${'x'.repeat(shift)}${text}`)), options);
    assert.ok(!msg.html.includes('\uFFFD'), `shift ${shift}: no replacement character`);
    assert.deepEqual(msg.anomalies.map((a) => a.kind), ['limit-text-size'], `shift ${shift}`);
  }
});

test('a lure between two fillers: of the middle, its lines with a link are read, and what repeats nothing before it', () => {
  const lure = 'Your mailbox is full: sign in at https://mail-quota.example.evil/login?u=you today';
  const text = `${filler('nothing to see here, just an ordinary line of text', 4 * LIMIT)}MIDDLE-MARKER\r\n${lure}\r\nvisit www.second-link.example.evil too\r\n${filler('more ordinary filler text', 4 * LIMIT)}`;
  const msg = parseMessage(message('text/plain; charset=utf-8', Buffer.from(text)), options);
  assert.ok(msg.text.includes(lure), 'the line with the link is read');
  assert.ok(msg.text.includes('visit www.second-link.example.evil too'), 'a www. link without a scheme too');
  assert.ok(msg.text.includes('MIDDLE-MARKER'), 'a line without a link that repeats nothing before it is read too (session 65)');
  assert.match(msg.anomalies.find((a) => a.kind === 'limit-text-size')!.detail, /, and 2 lines with a link between them$/);
  assert.ok(msg.text.length <= LIMIT + LIMIT / 8 + LIMIT / 8 + 2);
});

test('the middle read for links is bounded: a link farm, and one long line of links, stay within an eighth of the limit', () => {
  const farm = `${filler('head filler line', 3 * LIMIT)}${filler('see http://a.example/x', 8 * LIMIT)}${filler('tail filler line', LIMIT)}`;
  const long = `${filler('head filler line', 3 * LIMIT)}${'http://b.example/y '.repeat(30_000)}\r\n${filler('tail filler line', LIMIT)}`;
  for (const [label, text] of [['farm', farm], ['one long line', long]] as const) {
    const msg = parseMessage(message('text/plain; charset=utf-8', Buffer.from(text)), options);
    const detail = msg.anomalies.find((a) => a.kind === 'limit-text-size')!.detail;
    assert.match(detail, /with a link between them \(capped\)$/, label);
    assert.ok(msg.text.length <= LIMIT + LIMIT / 8 + LIMIT / 8 + 4000, `${label}: ${msg.text.length}`);
    assert.ok(!msg.text.includes('\uFFFD'), label);
  }
});

test('a link in the middle of an HTML part over the limit reaches the links', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => `<p>row ${i} of an ordinary table</p>`).join('\n');
  const html = `<html><body>${rows(3000)}\n<p><a href="http://parcel.example.evil/pay">pay the customs fee</a></p>\n${rows(3000)}</body></html>\n`;
  const msg = parseMessage(message('text/html; charset=utf-8', Buffer.from(html)), options);
  assert.ok(msg.htmlFacts.links.some((l) => l.href === 'http://parcel.example.evil/pay'));
  assert.ok(msg.visibleText.includes('pay the customs fee'));
});

// Session 64 (issue 17 item 8): an HTML part's middle is read as whole tags (an anchor with its text, on lines of its own or
// not), and past the budget a link to a host not read yet still is: a lure between two floods of links to one host.
test('a lure between two floods of links in an HTML part over the limit: its anchor is read with its text (table)', () => {
  const flood = (n: number): string => Array.from({ length: n }, (_, i) => `<a href="https://l.example.net/${i}" title="t">.</a>`).join('');
  const rows: [string, string, string][] = [
    ['en', 'http://203.0.113.9/login', 'Sign in to PayPal'],
    ['de', 'https://sparkasse-konto.example.evil/', 'Jetzt bei der Sparkasse anmelden'],
    ['ja', 'https://amaz0n-jp.example.evil/verify', 'アマゾンにログイン'],
  ];
  for (const [label, href, text] of rows) {
    for (const shift of [0, 7, 23]) {
      const html = `<html><body>${'x'.repeat(shift)}${flood(6000)}<p>\n<a href="${href}">\n${text}\n</a>\n</p>${flood(6000)}<p>Kind regards</p></body></html>`;
      const msg = parseMessage(message('text/html; charset=utf-8', Buffer.from(html)), options);
      const link = msg.htmlFacts.links.find((l) => l.href === href);
      assert.equal(link?.text, text, `${label}, shift ${shift}`);
      assert.match(msg.anomalies.find((a) => a.kind === 'limit-text-size')!.detail, /\(capped\)$/, label);
      assert.ok(msg.html.length <= LIMIT + LIMIT / 8 + LIMIT / 4 + LIMIT / 8 + 4000, `${label}: bounded (${msg.html.length})`);
    }
  }
  // Must not: a flood to many hosts reads no more than its reserve past the budget.
  const hosts = Array.from({ length: 20_000 }, (_, i) => `<a href="https://h${i}.example.org/">news ${i}</a>`).join('\n');
  const many = parseMessage(message('text/html; charset=utf-8', Buffer.from(`<html><body>${hosts}</body></html>`)), options);
  assert.ok(many.html.length <= LIMIT + LIMIT / 8 + LIMIT / 32 + LIMIT / 8 + 4000, `many hosts: ${many.html.length}`);
});

test('an ISO-2022-JP HTML part over the limit is cut at line breaks, not at tags (its kanji are ASCII bytes)', () => {
  const line = '<p>お支払い情報の確認をお願いします。</p>';
  const html = `${filler(line, 3 * LIMIT)}<a href="https://pay.example.evil/">ログインしてください</a>\r\n`;
  const msg = parseMessage(message('text/html; charset=iso-2022-jp', encodeJa(html, 'JIS')), options);
  assert.ok(!msg.html.includes('\uFFFD'));
  assert.ok(msg.htmlFacts.links.some((l) => l.href === 'https://pay.example.evil/' && l.text === 'ログインしてください'));
});

// Session 65 (issue 17 item 8): a letter with no link between two floods of filler, in the unread middle of a part over the
// limit, is read — the middle's blocks whose tags, lines or texts repeat nothing before them, in windows across the middle.
test('a letter between two floods in a part over the limit: its words are read, the floods are not (table)', () => {
  const anchors = (from: number, n: number): string => Array.from({ length: n }, (_, i) => `<a href="https://l.example.net/${from + i}">.</a>`).join('');
  const letters: [string, string, string][] = [
    ['en', 'Your mailbox storage is full.', 'Confirm your password within 24 hours or your messages will be deleted.'],
    ['de', 'Ihr Konto wurde vorübergehend gesperrt.', 'Bitte bestätigen Sie Ihre Kontodaten innerhalb von 48 Stunden.'],
    ['ja', 'お客様のアカウントは一時的に停止されました。', '24時間以内にお支払い情報を確認してください。'],
  ];
  for (const [label, first, second] of letters) {
    const letter = `<table><tr><td style="font-family:Arial"><p>${first}</p></td></tr>\n<tr><td><p>${second}</p></td></tr></table>`;
    for (const shift of [0, 5, 31]) {
      // HTML: the flood is one shape (its numbers and quoted values are not), the letter's cells are new.
      const html = `<html><body>${'x'.repeat(shift)}${anchors(0, 4000)}${letter}${anchors(4000, 4000)}</body></html>`;
      const msg = parseMessage(message('text/html; charset=utf-8', Buffer.from(html)), options);
      assert.ok(msg.visibleText.includes(first) && msg.visibleText.includes(second), `${label} html, shift ${shift}`);
      const detail = msg.anomalies.find((a) => a.kind === 'limit-text-size')!.detail;
      assert.match(detail, /bytes of the middle that repeat nothing before them/, label);
      // The flood's middle is read as one block of its shape (and the block the letter is in), not its ~100 KB.
      assert.ok(msg.html.length <= LIMIT + 4 * 4096 + LIMIT / 8 + LIMIT / 32, `${label}: ${msg.html.length}`);
      // text/plain: the same with lines of numbered filler around the letter's lines.
      const lines = (n: number): string => Array.from({ length: n }, (_, i) => `Order ${i} shipped on 2024-01-${(i % 28) + 1}`).join('\r\n');
      const text = `${'x'.repeat(shift)}${lines(6000)}\r\n${first}\r\n${second}\r\n${lines(6000)}\r\n`;
      const plain = parseMessage(message('text/plain; charset=utf-8', Buffer.from(text)), options);
      assert.ok(plain.text.includes(first) && plain.text.includes(second), `${label} text, shift ${shift}`);
      assert.ok(!plain.text.includes('\uFFFD'), label);
    }
  }
});

test('the middle read for new text is bounded: filler that never repeats fills its window share, no more', () => {
  // Seeded words: every line is new, so every block is; what is read stays within an eighth of the limit (and a block).
  let seed = 7;
  const word = (): string => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8).toString(36);
  };
  const text = Array.from({ length: 40_000 }, () => `${word()} ${word()} ${word()}`).join('\n');
  const msg = parseMessage(message('text/plain; charset=utf-8', Buffer.from(text)), options);
  const detail = msg.anomalies.find((a) => a.kind === 'limit-text-size')!.detail;
  assert.match(detail, /repeat nothing before them \(capped\)$/);
  const read = Number(/, (\d+) bytes of the middle/.exec(detail)![1]);
  assert.ok(read <= LIMIT / 8, `read ${read}`);
  assert.ok(msg.text.length <= LIMIT + LIMIT / 8 + 4096, `${msg.text.length}`);
  // Must not: an ordinary table of numbered rows over the limit reads one block of its middle, not an eighth of the limit.
  const rows = Array.from({ length: 6000 }, (_, i) => `<tr><td>row ${i}</td><td>${i * 3} items</td></tr>`).join('\n');
  const table = parseMessage(message('text/html; charset=utf-8', Buffer.from(`<table>${rows}</table>`)), options);
  const tableRead = Number(/, (\d+) bytes of the middle/.exec(table.anomalies.find((a) => a.kind === 'limit-text-size')!.detail)![1]);
  assert.ok(tableRead <= 2 * 4096, `table read ${tableRead}`);
});
