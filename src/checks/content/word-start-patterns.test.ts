import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../classifier/logistic.js';
import { allMatches, piecesTexts } from '../../mail/test-word-start.js';
import { wordStartAlternatives } from '../../mail/word-start.js';
import { DAILY_WRITTEN } from './daily-income.js';
import { BALANCE_HELD, BALANCE_HELD_WRITTEN } from './first-contact.js';
import { HIRED_SOURCE } from './job-fee.js';
import { OFFER_SOURCE } from './loan-offer.js';
import { muleJobParts } from './mule-job.js';
import { SEER_SOURCE } from './psychic-letter.js';
import { HELP_MOVE_SOURCE } from './transfer-share.js';
import { GRANT_SOURCE } from './windfall-offer.js';

/**
 * Session 64 (issue 18): the patterns that run with `\b` taken out of their alternatives (wordStartAlternatives) find what
 * they found as written — every match, where and what — on written letters in seven languages and on seeded texts made of
 * their own pieces (many of which match).
 */
const LETTERS = [
  'dear friend, i have chosen you as the beneficiary of my late husband\'s fund of 4.5 million dollars. please reply',
  'we have selected you as one of the recipients of our grant. your e-mail address has won 750,000 euros',
  'ich habe sie ausgewahlt, ihre e-mail-adresse hat 1.000.000 euro gewonnen; sie als erben des verstorbenen',
  'je vous ai choisie comme beneficiaire; vous presenter comme heritier; votre adresse e-mail a gagne',
  'le he elegido como beneficiaria; usted ha sido seleccionado para el puesto; su solicitud ha sido aprobada',
  'eu o escolhi como herdeiro; voce foi selecionado; seu e-mail foi premiado com 500.000 reais',
  'heb ik u gekozen als begunstigde; u bent geselecteerd; uw sollicitatie is goedgekeurd',
  'i am a private lender, i offer loans from $5,000 to $500,000 at 2% interest. ich biete geld zu 3 %, ohne schufa',
  'nous proposons des prets entre particuliers de 2 000 a 80 000 euros; ofrezco prestamos a 3%; bied leningen aan',
  'you will receive $500 to your bank account per day. sie werden bis zu 1.200 euro taglich erhalten. u kunt 900 euro per dag verdienen',
  'you keep 10 % of every transfer; a commission of 8%; behalten sie 5 % von jeder zahlung; 3 ％が報酬です',
  'your account balance of $24,356.45 will be reset; you have earned 0.3 btc; su saldo; uw tegoed',
  'congratulations, you have been successfully selected for the position. 採用が決定しました',
  'a medium and psychic, the angels and the stars; die engel und sterne; voyante, les anges; el angel de la guarda; os anjos; helderziende. 天使',
  'To unsubscribe click here. Se désabonner; ne plus être contacté; uitschrijven; abmelden; You are receiving this email because; dar de baja',
  'Withdrawal of the funds: incoming transaction 120097 USDT; USD Binance; WITHDRAW FUNDS now',
  'earn $500 per day with bitcoin; you can make up to 1.200 euro a week; verdienen sie 300 euro pro tag; start with only $250, as little as 250 usd',
  'guaranteed profit, risk-free, wir garantieren; ohne risiko; limited places, today only; places limitees; posti limitati',
  'i need your assistance to transfer the funds into your account as my foreign partner; ich brauche ihre hilfe; provide me with your bank account',
  'the meeting is on tuesday; please keep the receipt; we are happy to help you with your credit card question',
];

/** Phrases of the money promised (DAILY reads three moves in turn, which the source's own pieces seldom put together). */
const PHRASES = [
  'you will receive', 'you can earn', 'you are going to be paid', 'to your bank account', 'to your wallet', 'sie werden', 'sie konnen',
  'auf ihr konto', 'vous allez recevoir', 'sur votre compte', 'usted recibira', 'a su cuenta', 'voce vai receber', 'na sua conta',
  'sulla sua carta', 'u kunt', 'op uw rekening', '$500', '$ 1,250', '€ 1.200', '300 euros', '1,000 usd', '250 dollars', 'r$ 900',
  '12', 'per day', 'a week', 'daily', 'every week', 'taglich', 'pro tag', 'par jour', 'por dia', 'al giorno', 'per dag', 'erhalten',
  'verdienen', 'ontvangen', 'up to', 'bis zu', "jusqu'a", 'hasta', 'from home', 'working online', 'keep', '10 %', 'of each', 'your balance',
  'i have chosen you', 'we offer', 'loans', 'you have been selected', '.', ',', '\n',
];
/** Seeded texts of 2–9 phrases in any order. */
function phraseTexts(count: number, seed: number): string[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: 2 + Math.floor(random() * 8) }, () => PHRASES[Math.floor(random() * PHRASES.length)]!).join(random() < 0.8 ? ' ' : ''));
}

const PATTERNS: [string, string, string][] = [
  ['windfall-offer GRANT', GRANT_SOURCE, ''],
  ['loan-offer OFFER', OFFER_SOURCE, ''],
  ['job-fee HIRED', HIRED_SOURCE, ''],
  ['daily-income DAILY', DAILY_WRITTEN().source, ''],
  ['first-contact BALANCE_HELD', BALANCE_HELD_WRITTEN.source, BALANCE_HELD_WRITTEN.flags],
  ['mule-job CUT', muleJobParts.cutWritten.source, muleJobParts.cutWritten.flags],
  ['psychic-letter SEER', SEER_SOURCE, ''],
  ['transfer-share HELP_MOVE', HELP_MOVE_SOURCE, ''],
];

test('the product patterns use the rewrite of what is written', () => {
  assert.equal(BALANCE_HELD.source, wordStartAlternatives(BALANCE_HELD_WRITTEN.source));
  assert.equal(BALANCE_HELD.flags, BALANCE_HELD_WRITTEN.flags);
  assert.equal(muleJobParts.cut.source, wordStartAlternatives(muleJobParts.cutWritten.source));
  assert.equal(muleJobParts.cut.flags, muleJobParts.cutWritten.flags);
  // Every one of them gets the look-ahead on its word alternatives (the point of the rewrite).
  for (const [name, source] of PATTERNS) assert.match(wordStartAlternatives(source), /^\\b\(\?=\[a-z\]\)\(\?:/, name);
});

test('wordStartAlternatives: the checks\' patterns find the same matches on written letters and seeded texts', () => {
  for (const [name, source, flags] of PATTERNS) {
    const rewritten = wordStartAlternatives(source);
    const texts = [...LETTERS, ...piecesTexts(source, 1500, source.length), ...phraseTexts(1500, 64)];
    let hits = 0;
    for (const text of texts) {
      const expected = allMatches(source, flags, text);
      assert.deepEqual(allMatches(rewritten, flags, text), expected, `${name}: ${JSON.stringify(text)}`);
      if (expected.length > 0) hits++;
    }
    assert.ok(hits >= 20, `${name}: only ${hits} of ${texts.length} texts match`);
  }
});
