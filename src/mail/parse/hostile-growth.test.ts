import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cpuGrowth } from '../../test-support/growth.js';
import { parseMessage } from './index.js';
import { DEFAULT_PARSE_OPTIONS as OPTS, eml } from './test-helpers.js';

/**
 * Whole messages whose part is a pattern's adversarial text (the regular-expression lint's attack strings, session
 * 13): parsing grows linearly with it. A ratio of CPU time for 10× the text (~10 when linear; the quadratic pattern
 * this replaced gave ~90), never a wall-clock bound. 4 KB → 40 KB.
 *
 * Tried and not kept: blanks in an HTML text node (collapsed before SPACED_LINE_BREAK reads the joined text), a
 * Received helo of commas (the field is cut at 4,096 characters first), quotes in a charset label or an address: in
 * a whole message these grew linearly with the old patterns too, so such a test could not fail.
 */
const SMALL = 4096;

test('parse: a style sheet of url( never closed (CSS links) grows linearly', () => {
  const message = (n: number): Buffer => eml('From: a@b.example', 'Content-Type: text/html', '', `<style>${'url('.repeat(n / 4)}"</style><p>x</p>`);
  const growth = cpuGrowth(message, (raw) => parseMessage(raw, OPTS), SMALL);
  assert.ok(growth < 40, `10× the text took ${growth.toFixed(1)}× the CPU`);
});
