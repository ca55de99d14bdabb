import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { confusableText } from './confusables.js';
import { skeletonOfChar, utsPrototypeOf } from './skeleton.js';

const require = createRequire(import.meta.url);

test('the UTS-39 table is looked up by character: every key is one code point', () => {
  const table = require('unhomoglyph/data.json') as Record<string, string>;
  const keys = Object.keys(table);
  assert.ok(keys.length > 6000, `${keys.length} keys`);
  for (const key of keys) assert.equal([...key].length, 1, `key ${JSON.stringify(key)} is one code point`);
});

test('the packed table gives every code point the prototype data.json gives it, and no other', () => {
  const table = require('unhomoglyph/data.json') as Record<string, string>;
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    const ch = String.fromCodePoint(cp);
    assert.equal(utsPrototypeOf(cp), Object.hasOwn(table, ch) ? table[ch] : undefined, `U+${cp.toString(16)}`);
  }
  const { keys, values } = confusableText();
  assert.equal(values.split('\u0000').length, Object.keys(table).length);
  assert.equal([...keys].length, Object.keys(table).length);
});

test('skeletonOfChar: UTS-39 prototypes, our own additions over them, and characters with no entry (table)', () => {
  const rows: [string, string, string][] = [
    ['а', 'a', 'Cyrillic a: a UTS-39 entry'],
    ['ο', 'o', 'Greek omicron: a UTS-39 entry'],
    ['ⅿ', 'rn', 'small roman numeral one thousand: UTS-39 m, folded further as ASCII m'],
    ['т', 't', 'Cyrillic te: our addition (UTS-39 leaves it alone)'],
    ['ᴍ', 'rn', 'small capital M: our addition'],
    ['ł', 'l', 'l with stroke: our addition'],
    ['ß', 'ß', 'no entry: lower-cased as it is'],
    ['Ж', 'ж', 'no entry: lower-cased'],
    ['é', 'e', 'a combining accent is dropped after NFD'],
  ];
  for (const [ch, folded, why] of rows) assert.equal(skeletonOfChar(ch), folded, `${ch}: ${why}`);
});
