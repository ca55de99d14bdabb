import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { listRar, MAX_RAR_KEY_DERIVATIONS, MAX_RAR_PASSWORDS_TRIED, rarEntryData, rarPasswordOf } from './index.js';
import { FIXTURE_PASSWORD, FIXTURE_PROGRAM, FIXTURE_TEXT, FIXTURES } from '../test-support/rar-fixtures.js';

/** Session 17: RAR 5 `-hp` headers opened with the message's password, stored entries' bytes, RAR 5 `-p` stored entries decrypted. */
const text = (d: Uint8Array) => Buffer.from(d).toString('utf8');

test('rar fixtures are the archives RARLAB unrar extracted (builder unchanged)', () => {
  const sha = Object.fromEntries(Object.entries(FIXTURES).map(([k, make]) => [k, createHash('sha256').update(make()).digest('hex')]));
  assert.deepEqual(sha, {
    plain: '91150213893d54f01b3e76cbe3ef47638bcbf89b4a5150fd96732195bc529679',
    encrypted: 'f83bca8d061845445c88a998b842502ca122cb218ec3dca4bb6bcbc665f35bfd',
    hidden: '289e6fafc9039f69d304a27664e79679ae8568443c008057f77d85dea01a1828',
    hiddenNoCheck: 'aae89b9a0d51a26c8436a0bd029670d02b7c00a0ec2fcdde29534a2d46b271e4',
    rar4: '118efe78bb1c5106419a1638e68b2daff54ba609537d5585129e8cfa61f79ae8',
  });
});

const WRONG = 'not-the-password';
const rows: { name: string; rar: keyof typeof FIXTURES; passwords: string[]; entries: [string, number, boolean][]; hidden?: boolean; openedWith?: string; content?: Record<string, string> }[] = [
  { name: 'stored and compressed RAR 5', rar: 'plain', passwords: [], entries: [['docs', 0, false], ['docs/Protokoll.txt', 0, false], ['Rechnung.pdf.exe', 0, false], ['Packed.docx', 3, false]], content: { 'docs/Protokoll.txt': FIXTURE_TEXT, 'Rechnung.pdf.exe': FIXTURE_PROGRAM } },
  { name: '-p, the password given', rar: 'encrypted', passwords: [WRONG, FIXTURE_PASSWORD], entries: [['Protokoll.txt', 0, true], ['Angebot.docx', 3, true]], content: { 'Protokoll.txt': FIXTURE_TEXT } },
  { name: '-p, no password', rar: 'encrypted', passwords: [], entries: [['Protokoll.txt', 0, true], ['Angebot.docx', 3, true]], content: {} },
  { name: '-hp, the password given second', rar: 'hidden', passwords: [WRONG, FIXTURE_PASSWORD], entries: [['Rechnung.pdf', 0, true], ['Protokoll.txt', 0, true]], openedWith: FIXTURE_PASSWORD, content: { 'Rechnung.pdf': FIXTURE_PROGRAM, 'Protokoll.txt': FIXTURE_TEXT } },
  { name: '-hp, a wrong password', rar: 'hidden', passwords: [WRONG], entries: [], hidden: true },
  { name: '-hp, no password', rar: 'hidden', passwords: [], entries: [], hidden: true },
  { name: `-hp, the password past the first ${MAX_RAR_PASSWORDS_TRIED}`, rar: 'hidden', passwords: [...Array.from({ length: MAX_RAR_PASSWORDS_TRIED }, (_, i) => `${WRONG}${i}`), FIXTURE_PASSWORD], entries: [], hidden: true },
  { name: '-hp without a check value: the header CRC tells the password', rar: 'hiddenNoCheck', passwords: [WRONG, FIXTURE_PASSWORD], entries: [['Rechnung.pdf', 0, true]], openedWith: FIXTURE_PASSWORD, content: { 'Rechnung.pdf': FIXTURE_PROGRAM } },
  { name: 'stored RAR 4', rar: 'rar4', passwords: [], entries: [['Rechnung.pdf', 0, false], ['Protokoll.txt', 0, false]], content: { 'Rechnung.pdf': FIXTURE_PROGRAM, 'Protokoll.txt': FIXTURE_TEXT } },
];

for (const row of rows) {
  test(`rar listing and content: ${row.name}`, () => {
    const b = FIXTURES[row.rar]();
    const listing = listRar(b, { maxEntries: 100, passwords: row.passwords })!;
    assert.deepEqual(listing.entries.map((e) => [e.name, e.method, e.encrypted]), row.entries);
    assert.equal(listing.headersEncrypted, row.hidden ?? false);
    assert.equal(listing.headersOpenedWith, row.openedWith);
    assert.deepEqual(listing.problems, []);
    const got: Record<string, string> = {};
    for (const e of listing.entries) {
      if (e.isDirectory) continue;
      const data = rarEntryData(b, e, row.passwords, listing.headersOpenedWith);
      if (data.ok) got[e.name] = text(data.data);
      else assert.ok(data.reason === 'compressed' || data.reason === 'encrypted', `${e.name}: ${data.detail}`);
    }
    if (row.content) assert.deepEqual(got, row.content);
  });
}

test('rar: a compressed -p entry is confirmed by its check value, never by a wrong password', () => {
  const b = FIXTURES.encrypted();
  const docx = listRar(b, { maxEntries: 10 })!.entries.find((e) => e.name === 'Angebot.docx')!;
  assert.equal(rarPasswordOf(docx, [WRONG, FIXTURE_PASSWORD]), FIXTURE_PASSWORD);
  assert.equal(rarPasswordOf(docx, [WRONG]), undefined);
  assert.deepEqual(rarEntryData(b, docx, [FIXTURE_PASSWORD]).ok, false);
  // A key not derived yet costs one of the archive's derivations; none left is a limit, not a wrong password.
  const other = { ...docx, crypt: { ...docx.crypt!, salt: new Uint8Array(16).fill(7) } };
  assert.equal(rarPasswordOf(other, [FIXTURE_PASSWORD], { left: 0 }), 'limit');
  const budget = { left: MAX_RAR_KEY_DERIVATIONS };
  rarPasswordOf(other, [WRONG, 'another wrong one', FIXTURE_PASSWORD], budget);
  assert.equal(budget.left, MAX_RAR_KEY_DERIVATIONS - 3);
});

test('rar: key stretching over the limit is refused before any rounds are computed', () => {
  // The archive encryption header's KDF byte (signature 8, CRC 4, size, type, flags, version, flags: offset 17) set to 2^24,
  // which would take seconds per password if computed.
  const b = Buffer.from(FIXTURES.hidden());
  assert.equal(b[17], 15);
  b[17] = 24;
  const listing = listRar(b, { maxEntries: 10, passwords: [FIXTURE_PASSWORD] })!;
  assert.equal(listing.headersEncrypted, true);
  assert.match(listing.passwordLimit ?? '', /2\^24 times, over 2\^17/);
});

test('rar: every truncation and flipped byte ends in a listing (hostile input)', () => {
  for (const name of ['plain', 'hidden', 'rar4'] as const) {
    const whole = FIXTURES[name]();
    for (let cut = 0; cut < whole.length; cut++) {
      const listing = listRar(whole.subarray(0, cut), { maxEntries: 10, passwords: [FIXTURE_PASSWORD] });
      for (const e of listing?.entries ?? []) rarEntryData(whole.subarray(0, cut), e, [FIXTURE_PASSWORD], listing?.headersOpenedWith);
    }
    for (let at = 8; at < whole.length; at++) {
      const b = Buffer.from(whole);
      b.writeUInt8(b.readUInt8(at) ^ 0x5a, at);
      const listing = listRar(b, { maxEntries: 10, passwords: [FIXTURE_PASSWORD] });
      assert.ok(listing, `${name} flipped at ${at}`);
      for (const e of listing.entries) {
        const data = rarEntryData(b, e, [FIXTURE_PASSWORD], listing.headersOpenedWith);
        if (data.ok) assert.ok(data.data.length <= b.length);
      }
    }
  }
});
