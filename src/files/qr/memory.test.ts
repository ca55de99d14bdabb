import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pngOf, qrMatrix, rasterOf } from '../test-support/qr-images.js';
import { decodeImage } from '../image/index.js';
import { messageWith } from '../test-support/message.js';
import { DEFAULT_QR_LIMITS, readQrCodes, type QrLimits } from './read.js';

const URL = 'https://login.example-secure.top/mfa?u=7f3a';
const code = pngOf(rasterOf(qrMatrix(URL), 5));
const other = pngOf(rasterOf(qrMatrix('https://other.example/x'), 5));
const broken = code.subarray(0, 60);
const limits = (rememberPictures: number, more: Partial<QrLimits> = {}): QrLimits => ({ ...DEFAULT_QR_LIMITS, rememberPictures, ...more });
const campaign = (bytes: Uint8Array, name = 'scan-me.png') => messageWith([{ filename: name, content: bytes, declaredType: 'image/png' }]);

/** A reading without the memory's own counter: what a message's findings are made of. */
function seen(reading: ReturnType<typeof readQrCodes>) {
  assert.ok(reading);
  const { picturesRemembered: _, ...rest } = reading;
  return rest;
}

test('picture memory: a campaign picture in the next message is answered from memory, with the same reading', () => {
  const on = limits(8);
  const first = readQrCodes(campaign(code), on);
  const second = readQrCodes(campaign(code, 'other-name.png'), on);
  assert.equal(first?.picturesRemembered, 0);
  assert.equal(second?.picturesRemembered, 1);
  assert.equal(second?.codes[0]?.payload, URL);
  assert.equal(second?.codes[0]?.where, 'other-name.png', 'where is the message\'s own, not the remembered one\'s');
  const off = limits(0);
  assert.deepEqual(seen(second), seen(readQrCodes(campaign(code, 'other-name.png'), off)), 'same reading as without the memory');
  assert.equal(readQrCodes(campaign(code), off)?.picturesRemembered, 0, 'off: never remembered');
  assert.equal(readQrCodes(campaign(other), on)?.picturesRemembered, 0, 'other bytes: read afresh');
});

test('picture memory: a damaged picture is reported again from memory, and the budgets are charged as if decoded', () => {
  const on = limits(8);
  const off = limits(0);
  const damaged = campaign(broken);
  readQrCodes(damaged, on);
  const again = readQrCodes(campaign(broken), on);
  assert.equal(again?.picturesRemembered, 1);
  assert.deepEqual(seen(again), seen(readQrCodes(campaign(broken), off)));
  assert.ok(again!.problems.some((p) => p.kind === 'broken'));

  // The second copy of a picture in one message still counts against maxImages, remembered or not.
  const twice = messageWith([
    { filename: 'a.png', content: code, declaredType: 'image/png' },
    { filename: 'b.png', content: other, declaredType: 'image/png' },
  ]);
  const one = limits(8, { maxImages: 1 });
  readQrCodes(twice, one);
  const limited = readQrCodes(twice, one);
  assert.deepEqual(seen(limited), seen(readQrCodes(twice, limits(0, { maxImages: 1 }))));
  assert.ok(limited!.problems.some((p) => p.kind === 'limit'), 'the image past maxImages is a limit reached, as without the memory');
});

test('picture memory: a picture left unsearched (the budget spent) is searched when a later message reaches it', () => {
  const decoded = decodeImage(code, { maxPixels: 4_000_000, maxSide: 65_535 });
  assert.ok(decoded.ok);
  const on = limits(8, { maxSearchPixels: decoded.image.width * decoded.image.height });
  const first = readQrCodes(messageWith([
    { filename: 'first.png', content: other, declaredType: 'image/png' },
    { filename: 'second.png', content: code, declaredType: 'image/png' },
  ]), on);
  assert.deepEqual(first?.codes.map((c) => c.payload), ['https://other.example/x'], 'the search budget held one picture');
  const later = readQrCodes(campaign(code), on);
  assert.equal(later?.picturesRemembered, 1, 'decoded before: remembered');
  assert.equal(later?.codes[0]?.payload, URL, 'searched now');
});

test('picture memory: bounded — past rememberPictures it forgets and reads afresh', () => {
  const on = limits(1);
  readQrCodes(campaign(code), on);
  readQrCodes(campaign(other), on);
  assert.equal(readQrCodes(campaign(code), on)?.picturesRemembered, 0, 'forgotten when the second picture came');
  assert.equal(readQrCodes(campaign(code), on)?.picturesRemembered, 1);
});
