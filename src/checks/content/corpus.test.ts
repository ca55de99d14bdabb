import { test } from 'node:test';
import assert from 'node:assert/strict';
import Encoding from 'encoding-japanese';
import { defaultConfig } from '../../config/load.js';
import { createScanner } from '../../runtime/index.js';
import {
  JAPANESE_BUSINESS_MAIL,
  JAPANESE_DATING_SPAM,
  JAPANESE_FINANCE_SPAM,
  JAPANESE_HEALTH_SPAM,
  VALENTINE_DATING_LURE,
} from './fixtures/japanese.js';
import type { TestMessage } from './fixtures/message.js';
import { loadContentModel } from '../../runtime/model.js';

/** A real RFC 5322 message: encoded-word headers, body in UTF-8 base64 or ISO-2022-JP 7bit, as mailers send. */
function eml(m: TestMessage, charset: 'utf-8' | 'iso-2022-jp' = 'utf-8'): Uint8Array {
  const word = (s: string) =>
    charset === 'utf-8'
      ? `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`
      : `=?ISO-2022-JP?B?${Buffer.from(Encoding.convert(Encoding.stringToCode(s), { to: 'JIS', from: 'UNICODE' })).toString('base64')}?=`;
  const body =
    charset === 'utf-8'
      ? Buffer.from(m.text ?? '', 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n')
      : Buffer.from(Encoding.convert(Encoding.stringToCode((m.text ?? '').replace(/\n/g, '\r\n')), { to: 'JIS', from: 'UNICODE' })).toString('latin1');
  const lines = [
    `From: ${word(m.fromName ?? '')} <${m.from}>`,
    'To: yamada@example.org',
    `Subject: ${word(m.subject ?? '')}`,
    `Date: ${m.date}`,
    `Message-ID: <${Date.parse(m.date ?? '') / 1000}.${(m.from ?? '').length}@${(m.from ?? 'x@example.com').split('@')[1]}>`,
    'MIME-Version: 1.0',
    `Content-Type: text/plain; charset=${charset === 'utf-8' ? 'UTF-8' : 'ISO-2022-JP'}`,
    `Content-Transfer-Encoding: ${charset === 'utf-8' ? 'base64' : '7bit'}`,
    '',
    body,
    '',
  ];
  return Buffer.from(lines.join('\r\n'), 'latin1');
}

// The model shipped with spamlab: trained on English mail of 2002 only.
const shipped = await loadContentModel({ ...defaultConfig().content.classifier, useStore: false });
const scanner = await createScanner({ config: defaultConfig(), services: { now: () => new Date('2026-02-20T00:00:00Z'), classifierModel: shipped } });

const cases: { name: string; raw: Uint8Array; verdict: string; categories: string[]; expect: string[]; forbid: string[] }[] = [
  {
    name: 'Japanese health spam (UTF-8)', raw: eml(JAPANESE_HEALTH_SPAM), verdict: 'spam', categories: ['health'],
    expect: ['CONTENT_CATEGORY_HEALTH', 'CONTENT_SPAM_TERMS_MANY'], forbid: ['CONTENT_CATEGORY_DATING', 'CONTENT_CLASSIFIER_HAM_HIGH'],
  },
  {
    name: 'Japanese dating spam (ISO-2022-JP)', raw: eml(JAPANESE_DATING_SPAM, 'iso-2022-jp'), verdict: 'spam', categories: ['dating'],
    expect: ['CONTENT_CATEGORY_DATING'], forbid: ['CONTENT_CATEGORY_HEALTH', 'CONTENT_CLASSIFIER_HAM_HIGH'],
  },
  {
    name: 'Japanese finance spam (UTF-8)', raw: eml(JAPANESE_FINANCE_SPAM), verdict: 'spam', categories: ['finance'],
    expect: ['CONTENT_CATEGORY_FINANCE'], forbid: ['CONTENT_CATEGORY_DATING', 'CONTENT_CLASSIFIER_HAM_HIGH'],
  },
  {
    name: 'Japanese business mail (ISO-2022-JP)', raw: eml(JAPANESE_BUSINESS_MAIL, 'iso-2022-jp'), verdict: 'clean', categories: [],
    expect: [], forbid: ['CONTENT_SPAM_TERMS', 'CONTENT_SPAM_TERMS_MANY', 'CONTENT_CLASSIFIER_SPAM', 'CONTENT_CLASSIFIER_SPAM_HIGH'],
  },
];

for (const c of cases) {
  test(`scanner, shipped model: ${c.name} → ${c.verdict}`, async () => {
    const report = await scanner.scan({ raw: c.raw, source: c.name });
    const ids = report.findings.filter((f) => !f.replacedBy).map((f) => f.id);
    const explain = `score ${report.score}: ${report.findings.map((f) => `${f.id}(${f.score}) ${f.evidence}`).join(' | ')}`;
    assert.equal(report.verdict, c.verdict, explain);
    assert.deepEqual(report.categories.map((x) => x.name).filter((n) => c.categories.includes(n)).sort(), [...c.categories].sort(), explain);
    if (c.verdict === 'clean') assert.deepEqual(report.categories, [], explain);
    for (const id of c.expect) assert.ok(ids.includes(id), `${id} expected; ${explain}`);
    for (const id of c.forbid) assert.ok(!ids.includes(id), `${id} not expected; ${explain}`);
  });
}

test('scanner, shipped model: a Valentine dating lure dated 14 February has the theme near its date', async () => {
  const report = await scanner.scan({ raw: eml(VALENTINE_DATING_LURE), source: 'valentine.eml' });
  assert.deepEqual(report.themes.find((t) => t.name === 'valentine')?.nearDate, true, JSON.stringify(report.themes));
  assert.ok(report.categories.some((c) => c.name === 'dating'));
  assert.equal(report.verdict, 'spam');
});
