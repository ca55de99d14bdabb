import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CheckFamily } from '../checks/types.js';
import type { FindingId } from '../core/finding-ids.js';
import { blockingIds, buildScoreTable, CATALOGUE } from '../score/table.js';
import { defaultConfig } from '../config/load.js';
import { createScanner } from '../runtime/index.js';
import { shownText } from '../mail/shown-text.js';

/**
 * Issue 17 item 8 (white-newsletter): a finding that can turn a phishing composite away is decided on what the reader sees.
 * Stand-in content checks: T_LURE always, T_ADVERT (blocks T_PHISH) when the shown text says "special offer", T_EXTRA
 * (raises T_PHISH_EXTRA) when it says "verify".
 */
const row = (id: string, score: number) => ({ id, score, group: 'sender', description: { en: `${id} fired`, ja: `${id} 発火` } });
const composite = (id: string, expression: string) => ({ id, score: 10, group: 'composite', class: 'phishing' as const, description: { en: id, ja: id }, composite: { expression } });
const catalogue = [
  ...CATALOGUE,
  row('T_LURE', 8),
  row('T_ADVERT', 0),
  row('T_EXTRA', 0),
  composite('T_PHISH', 'T_LURE & !T_ADVERT'),
  composite('T_PHISH_EXTRA', 'T_EXTRA & !(T_ADVERT & !T_LURE)'),
];
const family: CheckFamily = {
  name: 'content',
  create: () => [
    { name: 'content.test-lure', description: '', emits: ['T_LURE' as FindingId], run: () => ({ findings: [{ id: 'T_LURE' as FindingId, evidence: '' }] }) },
    {
      name: 'content.test-words',
      description: '',
      emits: ['T_ADVERT' as FindingId, 'T_EXTRA' as FindingId],
      run: (msg) => {
        const text = shownText(msg);
        const findings = [];
        if (text.includes('special offer')) findings.push({ id: 'T_ADVERT' as FindingId, evidence: '' });
        if (text.includes('verify')) findings.push({ id: 'T_EXTRA' as FindingId, evidence: '' });
        return { findings };
      },
    },
  ],
};

const NEWSLETTER = 'Our spring newsletter brings the season to your table: recipes from the market, a walk along the river and the garden club news. ';
const mail = (body: string) =>
  new TextEncoder().encode(
    ['From: a@example.org', 'To: b@example.org', 'Subject: hi', 'Message-ID: <x@example.org>', 'Date: Mon, 23 Nov 2026 10:00:00 +0000', 'Content-Type: text/html; charset=utf-8', '', `<html><body style="background:#d5d5d5"><p>Your mailbox is full.</p>${body}</body></html>`, ''].join('\r\n'),
  );
const white = (text: string) => `<p style="color:#ffffff">${text}</p>`;

test('blockingIds: the same ids from the table\'s compiled composites as from parsing the expressions again', () => {
  const table = buildScoreTable(CATALOGUE, defaultConfig().thresholds);
  const fromEntries = blockingIds({ entries: table.entries });
  assert.ok(fromEntries.size > 10);
  assert.deepEqual([...blockingIds(table)].sort(), [...fromEntries].sort());
});

test('blockingIds: the ids under a negation of a phishing or malware composite, and negative scores', () => {
  const ids = blockingIds(buildScoreTable(catalogue, defaultConfig().thresholds));
  for (const [id, blocks] of [
    ['CONTENT_ADVERT_OFFER', true], // !CONTENT_ADVERT_OFFER in PHISH_NOTICE_LURE
    ['CONTENT_CATEGORY_MARKETING', true], // PHISH_CREDENTIAL_LURE_UNWANTED
    ['AUTH_DMARC_PASS', true],
    ['T_ADVERT', true],
    ['T_LURE', false], // a double negation (!(T_ADVERT & !T_LURE)) lets the composite through
    ['T_EXTRA', false],
  ] as const) assert.equal(ids.has(id), blocks, id);
});

test('a blocking finding found only in faint text does not turn a phishing composite away', async () => {
  const scanner = await createScanner({ config: defaultConfig(), catalogue, families: [family] });
  const cases: { why: string; body: string; verdict: string; has: string[]; not: string[] }[] = [
    { why: 'the offer is in a faint newsletter: the reader does not see it', body: white(`${NEWSLETTER.repeat(2)} A special offer for readers.`), verdict: 'phishing', has: ['T_PHISH'], not: ['T_ADVERT'] },
    { why: 'the offer is seen', body: `<p>A special offer for readers.</p>${white(NEWSLETTER.repeat(2))}`, verdict: 'spam', has: ['T_ADVERT'], not: ['T_PHISH'] },
    { why: 'no faint text: as before', body: `<p>${NEWSLETTER} A special offer for readers.</p>`, verdict: 'spam', has: ['T_ADVERT'], not: ['T_PHISH'] },
    { why: 'a few faint words (under 200 characters) are read as they are', body: white('A special offer for readers.'), verdict: 'spam', has: ['T_ADVERT'], not: ['T_PHISH'] },
    { why: 'a raising id found only in faint text still counts', body: white(`${NEWSLETTER.repeat(2)} Please verify.`), verdict: 'phishing', has: ['T_PHISH', 'T_PHISH_EXTRA'], not: [] },
  ];
  for (const c of cases) {
    const report = await scanner.scan({ source: c.why, raw: mail(c.body) });
    const ids = new Set(report.findings.filter((f) => f.replacedBy === undefined).map((f) => f.id as string));
    assert.equal(report.verdict, c.verdict, c.why);
    for (const id of c.has) assert.ok(ids.has(id), `${c.why}: ${id}`);
    for (const id of c.not) assert.ok(!ids.has(id), `${c.why}: not ${id}`);
  }
});
