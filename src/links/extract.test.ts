import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractUrls, FILE_LINKS_SHARE, HTML_LINKS_SHARE, htmlLinksFirst, DEFAULT_EXTRACTION_LIMITS } from './extract.js';
import { message } from './fixtures/message.js';
import type { HtmlLink } from '../mail/types.js';

/**
 * A flood of links must not decide which links are analysed (issue 17 item 8, session 63: 50,000 links appended to a lure, or
 * put before it). Past the HTML links' share of links.maxLinks, the first link a reader clicks to each host comes first, then
 * the first of any kind to each host, then the rest; URLs in attachments keep their reserve; the limit is reported.
 */

const FLOOD = 50_000;
const flood = (host: (i: number) => string): (Partial<HtmlLink> & { href: string })[] => Array.from({ length: FLOOD }, (_, i) => ({ kind: 'a' as const, href: `https://${host(i)}/${i}`, text: '.' }));

test('a flood of links before or after the lure leaves the lure\'s own links analysed (table: en, de, ja lures)', () => {
  const lures = [
    { label: 'en', links: [{ kind: 'a' as const, href: 'https://secure-login.example.top/verify', text: 'Verify your account' }] },
    { label: 'de', links: [{ kind: 'a' as const, href: 'https://konto-pruefung.example.top/anmelden', text: 'Jetzt bestätigen' }, { kind: 'img' as const, href: 'https://konto-pruefung.example.top/logo.png', text: '' }] },
    { label: 'ja', links: [{ kind: 'form' as const, href: 'https://kakunin.example.top/post', text: '' }, { kind: 'a' as const, href: 'https://kakunin.example.top/login', text: 'ログインして確認' }] },
  ];
  for (const lure of lures) {
    for (const where of ['before', 'after'] as const) {
      const sameHost = flood(() => 'l.example.net');
      const links = where === 'before' ? [...sameHost, ...lure.links] : [...lure.links, ...sameHost];
      const x = extractUrls(message({ links }));
      const hrefs = new Set(x.links.map((l) => l.occurrence.raw));
      for (const l of lure.links) assert.ok(hrefs.has(l.href), `${lure.label} ${where}: ${l.href} analysed`);
      assert.ok(x.limited, `${lure.label} ${where}: the limit is reported`);
      assert.ok(x.links.length <= DEFAULT_EXTRACTION_LIMITS.maxLinks);
    }
  }
});

test('a flood of distinct hosts before the lure: the clicked links first, one per host; an attachment\'s URL keeps its reserve', () => {
  const lure = { kind: 'a' as const, href: 'https://pay-update.example.top/card', text: 'Update payment' };
  // Pictures from 50,000 hosts, then the one link to click: the links a reader clicks go first.
  const pictures = Array.from({ length: FLOOD }, (_, i) => ({ kind: 'img' as const, href: `https://img${i}.example.net/p.png`, text: '' }));
  const x = extractUrls(message({ links: [...pictures, lure], attachments: [{ filename: 'invoice.html', declaredType: 'text/html', content: Buffer.from('<a href="https://invoice-view.example.top/open">open</a>') }] }));
  const hrefs = new Set(x.links.map((l) => l.occurrence.raw));
  assert.ok(hrefs.has(lure.href), 'the link to click');
  assert.ok(hrefs.has('https://invoice-view.example.top/open'), 'the attachment\'s URL');
  // And 50,000 URLs written in the text cannot take the attachments' share either.
  const text = Array.from({ length: FLOOD }, (_, i) => `https://t${i}.example.net/`).join(' ');
  const y = extractUrls(message({ text, attachments: [{ filename: 'invoice.html', declaredType: 'text/html', content: Buffer.from('<a href="https://invoice-view.example.top/open">open</a>') }] }));
  assert.ok(y.links.some((l) => l.occurrence.raw === 'https://invoice-view.example.top/open'), 'the attachment\'s URL after a text flood');
});

test('htmlLinksFirst: the order of the rounds, document order kept (table); under the share nothing is chosen (must not)', () => {
  const a = (href: string, kind: HtmlLink['kind'] = 'a'): HtmlLink => ({ kind, href, text: '', partPath: '1' });
  const links = [a('https://x.example/1'), a('https://x.example/2'), a('https://img.example/p.png', 'img'), a('https://y.example/1'), a('HTTPS://user@Y.example:8443/2'), a('cid:pic'), a('https://z.example/1', 'img')];
  // [budget, expected hrefs]
  const rows: [number, string[]][] = [
    [2, ['https://x.example/1', 'https://y.example/1']],
    [4, ['https://x.example/1', 'https://img.example/p.png', 'https://y.example/1', 'cid:pic']],
    [5, ['https://x.example/1', 'https://img.example/p.png', 'https://y.example/1', 'cid:pic', 'https://z.example/1']],
    [6, ['https://x.example/1', 'https://x.example/2', 'https://img.example/p.png', 'https://y.example/1', 'cid:pic', 'https://z.example/1']],
  ];
  for (const [budget, expected] of rows) assert.deepEqual(htmlLinksFirst(links, budget).map((l) => l.href), expected, `budget ${budget}`);
  // A message under the share is read as written: every link, in order, no limit.
  const few = Array.from({ length: Math.floor(DEFAULT_EXTRACTION_LIMITS.maxLinks * HTML_LINKS_SHARE) }, (_, i) => ({ kind: 'a' as const, href: `https://news.example.org/item/${i}` }));
  const x = extractUrls(message({ links: few }));
  assert.equal(x.links.length, few.length);
  assert.equal(x.limited, false);
  assert.ok(FILE_LINKS_SHARE > 0 && HTML_LINKS_SHARE + FILE_LINKS_SHARE < 1);
});

test('htmlLinksFirst: a lure\'s link whose text names another site is chosen behind a flood to one host (table)', () => {
  const a = (href: string, text: string, kind: HtmlLink['kind'] = 'a'): HtmlLink => ({ kind, href, text, partPath: '1' });
  const flood = Array.from({ length: 3000 }, (_, i) => a(`https://l.example.net/${i}`, '.'));
  // The lure's host is linked first from its logo and an empty link, then from the button whose text is what the reader trusts.
  const letters: [string, HtmlLink[], string][] = [
    ['en', [a('http://65.100.9.155:81/logo.gif', '', 'img'), a('http://65.100.9.155:81/a', ''), a('http://65.100.9.155:81/a', 'https://login.personal.wamu.com/CreateLogonEntry.asp')], 'https://login.personal.wamu.com/CreateLogonEntry.asp'],
    ['de', [a('https://kunden-sicher.example.evil/', ''), a('https://kunden-sicher.example.evil/login', 'Jetzt bei www.sparkasse.de anmelden')], 'Jetzt bei www.sparkasse.de anmelden'],
    ['ja', [a('https://amaz0n-jp.example.evil/', 'ロゴ', 'img'), a('https://amaz0n-jp.example.evil/', ''), a('https://amaz0n-jp.example.evil/verify', 'https://www.amazon.co.jp/ で確認する')], 'https://www.amazon.co.jp/ で確認する'],
  ];
  for (const [label, lure, text] of letters) {
    const chosen = htmlLinksFirst([...flood, ...lure], 100);
    assert.ok(chosen.some((l) => l.text === text), `${label}: the button with its text is analysed`);
    assert.equal(chosen.length, 100, label);
  }
  // Must not: an ordinary newsletter's repeated "Read more" links to its own host are one text; the budget goes in document order after the texts.
  const news = Array.from({ length: 300 }, (_, i) => a(`https://news.example.org/item/${i}`, i % 2 ? 'Read more' : `Story ${i}`));
  const chosen = htmlLinksFirst(news, 200);
  assert.equal(chosen.length, 200);
  assert.equal(chosen.filter((l) => l.text === 'Read more').length, 200 - 150, 'the 150 distinct story titles first, then the repeats in document order');
});
