import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeXmlEntities } from './index.js';
import { wordText } from './word-text.js';
import { cpuStopwatch } from '../../test-support/cpu-time.js';

const rows: { name: string; xml: string; max?: number; expected: string }[] = [
  {
    name: 'runs joined within a paragraph, paragraphs on lines, xml:space kept',
    xml: '<w:document><w:body><w:p><w:r><w:t>If you did not</w:t></w:r><w:r><w:t xml:space="preserve"> authorize</w:t></w:r></w:p><w:p><w:r><w:t>call</w:t><w:tab/><w:t>+1 (828) 423-1316</w:t></w:r></w:p></w:body></w:document>',
    expected: 'If you did not authorize\ncall +1 (828) 423-1316',
  },
  { name: 'character references decoded', xml: '<w:p><w:r><w:t>Tom &amp; Jerry &#8220;quoted&#x201D; &lt;x&gt;</w:t></w:r></w:p>', expected: 'Tom & Jerry “quoted” <x>' },
  { name: 'other elements named like w:t are not text runs', xml: '<w:p><w:tbl><w:tblPr/></w:tbl><w:r><w:tab/><w:t>x</w:t></w:r></w:p>', expected: 'x' },
  { name: 'the cap', xml: `<w:p><w:r><w:t>${'word '.repeat(1000)}</w:t></w:r></w:p>`, max: 20, expected: 'word word word word' },
];

for (const row of rows) {
  test(`Word text: ${row.name}`, () => {
    assert.equal(wordText(row.xml, row.max ?? 16_384), row.expected);
  });
}

/** The single pattern the tag-by-tag reading replaced (quadratic on unclosed tags), kept as its definition. */
function oldWordText(xml: string, maxChars: number): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>|<w:(?:tab|br|cr)\b[^>]*\/>/g)) {
    out += m[1] !== undefined ? decodeXmlEntities(m[1]) : m[0] === '</w:p>' ? '\n' : ' ';
    if (out.length >= maxChars) return out.slice(0, maxChars).trim();
  }
  return out.replace(/[ \t]+/g, ' ').replace(/ ?\n\s*/g, '\n').trim();
}

test('Word text meets its old single-pattern definition on generated bodies', () => {
  let seed = 3;
  const pick = <T>(xs: readonly T[]): T => xs[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % xs.length]!;
  const pieces = [
    '<w:t>', '<w:t xml:space="preserve">', '<w:t ', '<w:t\n', '<w:tab/>', '<w:tab ', '<w:tabs>', '<w:br w:type="page"/>', '<w:br>', '<w:cr/>', '<w:crx/>',
    '</w:t>', '</w:p>', '<w:p>', '</w:', 'word', ' ', '&amp;', '>', '/>', '/', '<', 'w:t', '<w:', '<w:r>', '\t',
  ];
  for (let n = 0; n < 5000; n++) {
    let xml = '';
    for (let i = 0, count = 1 + (n % 30); i < count; i++) xml += pick(pieces);
    const max = n % 7 === 0 ? 5 : 16_384;
    assert.equal(wordText(xml, max), oldWordText(xml, max), JSON.stringify(xml));
  }
});

test('Word text: hostile bodies of unclosed runs and breaks read in linear time', () => {
  // Before: 90 KB of '<w:t ' took 2 s, of '<w:tab ' 1 s (quadratic); 1 MB of each would take minutes.
  for (const unit of ['<w:t ', '<w:tab ', '<w:t>', '<w:t a>x<w:t>', '<w:br ']) {
    const cpuMs = cpuStopwatch();
    wordText(unit.repeat((1 << 20) / unit.length), 16_384);
    const ms = cpuMs();
    assert.ok(ms < 1500, `${unit}: ${ms.toFixed(0)} ms of CPU`);
  }
});
