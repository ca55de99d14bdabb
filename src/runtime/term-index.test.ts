import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { categoryAndThemeIndexArrays, categoryAndThemeIndexFrom, categoryAndThemeIndexKey, pairedTermMatchers, termTablesKey, type TermMatcher } from '../checks/content/match.js';
import { CATEGORY_TERMS, THEME_TERMS } from '../checks/content/terms.js';
import { JAPANESE_DATING_SPAM, JAPANESE_HEALTH_SPAM } from '../checks/content/fixtures/japanese.js';
import { sealFile } from './sealed-file.js';
import { packArrays, precomputedTermIndex, termIndexFileBytes, unpackArrays } from './term-index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'spamlab-term-index-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const bytes = termIndexFileBytes();
const file = path.join(dir, 'term-index.bin');
writeFileSync(file, bytes);

const show = (hits: ReturnType<TermMatcher<string>['match']>) => [...hits].map(([name, h]) => [name, h.weight, h.strongest, h.terms.join('|')]);

/** Texts of every kind the index reads: ASCII phrases, accents, elided articles, small capital ɪ, Japanese, full-width. */
function texts(): string[] {
  const fixed = [
    "Don't MISS: Cheap VIAGRA 100mg, anti-aging cream, lose weight fast! Your account has been suspended; verify your account now.",
    'Merry Christmas and a Happy New Year: claim your prize, bitcoin wallet, inheritance funds, beneficiary, next of kin.',
    "l'heureux gagnant, qu'il reçoive dell'eredità; notificação de alfândega, Überweisung, ganhe dinheiro",
    'Your ᴘᴀʏᴍᴇɴᴛ ᴅᴇᴄɪɪɴᴇᴅ today — ᴄʜʀɪsᴛᴍᴀs sᴀʟᴇ, Ｖｉａｇｒａ ﬁnd',
    `${JAPANESE_HEALTH_SPAM.subject}\n${JAPANESE_HEALTH_SPAM.text}`,
    `${JAPANESE_DATING_SPAM.subject}\n${JAPANESE_DATING_SPAM.text}`,
    '',
  ];
  // Every 7th row's term of both tables, in generated texts (fixed seed: the same texts on every run).
  let seed = 25;
  const next = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
  const terms = [...CATEGORY_TERMS, ...THEME_TERMS].filter((_, i) => i % 7 === 0).map((r) => r.term);
  const generated = Array.from({ length: 300 }, () => Array.from({ length: 1 + next(12) }, () => terms[next(terms.length)]!).join([' ', ', ', '。', '\n'][next(4)]));
  return [...fixed, ...generated];
}

describe('precomputed term index (categories and themes)', () => {
  it('is read back as the very arrays of a freshly built index, and matches as one', () => {
    const arrays = precomputedTermIndex(file);
    assert.ok(arrays);
    const fresh = categoryAndThemeIndexArrays();
    assert.equal(arrays.length, fresh.length);
    arrays.forEach((a, i) => {
      assert.equal(a.constructor, fresh[i]!.constructor, `array ${i}`);
      assert.ok(Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(fresh[i]!.buffer, fresh[i]!.byteOffset, fresh[i]!.byteLength)), `array ${i}`);
    });
    // Views of the file's bytes, not copies (the point of the layout).
    assert.ok(arrays.some((a) => a.byteLength > 1000 && a.buffer === arrays[0]!.buffer));
    const loaded = categoryAndThemeIndexFrom(arrays);
    assert.ok(loaded);
    const built = pairedTermMatchers(CATEGORY_TERMS, THEME_TERMS);
    let found = 0;
    for (const text of texts()) {
      const want = [show(built[0].match(text)), show(built[1].match(text))];
      assert.deepEqual([show(loaded[0].match(text)), show(loaded[1].match(text))], want, text);
      if (want[0]!.length + want[1]!.length > 0) found++;
    }
    assert.ok(found > 250, `${found} texts with terms`);
  });

  it('is not used for other rows: the key names every row, and a file written under another key is stale', () => {
    const key = categoryAndThemeIndexKey();
    assert.equal(termTablesKey([CATEGORY_TERMS, THEME_TERMS]), key);
    const changed = (rows: typeof CATEGORY_TERMS, at: number, row: (typeof CATEGORY_TERMS)[number]) => rows.map((r, i) => (i === at ? row : r));
    const first = CATEGORY_TERMS[0]!;
    for (const tables of [
      [changed(CATEGORY_TERMS, 0, { ...first, weight: first.weight === 3 ? 2 : 3 }), THEME_TERMS],
      [changed(CATEGORY_TERMS, 0, { ...first, term: `${first.term}x` }), THEME_TERMS],
      [changed(CATEGORY_TERMS, 0, { ...first, name: first.name === 'health' ? 'dating' : 'health' }), THEME_TERMS],
      [CATEGORY_TERMS.slice(1), THEME_TERMS],
      [THEME_TERMS, CATEGORY_TERMS],
    ] as const) {
      assert.notEqual(termTablesKey(tables), key);
    }
    const stale = path.join(dir, 'stale.bin');
    writeFileSync(stale, sealFile('spamlab-term-index 1', `${key}0`, Buffer.from(bytes.subarray(bytes.indexOf(0x0a) + 1))));
    assert.equal(precomputedTermIndex(stale), undefined);
  });

  it('is ignored when missing, cut, corrupt or of another format; arrays that do not fit are refused', () => {
    assert.equal(precomputedTermIndex(path.join(dir, 'absent.bin')), undefined);
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 1000]! ^= 0xff;
    for (const [name, broken] of [['cut', bytes.subarray(0, bytes.length - 10)], ['head only', bytes.subarray(0, 60)], ['flipped', flipped], ['garbage', Buffer.from('garbage')], ['empty', Buffer.alloc(0)]] as const) {
      const at = path.join(dir, `${name}.bin`);
      writeFileSync(at, broken);
      assert.equal(precomputedTermIndex(at), undefined, name);
    }
    const arrays = categoryAndThemeIndexArrays();
    assert.ok(categoryAndThemeIndexFrom(arrays));
    for (const wrong of [arrays.slice(1), arrays.slice(0, -1), [...arrays, new Int32Array(1)], arrays.map((a, i) => (i === 5 ? a.subarray(1) : a)), arrays.map((a) => (a instanceof Uint8Array ? new Int32Array(a.length) : a))]) {
      assert.equal(categoryAndThemeIndexFrom(wrong), undefined);
    }
    assert.equal(unpackArrays(new Uint8Array([1, 9, 0, 0, 0])), undefined);
    assert.equal(unpackArrays(new Uint8Array([7])), undefined);
  });

  it('packs arrays so that they are views at any offset of the file, copying only what is not aligned', () => {
    const arrays = [Int32Array.of(1, -2, 3), Uint8Array.of(4, 5), new Int32Array(0), Uint8Array.of(6)];
    for (let offset = 0; offset < 8; offset++) {
      const packed = packArrays(arrays, offset);
      const inFile = Buffer.concat([Buffer.alloc(offset), packed]).subarray(offset);
      const back = unpackArrays(inFile);
      assert.ok(back, `offset ${offset}`);
      assert.deepEqual(back.map((a) => [a.constructor.name, [...a]]), arrays.map((a) => [a.constructor.name, [...a]]));
      assert.ok(back.every((a) => a.buffer === inFile.buffer), `offset ${offset}: views`);
    }
  });
});
