import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ParsedMessage } from '../../mail/types.js';
import { termText } from './match.js';

const message = (subject: string, name: string, visibleText: string): ParsedMessage =>
  ({ subject, from: name ? [{ name, address: 'a@example.com', domain: 'example.com' }] : [], visibleText, text: visibleText, html: '' }) as unknown as ParsedMessage;

test('termText: the subject, the sender’s name and the shown text, cut at maxChars, as the joined text cut (the shown text is cut before it is joined)', () => {
  const long = 'word '.repeat(50_000);
  const cases: [string, string, string, number][] = [
    ['Offer', 'Shop', 'short text', 60_000],
    ['Offer', 'Shop', long, 60_000],
    ['Offer', '', long, 60_000],
    ['Offer', 'Shop', long, 11],
    ['Offer', 'Shop', long, 12],
    ['Offer', 'Shop', long, 3],
    ['Offer', 'Shop', 'x'.repeat(59_989), 60_000],
    ['Offer', 'Shop', 'x'.repeat(59_990), 60_000],
    ['', '', '', 60_000],
  ];
  for (const [subject, name, shown, maxChars] of cases) {
    const got = termText(message(subject, name, shown), maxChars);
    assert.equal(got, `${subject}\n${name}\n${shown}`.slice(0, maxChars), `${subject}/${name}/${shown.length}/${maxChars}`);
    // The memo hands the same text out again for the same parts.
    assert.equal(termText(message(subject, name, shown), maxChars), got);
  }
});
