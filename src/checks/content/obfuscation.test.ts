import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testMessage } from '../sender/fixtures/message.js';
import { buildBrandRegistry } from '../../brands/registry.js';
import { dottedWords, obfuscationCheck } from './obfuscation.js';
import { cpuStopwatch } from '../../test-support/cpu-time.js';

/** Issue 17, item 6: words written so that filters do not read them. Rows: what fires, what must not. */
const check = obfuscationCheck();
const ctx = { now: new Date('2025-01-01T00:00:00Z'), signal: new AbortController().signal };

const rows: { description: string; from?: string; subject: string; text?: string; expected: string[]; brands?: true }[] = [
  { description: 'mathematical bold subject', subject: '𝐋𝐎𝐎𝐊𝐈𝐍𝐆 𝐅𝐎𝐑 𝐁𝐄𝐓𝐓𝐄𝐑 𝐇𝐄𝐀𝐑𝐈𝐍𝐆?', expected: ['CONTENT_STYLED_LETTERS'] },
  { description: 'bold italic text in the body', subject: 'Hi', text: 'Laat geen geld liggen: 𝑰𝒔𝒐𝒍𝒂𝒕𝒊𝒆', expected: ['CONTENT_STYLED_LETTERS'] },
  { description: 'enclosed letters', subject: '🅱🅾🅽🆄🆂 today', expected: ['CONTENT_STYLED_LETTERS'] },
  { description: 'one styled letter in a formula is not a styled text', subject: 'The constant 𝑒 and 𝜋', expected: [] },
  { description: 'small capitals in the sender name', from: '~~ᴘᴀʏᴍᴇɴᴛ ᴅᴇᴄʟɪɴᴇᴅ <a@b.example>', subject: 'Your photos will be deleted', expected: ['CONTENT_STYLED_LETTERS'] },
  { description: 'a pronunciation in IPA is not small-capital text', subject: 'Word of the day: busy /ˈbɪzi/, city /ˈsɪti/, river /ˈrɪvə/', expected: [] },
  { description: 'capital I for l (de)', subject: 'Ihr Paket wartet auf ZusteIIung', expected: ['CONTENT_LOOKALIKE_LETTERS'] },
  { description: 'capital I for l in a lower-case word', subject: 'Your waIIet needs an update', expected: ['CONTENT_LOOKALIKE_LETTERS'] },
  { description: 'zero for O', subject: '___IMP0RTANT INF0RMATI0N___', expected: ['CONTENT_LOOKALIKE_LETTERS'] },
  // One detector per trick: a Cyrillic or Greek letter inside a Latin word is FROM_MIXED_SCRIPT_DISGUISE's (sender family).
  { description: 'Cyrillic о inside a Latin word is the sender family\'s finding, not this one', subject: 'Account on hоld', expected: [] },
  { description: 'Greek letters inside a Latin word likewise', subject: 'ΝFT υniswaρ airdrop', expected: [] },
  { description: 'camel case is not a lookalike', subject: 'WordInfo and ZixIt release notes', expected: [] },
  { description: 'product codes with digits are not a lookalike', subject: 'Order X10B7 and MP3 player', expected: [] },
  { description: 'a Russian subject is one script', subject: 'Привет, как дела', expected: [] },
  { description: 'words joined by underscores', subject: 'Bitcoin__Transfer__0.7495__BTC', expected: ['CONTENT_WORDS_JOINED'] },
  { description: 'words joined by dots', subject: 'Bitcoin.Transaction.0.7495.BTC', expected: ['CONTENT_WORDS_JOINED'] },
  { description: 'sender name joined by underscores', from: '#Cricket_Wireless_Rewards* <a@b.example>', subject: 'You have won', expected: ['CONTENT_WORDS_JOINED'] },
  { description: 'a host name as subject is not joined words', subject: 'www.spamassassin.org', expected: [] },
  { description: 'a version number is not joined words', subject: 'v2.3.1.4', expected: [] },
  { description: 'a file name with one underscore is not joined words', subject: 'report_final.pdf', expected: [] },
  { description: 'a sender name whose letters are spread by spaces', from: 'E n t r e g a fallida <info@x.example>', subject: 'Tienes (1) paquete pendiente', expected: ['CONTENT_WORDS_JOINED'] },
  { description: 'a subject whose letters are spread by spaces', subject: 'V e r i f y your account today', expected: ['CONTENT_WORDS_JOINED'] },
  { description: 'a sender name whose letters are spread by invisible joiners', from: 'E\u034Fq\u034Fu\u034Fi\u034Fp\u034Fe\u034F d\u034Fe\u034F <n@x.example>', subject: 'Bloqueamos sua conta', expected: ['CONTENT_WORDS_JOINED'] },
  { description: 'initials are not spread letters', from: 'J R R Tolkien Society <a@b.example>', subject: 'Q & A: plan A or B', expected: [] },
  { description: 'a list of grades is not spread letters', subject: 'Results: A, B, C, D and E grades', expected: [] },
  { description: 'Japanese written with spaces is not spread Latin letters', subject: 'お 知 ら せ と ご 案 内', expected: [] },
];

// Session 35: a brand's name spelt with the confusables the registry folds (BrandRegistry.lookalikeAlias), read with the
// default brands (`brands: true`); a capital I opening a word is an ordinary capital unless the word is then a brand's name.
const withBrands = obfuscationCheck(buildBrandRegistry([], true));
rows.push(
  { brands: true, description: 'capital I for the l opening a brand', subject: 'Scan your Iedger now', expected: ['CONTENT_LOOKALIKE_LETTERS'] },
  { brands: true, description: 'rn for m in a brand', from: 'Arnazon Prime <a@b.example>', subject: 'Membership', expected: ['CONTENT_LOOKALIKE_LETTERS'] },
  { brands: true, description: 'a zero for an o in a brand', subject: 'BRADESC0: seu token expirou', expected: ['CONTENT_LOOKALIKE_LETTERS'] },
  { brands: true, description: 'a small l for the capital I opening a brand', from: 'lTAUCARD <a@b.example>', subject: 'Fatura', expected: ['CONTENT_LOOKALIKE_LETTERS'] },
  { brands: true, description: 'a brand in capitals or without its accent is its own spelling', from: 'LEDGER <a@b.example>', subject: 'Itau e Amazon: ofertas', expected: [] },
  { brands: true, description: 'ordinary capitalised words are no brand', subject: 'Important: Ideas for Instagram and Icons', expected: [] },
  { brands: true, description: 'a Cyrillic letter in a brand stays the sender family\'s finding', subject: 'Lеdgеr update', expected: [] },
);

for (const row of rows) {
  test(`obfuscation${row.brands ? ' with the brand registry' : ''}: ${row.description}`, async () => {
    const out = await (row.brands ? withBrands : check).run(testMessage({ from: row.from ?? 'Someone <a@b.example>', subject: row.subject, text: row.text ?? '', visibleText: row.text ?? '' }), ctx);
    assert.deepEqual(out.findings.map((f) => f.id).sort(), [...row.expected].sort());
    for (const f of out.findings) assert.ok(f.evidence, `${f.id} has evidence`);
  });
}

test('obfuscation: the text read is bounded', async () => {
  const text = `${'a'.repeat(20_000)} 𝐋𝐎𝐎𝐊𝐈𝐍𝐆`;
  const out = await check.run(testMessage({ from: 'A <a@b.example>', subject: 'Hi', text, visibleText: text }), ctx);
  assert.deepEqual(out.findings, []);
});

test('words joined by dots: looked for from a run of letters\' first letter only, the same subjects as before, in linear time', () => {
  const old = /\p{L}{2,}\.\p{L}{2,}\.[\p{L}\p{N}]+\.[\p{L}\p{N}]/u;
  let seed = 29;
  const pick = <T>(xs: readonly T[]): T => xs[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % xs.length]!;
  const pieces = ['.', 'a', 'ab', 'Your', 'а', '1', '😀', '𝐏', '_', '-', 'é'];
  for (let n = 0; n < 3000; n++) {
    let text = '';
    for (let i = 0, count = 1 + (n % 16); i < count; i++) text += pick(pieces);
    assert.deepEqual(dottedWords().exec(text)?.[0], old.exec(text)?.[0], JSON.stringify(text));
    assert.equal(dottedWords().exec(text)?.index, old.exec(text)?.index, JSON.stringify(text));
  }
  // Before: a subject of one 8 KB Cyrillic word took 2 s, of 32 KB 24 s (quadratic).
  const cpuMs = cpuStopwatch();
  obfuscationCheck().run(testMessage({ subject: `${'а'.repeat(100_000)}.x.y` }), { now: new Date(), signal: new AbortController().signal } as never);
  const ms = cpuMs();
  assert.ok(ms < 1500, `${ms.toFixed(0)} ms of CPU`);
});
