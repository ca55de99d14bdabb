import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { DRAWING_TEXT, markupText, ODF_TEXT, SHEET_TEXT } from './office/markup-text.js';
import { rtfText } from './rtf/text.js';
import { analyzePdf } from './pdf/index.js';
import { documentLinks } from './document-links.js';
import { AnalysisSession, DEFAULT_LIMITS } from './analyze/index.js';
import { buildPdf } from './test-support/pdf-builder.js';
import { buildZip } from './test-support/zip-builder.js';
import { cpuGrowth } from '../test-support/growth.js';

/**
 * Session 13 (issue 17): the words of slides, workbooks, OpenDocument and RTF files, a PDF's shape (pages, images,
 * fonts, the largest link annotation), and the links a document holds where a text scan cannot read them.
 */

const markupRows: { name: string; xml: string; vocabulary: Parameters<typeof markupText>[1]; max?: number; expected: string }[] = [
  {
    name: 'slide: runs joined, paragraphs on lines, a line break as a blank',
    xml: '<p:sld><p:txBody><a:p><a:r><a:t>Secure</a:t></a:r><a:r><a:t xml:space="preserve"> document</a:t></a:r></a:p><a:p><a:r><a:t>Click</a:t></a:r><a:br/><a:r><a:t>here</a:t></a:r></a:p></p:txBody></p:sld>',
    vocabulary: DRAWING_TEXT,
    expected: 'Secure document\nClick here',
  },
  { name: 'slide: other elements named like a:t are no runs', xml: '<a:p><a:tab/><a:tbl><a:tblPr/></a:tbl><a:t>x</a:t><a:tc>y</a:tc></a:p>', vocabulary: DRAWING_TEXT, expected: 'x' },
  {
    name: 'shared strings: each string a line, rich runs joined, references decoded',
    xml: '<sst><si><t>Invoice &amp; statement</t></si><si><r><t>View </t></r><r><rPr/><t>document</t></r></si></sst>',
    vocabulary: SHEET_TEXT,
    expected: 'Invoice & statement\nView document',
  },
  { name: 'sheet: inline strings only, no cell values', xml: '<sheetData><row><c r="A1" t="inlineStr"><is><t>Open file</t></is></c><c r="B1"><v>42</v></c></row></sheetData>', vocabulary: SHEET_TEXT, expected: 'Open file' },
  {
    name: 'ODF: the body only (not styles), spans, blanks and headings',
    xml: '<office:document-content><office:font-face-decls><style:font-face style:name="Arial"/></office:font-face-decls><office:body><office:text><text:h>Shared file</text:h><text:p>Click <text:span>here</text:span><text:s/>to view</text:p></office:text></office:body></office:document-content>',
    vocabulary: ODF_TEXT,
    expected: 'Shared file\nClick here to view',
  },
  { name: 'the cap', xml: `<a:p><a:t>${'word '.repeat(1000)}</a:t></a:p>`, vocabulary: DRAWING_TEXT, max: 20, expected: 'word word word word' },
  { name: 'a cut part gives what it held', xml: '<a:p><a:t>View document</a:t></a:p><a:p><a:t>and the res', vocabulary: DRAWING_TEXT, expected: 'View document\nand the res' },
  { name: 'an unclosed tag ends the reading', xml: '<a:p><a:t>first</a:t></a:p><a:t', vocabulary: DRAWING_TEXT, expected: 'first' },
];

for (const row of markupRows) {
  test(`markup text: ${row.name}`, () => {
    assert.equal(markupText(row.xml, row.vocabulary, row.max ?? 16_384), row.expected);
  });
}

test('markup text: hostile parts (unclosed tags, endless runs) are read in linear time', () => {
  for (const unit of ['<a:t ', '<a:t>', '<', '</a:p>', '<text:s/>']) {
    const ratio = cpuGrowth((n) => unit.repeat(Math.ceil(n / unit.length)), (xml) => markupText(xml, unit === '<text:s/>' ? ODF_TEXT : DRAWING_TEXT, 16_384));
    assert.ok(ratio < 40, `${unit}: 10× input took ${ratio.toFixed(1)}× the time`);
  }
});

const rtfRows: { name: string; rtf: string; max?: number; expected: string }[] = [
  { name: 'plain runs, paragraphs, tabs', rtf: String.raw`{\rtf1\ansi{\fonttbl{\f0\fswiss Arial;}}{\colortbl;\red0\green0\blue0;}\f0\fs24 Your Norton\tab renewal\par Call +1 (828) 423-1316\par}`, expected: 'Your Norton renewal\nCall +1 (828) 423-1316' },
  { name: 'escapes: hex (Windows-1252), Unicode with its fallback, literal braces', rtf: String.raw`{\rtf1 caf\'e9 \'93x\'94 \u8364?5 \{a\} \\}`, expected: 'café “x” €5 {a} \\' },
  { name: '\\uc2 skips two fallback characters', rtf: String.raw`{\rtf1\uc2 \u26085??\u26412?? ok}`, expected: '日本 ok' },
  { name: 'pictures, objects, info and \\* destinations skipped', rtf: String.raw`{\rtf1{\info{\title Secret}}{\*\generator Riched20}{\pict\pngblip 89504e47}{\object\objemb{\*\objclass Package}{\*\objdata 0105}}visible}`, expected: 'visible' },
  { name: 'a field shows its result, not its instruction', rtf: String.raw`{\rtf1{\field{\*\fldinst HYPERLINK "https://evil.example/"}{\fldrslt View document}}}`, expected: 'View document' },
  { name: '\\bin skips its bytes', rtf: String.raw`{\rtf1 a\bin4 {}}\ b}`, expected: 'a b' },
  { name: 'a cut file gives what it held', rtf: String.raw`{\rtf1{\fonttbl{\f0 Arial;}}\f0 Click here to vi`, expected: 'Click here to vi' },
  { name: 'the cap', rtf: `{\\rtf1 ${'word '.repeat(1000)}}`, max: 20, expected: 'word word word word' },
];

for (const row of rtfRows) {
  test(`RTF text: ${row.name}`, () => {
    assert.equal(rtfText(Buffer.from(row.rtf, 'latin1'), row.max ?? 16_384), row.expected);
  });
}

test('RTF text: hostile files (endless groups, control words, escapes) are read in linear time', () => {
  for (const unit of ['{', '{\\*', '\\par ', "\\'", '\\u65 ', '}']) {
    const ratio = cpuGrowth((n) => Buffer.from(`{\\rtf1 ${unit.repeat(Math.ceil(n / unit.length))}`, 'latin1'), (b) => rtfText(b, 16_384));
    assert.ok(ratio < 40, `${unit}: 10× input took ${ratio.toFixed(1)}× the time`);
  }
});

const LIMITS = { maxStreams: 500, maxStreamBytes: 16 << 20, maxTotalInflated: 64 << 20 };

const shapeRows: { name: string; pdf: Buffer; expected: { pages: number; images: number; fonts: number; share: number } }[] = [
  {
    name: 'a picture under one link covering most of the page',
    pdf: buildPdf({ content: 'q 500 0 0 700 56 46 cm /Im1 Do Q', image: true, links: [{ uri: 'https://evil.example/doc', rect: [56, 46, 556, 746] }] }),
    expected: { pages: 1, images: 1, fonts: 0, share: 0.7221 },
  },
  {
    name: 'the annotation in an object stream, its URI a hex string',
    pdf: buildPdf({ content: 'q 500 0 0 700 56 46 cm /Im1 Do Q', image: true, links: [{ uri: 'https://evil.example/doc', rect: [0, 0, 612, 396], hex: true, inObjectStream: true }] }),
    expected: { pages: 1, images: 1, fonts: 0, share: 0.5 },
  },
  {
    name: 'a letter with a font and a small link in its footer',
    pdf: buildPdf({ content: 'BT /F1 11 Tf 56 760 Td (Invoice) Tj ET', fonts: [{ name: 'F1' }], links: [{ uri: 'https://portal.example/', rect: [56, 40, 200, 52] }] }),
    expected: { pages: 1, images: 0, fonts: 1, share: 0.0036 },
  },
];

for (const row of shapeRows) {
  test(`PDF shape: ${row.name}`, () => {
    const { shape, uris } = analyzePdf(row.pdf, LIMITS);
    assert.equal(shape.pages, row.expected.pages);
    assert.equal(shape.images, row.expected.images);
    assert.equal(shape.fonts, row.expected.fonts);
    assert.ok(Math.abs(shape.linkArea / shape.pageArea - row.expected.share) < 0.001, `${shape.linkArea / shape.pageArea}`);
    assert.equal(uris.length, 1);
  });
}

test('PDF shape: hostile repetitions of the names it counts are read in linear time', () => {
  for (const unit of ['/Subtype /Link ', '/Subtype/Link<<', '/MediaBox [', '/Rect [', '/Type /Page ']) {
    const ratio = cpuGrowth((n) => Buffer.from(`%PDF-1.7\n${unit.repeat(Math.ceil(n / unit.length))}`, 'latin1'), (b) => analyzePdf(b, LIMITS));
    assert.ok(ratio < 40, `${unit}: 10× input took ${ratio.toFixed(1)}× the time`);
  }
});

const ooxml = (files: { name: string; data: string; declaredSize?: number }[]): Uint8Array => buildZip([{ name: '[Content_Types].xml', data: '<Types/>' }, ...files]);
const rels = (targets: { id: string; type: string; target: string }[]): string =>
  `<Relationships>${targets.map((t) => `<Relationship Id="${t.id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t.type}" Target="${t.target}" TargetMode="External"/>`).join('')}</Relationships>`;

const linkRows: { name: string; bytes: Uint8Array; expected: string[] }[] = [
  {
    name: 'a Word document\'s hyperlink relationships (not its template)',
    bytes: ooxml([{ name: 'word/_rels/document.xml.rels', data: rels([{ id: 'rId1', type: 'hyperlink', target: 'https://evil.example/view?a=1&amp;b=2' }, { id: 'rId2', type: 'attachedTemplate', target: 'https://t.example/x.dotm' }]) }]),
    expected: ['https://evil.example/view?a=1&b=2'],
  },
  {
    name: 'a slide\'s hyperlink; mailto and relative targets left out',
    bytes: ooxml([{ name: 'ppt/slides/_rels/slide1.xml.rels', data: rels([{ id: 'rId3', type: 'hyperlink', target: 'https://giftether.space/' }, { id: 'rId4', type: 'hyperlink', target: 'mailto:a@b.example' }]) }]),
    expected: ['https://giftether.space/'],
  },
  { name: 'a PDF URI in an object stream', bytes: buildPdf({ content: '', links: [{ uri: 'https://evil.example/objstm', rect: [0, 0, 10, 10], inObjectStream: true }] }), expected: ['https://evil.example/objstm'] },
  { name: 'a PDF URI written in hex', bytes: buildPdf({ content: '', links: [{ uri: 'https://evil.example/hex', rect: [0, 0, 10, 10], hex: true }] }), expected: ['https://evil.example/hex'] },
  { name: 'a plain PDF URI: the text scan reads it already', bytes: buildPdf({ content: '', links: [{ uri: 'https://evil.example/plain', rect: [0, 0, 10, 10] }] }), expected: [] },
  { name: 'a relationships part declaring more than 1 MiB is not inflated (a bomb)', bytes: ooxml([{ name: 'word/_rels/document.xml.rels', data: rels([{ id: 'rId1', type: 'hyperlink', target: 'https://evil.example/' }]), declaredSize: 2 << 20 }]), expected: [] },
  { name: 'a truncated zip yields nothing and does not throw', bytes: ooxml([{ name: 'word/_rels/document.xml.rels', data: rels([{ id: 'rId1', type: 'hyperlink', target: 'https://evil.example/' }]) }]).subarray(0, 60), expected: [] },
  { name: 'a zip that is no Office document', bytes: buildZip([{ name: 'a/_rels/x.rels', data: rels([{ id: 'rId1', type: 'hyperlink', target: 'https://evil.example/' }]) }]), expected: [] },
  { name: 'a truncated PDF with an object stream', bytes: buildPdf({ content: '', links: [{ uri: 'https://evil.example/cut', rect: [0, 0, 10, 10], inObjectStream: true }] }).subarray(0, 200), expected: [] },
];

for (const row of linkRows) {
  test(`document links: ${row.name}`, () => {
    assert.deepEqual([...documentLinks(row.bytes)], row.expected);
  });
}

/** What the analysis keeps of a document's words (src/files/analyze): text, and whether it was read to its end. */
function words(name: string, bytes: Uint8Array): { text: string | undefined; read: boolean | undefined } {
  const report = new AnalysisSession({ limits: DEFAULT_LIMITS }).analyze({ name, bytes });
  return { text: report.documentText, read: report.documentTextRead };
}

const slide = (texts: string[]): string => `<p:sld><p:cSld><p:spTree>${texts.map((t) => `<p:sp><p:txBody><a:p><a:r><a:t>${t}</a:t></a:r></a:p></p:txBody></p:sp>`).join('')}</p:spTree></p:cSld></p:sld>`;

const documentRows: { name: string; file: string; bytes: Uint8Array; text: string | undefined; read: boolean | undefined }[] = [
  { name: 'PowerPoint: slides in their order', file: 'deck.pptx', bytes: ooxml([{ name: 'ppt/slides/slide10.xml', data: slide(['ten']) }, { name: 'ppt/slides/slide2.xml', data: slide(['two', 'again']) }]), text: 'two\nagain\nten', read: true },
  { name: 'PowerPoint: a picture-only slide has no words, and says it was read', file: 'deck.pptx', bytes: ooxml([{ name: 'ppt/slides/slide1.xml', data: '<p:sld><p:pic><p:nvPicPr><p:cNvPr id="2" name="Picture"/></p:nvPicPr></p:pic></p:sld>' }]), text: undefined, read: true },
  { name: 'PowerPoint: a slide declaring 2 MiB is not inflated (not read)', file: 'deck.pptx', bytes: ooxml([{ name: 'ppt/slides/slide1.xml', data: slide(['x']), declaredSize: 2 << 20 }]), text: undefined, read: undefined },
  {
    name: 'PowerPoint: a picture-only slide beside a slide too large to read is not "read" (its words are unknown)',
    file: 'deck.pptx',
    bytes: ooxml([{ name: 'ppt/slides/slide1.xml', data: '<p:sld/>' }, { name: 'ppt/slides/slide2.xml', data: slide(['x']), declaredSize: 2 << 20 }, { name: 'xl/sharedStrings.xml', data: '<sst/>' }]),
    text: undefined,
    read: undefined,
  },
  { name: 'Excel: shared strings and inline strings', file: 'book.xlsx', bytes: ooxml([{ name: 'xl/sharedStrings.xml', data: '<sst><si><t>Shared file</t></si></sst>' }, { name: 'xl/worksheets/sheet1.xml', data: '<sheetData><row><c t="inlineStr"><is><t>Open</t></is></c></row></sheetData>' }]), text: 'Shared file\nOpen', read: true },
  {
    name: 'OpenDocument text: content.xml',
    file: 'letter.odt',
    bytes: buildZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', method: 0 }, { name: 'content.xml', data: '<office:document-content><office:body><office:text><text:p>View document</text:p></office:text></office:body></office:document-content>' }]),
    text: 'View document',
    read: true,
  },
  { name: 'RTF', file: 'letter.rtf', bytes: Buffer.from(String.raw`{\rtf1{\fonttbl{\f0 Arial;}}\f0 Call us\par now}`, 'latin1'), text: 'Call us\nnow', read: true },
  { name: 'an image-only PDF: read, no words', file: 'scan.pdf', bytes: buildPdf({ content: 'q 500 0 0 700 56 46 cm /Im1 Do Q', image: true }), text: undefined, read: true },
];

for (const row of documentRows) {
  test(`document words: ${row.name}`, () => {
    assert.deepEqual(words(row.file, row.bytes), { text: row.text, read: row.read });
  });
}

test('document words: a message\'s budget bounds the slides of many documents', () => {
  const big = 'x'.repeat(9000);
  const deck = ooxml([{ name: 'ppt/slides/slide1.xml', data: slide([big, big]) }]);
  const session = new AnalysisSession({ limits: DEFAULT_LIMITS });
  const reports = Array.from({ length: 6 }, (_, i) => session.analyze({ name: `d${i}.pptx`, bytes: deck }));
  const lengths = reports.map((r) => r.documentText?.length ?? 0);
  assert.ok(lengths.every((n) => n <= 16 * 1024), lengths.join(','));
  assert.ok(lengths.reduce((a, b) => a + b, 0) <= 64 * 1024, lengths.join(','));
  assert.equal(lengths.at(-1), 0, lengths.join(','));
});

test('document words: a zip bomb posing as a slide is not inflated', () => {
  const bomb = deflateSync(Buffer.alloc(8 << 20, 0x41));
  assert.ok(bomb.length < 64 * 1024);
  const w = words('bomb.pptx', ooxml([{ name: 'ppt/slides/slide1.xml', data: `<a:p><a:t>${'A'.repeat(8 << 20)}</a:t></a:p>` }]));
  assert.equal(w.read, undefined);
  assert.equal(w.text, undefined);
});
