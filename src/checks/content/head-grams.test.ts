import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mulberry32 } from '../../classifier/logistic.js';
import { incentiveStemAnyCase, INCENTIVE_GRAMS } from './gambling-advert.js';
import { gramsMayMatch, trigramsOf } from './head-grams.js';
import { passwordAnyCase, PASSWORD_GRAMS } from './password-by-reply.js';
import { movesIn, prizeLure, prizeLureMayBeIn, prizeMoveGates } from './prize-lure.js';
import { cryptoAssetIn, cryptoAssetMayBeIn, foldText, readHead, walletsIn } from './scam-structure.js';
import { NAME_SLOT_GRAMS, nameSlotWordsAnyCase } from './template-slots.js';

/**
 * Session 51 (issue 18): headRead's one loop answers walletsIn(head.slice(0, 20_000), 1) and the trigram gates of five patterns.
 * Seeded texts built from the patterns' own words (whole, cut, a letter changed, in upper case, joined to others, written with ſ,
 * K or İ), crypto addresses, runs of letters and digits, CJK, accents and separators: the loop's wallets are walletsIn's on every
 * text, and where a gate says "no" the pattern has no match in the text or any prefix of it that the check reads.
 */
const prize = prizeMoveGates();
const WORDS = [
  ...prize.terms,
  'airdrop', 'airdrops', 'tokens', 'token sale', 'tether', 'crypto', 'cryptowährung', 'krypto', 'cripto', 'bitcoin', 'bitcoins', 'btc', 'usdt', 'usdc', 'usd-c',
  'eth', 'ethereum', 'nft', 'nfts', 'web3', 'defi', 'digital assets', 'staking', 'cloud mining', 'metamask', 'jeton', 'jetons', 'エアドロップ', '暗号資産', 'トークン',
  'password', 'Passwort', 'passcode', 'kennwort', 'contrasena', 'senha', 'mot de passe', 'wachtwoord', 'palavra-passe', 'seed phrase', 'recovery phrase',
  'wallet phrase', 'seed-phrase', 'seedphrase', 'private key', 'private keys', 'wiederherstellungsphrase', 'phrase secrete', 'frase semilla', 'frase di recupero',
  'herstelzin', 'spin', 'Spins', 'deposit', 'depot', 'bonus', 'bono', 'freispiel', 'gratis', 'gratuit', 'einzahlung', 'storting', 'willkommens', 'welcome pack',
  'name:', 'Name :', 'naam:', 'utilisateur:', 'identifiant :', 'usuario:', 'usuário:', '0.5 BTC', '1,2 eth', '.usdt', '3 sol', '5ltc', 'trx',
  'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', '0x52908400098527886E0F7030069857D2E4169EE7',
  '7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV', 'solana', 'SOL', 'hello', 'the', 'and', 'you', 'your', 'win', 'chance', 'survey',
];
const ODD = ['ſ', 'K', 'İ', 'ı', 'é', 'ä', '中', 'ア', '\u00a0', '’', 'ﬁ', 'Ａ', '–', '“', '•', '«', '©'];
const SEPARATORS = [' ', ' ', ' ', '\n', '.', '-', "'", '@', ',', ':', '1', '_', '  '];
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789';

const FILLER = ['the', 'meeting', 'tomorrow', 'invoice', 'attached', 'regards', 'Hallo', 'bitte', 'merci', 'gracias', 'obrigado', 'dank', 'report', 'team'];
/** `dense`: the share of words drawn from the patterns' own. */
let dense = 1;
function word(r: () => number, ascii: boolean): string {
  let w = r() < dense ? WORDS[Math.floor(r() * WORDS.length)]! : FILLER[Math.floor(r() * FILLER.length)]!;
  const k = r();
  if (k < 0.1) w = w.toUpperCase();
  else if (k < 0.2) w = w[0]!.toUpperCase() + w.slice(1);
  else if (k < 0.3 && w.length > 2) {
    // A letter changed or left out, or the word cut.
    const at = Math.floor(r() * w.length);
    const q = r();
    w = q < 0.4 ? w.slice(0, at) + w.slice(at + 1) : q < 0.7 ? w.slice(0, at) + String.fromCharCode(97 + Math.floor(r() * 26)) + w.slice(at + 1) : w.slice(0, at);
  } else if (k < 0.4 && !ascii) {
    // A letter written as one a case-insensitive pattern may read as it (or an odd character inside the word).
    const at = Math.floor(r() * (w.length + 1));
    const odd = w.includes('s') && r() < 0.4 ? w.replace('s', 'ſ') : w.includes('k') && r() < 0.5 ? w.replace('k', '\u212a') : w.slice(0, at) + ODD[Math.floor(r() * ODD.length)] + w.slice(at);
    w = odd;
  } else if (k < 0.45) {
    let run = '';
    const len = [3, 14, 32, 40, 106][Math.floor(r() * 5)]!;
    for (let i = 0; i < len; i++) run += ALNUM[Math.floor(r() * ALNUM.length)];
    w = r() < 0.5 ? run : w + run;
  }
  if (ascii && /[^\x00-\x7f]/.test(w)) w = w.replace(/[^\x00-\x7f]/g, 'a');
  return w;
}
function text(r: () => number, ascii: boolean, words: number): string {
  let out = '';
  for (let k = 0; k < words; k++) out += word(r, ascii) + (r() < 0.1 ? '' : SEPARATORS[Math.floor(r() * SEPARATORS.length)]!);
  return out;
}
const PREFIXES = [3, 10, 40, 150];

test('headRead: the loop finds walletsIn\'s addresses, and a gate says "no" only where its pattern has no match (seeded texts)', () => {
  const r = mulberry32(51);
  const counts = { crypto: 0, password: 0, incentive: 0, nameSlot: 0, prize: 0, moves: 0 };
  for (let n = 0; n < 24_000; n++) {
    const ascii = r() < 0.6;
    dense = [1, 0.3, 0.1, 0.03][n % 4]!;
    const subject = text(r, ascii || r() < 0.5, Math.floor(r() * 6));
    const long = n % 400 === 0;
    // A few texts longer than the 20,000 characters read, so that a run, a term and an address stand across the end.
    const shown = long ? text(r, ascii, 3_500) : text(r, ascii, 1 + Math.floor(r() * 60));
    const head = `${subject}\n${shown.slice(0, 20_000)}`;
    const read = readHead(head, subject.length + 1);
    const what = JSON.stringify({ subject, shown: shown.slice(0, 400) });
    assert.deepEqual(read.wallets, walletsIn(head.slice(0, 20_000), 1), what);
    const otherAt = shown.slice(0, 20_000).search(/[^\x00-\x7f]/);
    assert.equal(read.firstOther, otherAt, what);
    assert.equal(read.otherInSubject, /[^\x00-\x7f]/.test(subject), what);
    const texts = [head, ...PREFIXES.map((p) => head.slice(0, p))];
    if (!cryptoAssetMayBeIn(read)) {
      counts.crypto++;
      for (const t of texts) assert.equal(cryptoAssetIn(t), undefined, what);
    }
    if (!gramsMayMatch(PASSWORD_GRAMS, read.grams)) {
      counts.password++;
      // The check asks PASSWORD_ANY_CASE only of ASCII text; with no ſ or K it holds for any text.
      for (const t of [shown.slice(0, 20_000), ...PREFIXES.map((p) => shown.slice(0, p))]) if (!read.oddLetters) assert.equal(passwordAnyCase().test(t), false, what);
    }
    if (!gramsMayMatch(INCENTIVE_GRAMS, read.grams)) {
      counts.incentive++;
      const letter = `${subject}\n${shown.slice(0, 6_000)}`;
      for (const t of [letter, letter.slice(0, 50)]) if (!read.oddLetters) assert.equal(incentiveStemAnyCase().test(t), false, what);
    }
    if (!read.oddLetters && !gramsMayMatch(NAME_SLOT_GRAMS, read.grams)) {
      counts.nameSlot++;
      for (const t of [`${subject}\n${shown.slice(0, 1_500)}`, `${subject.slice(0, 512)}\n${shown.slice(0, 30)}`]) assert.equal(nameSlotWordsAnyCase().test(t), false, what);
    }
    // The prize lure: every move found in an ASCII text's fold is one its gate lets through; the envelope read whole.
    const prizeText = shown.slice(0, 3_000);
    if (read.firstFolding < 0 || read.firstFolding >= prizeText.length) {
      for (const move of movesIn(foldText(prizeText))) {
        counts.moves++;
        assert.ok(gramsMayMatch(prize.gates.get(move)!, read.grams), `${move} ${what}`);
      }
      const envelope = foldText(`${subject.slice(0, 512)}\nSender`);
      if (!prizeLureMayBeIn(envelope, read.grams)) {
        counts.prize++;
        assert.equal(prizeLure(foldText(`${subject.slice(0, 512)}\nSender\n${prizeText}`)), null, what);
      }
    }
  }
  // Each gate said "no" often enough for the test to mean something, and the moves were found often.
  for (const [k, v] of Object.entries(counts)) assert.ok(v > 1_000, `${k}: ${v}`);
});

test('trigramsOf: the runs of three letters or more of a term, in lower case', () => {
  const code = (s: string): number => ((s.charCodeAt(0) - 96) << 10) | ((s.charCodeAt(1) - 96) << 5) | (s.charCodeAt(2) - 96);
  assert.deepEqual(trigramsOf('Mot de passe'), ['mot', 'pas', 'ass', 'sse'].map(code));
  assert.deepEqual(trigramsOf('web3'), ['web'].map(code));
  assert.deepEqual(trigramsOf('usuário'), ['usu', 'rio'].map(code));
  assert.deepEqual(trigramsOf('je kans'), ['kan', 'ans'].map(code));
  assert.deepEqual(trigramsOf('a b'), []);
});
