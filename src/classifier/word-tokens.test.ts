import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DistinctTokens, featuresOf, type TokenFeatures, type TokenSink } from './features.js';
import { fnv1a32, fnv1a32Slice } from './hash.js';
import { wordTokens } from './tokenize.js';
import { codePointOfUnits, codeUnitReader } from '../mail/text-chars.js';

// The body's word reader before it hashed as it read (session 51, issue 18: tokenise + hash in one pass), kept here
// verbatim with the hash it handed on (fnv1a32Units, then computed by DistinctTokens.pushSliceOfUnits): the new
// reader must push the same tokens with the same hashes, in the same order, for every text.
const MAX_WORD = 24;
const NUM_TOKEN = Array.from({ length: MAX_WORD + 1 }, (_, n) => `num:${n}`);
const LETTER_OR_DIGIT_BMP = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) LETTER_OR_DIGIT_BMP[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x10000) {
    let known = LETTER_OR_DIGIT_BMP[cp]!;
    if (known === 0) {
      known = LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 1 : 2;
      LETTER_OR_DIGIT_BMP[cp] = known;
    }
    return known === 1;
  }
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}
const isWordJoiner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x5f || c === 0x2d;
const isCurrency = (c: number): boolean => c === 0x24 || c === 0x20ac || c === 0xa3 || c === 0xa5;
const oldUnits = codeUnitReader();

/** What the old reader handed its sink: push / pushSlice, or pushSliceOfUnits (whose hash the set computed from the units). */
interface OldSink {
  push(token: string): void;
  pushSlice(prefix: string, text: string, start: number, end: number): void;
  pushSliceOfUnits(prefix: string, text: string, units: Uint16Array, start: number, end: number): void;
  full(): boolean;
}

function oldFnv1a32Units(prefix: string, units: Uint16Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < prefix.length; i++) h = Math.imul(h ^ prefix.charCodeAt(i), 0x01000193);
  for (let i = start; i < end; i++) h = Math.imul(h ^ units[i]!, 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function oldWordTokens(text: string, prefix: string, sink: OldSink, from = 0, to = text.length): void {
  const n = to;
  const textLength = text.length;
  const units = oldUnits(text);
  let p = from;
  while (p < n) {
    let c = units[p]!;
    if (c < 128 && c !== 0x24 && LETTER_OR_DIGIT_BMP[c] !== 1) {
      p++;
      continue;
    }
    c = codePointOfUnits(units, textLength, p);
    let size = c > 0xffff ? 2 : 1;
    let core = p;
    if (isCurrency(c) && p + 1 < n) {
      const next = codePointOfUnits(units, textLength, p + 1);
      if (isLetterOrDigit(next)) {
        core = p + 1;
        c = next;
        size = next > 0xffff ? 2 : 1;
      }
    }
    if (core === p && !isLetterOrDigit(c)) {
      p += size;
      continue;
    }
    let digitsOnly = core === p && c >= 48 && c <= 57;
    let end = core + size;
    for (let j = end; j < n; ) {
      const d = codePointOfUnits(units, textLength, j);
      if (d < 128 ? LETTER_OR_DIGIT_BMP[d] === 1 : isLetterOrDigit(d)) {
        if (digitsOnly && !(d >= 48 && d <= 57)) digitsOnly = false;
        j += d > 0xffff ? 2 : 1;
        end = j;
      } else if (isWordJoiner(d)) {
        j++;
      } else break;
    }
    if (digitsOnly) for (let k = core; k < end; k++) if (units[k]! < 48 || units[k]! > 57) digitsOnly = false;
    if (end < n && units[end] === 0x25) {
      end++;
      digitsOnly = false;
    }
    const length = end - p;
    if (length > MAX_WORD) sink.push(`${prefix}skip:${text[p]}${Math.min(9, Math.floor(length / 10))}`);
    else if (digitsOnly) sink.pushSlice(prefix, NUM_TOKEN[length]!, 0, NUM_TOKEN[length]!.length);
    else sink.pushSliceOfUnits(prefix, text, units, p, end);
    if (sink.full()) return;
    p = end;
  }
}

/** Every token pushed, duplicates kept, with the hash a set would store for it (given, or computed from the string). */
class Recorder implements TokenSink, OldSink {
  readonly tokens: string[] = [];
  readonly hashes: number[] = [];
  constructor(private readonly maxTokens: number) {}
  push(token: string): void {
    this.pushSlice('', token, 0, token.length);
  }
  pushSlice(prefix: string, text: string, start: number, end: number): void {
    this.record(prefix + text.slice(start, end), fnv1a32Slice(prefix, text, start, end));
  }
  pushSliceOfUnits(prefix: string, text: string, units: Uint16Array, start: number, end: number): void {
    this.record(prefix + text.slice(start, end), oldFnv1a32Units(prefix, units, start, end));
  }
  pushHashedUnits(prefix: string, text: string, _units: Uint16Array, start: number, end: number, hash: number): void {
    this.record(prefix + text.slice(start, end), hash);
  }
  private record(token: string, hash: number): void {
    if (this.tokens.length >= this.maxTokens) return;
    this.tokens.push(token);
    this.hashes.push(hash);
  }
  full(): boolean {
    return this.tokens.length >= this.maxTokens;
  }
  get size(): number {
    return this.tokens.length;
  }
}

const show = (f: TokenFeatures) => Array.from({ length: f.count }, (_, i) => [f.token(i), f.hashes[i]]);

/** Both readers over `text` (with `prefix`, a budget and a part): the same pushes, the same hashes, the same features. */
function same(text: string, prefix: string, maxTokens: number, from: number, to: number, reused: DistinctTokens, what: string): number {
  const old = new Recorder(maxTokens);
  oldWordTokens(text, prefix, old, from, to);
  const now = new Recorder(maxTokens);
  wordTokens(text, prefix, now, from, to);
  assert.deepEqual(now.tokens, old.tokens, what);
  assert.deepEqual(now.hashes, old.hashes, what);
  // The hash handed on is the token's own: what stored models read.
  for (let i = 0; i < now.tokens.length; i++) assert.equal(now.hashes[i], fnv1a32(now.tokens[i]!), `${what}: ${now.tokens[i]}`);
  wordTokens(text, prefix, reused.reset(maxTokens), from, to);
  assert.deepEqual(show(reused), show(featuresOf(old.tokens)), what);
  return old.tokens.length;
}

// Pieces of every kind the reader tells apart: ASCII words in either case, digits and joined digits, the joiners
// (' ’ . _ -) alone, doubled and at word ends, currency signs before and not before a word, `%`, Latin-1 and other
// accented letters, CJK and Hangul, emoji (astral non-letters, with skin tones and joiners), astral letters that NFKC
// keeps (Gothic, Deseret) and mathematical ones, lone surrogates of both halves, URLs and addresses, separators of
// every kind, and long runs around MAX_WORD.
const PIECES = [
  'a', 'Z', 'q', '7', '0', 'the', 'Cheap', 'MEDS', 'word', 'don\'t', 'it’s', 'e.g.', 'foo_bar', 'co-op', '1.5', '1,000', '12345',
  '2024-01-02', '$100', '$', '$x', '€', '€5', '£', '£ 3', '¥', '¥1000', '%', '50%', '5.5%', "'", '’', '.', '_', '-', '..', '--', "''",
  'é', 'ü', 'ñ', 'ß', 'À', 'Ç', 'café', 'naïve', 'straße', 'Ж', 'привет', 'ελληνικά', 'עברית', 'عربى', '١٢٣', 'ｖｉａｇｒａ', '１２３',
  '無料', 'カタカナ', 'ひらがな', '한국어', '中文字', '\u{1f600}', '\u{1f44d}\u{1f3fd}', '\u{1f468}\u200d\u{1f469}', '\u2764\ufe0f',
  '𐌰', '𐐨', '𝐀', '𝟗', '\u{1d44e}', '\ud800', '\udc00', 'a\ud800', '\udc00b', '\u200b', '\u00ad', '\u00a0',
  'http://x.example/a?b=1&c=d%20e', 'https://www.Example.COM/path_to-file.html#frag', 'www.shop.example', 'user@mail.example',
  ' ', '  ', '\n', '\t', '\r\n', ',', '!', '?', ';', ':', '(', ')', '"', '<', '>', '/', '&', '#', '@', '*', '+', '=',
];
const RUNS = ['a', 'x', '9', 'é', '無', '𐌰', '.', 'a.', '-a', '$', '%'];

test('wordTokens pushes what the reader it replaced pushed, with the same hashes (seeded generated texts)', () => {
  let seed = 51;
  const random = (k: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % k;
  };
  const reused = new DistinctTokens(1);
  let tokens = 0;
  for (let m = 0; m < 12_000; m++) {
    const parts: string[] = [];
    for (let k = 1 + random(m % 10 === 0 ? 400 : 50); k > 0; k--) {
      const r = random(20);
      // A run of one piece, of a length around MAX_WORD (skip: tokens, the all-digit and joined cases at their edge).
      if (r === 0) parts.push(RUNS[random(RUNS.length)]!.repeat(1 + random(30)));
      else parts.push(PIECES[random(PIECES.length)]!);
      if (random(3) === 0) parts.push(' ');
    }
    let text = parts.join('');
    if (random(4) === 0) text = text.toLowerCase();
    const prefix = ['', '', 's:', 'x'][random(4)]!;
    const maxTokens = random(5) === 0 ? random(30) : 3000;
    tokens += same(text, prefix, maxTokens, 0, text.length, reused, `text ${m} ${JSON.stringify(text)}`);
    // Two parts cut at an ASCII space, as a page's head is read (tokenize.ts headCut): from/to between words.
    const space = text.indexOf(' ', random(text.length + 1));
    if (space > 0) {
      same(text, prefix, maxTokens, 0, space, reused, `head of ${m}`);
      same(text, prefix, maxTokens, space, text.length, reused, `rest of ${m}`);
    }
  }
  assert.ok(tokens > 200_000, `${tokens} tokens`);
});

test('wordTokens: the reader\'s edges, each against the old one', () => {
  const reused = new DistinctTokens(1);
  const texts = [
    '', ' ', 'a', '$', '$$1', '1$', '%', '1%', '1%%', '100%', 'a%', "a'", "'a", "a'b", 'a’b', 'a’', '1.5', '1..5', '1.', '.1', '1-', '1_2',
    'x'.repeat(24), 'x'.repeat(25), '9'.repeat(24), '9'.repeat(25), `${'9'.repeat(23)}%`, `${'9'.repeat(24)}%`, `$${'9'.repeat(23)}`,
    `€${'a'.repeat(23)}`, `${'é'.repeat(30)}`, `${'𐌰'.repeat(12)}`, `${'𐌰'.repeat(13)}`, '𐌰\ud800', '\ud800𐌰', 'a\udc00b', '€€5', '€ 5',
    '¥¥', '£𐌰', '$𐌰', '$\ud800', 'a\ud800', `a${'.'.repeat(40)}b`, `${'a.'.repeat(20)}`, 'ab’’cd', "ab''cd", 'ab’.’cd%', 'café%',
  ];
  for (const text of texts) for (const prefix of ['', 's:']) same(text, prefix, 3000, 0, text.length, reused, JSON.stringify(text));
});
