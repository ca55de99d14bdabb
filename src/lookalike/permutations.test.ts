import { test } from 'node:test';
import assert from 'node:assert/strict';
import { permutations, transliterations } from './permutations.js';
import { detectorFor } from '../brands/detector.js';
import { buildBrandRegistry } from '../brands/registry.js';

const defaultDetector = () => detectorFor(buildBrandRegistry([], true));

test('permutations: every dnstwist fuzzer plus transliteration, no duplicates, not the original', () => {
  const list = permutations('trendmicro.com');
  const techniques = new Set(list.map((p) => p.technique));
  for (const t of ['addition', 'bitsquatting', 'cyrillic', 'homoglyph', 'hyphenation', 'insertion', 'omission', 'repetition', 'replacement', 'subdomain', 'transposition', 'vowel-swap', 'dictionary', 'tld-swap', 'various', 'transliteration']) {
    assert.ok(techniques.has(t), t);
  }
  const domains = list.map((p) => p.domain);
  assert.equal(new Set(domains).size, domains.length);
  assert.ok(!domains.includes('trendmicro.com'));
  assert.ok(domains.includes('torendmicro.com'));
  assert.deepEqual(permutations('not a domain'), []);
});

test('transliterations: vowel after consonant clusters, l→r, romanisation pairs', () => {
  assert.ok(transliterations('trendmicro').includes('torendmicro'));
  assert.ok(transliterations('trendmicro').includes('torendomikuro'));
  assert.ok(transliterations('netflix').some((t) => t.includes('r')));
});

test('the detector flags every generated permutation of a long brand label except the brand’s own domains', () => {
  const detector = defaultDetector();
  const missed = permutations('trendmicro.com')
    .filter((p) => !['trendmicro.co.jp', 'trendmicro.jp', 'trendmicro.de', 'trendmicro.co.uk', 'trendmicro.fr', 'trendmicro-mail.com'].includes(p.domain))
    .filter((p) => !detector.detect(p.domain));
  assert.deepEqual(missed, []);
});
