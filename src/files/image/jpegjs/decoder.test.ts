import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { prng } from '../../../test-support/campaign-corpus.js';
import { jpegOf } from '../../test-support/qr-images.js';
import { rgbAsGray } from '../jpeg.js';
import decode from './decoder.js';

// The vendored decoder (decodeScan's steps and the inverse DCT as module functions, see ./README.md) against the npm
// package it was taken from, file for file: the same pixels, byte for byte, or the same error. The fixtures are made by
// libjpeg-turbo's cjpeg from one 61×47 picture (partial MCUs at both edges): baseline 4:2:0, 4:4:4 with a restart
// marker every MCU row, grey with restarts; progressive 4:2:0, 4:2:2 with restarts and optimised tables, progressive
// grey — the progressive ones run every scan kind (DC first and successive, AC first and successive).
const require = createRequire(import.meta.url);
const published = require('jpeg-js') as typeof import('jpeg-js');
const FIXTURES = fileURLToPath(new URL('../fixtures/jpegjs/', import.meta.url));
const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.jpg')).sort();

type Outcome = { width: number; height: number; data: Uint8Array } | { error: string };

function outcome(run: () => { width: number; height: number; data: Uint8Array }): Outcome {
  try {
    const { width, height, data } = run();
    return { width, height, data: new Uint8Array(data) };
  } catch (err) {
    return { error: String((err as Error).message) };
  }
}

const OPTIONS = [
  { useTArray: true as const, formatAsRGBA: false, tolerantDecoding: true },
  { useTArray: true as const, formatAsRGBA: true, tolerantDecoding: true },
  { useTArray: true as const, formatAsRGBA: false, tolerantDecoding: false },
];

/**
 * Session 61 (cpu62): decode's `grey` (one or three components: their grey levels, no RGB bytes) against the npm package's RGB
 * bytes read by rgbAsGray (../jpeg.ts), or the same error; a picture of any other number of components the RGB path's outcome.
 */
function sameGrey(bytes: Uint8Array, label: string, opts: (typeof OPTIONS)[number]): void {
  const mine = outcome(() => {
    const r = decode(bytes, opts, true) as { width: number; height: number; data?: Uint8Array; gray?: Uint8Array };
    return { width: r.width, height: r.height, data: r.gray ?? rgbAsGray(r.data!, r.width * r.height) };
  });
  const theirs = outcome(() => {
    const r = published.decode(bytes, { ...opts, formatAsRGBA: false });
    return { width: r.width, height: r.height, data: rgbAsGray(r.data, r.width * r.height) };
  });
  assert.deepEqual(mine, theirs, `grey: ${label} ${JSON.stringify(opts)}`);
}

function same(bytes: Uint8Array, label: string): Outcome[] {
  for (const opts of OPTIONS) if (!opts.formatAsRGBA) sameGrey(bytes, label, opts);
  return OPTIONS.map((opts) => {
    const mine = outcome(() => decode(bytes, opts) as { width: number; height: number; data: Uint8Array });
    const theirs = outcome(() => published.decode(bytes, opts));
    assert.deepEqual(mine, theirs, `${label} ${JSON.stringify(opts)}`);
    return mine;
  });
}

test('the fixtures cover six encodings, and every one decodes', () => {
  assert.equal(files.length, 6);
  for (const f of files) {
    const [grey] = same(readFileSync(FIXTURES + f), f);
    assert.ok(grey && 'data' in grey, f);
    assert.equal(grey.width, 61);
    assert.equal(grey.height, 47);
  }
});

test('the same pixels or the same error as jpeg-js 0.4.4, whole, cut short and with damaged bytes', () => {
  const next = prng(21);
  let decoded = 0;
  let failed = 0;
  for (const f of files) {
    const bytes = readFileSync(FIXTURES + f);
    for (const cut of [0.3, 0.6, 0.9]) {
      for (const o of same(bytes.subarray(0, Math.floor(bytes.length * cut)), `${f} cut at ${cut}`)) 'error' in o ? failed++ : decoded++;
    }
    for (let round = 0; round < 12; round++) {
      const damaged = new Uint8Array(bytes);
      // Past the headers (the first third holds the tables): flipped bits in the entropy-coded data.
      for (let k = 0; k < 3; k++) damaged[Math.floor(bytes.length / 3 + next() * (bytes.length * 2 / 3 - 2))]! ^= 1 << Math.floor(next() * 8);
      for (const o of same(damaged, `${f} damaged ${round}`)) 'error' in o ? failed++ : decoded++;
    }
  }
  // Both outcomes are exercised: pictures decoded in spite of damage, and errors thrown alike.
  assert.ok(decoded > 50, `decoded ${decoded}`);
  assert.ok(failed > 5, `failed ${failed}`);
});

test('jpeg-js encoder output (baseline, several qualities) decodes alike', () => {
  const next = prng(5);
  for (const quality of [20, 50, 90]) {
    const width = 40;
    const height = 33;
    const gray = new Uint8Array(width * height).map(() => Math.floor(next() * 256));
    same(jpegOf({ width, height, gray }, quality), `encoded q${quality}`);
  }
});

/**
 * Session 65: pictures with flat areas, as lure banners and screenshots are (a 157×93 white page, a blue box, red text, a light
 * panel and a gradient; libjpeg-turbo's cjpeg: baseline 4:2:0, progressive 4:4:4, grey). Most of their blocks have no AC
 * coefficient (quantizeAndInverse's flat block) and most pixels repeat the one before (grayRow3's last level): both
 * shortcuts against the npm package's pixels, whole, cut short and damaged.
 */
test('pictures with flat areas decode alike, whole, cut short and with damaged bytes', () => {
  const dir = fileURLToPath(new URL('../fixtures/jpegjs-flat/', import.meta.url));
  const flat = readdirSync(dir).filter((f) => f.endsWith('.jpg')).sort();
  assert.deepEqual(flat, ['flat-420.jpg', 'flat-444-progressive.jpg', 'flat-grey.jpg']);
  const next = prng(65);
  for (const f of flat) {
    const bytes = readFileSync(dir + f);
    const [whole] = same(bytes, f);
    assert.ok(whole && 'data' in whole && whole.width === 157 && whole.height === 93, f);
    for (const cut of [0.5, 0.8]) same(bytes.subarray(0, Math.floor(bytes.length * cut)), `${f} cut at ${cut}`);
    for (let round = 0; round < 6; round++) {
      const damaged = new Uint8Array(bytes);
      for (let k = 0; k < 2; k++) damaged[Math.floor(bytes.length / 3 + next() * (bytes.length * 2 / 3 - 2))]! ^= 1 << Math.floor(next() * 8);
      same(damaged, `${f} damaged ${round}`);
    }
  }
});

/**
 * Session 66: the Huffman codes are read from the next 8 bits at once (a table a Huffman table) and receive takes its bits a
 * byte at a time, each looking at the next byte before jpeg-js's bit-at-a-time reading would have read it. A marker there
 * (0xFF and a byte other than 0) is left to the bit-at-a-time reading, which throws where the code or the value reaches it,
 * and a stuffed 0xFF 0x00 is two bytes: pairs written over the entropy-coded data of every fixture, against the npm package.
 */
test('markers and stuffed bytes in the entropy-coded data: the same pixels or the same error', () => {
  const next = prng(66);
  const seconds = [0x00, 0x00, 0xd0, 0xd3, 0xd7, 0xd9, 0x01, 0xc4, 0xff];
  let failed = 0;
  for (const f of files) {
    const bytes = readFileSync(FIXTURES + f);
    for (let round = 0; round < 16; round++) {
      const marked = new Uint8Array(bytes);
      const at = Math.floor(bytes.length / 3 + next() * (bytes.length * 2 / 3 - 3));
      marked[at] = 0xff;
      marked[at + 1] = seconds[Math.floor(next() * seconds.length)]!;
      for (const o of same(marked, `${f} marked ${round} at ${at}`)) if ('error' in o) failed++;
    }
  }
  assert.ok(failed > 10, `failed ${failed}`);
});
