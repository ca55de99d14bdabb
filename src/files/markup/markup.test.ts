import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeHtml } from '../html/index.js';
import { clickablePictureLinkIds, externalRelationships } from '../office/index.js';
import { forEachStartTag } from './index.js';

function startTags(text: string, open: RegExp, max?: number): { tag: string; end: number }[] {
  const tags: { tag: string; end: number }[] = [];
  forEachStartTag(text, open, (tag, end) => void tags.push({ tag, end }), max);
  return tags;
}

test('startTags: each tag up to its >, cut at the next tag of its element and at a length; never overlapping', () => {
  const text = '<a href="x">one</a><A download>two<abbr><a title="no close" <a last';
  assert.deepEqual(startTags(text, /<a\b/gi), [
    { tag: '<a href="x">', end: 12 },
    { tag: '<A download>', end: 31 },
    { tag: '<a title="no close" ', end: 60 },
    { tag: '<a last', end: text.length },
  ]);
  assert.deepEqual(startTags(text, /<a\b/gi, 5)[0], { tag: '<a hr', end: 5 });
});

/** The single patterns the tag reader replaced, kept here as the definition the rewrite must still meet on real shapes. */
function oldClickable(xml: string): string[] {
  const ids: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?(?:cNvPr|docPr)\b[^>]*[^/]>\s*<(?:\w+:)?hlinkClick\b[^>]*?\br:id\s*=\s*["']([^"']+)["']/g)) {
    ids.push(m[1] as string);
    if (ids.length >= 50) break;
  }
  return ids;
}

test('clickablePictureLinkIds meets its old single-pattern definition on generated drawing XML', () => {
  let seed = 7;
  const pick = <T>(xs: readonly T[]): T => xs[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % xs.length]!;
  const pieces = [
    '<p:cNvPr id="4" name="Picture 3">', '<p:cNvPr id="5" name="x"/>', '<wp:docPr id="1" name="Grafik 1">', '<docPr id="2">',
    '<a:hlinkClick r:id="rId7"/>', "<a:hlinkClick xmlns:r='urn:r' r:id='rId9'/>", '<hlinkClick r:id="rId2">', '<a:hlinkClick/>',
    '</p:cNvPr>', '<a:t>text</a:t>', ' ', '\n  ', '<p:nvPicPr>', '<a:hlinkHover r:id="rId3"/>',
  ];
  for (let n = 0; n < 400; n++) {
    let xml = '';
    const count = 1 + (n % 12);
    for (let i = 0; i < count; i++) xml += pick(pieces);
    assert.deepEqual(clickablePictureLinkIds(xml), oldClickable(xml), xml);
  }
});

test('hostile markup: unclosed tags by the hundred thousand are read in linear time (each was quadratic before)', () => {
  // Each took 2–9 s at 100 KB with the old patterns; at 300 KB they would take over a minute.
  assert.deepEqual(externalRelationships('word/_rels/document.xml.rels', '<Relationship '.repeat(20_000)), []);
  assert.deepEqual(clickablePictureLinkIds('<a:cNvPr '.repeat(30_000)), []);
  const html = analyzeHtml(`<body onload="x.click()">${'<a '.repeat(100_000)}<form ${'<input '.repeat(50_000)}`, { maxPayloadBytes: 1 << 20 });
  assert.deepEqual(html.redirects, []);
  assert.deepEqual(html.credentialForms, []);
  // Decoys do not hide the tag that matters after them.
  const meta = analyzeHtml(`${'<meta http-equiv=refresh '.repeat(20_000)}<meta http-equiv="refresh" content="0;url=https://next.example/">`, { maxPayloadBytes: 1 << 20 });
  assert.deepEqual(meta.redirects, ['https://next.example/']);
  const password = analyzeHtml(`${'<input name=a>'.repeat(5_000)}<form action="https://collect.example/"><input type="password"></form>`, { maxPayloadBytes: 1 << 20 });
  assert.deepEqual(password.credentialForms, ['https://collect.example/']);
});
