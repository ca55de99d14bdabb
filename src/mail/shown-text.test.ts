import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shownText } from './shown-text.js';

test('shownText: what the reader sees; the plain text only when there is no HTML to show', () => {
  const rows: { name: string; msg: { visibleText: string; text: string; html: string }; expected: string }[] = [
    { name: 'rendered text', msg: { visibleText: 'seen', text: 'plain', html: '<p>seen</p>' }, expected: 'seen' },
    { name: 'HTML that shows only pictures: no text, not the plain alternative', msg: { visibleText: '', text: 'salad', html: '<img src="x.png">' }, expected: '' },
    { name: 'no HTML (a hand-built message without visible text)', msg: { visibleText: '', text: 'plain', html: '' }, expected: 'plain' },
    { name: 'nothing at all', msg: { visibleText: '', text: '', html: '' }, expected: '' },
  ];
  for (const row of rows) assert.equal(shownText(row.msg), row.expected, row.name);
});
