import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstSentence } from './human.js';

test('firstSentence: what an id means, without the why and what-to-do that -v adds', () => {
  const rows: [string, string][] = [
    ['A link or image carries your e-mail address encoded or hashed (base64, hex, MD5/SHA). A click or image load confirms it.', 'A link or image carries your e-mail address encoded or hashed (base64, hex, MD5/SHA).'],
    ['A double extension (e.g. "FAX_scan.pdf.scr") makes a program look like a document. Windows hides the last one.', 'A double extension (e.g. "FAX_scan.pdf.scr") makes a program look like a document.'],
    ['Probability ≥ 0.5 by default: not enough alone.', 'Probability ≥ 0.5 by default: not enough alone.'],
    ['リンクにあなたのメールアドレスが含まれています。クリックすると確認されます。', 'リンクにあなたのメールアドレスが含まれています。'],
    ['One sentence without a full stop', 'One sentence without a full stop'],
  ];
  for (const [input, expected] of rows) assert.equal(firstSentence(input), expected);
});
