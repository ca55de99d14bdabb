import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordText } from './word-text.js';

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
