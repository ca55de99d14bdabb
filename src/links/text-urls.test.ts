import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTextUrls } from './text-urls.js';

const cases: [string, string[]][] = [
  ['Visit https://example.com/a?b=1.', ['https://example.com/a?b=1']],
  ['(see http://x.com/a_(b)) and www.y.org, ok', ['http://x.com/a_(b)', 'www.y.org']],
  ['詳しくはhttps://example.com/a。またはwww.example.jp', ['https://example.com/a', 'www.example.jp']],
  ['こちらhttp://example.comへアクセス', ['http://example.com']],
  ['今すぐhttps://scan.example.net/c?u=dmljdGlt「無料」', ['https://scan.example.net/c?u=dmljdGlt']],
  ['https://例え.jp/ページ', ['https://例え.jp/']],
  ['xhttp://glued.com and mailto:a@b.c', []],
  ['"https://q.example/x", \'https://r.example/y\'', ['https://q.example/x', 'https://r.example/y']],
  ['http:\\\\evil.com\\login here', ['http:\\\\evil.com\\login']],
  ['HTTPS://UPPER.EXAMPLE/Path!', ['HTTPS://UPPER.EXAMPLE/Path']],
  // A file name in another script ends the path when it ends in an extension; a sentence glued on does not.
  ['請求書はこちら https://files.example/d/請求書_2291.rar からダウンロード', ['https://files.example/d/請求書_2291.rar']],
  ['請求書：https://files.example/d/請求書_2291.rar。', ['https://files.example/d/請求書_2291.rar']],
  ['Download: https://cdn.example/Rechnung_März_2026.zip.', ['https://cdn.example/Rechnung_März_2026.zip']],
  ['https://cdn.example/f/Счет-фактура.pdf?dl=1', ['https://cdn.example/f/Счет-фактура.pdf']],
  ['詳しくはhttps://example.com/aをご覧ください。', ['https://example.com/a']],
  ['https://example.com/aから資料をDL.', ['https://example.com/a']],
  ['https://example.com/a?q=請求書.rar', ['https://example.com/a?q=']],
  ['https://example.com/a請求書/b.rar', ['https://example.com/a']],
  [`https://example.com/${'請'.repeat(300)}.rar`, ['https://example.com/']],
  // Session 23: a sentence glued onto the file name, and the brackets Japanese names are written with.
  ['請求書はhttps://files.example/d/請求書_2291.rarからダウンロードしてください。', ['https://files.example/d/請求書_2291.rar']],
  ['https://files.example/d/【請求書】2291.zip', ['https://files.example/d/【請求書】2291.zip']],
  ['（https://files.example/d/請求書（6月分）.zip）', ['https://files.example/d/請求書（6月分）.zip']],
  ['https://files.example/d/見積書・2291.7zを開いてください', ['https://files.example/d/見積書・2291.7z']],
  ['https://example.com/ご案内.htmlをご覧ください', ['https://example.com/ご案内.html']],
  ['https://example.com/aへ（詳細）', ['https://example.com/a']],
  ['https://example.com/aはVer.2です', ['https://example.com/a']],
  ['https://example.com/a【重要】お知らせ', ['https://example.com/a']],
];

test('findTextUrls finds URLs with and without scheme, and cuts them at Japanese text and punctuation', () => {
  for (const [input, expected] of cases) assert.deepEqual(findTextUrls(input).map((u) => u.text), expected, input);
});

test('findTextUrls bounds count and length', () => {
  assert.equal(findTextUrls('http://a.com/ '.repeat(50), { maxUrls: 10 }).length, 10);
  assert.equal(findTextUrls(`http://a.com/${'x'.repeat(10_000)}`, { maxLength: 100 })[0]?.text.length, 100);
});

// Linear, not fast: a super-linear pass over any of these 5 MB texts would run for hours, a linear one takes ~0.1 s. The
// guard is the test's own time-out at ~100× the quiet-machine time, not a per-input stopwatch (a 3 s stopwatch failed
// at load 25 with linear code: timing is not what this asserts). The patterns themselves are linted by regex-safety.
test('cost: 5 MB of hostile text scans in linear time', { timeout: 120_000 }, () => {
  const hostile = [
    'http://'.repeat(750_000),
    `http://a.com/${')'.repeat(5_000_000)}`,
    'www.'.repeat(1_300_000),
    `http://${'例'.repeat(2_500_000)}`,
    'ahttp://x'.repeat(600_000),
    `https://${'a.'.repeat(2_500_000)}`,
    'https://a.b/請'.repeat(400_000),
    'https://a.b/【請.r'.repeat(300_000),
  ];
  for (const text of hostile) {
    const urls = findTextUrls(text);
    // Whatever it finds stays within the default bounds, however many candidates the text holds.
    assert.ok(urls.length <= 1_000, `${text.slice(0, 12)}… gave ${urls.length} URLs`);
  }
});
