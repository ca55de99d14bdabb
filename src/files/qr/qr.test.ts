import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { decodeImage } from '../image/index.js';
import { blockTextOf, gifOf, ihdr, jpegOf, PNG_SIGNATURE, pngChunk, pngOf, qrMatrix, rasterOf, tableOf } from '../test-support/qr-images.js';
import { messageWith } from '../test-support/message.js';
import { emptyMessage } from '../../test-support/empty-message.js';
import { cpuGrowth } from '../../test-support/growth.js';
import { readBlockText } from './blocks.js';
import { decodeQr, lightDarkThreshold } from './decode.js';
import { colourDark, mayHoldDrawnCode, readDrawnCodes } from './markup.js';
import { busyness, DEFAULT_QR_LIMITS, payloadKind, readQrCodes } from './read.js';

const URL = 'https://login.example-secure.top/mfa?u=7f3a';
const LIMITS = { maxPixels: 4_000_000, maxSide: 65_535 };
const matrix = qrMatrix(URL);

function read(bytes: Uint8Array): string | undefined {
  const result = decodeImage(bytes, LIMITS);
  assert.ok(result.ok, result.ok ? '' : result.detail);
  return decodeQr(result.image);
}

test('pictures: every format and variant decodes to the code it was made from', () => {
  const raster = rasterOf(matrix, 5);
  const cases: { name: string; bytes: Uint8Array }[] = [
    { name: 'PNG 8-bit grey, no filter', bytes: pngOf(raster) },
    { name: 'PNG grey, all five row filters', bytes: pngOf(raster, { filter: 'mixed' }) },
    { name: 'PNG RGBA, black on transparency, Paeth', bytes: pngOf(raster, { colorType: 6, filter: 4 }) },
    { name: 'PNG 1-bit palette', bytes: pngOf(raster, { colorType: 3 }) },
    { name: 'JPEG quality 85', bytes: jpegOf(raster) },
    { name: 'JPEG quality 40', bytes: jpegOf(raster, 40) },
    { name: 'GIF 2 colours', bytes: gifOf(raster) },
    { name: 'PNG: a small code in a larger white picture', bytes: pngOf(rasterOf(matrix, 4, 4, { width: 600, height: 400, x: 300, y: 120 })) },
  ];
  for (const c of cases) assert.equal(read(c.bytes), URL, c.name);
});

test('pictures: a colour JPEG at the pixel limit (2000 × 2000) decodes, a small code in its corner is found after shrinking', () => {
  const rgb = rasterOf(matrix, 6, 4, { width: 2000, height: 2000, x: 1500, y: 60 });
  const reading = readQrCodes(messageWith([{ filename: 'poster.jpg', content: jpegOf(rgb), declaredType: 'image/jpeg' }]))!;
  assert.deepEqual(reading.problems, []);
  assert.equal(reading.codes[0]?.payload, URL);
});

test('pictures: a light-on-dark (inverted) code is read too', () => {
  const raster = rasterOf(matrix, 5);
  const inverted = { ...raster, gray: raster.gray.map((v) => 255 - v) };
  assert.equal(read(pngOf(inverted)), URL);
});

test('drawn codes: HTML tables (bgcolor, style, class) and rows of divs are rebuilt and read', () => {
  for (const how of ['bgcolor', 'style', 'class', 'divs'] as const) {
    const html = `<html><body><p>Scan me</p>${tableOf(matrix, how)}</body></html>`;
    assert.equal(mayHoldDrawnCode(html), true, how);
    assert.deepEqual(readDrawnCodes(html, 1 << 20), [URL], how);
  }
});

test('drawn codes: a layout table of a newsletter is no grid, and a short body is not parsed', () => {
  const rows = Array.from({ length: 30 }, (_, i) => `<tr><td bgcolor="#fff">Item ${i}</td><td style="background:#000">x</td></tr>`).join('');
  assert.deepEqual(readDrawnCodes(`<table>${rows}</table>`, 1 << 20), []);
  assert.equal(mayHoldDrawnCode('<p style="background:#000">short</p>'), false);
});

test('typed codes: half blocks and full blocks (two characters a module)', () => {
  assert.deepEqual(readBlockText(`Scan:\n${blockTextOf(matrix, 'half')}\nthanks`, 1 << 20), [URL]);
  assert.deepEqual(readBlockText(blockTextOf(matrix, 'full'), 1 << 20), [URL]);
  assert.deepEqual(readBlockText('████ heading ████\n▀▀▀▀', 1 << 20), []);
});

test('colours: dark and light by luma, unknown values undefined', () => {
  const rows: [string, boolean | undefined][] = [
    ['#000', true], ['#000000', true], ['#111111ff', true], ['#fff', false], ['#7f7f7f', true], ['#808080', false],
    ['rgb(0, 0, 0)', true], ['rgba(255,255,255,1)', false], ['black', true], ['White', false], ['transparent', undefined], ['url(x.png)', undefined], ['#zz', undefined],
  ];
  for (const [value, dark] of rows) assert.equal(colourDark(value), dark, value);
});

test('payload kinds: URLs are links, other schemes are noted', () => {
  const rows: [string, string][] = [
    ['https://a.example/x', 'url'], ['HTTP://A.EXAMPLE', 'url'], ['www.a.example', 'url'], ['URLTO:https://a.example', 'url'],
    ['otpauth://totp/Acme:bob?secret=JBSWY3DPEHPK3PXP', 'otpauth'], ['WIFI:T:WPA;S:guest;P:pw;;', 'wifi'], ['mailto:a@b.example', 'mailto'],
    ['tel:+81312345678', 'phone'], ['TICKET-48213-F11', 'text'],
  ];
  for (const [payload, kind] of rows) assert.equal(payloadKind(payload), kind, payload);
});

test('hostile pictures: refused by declared size before allocating, damaged ones reported, none throws', () => {
  const raster = rasterOf(matrix, 5);
  const good = pngOf(raster);
  const idat = deflateSync(Buffer.alloc(100));
  const cases: { name: string; bytes: Uint8Array; reason: string }[] = [
    { name: 'PNG declaring 100000×100000', bytes: Buffer.concat([PNG_SIGNATURE, ihdr(100_000, 100_000), pngChunk('IDAT', idat)]), reason: 'too-large' },
    { name: 'PNG declaring 0×10', bytes: Buffer.concat([PNG_SIGNATURE, ihdr(0, 10), pngChunk('IDAT', idat)]), reason: 'broken' },
    { name: 'PNG whose data inflates past its size (a bomb)', bytes: Buffer.concat([PNG_SIGNATURE, ihdr(10, 10), pngChunk('IDAT', deflateSync(Buffer.alloc(2_000_000))), pngChunk('IEND', Buffer.alloc(0))]), reason: 'broken' },
    { name: 'PNG with corrupt zlib', bytes: Buffer.concat([PNG_SIGNATURE, ihdr(50, 50), pngChunk('IDAT', Buffer.from('not a zlib stream at all')), pngChunk('IEND', Buffer.alloc(0))]), reason: 'broken' },
    { name: 'PNG with a bad colour type', bytes: Buffer.concat([PNG_SIGNATURE, ihdr(50, 50, 8, 5), pngChunk('IDAT', idat)]), reason: 'broken' },
    { name: 'PNG without IDAT', bytes: Buffer.concat([PNG_SIGNATURE, ihdr(50, 50), pngChunk('IEND', Buffer.alloc(0))]), reason: 'broken' },
    { name: 'PNG signature only', bytes: PNG_SIGNATURE, reason: 'broken' },
    { name: 'JPEG declaring 65535×65535', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0, 17, 8, 0xff, 0xff, 0xff, 0xff, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]), reason: 'too-large' },
    { name: 'JPEG cut after its header', bytes: jpegOf(raster).subarray(0, 700), reason: 'broken' },
    { name: 'JPEG of random bytes after SOI', bytes: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(5000, 0x5a)]), reason: 'broken' },
    { name: 'GIF declaring 65535×65535', bytes: Buffer.concat([Buffer.from('GIF89a'), Buffer.from([0xff, 0xff, 0xff, 0xff, 0, 0, 0])]), reason: 'too-large' },
    { name: 'GIF header only', bytes: Buffer.from('GIF89a\x10\x00\x10\x00\x00\x00\x00', 'latin1'), reason: 'broken' },
  ];
  for (const c of cases) {
    const result = decodeImage(c.bytes, LIMITS);
    assert.equal(result.ok, false, c.name);
    if (!result.ok) assert.equal(result.reason, c.reason, `${c.name}: ${result.detail}`);
  }
  // Truncated data keeps the rows that arrived, and says so.
  const cut = decodeImage(good.subarray(0, good.length - 200), LIMITS);
  assert.ok(cut.ok && cut.truncated, 'a PNG cut short is read in part');
  const gif = gifOf(raster);
  const cutGif = decodeImage(gif.subarray(0, gif.length >> 1), LIMITS);
  assert.ok(cutGif.ok && cutGif.truncated, 'a GIF cut short is read in part');
});

test('message: inline, attached and data: pictures are read; a message without any costs nothing', () => {
  const png = pngOf(rasterOf(matrix, 4));
  const msg = messageWith([{ filename: 'qr.png', content: png, declaredType: 'image/png' }]);
  const reading = readQrCodes(msg)!;
  assert.deepEqual(reading.codes.map((c) => [c.payload, c.kind, c.carrier, c.where]), [[URL, 'url', 'image', 'qr.png']]);
  // Declared as octet-stream, named .bin: the bytes decide.
  assert.equal(readQrCodes(messageWith([{ filename: 'x.bin', content: png }]))!.codes.length, 1);
  // A data: image in the HTML.
  const dataMsg = emptyMessage({ html: '<img>', htmlFacts: { ...emptyMessage().htmlFacts, links: [{ kind: 'img', href: `data:image/png;base64,${png.toString('base64')}`, text: '', partPath: '1' }] } });
  assert.equal(readQrCodes(dataMsg)!.codes[0]?.payload, URL);
  // No picture, no grid, no block characters: undefined, nothing decoded.
  assert.equal(readQrCodes(emptyMessage({ text: 'Hello, see https://a.example/', visibleText: 'Hello' })), undefined);
  assert.equal(readQrCodes(messageWith([{ filename: 'a.pdf', content: Buffer.from('%PDF-1.4 …') }])), undefined);
});

test('message limits: each reached limit is reported, the pictures before it still read', () => {
  const code = pngOf(rasterOf(matrix, 4));
  const plain = pngOf({ width: 64, height: 64, gray: new Uint8Array(64 * 64).fill(128) });
  // Thousands of tiny pictures (under 21 pixels a side hold no code) cost a header read each and no limit.
  const tiny = pngOf({ width: 8, height: 8, gray: new Uint8Array(64) });
  const many = messageWith([code, ...Array.from({ length: 3000 }, () => tiny)].map((content, i) => ({ filename: `i${i}.png`, content, declaredType: 'image/png' })));
  const manyReading = readQrCodes(many)!;
  assert.equal(manyReading.codes.length, 1);
  assert.equal(manyReading.problems.length, 0);
  assert.equal(manyReading.imagesDecoded, 1);
  // More pictures than maxImages: the first ones are read, the rest reported.
  const crowd = messageWith([...Array.from({ length: 12 }, () => plain), code].map((content, i) => ({ filename: `p${i}.png`, content, declaredType: 'image/png' })));
  const crowdReading = readQrCodes(crowd, { ...DEFAULT_QR_LIMITS, maxImages: 12 })!;
  assert.equal(crowdReading.codes.length, 0);
  assert.match(crowdReading.problems[0]!.detail, /past the limit of 12 images/);
  assert.equal(readQrCodes(crowd, { ...DEFAULT_QR_LIMITS, maxImages: 13 })!.codes.length, 1);
  // A 10 MB file is not read and is reported; the code beside it still is.
  const big = Buffer.concat([pngOf(rasterOf(matrix, 1)), Buffer.alloc(10 * 1024 * 1024)]);
  const bigReading = readQrCodes(messageWith([{ filename: 'big.png', content: big }, { filename: 'qr.png', content: code }]))!;
  assert.equal(bigReading.codes.length, 1);
  assert.deepEqual(bigReading.problems.map((p) => [p.kind, p.where]), [['limit', 'big.png']]);
  // A decompression bomb by declared dimensions: refused before allocating, reported as a limit.
  const bomb = Buffer.concat([PNG_SIGNATURE, ihdr(60_000, 60_000), pngChunk('IDAT', deflateSync(Buffer.alloc(1000)))]);
  const bombReading = readQrCodes(messageWith([{ filename: 'bomb.png', content: bomb }, { filename: 'qr.png', content: code }]))!;
  assert.equal(bombReading.codes.length, 1);
  assert.match(bombReading.problems[0]!.detail, /declares 60000×60000 pixels/);
  // A damaged picture is a problem of its own kind.
  const broken = readQrCodes(messageWith([{ filename: 'bad.png', content: Buffer.concat([PNG_SIGNATURE, ihdr(50, 50), pngChunk('IDAT', Buffer.from('garbage'))]) }]))!;
  assert.deepEqual(broken.problems.map((p) => p.kind), ['broken']);
});

test('busyness: a code is calm, noise is busy and is not searched', () => {
  const raster = rasterOf(matrix, 4);
  assert.ok(busyness(raster) < 0.25, String(busyness(raster)));
  let seed = 7;
  const noise = { width: 400, height: 400, gray: new Uint8Array(160_000).map(() => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16) & 255) };
  assert.ok(busyness(noise) > 0.3, String(busyness(noise)));
  const reading = readQrCodes(messageWith([{ filename: 'noise.png', content: pngOf(noise) }]))!;
  assert.equal(reading.pixelsDecoded, 0);
});

test('light/dark threshold: the darkest and lightest level wherever they lie (the range is read in runs of 4,096 pixels)', () => {
  const reference = (gray: Uint8Array) => {
    let min = 255;
    let max = 0;
    for (const v of gray) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return gray.length ? { min, max, middle: (min + max) / 2, margin: (max - min) / 6 } : { min: 255, max: 0, middle: 127.5, margin: -42.5 };
  };
  let seed = 58;
  const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16) & 255;
  for (const length of [0, 1, 2, 4095, 4096, 4097, 8192, 10_000]) {
    for (let round = 0; round < 6; round++) {
      // A flat picture with its extremes placed at run edges, inside runs, or nowhere (a flat level).
      const level = next();
      const gray = new Uint8Array(length).fill(level);
      for (let k = 0; k < round && length > 0; k++) gray[[0, length - 1, 4095, 4096, 8191, 8192][k]! % length] = next();
      assert.deepEqual(lightDarkThreshold(gray), reference(gray), `${length} pixels, round ${round}`);
    }
  }
});

test('cost: reading block text and gating HTML grow linearly on hostile text', () => {
  const blanks = cpuGrowth((size) => `${' '.repeat(size)}x\n`.repeat(4), (text) => readBlockText(text, 1 << 24));
  assert.ok(blanks < 40, `blank runs: ${blanks}`);
  const blocks = cpuGrowth((size) => `${'█ '.repeat(100)}\n`.repeat(size / 200), (text) => readBlockText(text, 1 << 24), 3_000);
  assert.ok(blocks < 40, `block lines: ${blocks}`);
  const tags = cpuGrowth((size) => '<td class=x>'.repeat(size / 12), (html) => mayHoldDrawnCode(html));
  assert.ok(tags < 40, `tags: ${tags}`);
});
