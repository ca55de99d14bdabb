import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { buildLinkLists } from '../../links/lists/index.js';
import { parseMessage } from '../../mail/parse/index.js';
import { DEFAULT_PARSE_OPTIONS } from '../../mail/parse/test-helpers.js';
import { createScanner } from '../../runtime/index.js';
import { assertCorpusRows } from '../../test-support/corpus-rows.js';
import { linkFactsSource } from './facts.js';
import { MAX_WORDS, shortenedLinksOnlyCheck, wordsBesideLinks } from './shortened-only.js';

/**
 * Issue 17, session 38: a message of a few words whose every link goes through a URL shortener. Rows that must not fire:
 * a shortened link inside a real letter, a short note with a link to a named site, a shortened link beside one to the
 * sender's own site, a short note with a document attached.
 */
function eml(body: string, opts: { html?: boolean; attachment?: boolean } = {}): Uint8Array {
  const head = ['From: Sale <sales@coolgoose.example>', 'To: someone@example.com', 'Subject: Printable Jenga Cards', 'Date: Thu, 16 Feb 2023 18:40:35 +0100', 'MIME-Version: 1.0'];
  const type = `text/${opts.html ? 'html' : 'plain'}; charset=utf-8`;
  if (!opts.attachment) return new TextEncoder().encode([...head, `Content-Type: ${type}`, '', body, ''].join('\r\n'));
  return new TextEncoder().encode([...head, 'Content-Type: multipart/mixed; boundary="b"', '', '--b', `Content-Type: ${type}`, '', body, '--b',
    'Content-Type: application/pdf; name="offer.pdf"', 'Content-Disposition: attachment; filename="offer.pdf"', 'Content-Transfer-Encoding: base64', '', 'JVBERi0xLjQK', '--b--', ''].join('\r\n'));
}
const config = defaultConfig();
const check = shortenedLinksOnlyCheck(linkFactsSource(config.links, buildLinkLists()));
const fires = (raw: Uint8Array) => ((check.run(parseMessage(raw, DEFAULT_PARSE_OPTIONS), {} as never) as { findings: { id: string }[] }).findings.length > 0);

test('shortened links only: a few words and a hidden destination, and shortened links in ordinary mail (table)', () => {
  const letter = 'Hi Anna, thanks for yesterday. As promised, here are the photos from the walk along the river and the little café we found on the way back. Tell me which ones you would like printed and I will order them this week. Love, Bob';
  const rows: { name: string; raw: Uint8Array; fires: boolean }[] = [
    { name: 'a title, a price cut and bit.ly', raw: eml('Printable Savings Challenges\r\n\r\nSALE - 25%\r\n\r\nhttps://bit.ly/3w6uTZ4'), fires: true },
    { name: 'two lines and is.gd', raw: eml('Savings Challenge Mega Bundle\r\n\r\nSALE - 50%\r\n\r\nhttps://is.gd/tayuge'), fires: true },
    { name: 'an HTML button through a shortener', raw: eml('<p>Your reward is waiting</p><a href="https://bit.ly/abc123">Claim</a><img src="https://img.example/x.png">', { html: true }), fires: true },
    { name: 'a shortened link inside a real letter', raw: eml(`${letter} https://bit.ly/photos1`), fires: false },
    { name: 'a short note with a link to a named site', raw: eml('Look at this: https://www.example.org/article/42'), fires: false },
    { name: 'a shortened link beside the sender\'s own site', raw: eml('New bundle https://bit.ly/x1 — https://coolgoose.example/shop'), fires: false },
    { name: 'a short note with a document attached', raw: eml('Our offer https://bit.ly/x2', { attachment: true }), fires: false },
    { name: 'no link at all', raw: eml('SALE - 25%'), fires: false },
  ];
  for (const row of rows) assert.equal(fires(row.raw), row.fires, row.name);
});

test('shortened links only: words are counted beside the links, up to one past the limit', () => {
  assert.equal(wordsBesideLinks('SALE - 25% https://bit.ly/3w6uTZ4 www.example.org/x', MAX_WORDS), 2);
  assert.equal(wordsBesideLinks('word '.repeat(100), MAX_WORDS), MAX_WORDS + 1);
});

const scanner = await createScanner({ config, services: { now: () => new Date('2025-06-02T08:00:00Z') } });

// Honeypot message of the dev part outside the hand-labelled sample (bench/phishing-labels.tsv), clean before session 38.
const corpus = [
  { file: 'sample-396.eml', expected: ['URL_SHORTENED_LINKS_ONLY', 'CONTENT_ADVERT_BULK_SENDER'], forbidden: [], verdict: 'spam', why: '"Savings Challenge Mega Bundle / SALE - 50% / https://is.gd/tayuge", no Message-ID (1.5 before)' },
];

test('shortened links only: a real honeypot message (outside the hand-labelled sample)', async (t) => {
  await assertCorpusRows(t, scanner, corpus);
});
