import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifierInputFromMessage } from './from-message.js';
import { parseMessage } from '../mail/parse/index.js';

const LIMITS = { maxMessageBytes: 10_000_000, maxMimeDepth: 20, maxParts: 500, maxHeaderBytes: 1_000_000 };

test('numbered header padding: more than three fields of one name shape are dropped, the rest kept in order (generated)', () => {
  // The definition (session 15): every field, but the 4th and later of each shape (digit runs read as #).
  const expected = (fields: readonly { key: string; value: string }[]) => {
    const counts = new Map<string, number>();
    return fields.filter((f) => {
      if (!/[0-9]/.test(f.key)) return true;
      const shape = f.key.replace(/[0-9]+/g, '#');
      counts.set(shape, (counts.get(shape) ?? 0) + 1);
      return counts.get(shape)! <= 3;
    });
  };
  const names = ['X-Pad-1', 'X-Pad-22', 'X-Other-7', 'x-ms-exchange-antispam-messagedata-0', 'Received', 'X-Mailer', 'X9', 'Subject'];
  let seed = 3;
  const next = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
  let dropped = 0;
  for (let n = 0; n < 300; n++) {
    const fields = Array.from({ length: next(12) }, (_, i) => `${names[next(names.length)]}: v${i}`);
    const msg = parseMessage(Buffer.from(`${['From: a@example.com', ...fields].join('\r\n')}\r\n\r\nbody\r\n`), LIMITS);
    const headers = classifierInputFromMessage(msg).headers.map((h) => [h.key, h.value]);
    const want = expected(msg.headers).map((h) => [h.key, h.value]);
    assert.deepEqual(headers, want, fields.join(' | '));
    dropped += msg.headers.length - want.length;
  }
  assert.ok(dropped > 50, `${dropped} fields dropped`);
});
