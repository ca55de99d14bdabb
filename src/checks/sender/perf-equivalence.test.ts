import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prng } from '../../test-support/campaign-corpus.js';
import { mayCarryTarget } from './link-hosts.js';
import { beforeRelayPhrase, withoutTrailingMarks } from './organisation.js';

// Session 50 (issue 18): loops and look-ups that replaced expressions of the sender checks, against those expressions on
// seeded random strings.

/** A random string of `pieces` drawn from `parts` (characters and words), `n` pieces at most. */
function draw(random: () => number, parts: readonly string[], n: number): string {
  let out = '';
  const length = Math.floor(random() * n);
  for (let i = 0; i < length; i++) out += parts[Math.floor(random() * parts.length)]!;
  return out;
}

test("beforeRelayPhrase and withoutTrailingMarks give what the split and the replace gave (300,000 random names)", () => {
  const parts = [
    'a', 'B', 'é', 'Ω', '𝒜', '\ud83d', '\ude00', '1', ' ', '  ', '\t', '\u00a0', '\u2003', '\n', '.', "'", '’', '&', '-', '(', ')', 'via', 'VIA', 'Via',
    'through', 'Through', 'on behalf of', 'ON BEHALF OF', 'on  behalf of', '(via', '( via', 'vian', 'ſ', 'K', 'İ', 'viа',
  ];
  const random = prng(50);
  for (let round = 0; round < 300_000; round++) {
    const s = draw(random, parts, 12);
    assert.equal(beforeRelayPhrase(s), s.split(/\s+(?:via|through|on behalf of)\s+|\s*\(via\b/iu)[0]!, JSON.stringify(s));
    assert.equal(withoutTrailingMarks(s), s.replace(/[.'’&-]+$/u, ''), JSON.stringify(s));
  }
});

test('mayCarryTarget is true for every query with a value embeddedTargets takes (40,000 random queries)', () => {
  const parts = [
    '/', '//', 'w', 'W', 'ww', 'www', 'WwW', '.', '%', '%2F', '%2f', '%77', '%3A', '+', ' ', ':', 'http', 'HTTPS', 's', 'h', 't', 'p', '=', '&', '?',
    '#', '1', '2', 'é', '\t', '\u00a0', 'x', 'a=', '&b=', '=//', '=www.', '=WWW2.', '=http://', '=https:%2F%2F', '=+%20//', '=%2F/', '=w%77w.',
  ];
  const takes = /^(?:https?:)?\/\/|^www\d{0,3}\./i;
  const random = prng(51);
  let carried = 0;
  for (let round = 0; round < 40_000; round++) {
    let url: URL;
    try {
      url = new URL(`http://host.example/path?${draw(random, parts, 14)}`);
    } catch {
      continue;
    }
    const found = [...url.searchParams.values()].some((v) => takes.test(v.trim()));
    if (found) {
      carried++;
      assert.ok(mayCarryTarget(url.search), url.search);
    }
  }
  assert.ok(carried > 4000, `queries with a target: ${carried}`);
});
