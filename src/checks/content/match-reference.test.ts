import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultConfig } from '../../config/load.js';
import { smallCapitalIReadings } from '../../lookalike/letterlike.js';
import { parseMessage } from '../../mail/parse/index.js';
import { every, nazarioMessages, phishingPotFiles } from '../../test-support/evasions.js';
import { REPO_ROOT } from '../../test-support/shared-data.js';
import { cpuStopwatch } from '../../test-support/cpu-time.js';
import { HAS_JAPANESE, normalForTerms, pairedTermMatchers, smallCapitalIWord, TermMatcher, termText } from './match.js';
import { CATEGORY_TERMS, THEME_TERMS, type TermRow } from './terms.js';
import * as japanese from './fixtures/japanese.js';

/**
 * The term matcher held to the way it matched before the word trie (session 20): the text normalised as a whole
 * (normalForTerms), its words by the word pattern with elided articles split off, and for each word every row whose
 * term's words follow from it, in table and row order; Japanese terms by `includes`, row by row, after the words; the
 * small-capital-ɪ readings per table in between. Written plainly, from strings, with no trie, key or hash.
 */
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
const ELIDED = new Set(['c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'dell', 'dall', 'nell', 'sull', 'all', 'un', 'quell']);
const split = (w: string): string[] => {
  const cut = w.indexOf("'");
  return cut > 0 && ELIDED.has(w.slice(0, cut)) ? [w.slice(0, cut), ...split(w.slice(cut + 1))] : [w];
};
const wordsOf = (normal: string): string[] => (normal.match(WORD) ?? []).flatMap(split);

type Shown = [string, number, string][];
function referenceMatch(tables: readonly (readonly TermRow<string>[])[], text: string): Shown[] {
  const rows = tables.flatMap((table, t) => table.map((row) => ({ row, t, words: HAS_JAPANESE.test(row.term) ? undefined : wordsOf(row.term) })));
  const found = tables.map(() => new Map<string, { weight: number; terms: string[] }>());
  const seen = new Set<object>();
  const add = (entry: (typeof rows)[number]): void => {
    if (seen.has(entry)) return;
    seen.add(entry);
    const hits = found[entry.t]!.get(entry.row.name) ?? { weight: 0, terms: [] };
    hits.weight += entry.row.weight;
    hits.terms.push(entry.row.term);
    found[entry.t]!.set(entry.row.name, hits);
  };
  const scan = (words: string[], only: number): void => {
    words.forEach((_, i) => {
      for (const entry of rows) {
        if (!entry.words?.length || (only >= 0 && entry.t !== only)) continue;
        if (entry.words.every((w, k) => words[i + k] === w)) add(entry);
      }
    });
  };
  const normal = normalForTerms(text);
  scan(wordsOf(normal), -1);
  tables.forEach((_, t) => {
    const termWords = new Set(rows.filter((e) => e.t === t).flatMap((e) => e.words ?? []));
    const reading = text.replace(smallCapitalIWord(), (word) => smallCapitalIReadings(word).find((r) => termWords.has(r)) ?? word);
    if (reading !== text) scan(wordsOf(normalForTerms(reading)), t);
  });
  for (const entry of rows) if (!entry.words && normal.includes(entry.row.term)) add(entry);
  return found.map((m) => [...m].map(([name, h]): [string, number, string] => [name, h.weight, h.terms.join('|')]));
}

const show = (hits: ReturnType<TermMatcher<string>['match']>): Shown => [...hits].map(([name, h]) => [name, h.weight, h.terms.join('|')]);
/** The reference is slow (every row at every word): it gets the rows that can match a text's words, found by substring. */
function tablesFor(text: string): (readonly TermRow<string>[])[] {
  // A small capital ɪ may be read as i or l in any mix: such texts get every row.
  if (text.includes('\u026a')) return [CATEGORY_TERMS, THEME_TERMS];
  const normal = normalForTerms(text);
  return [CATEGORY_TERMS, THEME_TERMS].map((rows) => rows.filter((r) => wordsOf(r.term).every((w) => normal.includes(w)) || normal.includes(r.term)));
}

function assertSame(texts: readonly string[], label: string): number {
  const [categories, themes] = pairedTermMatchers(CATEGORY_TERMS, THEME_TERMS);
  let withTerms = 0;
  for (const text of texts) {
    const expected = referenceMatch(tablesFor(text), text);
    // Rows the substring filter dropped cannot match; their absence must not change the order of the others.
    assert.deepEqual([show(categories.match(text)), show(themes.match(text))], expected, `${label}: ${JSON.stringify(text.slice(0, 300))}`);
    if (expected[0]!.length || expected[1]!.length) withTerms++;
  }
  return withTerms;
}

test('the word trie finds what the plain reading found, in the same order (generated texts of both tables, any case, scripts, ɪ, Japanese)', () => {
  let seed = 2024;
  const next = (n: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
  const rows = [...CATEGORY_TERMS, ...THEME_TERMS];
  const extra = ["l'", "d'", "QU'", "Dell'", "don't", "it's", 'The', 'your', 'AND', '100MG', '$5000', '-', "'", '’', '_', '@', 'x.Y', 'é', 'Ação', 'Größe',
    'ᴘᴀʏᴍᴇɴᴛ ᴅᴇᴄɪɪɴᴇᴅ', 'ᴠᴀɪᴇɴᴛɪɴᴇ', 'ʜᴏɪɪᴅᴀʏ', 'ᴄʜʀɪsᴛᴍᴀs', '当選', 'クリスマス', '無料', 'ｖｉａｇｒａ', '𝐟𝐫𝐞𝐞', '😀', 'ﬁnd', '\u200b', '\n', 'Здравствуйте'];
  const recase = (s: string): string => (next(4) === 0 ? s.toUpperCase() : next(4) === 0 ? s.replace(/^./, (c) => c.toUpperCase()) : s);
  const texts: string[] = ['', ' ', "'", 'ɪ', '当'];
  for (let n = 0; n < 1500; n++) {
    const parts = Array.from({ length: 1 + next(16) }, () => (next(3) === 0 ? extra[next(extra.length)]! : recase(rows[next(rows.length)]!.term)));
    // Terms run together, cut short or joined by an apostrophe as well as apart.
    texts.push(parts.map((p) => (next(8) === 0 ? p.slice(0, -1) : p)).join([' ', ', ', '. ', '', "'", '-', '\n'][next(7)]));
  }
  const withTerms = assertSame(texts, 'generated');
  assert.ok(withTerms > 1200, `${withTerms} texts with terms`);
});

test('the word trie finds what the plain reading found on real mail (Nazario, phishing-pot design part and unlabelled: several languages; the Japanese test letters)', (t) => {
  const heldOut = new Set(readFileSync(path.join(REPO_ROOT, 'bench/phishing-labels.tsv'), 'utf8').split('\n').filter((l) => l.split('\t')[3] === 'heldout').map((l) => l.split('\t')[1]));
  const pot = every(phishingPotFiles().filter((f) => !heldOut.has(path.basename(f))), 12).map((f) => readFileSync(f));
  const nazario = every(nazarioMessages('phishing0.mbox'), 4).map((m) => m.raw);
  if (pot.length + nazario.length === 0) {
    t.skip('needs ../shared/data/phishing (CI always has it)');
    return;
  }
  const { limits, content } = defaultConfig();
  const texts: string[] = [];
  for (const raw of [...pot, ...nazario]) {
    try {
      texts.push(termText(parseMessage(new Uint8Array(raw), limits), content.categories.maxTextChars));
    } catch {
      // not mail
    }
  }
  // The corpora hold hardly any Japanese (one message of phishing-pot's): the Japanese test letters too, whole and cut.
  for (const m of Object.values(japanese)) {
    const text = `${m.subject ?? ''}\n${m.fromName ?? ''}\n${m.text ?? ''}`;
    texts.push(text, text.slice(3, -3), text.replace(/\n/g, ''));
  }
  const withTerms = assertSame(texts, 'corpus');
  assert.ok(withTerms > texts.length / 2, `${withTerms} of ${texts.length} texts with terms`);
});

test('the term trie stays linear on hostile texts: long words, long texts, a match at every word, long Japanese runs', () => {
  const matcher = new TermMatcher(CATEGORY_TERMS);
  const longestPhrase = [...CATEGORY_TERMS].sort((a, b) => b.term.split(' ').length - a.term.split(' ').length)[0]!.term;
  const texts = [
    'a'.repeat(300_000),
    `verif${'y'.repeat(300_000)}`,
    'your '.repeat(60_000),
    `${longestPhrase} `.repeat(Math.floor(300_000 / (longestPhrase.length + 1))),
    '薬'.repeat(300_000),
    '無料'.repeat(150_000),
    "l'".repeat(150_000),
    `${'é'.repeat(100_000)} ${'ä'.repeat(100_000)}`,
  ];
  for (const text of texts) {
    const cpuMs = cpuStopwatch();
    matcher.match(text);
    const ms = cpuMs();
    assert.ok(ms < 1500, `${JSON.stringify(text.slice(0, 20))}…: ${ms.toFixed(0)} ms of CPU`);
  }
});

test('terms of astral letters, accents and inner apostrophes are walked unit by unit as the plain reading finds them (own table)', () => {
  const rows: TermRow<string>[] = [
    { name: 'gothic', weight: 2, term: '𐌰𐌱𐌲' },
    { name: 'gothic', weight: 1, term: '𐌰𐌱 𐌲𐌳' },
    { name: 'gothic', weight: 1, term: '𐌰' },
    { name: 'accents', weight: 1, term: 'ação' },
    { name: 'accents', weight: 2, term: "don't ação" },
    { name: 'accents', weight: 3, term: "l'ação" },
  ];
  const matcher = new TermMatcher(rows);
  let seed = 31;
  const next = (n: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
  const pieces = ['𐌰', '𐌱', '𐌲', '𐌳', '𐌰𐌱𐌲', '𐌰𐌱', 'ação', 'AÇÃO', "don't", "l'", '😀', '\ud800', ' ', "'", '-', 'x'];
  let found = 0;
  for (let n = 0; n < 2000; n++) {
    const text = Array.from({ length: 1 + next(10) }, () => pieces[next(pieces.length)]!).join(next(4) ? ' ' : '');
    const expected = referenceMatch([rows], text)[0]!;
    assert.deepEqual(show(matcher.match(text)), expected, JSON.stringify(text));
    if (expected.length) found++;
  }
  assert.ok(found > 300, `${found} texts with terms`);
});
