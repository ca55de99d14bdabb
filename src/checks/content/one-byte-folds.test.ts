import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serialize } from 'node:v8';
import { mulberry32 } from '../../classifier/logistic.js';
import { oneSpaced } from '../../mail/text-chars.js';
import { foldLetter } from './bec-opener.js';
import { normalForTerms } from './match.js';
import { threatFold } from './notice-lure.js';
import { foldText } from './scam-structure.js';

/**
 * Session 65 (regex66, issue 18): the folds the letter patterns read hand them a one-byte string when every character left is
 * ≤ U+00FF (oneByteIfLatin1), so the patterns run their Latin-1 code, not their UC16 code: an accented letter through NFD with its
 * marks dropped, a ’ read as ' — V8 keeps either output two-byte. Each fold's text is also held to what it was before: the same
 * characters as the composition written out here (session 64's code), on written letters and seeded ones.
 */
function held(text: string): 'one-byte' | 'two-byte' {
  const bytes = serialize(text);
  let at = 2;
  while (bytes[at] === 0) at++; // padding before a two-byte string's units
  if (bytes[at] === 0x22) return 'one-byte';
  if (bytes[at] === 0x63) return 'two-byte';
  throw new Error(`unexpected serializer tag ${bytes[at]}`);
}

const ACCENTS = /[\u0300-\u036f]/g;
/** The folds, and two of them as they were written before oneByteIfLatin1 (the characters they must still give). */
const BEFORE: readonly [string, (t: string) => string, ((t: string) => string) | undefined][] = [
  ['foldLetter', (t) => foldLetter('Subject é', t), (t) => oneSpaced(normalForTerms(`Subject é\n${t}`).normalize('NFD').replace(ACCENTS, '').normalize('NFC'))],
  ['foldText', (t) => foldText(t), (t) => t.normalize('NFKC').toLowerCase().normalize('NFD').replace(ACCENTS, '').normalize('NFC').replace(/’/g, "'")],
  // threatFold: oneByteIfLatin1 is put before its lower-casing; its value is held by notice-lure's own tests.
  ['threatFold', (t) => threatFold(t), undefined],
];

const LETTERS = [
  'Sehr geehrter Kunde, bitte bestätigen Sie Ihre Daten innerhalb von 48 Stunden, andernfalls wird Ihr Zugang gesperrt.',
  'Félicitations ! Vous avez été sélectionné pour recevoir une somme de 850 000 € — répondez-nous rapidement.',
  'Estimado señor, le ofrecemos un préstamo al 2 % de interés. ¿Está interesado? Contáctenos hoy mismo.',
  'We’re pleased to tell you that you’ve been chosen: your grant of £25,000 is ready. Don’t miss it.',
  'Olá, você foi selecionado para receber uma doação de R$ 50.000,00. Responda já.',
  'Geachte heer, u heeft recht op een terugbetaling van € 350. Straße, Œuvre, ﬁnance, Ⅻ and 𝐁𝐨𝐥𝐝 too.',
];

test('the letter folds: one-byte when every character left is <= U+00FF, two-byte otherwise, and the same characters as before', () => {
  const random = mulberry32(65);
  const all = LETTERS.join(' ').split(' ');
  // Half the seeded letters of words whose fold is Latin-1 (accents, ß, ’), half of any word (€, —, ﬁ, Ⅻ, 𝐁 stay two-byte).
  const latin1 = all.filter((w) => /^[\x00-\xff’]*$/.test(w));
  const texts = [...LETTERS];
  for (let i = 0; i < 300; i++) {
    const words = i % 2 === 0 ? latin1 : all;
    const n = 5 + Math.floor(random() * 200);
    const picked: string[] = [];
    for (let k = 0; k < n; k++) picked.push(words[Math.floor(random() * words.length)]!);
    texts.push(picked.join(random() < 0.2 ? '\n' : ' '));
  }
  let oneByte = 0;
  for (const [name, fold, before] of BEFORE) {
    for (const text of texts) {
      const out = fold(text);
      if (before) assert.equal(out, before(text), `${name}: ${JSON.stringify(text.slice(0, 60))}`);
      const latin1 = !/[^\x00-\xff]/.test(out);
      // An ASCII text's fold keeps the text's own representation (a copy would cost every ASCII letter, most mail); a fold of
      // any other text must be one-byte when what is left is Latin-1.
      if (latin1 && (held(text) === 'one-byte' || /[^\x00-\x7f]/.test(text))) {
        assert.equal(held(out), 'one-byte', `${name}: ${JSON.stringify(text.slice(0, 60))}`);
        oneByte++;
      }
    }
  }
  assert.ok(oneByte >= 300, `folds checked one-byte: ${oneByte}`);
});
