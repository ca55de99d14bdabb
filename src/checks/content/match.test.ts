import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairedTermMatchers, smallCapitalIWord, TermMatcher, termWords } from './match.js';
import { CATEGORY_TERMS, THEME_TERMS } from './terms.js';
import { cpuStopwatch } from '../../test-support/cpu-time.js';

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

test('an ASCII text is read without a lower-cased copy as the normalising path reads it (generated: every table, any case, elided articles)', () => {
  // An ASCII text is matched as written, its word characters folded as they are read (prepare's `fold`); the same text
  // with a non-ASCII word after it goes through normalForTerms (NFKC, lower case) and its lower-cased copy.
  const [categories, themes] = pairedTermMatchers(CATEGORY_TERMS, THEME_TERMS);
  let seed = 7;
  const next = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
  const asciiTerms = [...CATEGORY_TERMS, ...THEME_TERMS].map((r) => r.term).filter((t) => /^[\x00-\x7f]*$/.test(t));
  const pieces = [...asciiTerms.filter((_, i) => i % 3 === 0), "L'", "d'", "QU'", "Dell'", "don't", 'The', 'AND', '100MG', '$5000', '-', "'", '_', '@', 'x.Y'];
  const recase = (word: string): string => [...word].map((c) => (next(3) === 0 ? c.toUpperCase() : c)).join('');
  let found = 0;
  for (let n = 0; n < 800; n++) {
    const text = Array.from({ length: 1 + next(20) }, () => recase(pieces[next(pieces.length)]!)).join([' ', ', ', '. ', '', '\n'][next(5)]);
    const ascii = [show(categories.match(text)), show(themes.match(text))];
    const other = `${text} é`;
    assert.deepEqual([show(categories.match(other)), show(themes.match(other))], ascii, text);
    if (ascii[0]!.length || ascii[1]!.length) found++;
  }
  assert.ok(found > 600, `${found} texts with terms`);
});

test('the words the term tables read are those of the word pattern (the scanner held to its definition)', () => {
  // The definition: runs of letters and digits joined by inner apostrophes, on the normalised text; a French or Italian
  // elided article at a word's start is a word of its own (`l'heureux` → l, heureux).
  const elided = new Set(['c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'dell', 'dall', 'nell', 'sull', 'all', 'un', 'quell']);
  const split = (w: string): string[] => {
    const cut = w.indexOf("'");
    return cut > 0 && elided.has(w.slice(0, cut)) ? [w.slice(0, cut), ...split(w.slice(cut + 1))] : [w];
  };
  const byPattern = (normal: string) => (normal.match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []).flatMap(split);
  // A fixed pseudo-random generator: the same strings on every run.
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const alphabet = [...("aZ09ldqu'’ -.\n\t_é漢𝐀𐌰😀" + 'Ａ١')].concat(['\ud800']); // astral letters (NFKC folds 𝐀, keeps Gothic 𐌰) and emoji, full-width, Arabic digits, a lone surrogate
  const fixed = ["l'heureux", "qu'il", "Qu'aujourd'hui", "dell'eredità", "d'Artagnan", "all's", "l'", "ld'x", "l'l'x", "d'qu'a", "don't", "'quoted'", "it''s", "a'b'c", "'", "x'", "'x", 'ABC-def ghi', '', '   ', "rock'n'roll!!", 'Ｖｉａｇｒａ ﬁnd', "𝐀𝐁'𝐂 😀x 𐌰𐌱'𐌲", "x\ud800y'z"];
  const texts = [...fixed, ...Array.from({ length: 3000 }, () => Array.from({ length: Math.floor(next() * 40) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''))];
  for (const text of texts) {
    const { normal, words } = termWords(text);
    assert.deepEqual(words, byPattern(normal), JSON.stringify(text));
  }
});

test('phrases match only when every word follows, also at the end of the text', () => {
  const m = new TermMatcher([{ name: 'x', term: 'claim your prize', weight: 3 }, { name: 'y', term: 'prize', weight: 1 }]);
  assert.deepEqual(show(m.match('Claim your prize')), [['x', 3, 'claim your prize'], ['y', 1, 'prize']]);
  assert.deepEqual(show(m.match('claim your')), []);
  assert.deepEqual(show(m.match('claim your prizes')), []);
  assert.deepEqual(show(m.match('claim, your... PRIZE!')), [['x', 3, 'claim your prize'], ['y', 1, 'prize']]);
});

test('letter-like disguises are read as the words they show; flags, accents and other scripts are not changed (table)', () => {
  const rows: [string, string[]][] = [
    ['ᴘᴀʏᴍᴇɴᴛ ᴅᴇᴄʟɪɴᴇᴅ', ['payment', 'declined']],
    ['ʏᴏᴜʀ ᴀᴄᴄᴏᴜɴᴛ ʜᴀs ʙᴇᴇɴ sᴜsᴘᴇɴᴅᴇᴅ', ['your', 'account', 'has', 'been', 'suspended']],
    ['🅿🅰🆈🅼🅴🅽🆃 failed', ['payment', 'failed']],
    ['Nᴏᴛɪғɪᴄᴀᴄ̧ᴀ̃ᴏ', ['notificação']],
    ['ꜰᴀᴄᴛᴜʀᴀ', ['factura']],
    ['Olá 🇧🇷 Ação', ['olá', 'ação']],
    ['Здравствуйте', ['здравствуйте']],
  ];
  for (const [text, words] of rows) assert.deepEqual(termWords(text).words, words, text);
  const m = new TermMatcher([{ name: 'phishing', term: 'payment declined', weight: 3 }]);
  assert.deepEqual(show(m.match('~~ᴘᴀʏᴍᴇɴᴛ ᴅᴇᴄʟɪɴᴇᴅ')), [['phishing', 3, 'payment declined']]);
});

test('a small capital ɪ written for l is read as the term word it spells, in words and phrases; IPA is not (session 8)', () => {
  const matcher = new TermMatcher([
    { name: 'phishing', term: 'declined', weight: 1 },
    { name: 'phishing', term: 'payment declined', weight: 2 },
    { name: 'phishing', term: 'failed', weight: 1 },
  ] as never);
  const terms = (text: string) => [...matcher.match(text).values()].flatMap((h) => h.terms).sort();
  assert.deepEqual(terms('Your ᴘᴀʏᴍᴇɴᴛ ᴅᴇᴄɪɪɴᴇᴅ today'), ['declined', 'payment declined']);
  assert.deepEqual(terms('ᴘᴀʏᴍᴇɴᴛ ᴅᴇᴄʟɪɴᴇᴅ'), ['declined', 'payment declined']);
  assert.deepEqual(terms('"filled" is /fɪld/, not /feɪld/'), []);
  assert.deepEqual(terms('ᴘᴀʏᴍᴇɴᴛ ʀᴇᴄᴇɪᴠᴇᴅ'), []);
});

test('small capital ɪ words: read from a run\'s first letter only, the same runs as before, in linear time', () => {
  const old = /\p{L}*\u026a\p{L}*/gu;
  let seed = 19;
  const pick = <T>(xs: readonly T[]): T => xs[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % xs.length]!;
  const pieces = ['\u026a', 'ᴘᴀʏ', 'a', 'а', '😀', '𝐏', ' ', '-', '1', 'é', 'e\u0301', '\n'];
  for (let n = 0; n < 3000; n++) {
    let text = '';
    for (let i = 0, count = 1 + (n % 16); i < count; i++) text += pick(pieces);
    assert.deepEqual([...text.matchAll(smallCapitalIWord())].map((m) => [m.index, m[0]]), [...text.matchAll(old)].map((m) => [m.index, m[0]]), JSON.stringify(text));
  }
  // Before: one ɪ and a word of 8 KB of Cyrillic а took 3.4 s, of 32 KB 52 s (quadratic); 300 KB now takes milliseconds.
  const matcher = new TermMatcher([{ name: 'phishing', term: 'payment declined', weight: 3 }]);
  const cpuMs = cpuStopwatch();
  matcher.match(`ᴘᴀʏᴍᴇɴᴛ ᴅᴇᴄɪɪɴᴇᴅ ${'а'.repeat(300_000)}`);
  const ms = cpuMs();
  assert.ok(ms < 1500, `${ms.toFixed(0)} ms of CPU`);
});

test('every term of the tables is found in a text that holds it among other words (the first-word key drops no term)', () => {
  for (const rows of [CATEGORY_TERMS, THEME_TERMS]) {
    const matcher = new TermMatcher(rows);
    for (const row of rows) {
      const hits = matcher.match(`Hello there, ${row.term}, and the rest of the message.`);
      assert.ok(hits.get(row.name)?.terms.includes(row.term), `${row.name}: ${row.term}`);
    }
  }
});

test('paired tables (one loop over the words) find what each table alone finds, in the same order, in either order and again for a repeated text', () => {
  const categories = new TermMatcher(CATEGORY_TERMS);
  const themes = new TermMatcher(THEME_TERMS);
  // Texts holding terms of both tables (phrases, a term shared by first word), small capitals ɪ (read per table: the
  // categories' words and the themes' words differ), Japanese substrings, and none.
  let seed = 5;
  const pick = <T>(xs: readonly T[]): T => xs[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % xs.length]!;
  const pieces = [...CATEGORY_TERMS.slice(0, 400).map((r) => r.term), ...THEME_TERMS.map((r) => r.term), 'the', 'and', 'ᴘᴀʏᴍᴇɴᴛ ᴅᴇᴄɪɪɴᴇᴅ', 'ᴠᴀɪᴇɴᴛɪɴᴇ', 'ʜᴏɪɪᴅᴀʏ sᴇᴀsᴏɴ', 'ʙɪᴀᴄᴋ ꜰʀɪᴅᴀʏ', 'ᴄʜʀɪsᴛᴍᴀs', '当選', 'クリスマス', 'é', '\n'];
  const texts = ['', 'nothing here', ...Array.from({ length: 600 }, (_, n) => Array.from({ length: 1 + (n % 24) }, () => pick(pieces)).join(pick([' ', ', ', '. '])))];
  const expected = texts.map((text): [ReturnType<typeof show>, ReturnType<typeof show>] => [show(categories.match(text)), show(themes.match(text))]);
  assert.ok(expected.filter(([c, t]) => c.length && t.length).length > 100, 'texts with terms of both tables');
  const [a, b] = pairedTermMatchers(CATEGORY_TERMS, THEME_TERMS);
  texts.forEach((text, i) => {
    // Categories first (a scan's order), themes first, a table twice in a row (its part is handed out once), one alone.
    assert.deepEqual([show(a.match(text)), show(b.match(text))], expected[i], text);
    assert.deepEqual([show(b.match(text)), show(a.match(text))].reverse(), expected[i], text);
    assert.deepEqual([show(a.match(text)), show(a.match(text)), show(b.match(text)), show(b.match(text))], [expected[i]![0], expected[i]![0], expected[i]![1], expected[i]![1]], text);
    if (i > 0) assert.deepEqual(show(b.match(texts[i - 1]!)), expected[i - 1]![1], text);
    // A result is a message's own: never the same object twice.
    assert.notEqual(a.match(text), a.match(text));
  });
});

test("an elided article is a word of its own: a French or Italian term is found after l', d', qu', dell' (table)", () => {
  const m = new TermMatcher([
    { name: 'advance-fee', term: 'heureux gagnant', weight: 3 },
    { name: 'advance-fee', term: 'eredità', weight: 2 },
    { name: 'money', term: "d'argent", weight: 1 },
  ]);
  const rows: [text: string, found: string[]][] = [
    ["Vous êtes l'heureux gagnant de notre tirage", ['heureux gagnant']],
    ['Vous êtes l’heureux gagnant', ['heureux gagnant']], // ’ is read as '
    ["un transfert d'argent urgent", ["d'argent"]],
    ["la somme dell'eredità", ['eredità']],
    ["l'heureuxgagnant", []],
    ["he wasn't the heureux gagnant's friend", []], // gagnant's: not an elision, one word
  ];
  for (const [text, found] of rows) assert.deepEqual([...m.match(text).values()].flatMap((c) => c.terms), found, text);
});
