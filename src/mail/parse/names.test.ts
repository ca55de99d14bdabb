import assert from 'node:assert/strict';
import { test } from 'node:test';
import { latin1 } from './charset.js';
import { latin1NameAt, lowerNameAt } from './names.js';

/** Small deterministic generator (the same cases every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1_103_515_245) + 12_345) | 0;
    return (s >>> 8) / 0x1000000;
  };
}

const ALPHABET = ['a', 'B', 'z', 'Z', '-', '_', ':', '0', '@', '[', '`', '{', 'İ', 'K', 'ß', 'é', '\0', ' '];

test('lowerNameAt is slice().toLowerCase() — repeated names, collisions, non-ASCII, long names', () => {
  const next = random(7);
  const names: string[] = [];
  for (let n = 0; n < 3000; n++) {
    const len = Math.floor(next() * 40);
    let name = '';
    for (let k = 0; k < len; k++) name += ALPHABET[Math.floor(next() * (next() < 0.9 ? 12 : ALPHABET.length))];
    names.push(name);
  }
  // Each name met several times, in a frame of other text, with names of other cases between.
  for (let round = 0; round < 4; round++) {
    for (const name of names) {
      const text = `<${name} x>`;
      assert.equal(lowerNameAt(text, 1, 1 + name.length), name.toLowerCase(), JSON.stringify(name));
      const upper = name.toUpperCase();
      if (upper.length === name.length) assert.equal(lowerNameAt(`<${upper}>`, 1, 1 + upper.length), upper.toLowerCase(), JSON.stringify(upper));
    }
  }
  const rows: [string, string][] = [
    ['TD', 'td'],
    ['Href', 'href'],
    ['İd', 'i̇d'], // U+0130 lower-cases to two characters: not kept, made afresh
    ['Kelvin\u212a', 'kelvink'],
    ['', ''],
  ];
  for (const [name, lower] of rows) assert.equal(lowerNameAt(`<${name}>`, 1, 1 + name.length), lower, name);
});

test('latin1NameAt is latin1() of the bytes — case kept, NUL and 8-bit names made afresh', () => {
  const next = random(11);
  const fields: Uint8Array[] = [];
  for (let n = 0; n < 3000; n++) {
    const len = Math.floor(next() * 40);
    const bytes = new Uint8Array(len + 2);
    for (let k = 0; k < len; k++) bytes[k + 1] = next() < 0.95 ? 33 + Math.floor(next() * 94) : next() < 0.5 ? 0 : 0x80 + Math.floor(next() * 128);
    fields.push(bytes);
  }
  for (let round = 0; round < 3; round++) {
    for (const bytes of fields) assert.equal(latin1NameAt(bytes, 1, bytes.length - 1), latin1(bytes, 1, bytes.length - 1));
  }
  const subject = new TextEncoder().encode('xSubject: a');
  assert.equal(latin1NameAt(subject, 1, 8), 'Subject');
  assert.equal(latin1NameAt(new TextEncoder().encode('xSUBJECT: a'), 1, 8), 'SUBJECT');
  assert.equal(latin1NameAt(subject, 1, 8), 'Subject');
});
