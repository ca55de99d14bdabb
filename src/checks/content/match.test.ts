import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TermMatcher } from './match.js';
import { CATEGORY_TERMS, THEME_TERMS } from './terms.js';

const show = (hits: ReturnType<TermMatcher<string>['match']>) => [...hits].map(([name, h]) => [name, h.weight, h.terms.join('|')]);

test('ASCII text is matched as the Unicode path matches it (case, digits, apostrophes, hyphens, phrases)', () => {
  const categories = new TermMatcher(CATEGORY_TERMS);
  const themes = new TermMatcher(THEME_TERMS);
  const texts = [
    "Don't MISS: Cheap VIAGRA 100mg, anti-aging cream, lose weight fast! Your account has been suspended; verify your account now.",
    'Merry Christmas and a Happy New Year: claim your prize, bitcoin wallet, inheritance funds, beneficiary, next of kin.',
    "work from home, earn $5000 weekly; hot singles in your area... click here; it's   free!!",
  ];
  for (const text of texts) {
    // A non-ASCII character at the end sends the same words through NFKC and the Unicode-property pattern.
    for (const matcher of [categories, themes]) {
      const ascii = show(matcher.match(text));
      assert.deepEqual(ascii, show(matcher.match(`${text} é`)), text);
    }
    assert.ok(show(categories.match(text)).length > 0, text);
  }
});
