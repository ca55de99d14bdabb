import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldLetterlike, hasLetterlike, smallCapitalIReadings } from './letterlike.js';

test('foldLetterlike: small capitals and negative circled/squared letters read as Latin; everything else as written (table)', () => {
  const rows: [string, string][] = [
    ['ᴘᴀʏᴘᴀʟ', 'paypal'],
    ['ᴘᴀʏᴍᴇɴᴛ ᴅᴇᴄʟɪɴᴇᴅ', 'payment declined'],
    ['ᴘᴀʏᴍᴇɴᴛ ʀꜰᴜꜱᴀʟ', 'payment rfusal'],
    ['ɴᴇᴛғʟɪx', 'netflix'],
    ['Nᴏᴛɪғɪᴄᴀᴄ̧ᴀ̃ᴏ', 'Notificac\u0327a\u0303o'], // combining marks kept: NFKC composes them afterwards
    ['🅿🅰🆈🅿🅰🅻', 'paypal'],
    ['🅐🅜🅐🅩🅞🅝', 'amazon'],
    // Must not change: ASCII, accented Latin, other scripts, emoji, flags (regional-indicator pairs), letters with no Latin reading.
    ['PayPal account', 'PayPal account'],
    ['Ação Rápida', 'Ação Rápida'],
    ['Здравствуйте', 'Здравствуйте'],
    ['お荷物のお届け', 'お荷物のお届け'],
    ['🚨 ⚠️ 📸', '🚨 ⚠️ 📸'],
    ['phishing@pot🇪🇸', 'phishing@pot🇪🇸'],
    ['ᴁᴆᴎ', 'ᴁᴆᴎ'],
    ['', ''],
  ];
  for (const [input, expected] of rows) {
    assert.equal(foldLetterlike(input), expected, input);
    assert.equal(hasLetterlike(input), input !== expected, `hasLetterlike(${input})`);
  }
});

test('smallCapitalIReadings: each small capital ɪ of a small-capital word also read as l; IPA and short words are not (table)', () => {
  const rows: [string, string[]][] = [
    ['ᴘᴀʏᴍᴇɴᴛ ᴅᴇᴄɪɪɴᴇᴅ', ['declined', 'decilned', 'decllned']],
    ['ᴘᴀʏᴘᴀɪ', ['paypal']],
    ['--ᴀᴄᴄᴏᴜɴᴛ ʙɪᴏᴄᴋᴇᴅ--', ['blocked']],
    ['ᴘᴀʏᴍᴇɴᴛ', []], // no ɪ
    ['/ˈsɪti/ and /bɪt/', []], // IPA: ɪ among ordinary lower-case letters
    ['ɪɴ', []], // fewer than three letters
    ['ᴍɪssɪssɪᴘᴘɪ', []], // ordinary letters inside
    ['ɪɪɪɪɪᴀ', []], // more than four ɪ: read as written only
    ['plain text', []],
  ];
  for (const [input, expected] of rows) assert.deepEqual(smallCapitalIReadings(input), expected, input);
  assert.equal(smallCapitalIReadings('ᴅᴇᴄɪɪɴᴇᴅ '.repeat(20)).length, 32); // bounded
});
