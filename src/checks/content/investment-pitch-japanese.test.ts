import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dmarcPass, ids, mail, trusted } from '../../test-support/classifier-free-scan.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { buildMessage } from './fixtures/message.js';
import { japanesePitch } from './investment-pitch-japanese.js';

/**
 * Session 52 (issue 17, helper scam52): the investment pitch written in Japanese (investment-pitch-japanese.ts,
 * CONTENT_INVESTMENT_PITCH_JAPANESE, weighed with the sender by CONTENT_INVESTMENT_PITCH_STRANGER). End to end with the classifier
 * off; letters written for the test.
 */
const html = (text: string): string => `<html><body>${text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</body></html>`;
const scan = (from: string, subject: string, body: string, auth: string[] = []) => trusted.scan({ source: 'investment-pitch-japanese.test', raw: mail(from, subject, body, auth) });

/** [why, sender, subject, text]. */
const LURES: [string, string, string, string][] = [
  ['a daily sum, automatic trading, no risk', 'Tanaka <tanaka.shisan.jp@gmail.com>', '副収入のご案内', 'AIの自動売買で毎日2万円の利益が出ています。\n\nリスクはほとんどありません。ご興味があればご返信ください。'],
  ['a monthly percentage, principal guaranteed', '資産運用サロン <unyou.salon@yahoo.co.jp>', '限定募集', '元本保証で月利15％の配当を受け取れます。\n\n募集は今月末までです。'],
  ['a weekly sum from crypto', 'Yuki <yuki.crypto.jp@outlook.com>', 'こんにちは', '仮想通貨で1週間に5万円を稼ぐ方法を教えています。\n\n誰でも簡単にできます。'],
];
for (const [why, from, subject, text] of LURES) {
  test(`Japanese pitch (${why}) → CONTENT_INVESTMENT_PITCH_STRANGER, flagged`, async () => {
    const r = await scan(from, subject, html(text));
    assert.ok(ids(r).includes('CONTENT_INVESTMENT_PITCH_JAPANESE') && ids(r).includes('CONTENT_INVESTMENT_PITCH_STRANGER'), ids(r).join(', '));
    assert.notEqual(r.verdict, 'clean', `${r.score}: ${ids(r).join(', ')}`);
  });
}

/** [why, sender, subject, html body, authenticated domain]: none may raise CONTENT_INVESTMENT_PITCH_JAPANESE. */
const MUST_NOT: [string, string, string, string, string][] = [
  ["a company's monthly sales report: 株式会社, a sum per month, no promise", '株式会社サンプル <info@sample.example.jp>', '月次報告', html('株式会社サンプルの今月の売上は毎月500万円の利益を上回りました。来月もよろしくお願いいたします。'), 'sample.example.jp'],
  ['a consumer warning about such pitches', '消費者センター <info@consumer.example.jp>', '注意喚起', html('「毎日3万円の利益、元本保証」という投資の勧誘は詐欺です。ご注意ください。'), 'consumer.example.jp'],
  ["a bank's savings notice: a yearly rate", '銀行 <info@bank.example.jp>', '金利のお知らせ', html('定期預金の金利は年0.3％です。毎月の積立は1万円から始められます。'), 'bank.example.jp'],
];
for (const [why, from, subject, body, auth] of MUST_NOT) {
  test(`Japanese pitch must not: ${why}`, async () => {
    const r = await scan(from, subject, body, auth ? dmarcPass(auth) : []);
    assert.ok(!ids(r).includes('CONTENT_INVESTMENT_PITCH_JAPANESE'), ids(r).join(', '));
  });
}

test('linear on hostile text: 10× the text (up to the characters read) takes ~10× the CPU', () => {
  const growth = cpuGrowth((n) => buildMessage({ subject: 'x', text: `${'毎日1万円'.repeat(n / 5)}${'投資'.repeat(n / 2)}` }), (m) => {
    japanesePitch(m);
  }, 600);
  assert.ok(growth < 40, `10× the text took ${growth.toFixed(1)}× the CPU`);
});
