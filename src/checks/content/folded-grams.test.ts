import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mulberry32 } from '../../classifier/logistic.js';
import { FOLD_RANGES, foldOf, foldedGrams, gramGate, gramsMayMatch, gramsMayMatchFolded } from './head-grams.js';
import { readHead } from './scam-structure.js';

/**
 * Session 59 (helper draw16h, issue 18): foldedGrams reads the letter trigrams of a text's accent fold (NFD, the accents
 * U+0300–U+036F removed, lower case: the fold of notice-lure's threatFold and legal-notice's summonsInText) without making it.
 * Exact only if every character outside FOLD_RANGES folds to something that is no ASCII letter and not nothing, and the loop's
 * table for the ranges is the fold's: both checked over every code point. Then on seeded texts, every trigram of the fold made
 * the slow way is in headRead's table or foldedGrams', and foldedGrams' holds only trigrams of the fold.
 */
const ACCENTS = /[\u0300-\u036f]/g;
const fold = (text: string): string => text.normalize('NFD').replace(ACCENTS, '').toLowerCase();
const inRanges = (cp: number) => FOLD_RANGES.some(([from, to]) => cp >= from && cp <= to);

test('every character outside FOLD_RANGES folds to a separator; inside, to what the loop reads', () => {
  let letters = 0;
  let nothing = 0;
  const wrong: string[] = [];
  const ASCII_LETTER = /[a-z]/i;
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    const folded = fold(String.fromCodePoint(cp));
    // password-by-reply folds in the other order (lower case, then NFD and the accents removed): the same letters.
    const lowerFirst = String.fromCodePoint(cp).toLowerCase().normalize('NFD').replace(ACCENTS, '');
    if (lowerFirst !== folded && (ASCII_LETTER.test(lowerFirst) || ASCII_LETTER.test(folded) || !lowerFirst !== !folded)) wrong.push(`U+${cp.toString(16)} lower case first: ${JSON.stringify(lowerFirst)}`);
    if (!inRanges(cp)) {
      if (folded.length === 0 || ASCII_LETTER.test(folded) || (cp < 0x10000 && foldOf(cp) !== 0)) wrong.push(`U+${cp.toString(16)} ${JSON.stringify(folded)}`);
      continue;
    }
    // In the ranges: one ASCII letter, nothing, or (a few Latin letters such as ø, ł, ß) no ASCII letter at all.
    const letter = folded.length === 1 && folded >= 'a' && folded <= 'z' ? folded.charCodeAt(0) - 0x60 : 0;
    const expected = folded.length === 0 ? 27 : letter;
    if (folded.length === 0) nothing++;
    else if (letter) letters++;
    else if (ASCII_LETTER.test(folded)) wrong.push(`U+${cp.toString(16)} ${JSON.stringify(folded)}`);
    if (foldOf(cp) !== expected) wrong.push(`U+${cp.toString(16)} read as ${foldOf(cp)}, folds to ${JSON.stringify(folded)}`);
  }
  assert.deepEqual(wrong, []);
  // The 52 ASCII letters, the 490 Latin letters and the 112 accents.
  assert.equal(letters, 542);
  assert.equal(nothing, 112);
});

const ALL_TRIGRAMS: { text: string; gate: ReturnType<typeof gramGate> }[] = [];
for (let a = 0; a < 26; a++) for (let b = 0; b < 26; b++) for (let c = 0; c < 26; c++) {
  const text = String.fromCharCode(97 + a, 97 + b, 97 + c);
  ALL_TRIGRAMS.push({ text, gate: gramGate([text]) });
}
/** The trigrams of the ASCII letter runs of a folded text. */
function trigramsOfFold(folded: string): Set<string> {
  const out = new Set<string>();
  for (const run of folded.match(/[a-z]{3,}/g) ?? []) for (let i = 0; i + 3 <= run.length; i++) out.add(run.slice(i, i + 3));
  return out;
}

const WORDS = ['bestätigen', 'Überprüfen', 'gelöscht', 'eingeschränkt', 'bloqué', 'supprimé', 'fermée', 'convoqué', 'intimação', 'notificação',
  'sessão', 'atualização', 'sesión', 'verificación', 'identità', 'ÉTAT', 'naïve', 'Ærø', 'łódź', 'straße', 'ĲSSEL', 'ǅemal', 'ǲ', 'ﬁnal', 'Ａｃｃｏｕｎｔ',
  'log', 'in', 'account', 'suspended', 'verify', 'court', 'against', 'you', 'Ihre', 'Daten', 'ſicher', 'Kelvin', '\u212aonto', '\u212bngström',
  'İstanbul', 'ıi', 'Σίσυφος', 'ΣΣ', 'привет', 'ログイン', '出頭', '警察', '😀', '\u{1d400}bc', '\u{2f800}'];
const MARKS = ['\u0301', '\u0308', '\u0327', '\u0300\u0301', '\u036f', '\u0483', '\u1ab0', '\u20d7', '\ufe20'];
const SEPARATORS = [' ', '  ', '\n', '\u00a0', '’', '“', '.', ',', '-', '1', '_', '\t', '—', '\u200b', '\u2028', '😀'];

test('every trigram of the fold is in headRead\'s table or foldedGrams\', over seeded texts with accents, marks and other scripts', () => {
  const random = mulberry32(59);
  const rnd = (n: number) => Math.floor(random() * n);
  const none = gramGate(['qqq']);
  let extra = 0;
  for (let n = 0; n < 400; n++) {
    let text = '';
    const words = 1 + rnd(40);
    for (let k = 0; k < words; k++) {
      let w = WORDS[rnd(WORDS.length)]!;
      const q = rnd(8);
      if (q === 0) w = w.toUpperCase();
      else if (q === 1) w = w.normalize('NFD');
      else if (q === 2 && w.length > 1) {
        // A combining mark inside the word (the fold removes those of U+0300–U+036F and joins the letters either side).
        const at = 1 + rnd(w.length - 1);
        w = w.slice(0, at) + MARKS[rnd(MARKS.length)] + w.slice(at);
      }
      text += w + (rnd(10) === 0 ? '' : SEPARATORS[rnd(SEPARATORS.length)]);
    }
    const end = [5, 40, 1500][rnd(3)]!;
    const subject = rnd(2) ? 'Notice' : 'Ärger';
    const read = readHead(`${subject}\n${text.slice(0, 20_000)}`, subject.length + 1).grams;
    const folded = foldedGrams(text, end);
    const expected = trigramsOfFold(fold(text.slice(0, end)));
    const missing: string[] = [];
    for (const { text: t, gate } of ALL_TRIGRAMS) {
      if (expected.has(t) && !gramsMayMatchFolded(gate, read, folded)) missing.push(t);
      // foldedGrams' own marks are trigrams of the fold.
      if (gramsMayMatchFolded(gate, -1, folded)) {
        if (!expected.has(t)) missing.push(`${t} (not in the fold)`);
        if (!gramsMayMatch(gate, read)) extra++;
      }
    }
    assert.deepEqual(missing, [], JSON.stringify(text.slice(0, end)));
    assert.equal(gramsMayMatchFolded(none, read, folded), expected.has('qqq'));
  }
  // foldedGrams added trigrams headRead had not read, often.
  assert.ok(extra > 300, `${extra}`);
});

test('foldedGrams keeps the last text\'s answer and reads a new one afresh', () => {
  const a = 'Bitte bestätigen Sie Ihre Daten';
  const first = foldedGrams(a, 1500);
  assert.equal(foldedGrams(a, 1500), first);
  assert.ok(gramsMayMatchFolded(gramGate(['bestatig']), -1, first));
  const second = foldedGrams('Vielen Dank für Ihre Bestätigung', 1500);
  assert.notEqual(second, first);
  assert.equal(gramsMayMatchFolded(gramGate(['bestatig']), -1, first), false);
  assert.ok(gramsMayMatchFolded(gramGate(['bestatigung']), -1, second));
  // A cut at `end`: the letters after it are not read.
  assert.equal(gramsMayMatchFolded(gramGate(['bestatigung']), -1, foldedGrams('Vielen Dank für Ihre Bestätigung', 20)), false);
});
