import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldLetterlike, foldSprinkledDiacritics, hasLetterlike, smallCapitalIReadings } from './letterlike.js';

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

test('foldSprinkledDiacritics: English words disguised with diacritics read plain; languages that write such letters stay (table)', () => {
  const rows: [input: string, expected: string][] = [
    ['I ḟeel sặd to ḁlert you ąḅout ẵ couple oḟ disheẵrtening news ƒor you', 'I feel sad to alert you about a couple of disheartening news for you'],
    // Once sprinkled, Latin-1 accents in the same text go too (the generators mix them in: `totál`, `ägo`).
    ['ḟeel sặd ḁlert ąḅout oḟ ẵ hāckers ƒor Ƅrowsing totál ägo', 'feel sad alert about of a hackers for browsing total ago'],
    // Under SPRINKLED_LETTERS: as written.
    ['Zażółć gęślą jaźń', 'Zażółć gęślą jaźń'],
    ['Tiếng Việt là ngôn ngữ của người Việt', 'Tiếng Việt là ngôn ngữ của người Việt'],
    ['Grüße aus Köln, à bientôt, São Paulo', 'Grüße aus Köln, à bientôt, São Paulo'],
    // Letters with no ASCII reading stay themselves.
    ['œuvre ŋ ĸ ḟeel sặd ḁlert ąḅout oḟ ẵ hāckers ƒor', 'œuvre ŋ ĸ feel sad alert about of a hackers for'],
    ['plain text', 'plain text'],
  ];
  for (const [input, expected] of rows) assert.equal(foldSprinkledDiacritics(input), expected, input);
});
