import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cpuGrowth } from '../test-support/growth.js';
import { textFingerprint } from './fingerprint.js';

/**
 * The near-duplicate fingerprint reads up to 64,000 characters of every message's shown text: on the lint's attack
 * strings (session 13) its cost grows linearly (a ratio for 10× the text; the replaced patterns gave ~100: 0.3–1 s at
 * 32 KB), never a wall-clock bound.
 */
const SMALL = 4096;

const TEXTS: { name: string; text: (n: number) => string }[] = [
  { name: 'a run of address characters without @ (e-mail addresses)', text: (n) => `${'.'.repeat(n)}-.AA` },
  { name: 'a run of address characters before one @', text: (n) => `${'a.'.repeat(n / 2)}@b` },
  { name: 'hyphenated words and digits (token-like identifiers)', text: (n) => `A${'-A_'.repeat(n / 3)}\u0000` },
];

for (const t of TEXTS) {
  test(`fingerprint: ${t.name} grows linearly`, () => {
    const growth = cpuGrowth(t.text, (text) => textFingerprint(text), SMALL);
    assert.ok(growth < 40, `10× the text took ${growth.toFixed(1)}× the CPU`);
  });
}
