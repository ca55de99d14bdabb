import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldMixedScriptWords, MIXED_SCRIPT_MAX_CHARS } from './mixed-script.js';

test('foldMixedScriptWords: Latin words spelt with lookalike letters of other scripts read as Latin; real text of those scripts untouched (table)', () => {
  // [input, folded text or undefined (no disguise), distinct disguised words]
  const rows: [string, string | undefined, number][] = [
    // Greek capital alpha, nu, omicron (a real airdrop lure's spelling); the two-letter `Tο` and `οn` follow once the text is disguised.
    ['Uni Rewards Αirdrop is now Liνe! Tο celebrate we give οn οur platfοrm', 'Uni Rewards Airdrop is now Live! To celebrate we give on our platform', 4],
    // Cyrillic е, а, о; words that end a sentence or a label are words, not hosts.
    ['Cоngrаtulаtiоns! Yоur numbеr: 7. Thе prizеs аrе limitеd.', 'Congratulations! Your number: 7. The prizes are limited.', 6], // `аrе` has one Latin letter: mended, not counted
    ['Lеԁgеr', 'Ledger', 1], // Cyrillic komi de ԁ reads as d
    ['empréstimοs/financiamentοs', 'empréstimos/financiamentos', 2], // words joined by a slash in prose, accents kept
    // Counted, but left as written: part of a host, an address or a URL (the link checks read those as lookalike domains).
    ['visit pаypal.com now', 'visit pаypal.com now', 1],
    ['write to mаil@example.com', 'write to mаil@example.com', 1],
    ['go to https://examplе.org/lоgin', 'go to https://examplе.org/lоgin', 2],
    // No disguise: text written in those scripts, inflections and mojibake with letters that show no Latin letter, one Latin letter.
    ['Привет, как дела? Ελληνικά κείμενα.', undefined, 0],
    ['Обновите Windowsы и Officeа', undefined, 0], // ы shows no Latin letter; `Officeа`… see the next row
    ['see attachпїЅ here', undefined, 0], // ї shows no single Latin letter
    ['a Тο', undefined, 0], // one Latin letter per word only: nothing shows the text is disguised
    ['plain ASCII text', undefined, 0],
    ['Ação Rápida', undefined, 0],
    ['', undefined, 0],
  ];
  for (const [input, expected, count] of rows) {
    const fold = foldMixedScriptWords(input);
    if (expected === undefined) {
      // `Officeа` is a disguise (Latin letters and a Cyrillic а that shows a): a row that must not fold has none of those.
      if (input.includes('Officeа')) {
        assert.equal(fold?.text, 'Обновите Windowsы и Officea', input);
        continue;
      }
      assert.equal(fold, undefined, input);
      continue;
    }
    assert.ok(fold, input);
    assert.equal(fold.text, expected, input);
    assert.equal(fold.count, count, input);
    assert.equal(fold.text.length, input.length, `${input}: offsets kept`);
  }
});

test('foldMixedScriptWords with addresses: the words of hosts, addresses and URLs are folded too (a link\'s shown text)', () => {
  const rows: [string, string | undefined][] = [
    ['pаypal.com', 'paypal.com'],
    ['visit pаypal.com now', 'visit paypal.com now'],
    ['write to mаil@example.com', 'write to mail@example.com'],
    ['go to https://examplе.org/lоgin', 'go to https://example.org/login'],
    ['micrοsοft.com', 'microsoft.com'], // Greek omicron
    ['пример.рф', undefined], // a real Cyrillic domain: no Latin letter to read it as
    ['paypal.com', undefined],
  ];
  for (const [input, expected] of rows) {
    assert.equal(foldMixedScriptWords(input, 5, { addresses: true })?.text, expected, input);
    if (expected) assert.equal(expected.length, input.length, `${input}: offsets kept`);
  }
  // Without the option, hosts stay as written (the shown text's prose fold).
  assert.equal(foldMixedScriptWords('pаypal.com')?.text, 'pаypal.com');
});

test('foldMixedScriptWords: evidence keeps the words as written, at most maxWords of them, and counts them all', () => {
  const fold = foldMixedScriptWords('Yоur аccоunt wаs lоckеd. Cоnfirm yоur idеntity tоdаy. Yоur аccоunt', 3);
  assert.ok(fold);
  assert.deepEqual(fold.words, ['Yоur', 'аccоunt', 'wаs']);
  assert.equal(fold.count, 8); // `Yоur` and `yоur` are two
});

test('foldMixedScriptWords: bounded — a text past MIXED_SCRIPT_MAX_CHARS is read up to it, the rest kept as written; long runs stay linear', () => {
  const head = 'Cоnfirm yоur аccоunt ';
  const tail = `${'x'.repeat(MIXED_SCRIPT_MAX_CHARS)} lаter wоrds`;
  const fold = foldMixedScriptWords(head + tail);
  assert.ok(fold);
  assert.equal(fold.text, `Confirm your account ${tail}`);
  // Hostile shapes: one run of letters with a lookalike at its end, a run of Cyrillic, thousands of disguised words.
  for (const text of ['a'.repeat(60_000) + 'а', 'а'.repeat(60_000), 'pаyment '.repeat(8_000), 'pаyment.'.repeat(8_000)]) {
    const fold2 = foldMixedScriptWords(text);
    if (fold2) assert.equal(fold2.text.length, text.length);
  }
});
