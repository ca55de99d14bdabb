import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAsciiSpace, latin1 } from './charset.js';
import { unfoldedAscii } from './headers.js';

/** unfoldedAscii before session 51 (byte by byte into the scratch array), kept as the definition. */
const OLD_UNFOLDED = new Uint8Array(4096);
function oldUnfoldedAscii(buf: Uint8Array, start: number, end: number): string | undefined {
  if (end - start > 4096) return undefined;
  while (start < end && isAsciiSpace(buf[start]!)) start++;
  while (end > start && isAsciiSpace(buf[end - 1]!)) end--;
  let n = 0;
  for (let i = start; i < end; i++) {
    const b = buf[i]!;
    if (b >= 0x80 || b === 0x1b) return undefined;
    if (b !== 0x0d && b !== 0x0a) OLD_UNFOLDED[n++] = b;
  }
  return latin1(OLD_UNFOLDED, 0, n);
}

/** mulberry32: a failure names a field that can be made again. */
function seeded(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const PIECES = ['from mx.example.org', ' by ', 'a', 'x', ';', '\r\n\t', '\r\n ', '\n ', '\n\t', '\r', '\n', '\r\n', ' ', '\t', '\x0b', '\x0c', '\0', '\x1b', '\x1b$B', '\xe9', '\x80', '\xff', '  \r\n  '];

test('unfoldedAscii gives what the byte loop gave (30,000 generated folded fields in larger buffers, bytes around them 8-bit or ESC)', () => {
  const int = seeded(5151);
  let texts = 0;
  for (let k = 0; k < 30_000; k++) {
    let field = '';
    const parts = int(4) === 0 ? 200 + int(400) : int(30);
    // Most fields clean (the native path), some with one byte that sends them to undefined.
    const clean = int(3) !== 0;
    for (let i = 0; i < parts; i++) {
      let p = PIECES[int(PIECES.length)]!;
      if (clean && /[\x1b\x80-\xff]/.test(p)) p = 'q';
      field += p;
    }
    const before = ['', '\xe9\x1b', 'X-A: b\r\n', '\x1b$B'][int(4)]!;
    const after = ['', '\xe9', '\x1b', '\r\nNext: x'][int(4)]!;
    const buf = Buffer.from(before + field + after, 'latin1');
    const start = before.length;
    const end = start + field.length;
    const want = oldUnfoldedAscii(buf, start, end);
    const got = unfoldedAscii(buf, start, end);
    if (got !== want) throw new Error(`field ${JSON.stringify(field)}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
    if (got !== undefined) texts++;
  }
  assert.ok(texts > 10_000, `texts ${texts}`);
});
