import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { AnalysisSession, DEFAULT_LIMITS, pdfLimits } from '../analyze/index.js';
import { documentLinks } from '../document-links.js';
import { analyzePdfOnce } from '../pdf/index.js';
import { pdfPictures } from '../pdf/images.js';
import { decodeRaw } from '../image/raw.js';
import { messageWith } from '../test-support/message.js';
import { pdfWithPictures } from '../test-support/pdf-pictures.js';
import { encryptBuiltPdf } from '../test-support/pdf-encrypt.js';
import { gifOf, jpegOf, pngOf, qrMatrix, rasterOf, type Raster } from '../test-support/qr-images.js';
import { buildZip, zipBomb } from '../test-support/zip-builder.js';
import { buildPdf } from '../test-support/pdf-builder.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { DEFAULT_QR_LIMITS, readQrCodes } from './read.js';
import { mayHoldCode } from './decode.js';
import { decodeImage, shrinkGray } from '../image/index.js';

// QR codes inside PDF and Office attachments (issue 17, session 14): the pictures a document holds are read like the
// message's own, within the same budget; and the links of documents the text scan does not read (ODF, tel:).
const URL = 'https://scan.example-verify.top/doc?id=51';
const raster = rasterOf(qrMatrix(URL), 5);
const { width: W, height: H } = raster;

/** Samples of the raster as `components` per pixel (grey copied to each), optionally as PNG-predicted rows. */
function samples(r: Raster, components: 1 | 3 | 4, predictor = false): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < r.height; y++) {
    const row = Buffer.alloc(r.width * components + (predictor ? 1 : 0));
    if (predictor) row[0] = 2 - (y % 2); // Up and Sub filters in turn
    for (let x = 0; x < r.width; x++) {
      const v = r.gray[y * r.width + x]!;
      for (let c = 0; c < components; c++) row[(predictor ? 1 : 0) + x * components + c] = components === 4 ? (c === 3 ? 255 - v : 0) : v;
    }
    rows.push(row);
  }
  if (!predictor) return Buffer.concat(rows);
  // Apply the filters the rows name (Sub: minus the left pixel; Up: minus the row above), from the raw rows.
  const raw = rows.map((row) => row.subarray(1));
  return Buffer.concat(rows.map((row, y) => {
    const out = Buffer.from(row);
    const bpp = components;
    for (let i = 0; i < raw[y]!.length; i++) {
      const left = i >= bpp ? raw[y]![i - bpp]! : 0;
      const up = y > 0 ? raw[y - 1]![i]! : 0;
      out[1 + i] = (raw[y]![i]! - (row[0] === 1 ? left : up)) & 0xff;
    }
    return out;
  }));
}

/** One bit a pixel, rows on bytes; `darkBit` is the bit written for a dark pixel. */
function bits(r: Raster, darkBit: 0 | 1): Buffer {
  const stride = Math.ceil(r.width / 8);
  const out = Buffer.alloc(stride * r.height, darkBit ? 0 : 0xff);
  for (let y = 0; y < r.height; y++) {
    for (let x = 0; x < r.width; x++) {
      const dark = r.gray[y * r.width + x]! < 128;
      const at = y * stride + (x >> 3);
      if (dark === (darkBit === 1)) out[at] = out[at]! | (0x80 >> (x & 7));
      else out[at] = out[at]! & ~(0x80 >> (x & 7));
    }
  }
  return out;
}

const size = `/Width ${W} /Height ${H}`;
const PDF_PICTURES: { name: string; dict: string; data: Uint8Array }[] = [
  { name: 'FlateDecode, 8-bit grey', dict: `${size} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`, data: deflateSync(samples(raster, 1)) },
  { name: 'FlateDecode, RGB with PNG predictors', dict: `${size} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 3 /Columns ${W} >>`, data: deflateSync(samples(raster, 3, true)) },
  { name: 'FlateDecode, CMYK (black ink)', dict: `${size} /ColorSpace /DeviceCMYK /BitsPerComponent 8 /Filter [/FlateDecode]`, data: deflateSync(samples(raster, 4)) },
  { name: 'FlateDecode, ICC profile by reference (components from the size)', dict: `${size} /ColorSpace [/ICCBased 9 0 R] /BitsPerComponent 8 /Filter /FlateDecode`, data: deflateSync(samples(raster, 3)) },
  { name: 'FlateDecode, 1-bit image mask (0 paints)', dict: `${size} /ImageMask true /Filter /FlateDecode`, data: deflateSync(bits(raster, 0)) },
  { name: 'FlateDecode, 1-bit grey with /Decode [1 0]', dict: `${size} /ColorSpace /DeviceGray /BitsPerComponent 1 /Decode [1 0] /Filter /FlateDecode`, data: deflateSync(bits(raster, 1)) },
  { name: 'FlateDecode, 1-bit indexed with its lookup written in', dict: `${size} /ColorSpace [/Indexed /DeviceRGB 1 <FFFFFF000000>] /BitsPerComponent 1 /Filter /FlateDecode`, data: deflateSync(bits(raster, 1)) },
  { name: 'no filter, 8-bit grey', dict: `${size} /ColorSpace /DeviceGray /BitsPerComponent 8`, data: samples(raster, 1) },
  { name: 'DCTDecode (a JPEG as it is)', dict: `${size} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode`, data: jpegOf(raster) },
];

for (const p of PDF_PICTURES) {
  test(`PDF pictures: ${p.name} is read and its code is a code of the message`, () => {
    const pdf = pdfWithPictures([p]);
    const reading = readQrCodes(messageWith([{ filename: 'invoice.pdf', content: pdf, declaredType: 'application/pdf' }]));
    assert.deepEqual(reading?.problems, []);
    assert.deepEqual(reading?.codes.map((c) => [c.payload, c.where]), [[URL, 'invoice.pdf, picture 1']]);
  });
}

test('PDF pictures: an encrypted PDF that opens with no password (an owner password only) is read; one locked with a password is not', () => {
  for (const scheme of ['R3', 'R4-AES', 'R6'] as const) {
    const open = encryptBuiltPdf(pdfWithPictures([PDF_PICTURES[0]!]), { scheme, userPassword: '', ownerPassword: 'perm' });
    const reading = readQrCodes(messageWith([{ filename: 'invoice.pdf', content: open, declaredType: 'application/pdf' }]));
    assert.deepEqual(reading?.codes.map((c) => [c.payload, c.where]), [[URL, 'invoice.pdf, picture 1']], scheme);
    const locked = encryptBuiltPdf(pdfWithPictures([PDF_PICTURES[0]!]), { scheme, userPassword: '4721', ownerPassword: 'perm' });
    assert.equal(readQrCodes(messageWith([{ filename: 'invoice.pdf', content: locked, declaredType: 'application/pdf' }])), undefined, scheme);
  }
});

// Session 44: the letter's password opens the PDF for the QR reader too (the callers pass checks/attachments' letterPasswords).
test('PDF pictures: a PDF locked with the letter\'s password is read with it, asked once, and only for a PDF that names /Encrypt', () => {
  for (const scheme of ['R3', 'R4-AES', 'R6'] as const) {
    const locked = encryptBuiltPdf(pdfWithPictures([PDF_PICTURES[0]!]), { scheme, userPassword: '4721', ownerPassword: 'perm' });
    let asked = 0;
    const letter = (): readonly string[] => (asked++, ['wrong', '4721']);
    const msg = messageWith([{ filename: 'invoice.pdf', content: locked, declaredType: 'application/pdf' }, { filename: 'copy.pdf', content: locked, declaredType: 'application/pdf' }]);
    const reading = readQrCodes(msg, DEFAULT_QR_LIMITS, letter);
    assert.deepEqual(reading?.codes.map((c) => c.payload), [URL], scheme);
    assert.equal(asked, 1, `${scheme}: the passwords are read once a message`);
    assert.equal(readQrCodes(msg, DEFAULT_QR_LIMITS, () => ['1234']), undefined, `${scheme}: a wrong password opens nothing`);
  }
  let asked = 0;
  readQrCodes(messageWith([{ filename: 'invoice.pdf', content: pdfWithPictures([PDF_PICTURES[0]!]), declaredType: 'application/pdf' }]), DEFAULT_QR_LIMITS, () => (asked++, []));
  assert.equal(asked, 0, 'an unlocked PDF asks for no password');
});

const media = (name: string, data: Uint8Array, kind: 'docx' | 'xlsx' | 'pptx' | 'odt', method: 0 | 8 = 8) =>
  buildZip(kind === 'odt'
    ? [{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', method: 0 }, { name: 'content.xml', data: '<office:document-content/>' }, { name, data, method }]
    : [{ name: '[Content_Types].xml', data: '<Types/>' }, { name: `${kind === 'docx' ? 'word' : kind === 'xlsx' ? 'xl' : 'ppt'}/document.xml`, data: '<x/>' }, { name, data, method }]);
const OFFICE: { name: string; file: string; bytes: Buffer }[] = [
  { name: 'Word, a stored PNG', file: 'letter.docx', bytes: media('word/media/image1.png', pngOf(raster), 'docx', 0) },
  { name: 'PowerPoint, a deflated JPEG', file: 'deck.pptx', bytes: media('ppt/media/image3.jpeg', jpegOf(raster), 'pptx') },
  { name: 'Excel, a GIF', file: 'sheet.xlsx', bytes: media('xl/media/image1.gif', gifOf(raster), 'xlsx') },
  { name: 'OpenDocument, a PNG under Pictures/', file: 'letter.odt', bytes: media('Pictures/10000000.png', pngOf(raster), 'odt') },
];
for (const o of OFFICE) {
  test(`Office pictures: ${o.name} is read`, () => {
    const reading = readQrCodes(messageWith([{ filename: o.file, content: o.bytes }]));
    assert.deepEqual(reading?.problems, []);
    assert.equal(reading?.codes[0]?.payload, URL);
    assert.match(reading!.codes[0]!.where, new RegExp(`^${o.file.replace('.', '\\.')} > `));
  });
}

test('raw samples: bit depths, inversion, palettes and CMYK give the grey levels they say', () => {
  const L = { maxPixels: 100, maxSide: 100 };
  const rows: [string, Uint8Array, Parameters<typeof decodeRaw>[1], number[]][] = [
    ['8-bit grey', Uint8Array.of(0, 128, 255), { width: 3, height: 1, components: 1, bitsPerComponent: 8 }, [0, 128, 255]],
    ['1-bit grey', Uint8Array.of(0b10100000), { width: 3, height: 1, components: 1, bitsPerComponent: 1 }, [255, 0, 255]],
    ['1-bit grey, /Decode [1 0]', Uint8Array.of(0b10100000), { width: 3, height: 1, components: 1, bitsPerComponent: 1, inverted: true }, [0, 255, 0]],
    ['4-bit grey', Uint8Array.of(0x0f, 0x80), { width: 3, height: 1, components: 1, bitsPerComponent: 4 }, [0, 255, 136]],
    ['16-bit grey (high bytes)', Uint8Array.of(0x00, 0xff, 0xff, 0x00), { width: 2, height: 1, components: 1, bitsPerComponent: 16 }, [0, 255]],
    ['RGB', Uint8Array.of(255, 0, 0, 255, 255, 255), { width: 2, height: 1, components: 3, bitsPerComponent: 8 }, [76, 255]],
    ['CMYK: no ink, full black', Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 255), { width: 2, height: 1, components: 4, bitsPerComponent: 8 }, [255, 0]],
    ['1-bit indexed: black, white', Uint8Array.of(0b01000000), { width: 2, height: 1, components: 1, bitsPerComponent: 1, palette: Uint8Array.of(0, 0, 0, 255, 255, 255) }, [0, 255]],
    ['PNG predictor Sub', Uint8Array.of(1, 10, 5, 5), { width: 3, height: 1, components: 1, bitsPerComponent: 8, pngPredictor: true }, [10, 15, 20]],
  ];
  for (const [name, data, pixels, gray] of rows) {
    const result = decodeRaw(data, pixels, L);
    assert.ok(result.ok, name);
    assert.deepEqual([...result.image.gray], gray, name);
  }
  const cut = decodeRaw(Uint8Array.of(1, 2, 3, 4), { width: 2, height: 3, components: 1, bitsPerComponent: 8 }, L);
  assert.ok(cut.ok && cut.truncated && cut.image.gray[4] === 255, 'rows that never arrived stay white');
  assert.equal(decodeRaw(Uint8Array.of(), { width: 2, height: 2, components: 1, bitsPerComponent: 8 }, L).ok, false);
  assert.deepEqual(decodeRaw(Uint8Array.of(), { width: 200, height: 200, components: 1, bitsPerComponent: 8 }, L), { ok: false, reason: 'too-large', detail: 'declared 200×200 pixels (limit 100 pixels, 100 a side)' });
});

test('the finder test before the search: codes as documents draw them pass it, pages and noise do not', () => {
  const m = qrMatrix(URL);
  const decoded = (bytes: Uint8Array) => {
    const r = decodeImage(bytes, { maxPixels: 4e6, maxSide: 65_535 });
    assert.ok(r.ok);
    return shrinkGray(r.image, 1024);
  };
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const noise = { width: 300, height: 300, gray: Uint8Array.from({ length: 90_000 }, () => (random() < 0.5 ? 0 : 255)) };
  // Bold strokes: rows of 1:1:3:1:1 runs (as bold letters cross them), stacked, but no square finder.
  const strokes = { width: 300, height: 60, gray: new Uint8Array(18_000).fill(255) };
  for (let y = 10; y < 40; y++) for (let x = 10; x < 290; x++) strokes.gray[y * 300 + x] = [0, 255, 0, 0, 0, 255, 0][Math.floor((x - 10) / 4) % 7]!;
  const rows: [string, { width: number; height: number; gray: Uint8Array }, boolean][] = [
    ['2 pixels a module', rasterOf(m, 2), true],
    ['3 pixels a module, JPEG quality 40', decoded(jpegOf(rasterOf(m, 3), 40)), true],
    ['inverted', { ...rasterOf(m, 4), gray: rasterOf(m, 4).gray.map((v) => 255 - v) }, true],
    ['a code on an A4 page at 150 dpi, shrunk to 1024 a side', decoded(pngOf(rasterOf(m, 8, 4, { width: 1240, height: 1754, x: 800, y: 1300 }))), true],
    ['blank', { width: 100, height: 100, gray: new Uint8Array(10_000).fill(255) }, false],
    ['noise', noise, false],
    ['bold strokes', strokes, false],
  ];
  for (const [name, image, expected] of rows) assert.equal(mayHoldCode(image), expected, name);
});

test('documents without pictures cost no decoding: nothing to read, no reading at all', () => {
  const rows: [string, Uint8Array][] = [
    ['a PDF of text', buildPdf({ content: 'BT /F1 12 Tf 72 700 Td (Invoice 42) Tj ET', fonts: [{ name: 'F1' }] })],
    ['a Word file without media', buildZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: '<w:document/>' }])],
    ['a zip that is no Office file, with a PNG inside', buildZip([{ name: 'word/media/image1.png', data: pngOf(raster) }])],
    ['an encrypted PDF (its streams are ciphertext)', Buffer.from(pdfWithPictures([PDF_PICTURES[0]!]).toString('latin1').replace('/Root 1 0 R', '/Root 1 0 R /Encrypt 99 0 R'), 'latin1')],
  ];
  for (const [name, bytes] of rows) assert.equal(readQrCodes(messageWith([{ filename: 'f', content: bytes }])), undefined, name);
});

test('hostile documents: every limit is a problem, nothing is allocated past the limits, nothing throws', () => {
  const huge = pdfWithPictures([{ dict: '/Width 60000 /Height 60000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode', data: deflateSync(Buffer.alloc(1000)) }]);
  const bombPdf = pdfWithPictures([{ dict: `${size} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`, data: deflateSync(Buffer.alloc(50 * 1024 * 1024)) }]);
  const cut = pdfWithPictures([PDF_PICTURES[0]!], { cut: 0.6 });
  const bombMedia = buildZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/media/image1.png', data: Buffer.concat([pngOf(raster), Buffer.alloc(40 * 1024 * 1024)]), declaredSize: 70_000 }]);
  const many = pdfWithPictures(Array.from({ length: 60 }, () => PDF_PICTURES[7]!));
  const rows: { name: string; file: Uint8Array; problem: RegExp | undefined }[] = [
    { name: 'a picture declaring 60000² pixels', file: huge, problem: /declares 60000×60000 pixels, over the 4000000-pixel limit: not decoded/ },
    { name: 'a picture stream inflating to 50 MB', file: bombPdf, problem: undefined },
    { name: 'a PDF cut short inside its picture', file: cut, problem: undefined },
    { name: 'a media entry that inflates 40 MB while declaring 70 KB', file: bombMedia, problem: /inflates past 100 times its \d+ compressed bytes \(a bomb\): not read/ },
    { name: '60 pictures in one PDF', file: many, problem: /more than 50 pictures: the first 50 were looked at/ },
  ];
  for (const r of rows) {
    const reading = readQrCodes(messageWith([{ filename: 'x.bin', content: r.file }]));
    if (r.problem) assert.ok(reading?.problems.some((p) => p.kind === 'limit' && r.problem!.test(p.detail)), `${r.name}: ${JSON.stringify(reading?.problems)}`);
    else assert.deepEqual(reading?.problems ?? [], [], r.name);
    assert.ok((reading?.imagesDecoded ?? 0) <= DEFAULT_QR_LIMITS.maxImages, r.name);
  }
  // The 60-picture PDF: the message's budget of 10 decoded pictures, the rest a limit reached.
  const reading = readQrCodes(messageWith([{ filename: 'many.pdf', content: many }]))!;
  assert.equal(reading.imagesDecoded, DEFAULT_QR_LIMITS.maxImages);
  assert.ok(reading.problems.some((p) => p.where === '40 image(s)' && /past the limit of 10 images/.test(p.detail)), JSON.stringify(reading.problems));
  assert.deepEqual(pdfPictures(zipBomb(1), 50).pictures, []);
});

test('hostile documents: repeated image dictionaries without streams cost linear time', () => {
  const growth = cpuGrowth((n) => Buffer.from('1 0 obj << /Subtype /Image /Width 9 '.repeat(n / 36), 'latin1'), (b) => pdfPictures(b, 50), 30_000);
  assert.ok(growth < 40, `growth ${growth}`);
  // And no more than 4 × maxPictures of them are looked at: past that, the rest is a limit reached.
  assert.equal(pdfPictures(Buffer.from('1 0 obj << /Subtype /Image /Width 9 '.repeat(1000), 'latin1'), 50).more, true);
});

test('pictures over the per-picture limit: one a message is read shrunk, and the limit is still reported', () => {
  // 4200 × 1100 = 4.6 MP: over 4 MP, under 12.6 MP.
  const wide = pngOf(rasterOf(qrMatrix(URL), 8, 4, { width: 4200, height: 1100, x: 2000, y: 300 }));
  const reading = readQrCodes(messageWith([{ filename: 'poster.png', content: wide }, { filename: 'poster2.png', content: wide }]))!;
  assert.equal(reading.codes[0]?.payload, URL);
  assert.ok(reading.problems.some((p) => p.where === 'poster.png' && /read shrunk to 1024 a side/.test(p.detail)), JSON.stringify(reading.problems));
  assert.ok(reading.problems.some((p) => p.where === 'poster2.png' && /not decoded/.test(p.detail)), 'the second is refused');
  const none = readQrCodes(messageWith([{ filename: 'poster.png', content: wide }]), { ...DEFAULT_QR_LIMITS, maxReducedPixels: 0 })!;
  assert.deepEqual(none.codes, []);
});

test('document links: OpenDocument hyperlinks and tel: links of PDFs are links of the message', () => {
  const odt = buildZip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', method: 0 },
    { name: 'content.xml', data: '<office:text><text:p>Pay <text:a xlink:type="simple" xlink:href="https://pay.example-invoice.top/a?b=1&amp;c=2">here</text:a></text:p><draw:a xlink:href=\'https://img.example.top/x\'><draw:frame/></draw:a><text:a xlink:href="#bookmark">x</text:a></office:text>' },
  ]);
  const telPdf = buildPdf({ content: 'BT /F1 12 Tf 72 700 Td (Call us) Tj ET', fonts: [{ name: 'F1' }], links: [{ uri: 'tel:+18885550142', rect: [0, 0, 100, 20] }] });
  const telHex = buildPdf({ content: 'BT ET', links: [{ uri: 'tel:+44 20 7946 0958', rect: [0, 0, 100, 20], hex: true }, { uri: 'https://help.example.top/', rect: [0, 0, 1, 1] }] });
  const rows: [string, Uint8Array, string[]][] = [
    ['ODT text:a and draw:a (entities decoded, a bookmark is no link)', odt, ['https://pay.example-invoice.top/a?b=1&c=2', 'https://img.example.top/x']],
    ['a PDF whose only link is a number to call', telPdf, ['tel:+18885550142']],
    ['a PDF with a tel: link as a hex string', telHex, ['tel:+44 20 7946 0958', 'https://help.example.top/']],
    ['a PDF of plain web links (the text scan reads them)', buildPdf({ content: 'BT ET', links: [{ uri: 'https://a.example/', rect: [0, 0, 1, 1] }] }), []],
  ];
  for (const [name, bytes, links] of rows) assert.deepEqual([...documentLinks(bytes)], links, name);
});

test('one PDF analysis per attachment: the links family and the attachments family share it', () => {
  const pdf = buildPdf({ content: 'BT ET', links: [{ uri: 'https://landing.example.top/', rect: [0, 0, 500, 700], inObjectStream: true }] });
  assert.deepEqual([...documentLinks(pdf)], ['https://landing.example.top/']);
  const shared = analyzePdfOnce(pdf, DEFAULT_LIMITS.maxScanBytes, pdfLimits(DEFAULT_LIMITS, 0));
  const report = new AnalysisSession({ limits: DEFAULT_LIMITS }).analyze({ name: 'a.pdf', bytes: pdf });
  assert.equal(report.pdf?.uris, shared.uris, 'the same facts object, not a second parse');
  // Other limits read again.
  const other = analyzePdfOnce(pdf, DEFAULT_LIMITS.maxScanBytes, { ...pdfLimits(DEFAULT_LIMITS, 0), maxStreams: 3 });
  assert.notEqual(other, shared);
  assert.deepEqual(other.uris, shared.uris);
});
