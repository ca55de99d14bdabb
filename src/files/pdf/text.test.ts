import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPdf, cmap, utf16Hex, type PdfSpec } from '../test-support/pdf-builder.js';
import { fontInfo, parseCMap, pdfText } from './text.js';

const LIMITS = { maxChars: 16_384, maxStreams: 500, maxStreamBytes: 8 << 20, maxTotalInflated: 64 << 20 };

/** 2-byte codes of a Type0 font whose CMap maps code k+1 to the k-th distinct character of `alphabet`. */
function glyphCodes(alphabet: string, text: string): string {
  return [...text].map((c) => (alphabet.indexOf(c) + 1).toString(16).padStart(4, '0')).join('');
}

const ALPHABET = 'NORTLifeLockSupport:+1()8234-6';
const DISTINCT = [...new Set(ALPHABET)].join('');

/** One glyph per Tj, each placed by Td the way Chrome's PDF writer does; every glyph 600 units wide, a word gap of one space. */
function perGlyph(words: string[], size = 10): string {
  const ops: string[] = [`BT /F1 ${size} Tf 1 0 0 -1 0 0 Tm 72 -700 Td`];
  words.forEach((w, k) => {
    [...w].forEach((c, i) => {
      const step = i === 0 ? (k === 0 ? 0 : 0.6 * size + 0.3 * size) : 0.6 * size;
      ops.push(`${step} 0 Td <${glyphCodes(DISTINCT, c)}> Tj`);
    });
  });
  ops.push('ET');
  return ops.join('\n');
}

const rows: { name: string; spec: PdfSpec; expected: string; limits?: Partial<typeof LIMITS>; truncated?: boolean }[] = [
  {
    name: 'uncompressed stream: literal strings with escapes, lines by Td and T*',
    spec: { content: 'BT /F1 12 Tf 72 700 Td (Call us \\(toll free\\)) Tj 0 -14 Td (back\\\\slash \\101\\102C tab\\there) Tj 14 TL T* (next) Tj ET', fonts: [{ name: 'F1' }] },
    expected: 'Call us (toll free)\nback\\slash ABC tab here\nnext',
  },
  {
    name: "FlateDecode stream; the ' and \" operators start a new line",
    spec: { flate: true, content: "BT /F1 12 Tf 14 TL 72 700 Td (If you did not authorize) Tj (this transaction) ' 0 0 (call us) \" ET", fonts: [{ name: 'F1' }] },
    expected: 'If you did not authorize\nthis transaction\ncall us',
  },
  {
    name: 'TJ arrays: small kerning joins, a gap wider than a space separates',
    spec: { content: 'BT /F1 10 Tf 72 700 Td [(Hel) -20 (lo) -400 (wor) 15 (ld)] TJ ET', fonts: [{ name: 'F1', widths: { first: 32, widths: Array(95).fill(500) } }] },
    expected: 'Hello world',
  },
  {
    name: 'hex strings, odd digit padded, white space inside ignored',
    spec: { content: 'BT /F1 12 Tf 72 700 Td <48 65 6C 6C 6F> Tj 0 -14 Td <4E6F7> Tj ET', fonts: [{ name: 'F1' }] },
    expected: 'Hello\nNop',
  },
  {
    name: 'WinAnsi without a CMap: 0x93/0x94 are curly quotes, 0xE9 is é',
    spec: { content: 'BT /F1 12 Tf 72 700 Td (\\223caf\\351\\224) Tj ET', fonts: [{ name: 'F1' }] },
    expected: '“café”',
  },
  {
    name: 'Type0 font with a ToUnicode CMap (bfchar and bfrange), one glyph per Td, widths from /W: words come back',
    spec: {
      flate: true,
      content: perGlyph(['NORTON', 'LifeLock', 'Support:', '+1', '(828)', '423-1316']),
      fonts: [{
        name: 'F1', type0: true, cidWidths: { w: `1 ${DISTINCT.length} 600`, dw: 1000 },
        // The first five codes one by one, the rest as ranges: a counting range and an array range.
        toUnicode: cmap(2, [...DISTINCT.slice(0, 5)].map((c, k) => [(k + 1).toString(16).padStart(4, '0'), utf16Hex(c)]), [
          ['0006', '0006', utf16Hex(DISTINCT[5]!)],
          ['0007', (DISTINCT.length).toString(16).padStart(4, '0'), [...DISTINCT.slice(6)].map(utf16Hex)],
        ]),
      }],
    },
    expected: 'NORTON LifeLock Support: +1 (828) 423-1316',
  },
  {
    name: 'bfrange counting up from its destination; 1-byte codes',
    spec: { content: 'BT /F1 12 Tf 72 700 Td <010203> Tj ET', fonts: [{ name: 'F1', toUnicode: cmap(1, [], [['01', '03', '0061']]) }] },
    expected: 'abc',
  },
  {
    name: 'the font dictionary inside an object stream',
    spec: { content: 'BT /F1 12 Tf 72 700 Td <0102> Tj ET', fonts: [{ name: 'F1', inObjectStream: true, toUnicode: cmap(1, [['01', '0048'], ['02', '0069']]) }] },
    expected: 'Hi',
  },
  {
    name: 'a Type0 font without a CMap draws glyph numbers: nothing is read from it',
    spec: { content: 'BT /F1 12 Tf 72 700 Td <00250026> Tj /F2 12 Tf 0 -14 Td (plain) Tj ET', fonts: [{ name: 'F1', type0: true }, { name: 'F2' }] },
    expected: 'plain',
  },
  {
    name: 'a FlateDecode stream cut in the middle yields what it holds, no error',
    spec: { flate: true, cutContentTo: 0.6, content: Array.from({ length: 200 }, (_, k) => `BT /F1 12 Tf 72 ${700 - k} Td (line number ${k} of a long letter) Tj ET`).join('\n'), fonts: [{ name: 'F1' }] },
    expected: 'line number 0 of a long letter',
  },
  {
    name: 'the cap: text stops at maxChars, marked truncated, no error',
    spec: { content: `BT /F1 12 Tf 72 700 Td (${'abcdefghij'.repeat(30)}) Tj ET`, fonts: [{ name: 'F1' }] },
    limits: { maxChars: 50 },
    expected: 'abcdefghij'.repeat(5),
    truncated: true,
  },
];

for (const row of rows) {
  test(`PDF text: ${row.name}`, () => {
    const got = pdfText(buildPdf(row.spec), { ...LIMITS, ...row.limits });
    if (row.name.includes('cut in the middle')) {
      assert.ok(got.text.startsWith(row.expected), got.text.slice(0, 200));
      assert.ok(got.text.length < 200 * 30, 'only part of the stream');
    } else {
      assert.equal(got.text, row.expected);
    }
    if (row.truncated !== undefined) assert.equal(got.truncated, row.truncated);
  });
}

test('PDF text: hostile input never throws and stays bounded', () => {
  const hostile: Buffer[] = [
    Buffer.from('%PDF-1.4\n1 0 obj << /Font << /F1 99 0 R >> >> endobj\n2 0 obj << /Length 40 >>\nstream\nBT /F1 12 Tf (missing font object) Tj ET\nendstream\nendobj\n'),
    Buffer.from(`%PDF-1.4\n1 0 obj << /Length 9 >>\nstream\nBT ${'['.repeat(100_000)} (x) ${'1 '.repeat(100_000)} TJ (unterminated\nendstream endobj`),
    Buffer.from('%PDF-1.4\n1 0 obj << /Filter /FlateDecode /Length 5 >>\nstream\n\x00\x01garbage\nendstream endobj\n2 0 obj << /Type /ObjStm /N 99999 /First 999999 /Length 3 >>\nstream\nabc\nendstream endobj'),
    Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Font /ToUnicode 2 0 R >> endobj\n2 0 obj << /Length 80 >>\nstream\nbegincmap 1 beginbfrange <0000> <FFFFFFFF> <0041> endbfrange 1 beginbfchar <01> endbfchar\nendstream endobj\n`),
    Buffer.from('%PDF-1.4\n1 0 obj << /Length 20 >>\nstream\nBT (no end'),
    Buffer.alloc(0),
  ];
  for (const bytes of hostile) {
    const got = pdfText(bytes, LIMITS);
    assert.equal(typeof got.text, 'string');
  }
  assert.match(pdfText(hostile[0]!, LIMITS).text, /missing font object/);
});

test('PDF text: thousands of fonts sharing one full CMap and /W array stay within the document budget', () => {
  // 2 MB: every font maps 65,536 codes and widths. Read font by font without a shared budget, this exhausted the heap.
  const parts = ['%PDF-1.4\n1 0 obj\n<< /Length 80 >>\nstream\nbegincmap 1 beginbfrange <0000> <FFFF> <0041> endbfrange endcmap\nendstream\nendobj\n'];
  for (let i = 2; i < 20_000; i++) parts.push(`${i} 0 obj\n<< /Type /Font /Subtype /Type0 /ToUnicode 1 0 R /DescendantFonts [<< /W [0 65535 500] >>] >>\nendobj\n`);
  parts.push('20001 0 obj\n<< /Length 24 >>\nstream\nBT /F1 12 Tf (hi) Tj ET\nendstream\nendobj\n');
  assert.equal(pdfText(Buffer.from(parts.join(''), 'latin1'), LIMITS).text, 'hi');
});

test('PDF text: a CMap and a font\'s widths take no more entries than the budget left', () => {
  const budget = { left: 10 };
  const cmap = parseCMap('begincmap 1 beginbfrange <0000> <FFFF> <0041> endbfrange endcmap', budget);
  assert.equal(cmap?.map.size, 10);
  assert.equal(cmap?.map.get(2), 'C');
  assert.equal(budget.left, 0);
  assert.equal(parseCMap('begincmap 1 beginbfchar <01> <0041> endbfchar endcmap', budget), null, 'nothing left');
  const font = fontInfo('<< /Type /Font /Subtype /Type0 /DescendantFonts [<< /W [0 65535 500] >>] >>', null, new Map(), { left: 3 });
  assert.equal(font.widths.size, 3);
  assert.equal(fontInfo('<< /Type /Font /Subtype /Type0 /DescendantFonts [<< /W [0 65535 500] >>] >>', null, new Map()).widths.size, 65_536, 'one font alone keeps its own bound');
});

test('PDF text: stream limits stop inflation without error', () => {
  const pdf = buildPdf({ flate: true, content: 'BT /F1 12 Tf 72 700 Td (hello) Tj ET', fonts: [{ name: 'F1' }] });
  assert.deepEqual(pdfText(pdf, { ...LIMITS, maxStreams: 0 }), { text: '', truncated: true });
  assert.equal(pdfText(pdf, LIMITS).text, 'hello');
});
