import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { analyzePdf, pdfContentBytes, pdfLocked } from './index.js';
import { MAX_PASSWORDS, openPdf, rc4 } from './decrypt.js';
import { pdfText } from './text.js';
import { encryptBuiltPdf, encryptedPdf, type PlainObject, type Scheme } from '../test-support/pdf-encrypt.js';
import { buildPdf } from '../test-support/pdf-builder.js';
import { cpuStopwatch } from '../../test-support/cpu-time.js';

/**
 * PDF decryption (Standard Security Handler, R2–R6), on files made by the test encryptor (src/files/test-support/
 * pdf-encrypt.ts, fixed keys) and two made by qpdf 11.3: every revision opened with no password, with the letter's, as
 * the owner; a wrong password keeps it locked with the reason; what a locked file hides (a link, script, words, an
 * embedded file) is read once it is opened; hostile sizes are bounded.
 */
const LIMITS = { maxStreams: 500, maxStreamBytes: 16 << 20, maxTotalInflated: 64 << 20 };
const TEXT = { maxChars: 2000, ...LIMITS };
const LANDING = 'https://secure-docs-view.web.app/view?id=83jd92';

/** A one-page invoice lure: words, a link over the page, script on opening and an embedded program. */
const OBJECTS: PlainObject[] = [
  { num: 1, body: '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(invoice.exe) 7 0 R] >> >> /OpenAction << /S /JavaScript /JS (app.launchURL) >> >>' },
  { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
  { num: 3, body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Annots [6 0 R] >>' },
  { num: 4, body: '<< /Filter /FlateDecode >>', stream: deflateSync(Buffer.from('BT /F1 24 Tf 72 700 Td (Your invoice is ready) Tj ET')) },
  { num: 5, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' },
  { num: 6, body: `<< /Type /Annot /Subtype /Link /Rect [0 0 612 792] /A << /S /URI /URI (${LANDING}) >> >>` },
  { num: 7, body: '<< /Type /Filespec /F (invoice.exe) /UF (invoice.exe) /EF << /F 8 0 R >> >>' },
  { num: 8, body: '<< /Type /EmbeddedFile /Filter /FlateDecode >>', stream: deflateSync(Buffer.from('MZ\x90\x00 This program cannot be run in DOS mode', 'latin1')) },
];

const SCHEMES: Scheme[] = ['R2', 'R3-40', 'R3', 'R4-RC4', 'R4-AES', 'R5', 'R6'];

interface Row {
  user: string;
  given: string[];
  opened: 'empty' | 'letter' | null;
  owner?: boolean;
}
const ROWS: Row[] = [
  { user: '', given: [], opened: 'empty' },
  { user: '', given: ['1234'], opened: 'empty' },
  { user: '1234', given: ['Passwort', '1234'], opened: 'letter' },
  { user: 'Geb.1984', given: ['Geb.1984'], opened: 'letter' },
  { user: '1234', given: ['owner-pw'], opened: 'letter', owner: true },
  { user: '1234', given: ['4321'], opened: null },
  { user: '1234', given: [], opened: null },
];

test('every revision opens with no password, the letter\'s, or the owner\'s; a wrong one keeps it locked', () => {
  for (const scheme of SCHEMES) {
    for (const row of ROWS) {
      const label = `${scheme} user ${JSON.stringify(row.user)} given ${JSON.stringify(row.given)}`;
      const pdf = encryptedPdf(OBJECTS, { scheme, userPassword: row.user, ownerPassword: 'owner-pw', root: 1 });
      const facts = analyzePdf(pdf, LIMITS, row.given);
      assert.equal(facts.encrypted, true, label);
      assert.equal(facts.encryption?.revision, Number(scheme[1]), label);
      if (row.opened === null) {
        assert.equal(facts.encryption?.opened, false, label);
        assert.equal(pdfLocked(facts), true, label);
        assert.match(facts.encryption?.reason ?? '', /password/, label);
        // Ciphertext is no link or script.
        assert.deepEqual(facts.uris, [], label);
        assert.deepEqual(facts.javascript, [], label);
        assert.equal(pdfText(pdfContentBytes(facts, pdf), TEXT).text, '', label);
        continue;
      }
      assert.equal(facts.encryption?.opened, true, label);
      assert.equal(facts.encryption?.openedWith, row.opened, label);
      assert.equal(facts.encryption?.password, row.opened === 'letter' ? (row.owner ? 'owner-pw' : row.user) : undefined, label);
      assert.equal(facts.encryption?.asOwner, row.owner ? true : undefined, label);
      assert.equal(pdfLocked(facts), false, label);
      assert.deepEqual(facts.uris, [LANDING], label);
      assert.deepEqual(facts.javascript, ['app.launchURL'], label);
      assert.deepEqual(facts.embeddedFileNames, ['invoice.exe'], label);
      assert.equal(Buffer.from(facts.embeddedFiles[0]!.data).toString('latin1').slice(0, 2), 'MZ', label);
      assert.equal(facts.shape.linkArea, 612 * 792, label);
      assert.equal(pdfText(pdfContentBytes(facts, pdf), TEXT).text, 'Your invoice is ready', label);
    }
  }
});

test('the cipher and key length are the file\'s; /EncryptMetadata false leaves the metadata stream plain', () => {
  const expected: Record<Scheme, [string, number]> = { R2: ['RC4', 40], 'R3-40': ['RC4', 40], R3: ['RC4', 128], 'R4-RC4': ['RC4', 128], 'R4-AES': ['AES-128', 128], R5: ['AES-256', 256], R6: ['AES-256', 256] };
  for (const scheme of SCHEMES) {
    const facts = analyzePdf(encryptedPdf(OBJECTS, { scheme, userPassword: '', ownerPassword: 'o', root: 1 }), LIMITS);
    assert.deepEqual([facts.encryption?.cipher, facts.encryption?.keyBits], expected[scheme], scheme);
  }
  for (const scheme of ['R4-AES', 'R6'] as Scheme[]) {
    const objects = [...OBJECTS, { num: 9, body: '<< /Type /Metadata /Subtype /XML >>', stream: Buffer.from('<x:xmpmeta>pdf43 metadata</x:xmpmeta>') }];
    const pdf = encryptedPdf(objects, { scheme, userPassword: '1234', ownerPassword: 'o', root: 1, encryptMetadata: false });
    assert.ok(pdf.includes('pdf43 metadata'), scheme);
    const facts = analyzePdf(pdf, LIMITS, ['1234']);
    assert.equal(facts.encryption?.openedWith, 'letter', scheme);
    assert.deepEqual(facts.uris, [LANDING], scheme);
    assert.ok(Buffer.from(pdfContentBytes(facts, pdf)).includes('pdf43 metadata'), scheme);
  }
});

/** Made by qpdf 11.3 (`qpdf --encrypt 'pa ss' own 256 -- --object-streams=generate`, and `… 128 --use-aes=n`) from a one-page lure (a link, script on opening, words): R6 with an object stream and a cross-reference stream; R3 RC4 with a classic table. */
const QPDF_R6_OBJSTM = [
  'JVBERi0xLjcKJb/3ov4KMSAwIG9iago8PCAvRXh0ZW5zaW9ucyA8PCAvQURCRSA8PCAvQmFzZVZlcnNpb24gLzEuNyAvRXh0ZW5zaW9uTGV2ZWwgOCA+PiA+PiAvT3BlbkFjdGlvbiA8PCAvSlMgPD',
  'E0MzNhNWM0ZGQ3ODFkNDVmMjAxYTczMzRmOGI0MDA1MWJlNjZkODBhNDgxZGQ1YThjNDNmMjAyNDAzYjEzODc+IC9TIC9KYXZhU2NyaXB0ID4+IC9QYWdlcyAzIDAgUiAvVHlwZSAvQ2F0YWxvZyA+',
  'PgplbmRvYmoKMiAwIG9iago8PCAvVHlwZSAvT2JqU3RtIC9MZW5ndGggMjU2IC9GaWx0ZXIgL0ZsYXRlRGVjb2RlIC9OIDQgL0ZpcnN0IDIxID4+CnN0cmVhbQrBpGoh/e9uZ9YSSL3hnFEu6j58SY',
  'FfhJF7/Ja1POazDgo2ycrZXwPfrALEwPvuHrsgr35uKSJgqpWo/6BkCtpUd4lfOSJfRK2kIhbqWCxDieuyFsjsNcNEiPeiAgZTAS6pJM7PfyVqwpK6FaeNbav8GL1wIKIQOOq77DXpAvSpnLWgr56R',
  '7cfu7OVstyiqmn5mqOHYJyuz/b4ba1aADMGZsyjqUAbepwXVAhXS63Ian/7jz+RwxzjZBAPnC5v+0/RoL1rGSJMaAk/2uIPZU+GmjZsL7F4HZK3UrI1pwhphY/aEjqE6kUZ6qhrQqBUhq0N5qZUeAs',
  'KOgj0vqdMPdGP0ZW5kc3RyZWFtCmVuZG9iago3IDAgb2JqCjw8IC9GaWx0ZXIgL0ZsYXRlRGVjb2RlIC9MZW5ndGggOTYgPj4Kc3RyZWFtCn8e14lb4ajvTOhItjaQ3ZwytlnV4kwZf/37bB4+sPmw',
  'jSfOwUzKllewGSZInMsdqsU0Z22eX5oahNV2qjLrz+JiE5Lp6sexy3X/zW+nC9MZfHK0SuzNjGGbVJ3rb2eR8WVuZHN0cmVhbQplbmRvYmoKOCAwIG9iago8PCAvQ0YgPDwgL1N0ZENGIDw8IC9BdX',
  'RoRXZlbnQgL0RvY09wZW4gL0NGTSAvQUVTVjMgL0xlbmd0aCAzMiA+PiA+PiAvRmlsdGVyIC9TdGFuZGFyZCAvTGVuZ3RoIDI1NiAvTyA8ZWIwZWY1Y2M2Njg0NjFlMGRlMzBmYjRlNTQ0MWFlMzg2',
  'MDllNzdmNWI5MDhjOTMyNTZlMjg3OWVkYWY3NDUyYjdmNWFlOGE2ZGU3NzdiNmVhOWVkNGE1NjU0YjU4NDU3PiAvT0UgPGQwMzEyNmVjNGIwODZiZTc1Mjc1ZWMzYzI4NWNmMGIwZDRhMWE1NGVhMz',
  'g1Y2YxNDFlNWI0YzFkZjI1MmE5NjU+IC9QIC00IC9QZXJtcyA8MGRkNTBmNjMzN2E3ZmE0MTAyZGVkY2ZmNzYzNTM3YmI+IC9SIDYgL1N0bUYgL1N0ZENGIC9TdHJGIC9TdGRDRiAvVSA8MzcxNmUw',
  'NWYyNmIwMTcyM2U1ZWIzN2ZhZDkwOWNlMDRhMzJmMDE2ZTM1ZGMwMGM5ZGM4ZDc3NGJiODIzNDE3MDRiOTZhNTlmZGNlZDc4NGYzZDU2MmZmNjZhOTZhMGQ1PiAvVUUgPDgwOWYyN2ZlYjAwMTQ2MD',
  'QwNTg1NzUwNmE1MGYwYmUwNWVkZmYzODliYzRjMmM1ZTI1ZWFmMjRiODkzOTQ5YzM+IC9WIDUgPj4KZW5kb2JqCjkgMCBvYmoKPDwgL1R5cGUgL1hSZWYgL0xlbmd0aCA0MSAvRmlsdGVyIC9GbGF0',
  'ZURlY29kZSAvRGVjb2RlUGFybXMgPDwgL0NvbHVtbnMgNCAvUHJlZGljdG9yIDEyID4+IC9XIFsgMSAyIDEgXSAvUm9vdCAxIDAgUiAvU2l6ZSAxMCAvSUQgWzw1ZjBjMmE5ZTRiN2QxMWUzYThjNT',
  'AwMGMyOWQ0ZTdmMT48MWRhM2E5NTUwMmQ3ZTA0YjhhZDIyMmI1NTIxZTYwZjY+XSAvRW5jcnlwdCA4IDAgUiA+PgpzdHJlYW0KeJxjYgACJkYGfgYmBobbIJYEiMXAiET8Z/L5C2QtA0owKzMAAElW',
  'BDIKZW5kc3RyZWFtCmVuZG9iagpzdGFydHhyZWYKMTMwMwolJUVPRgo=',
].join('');
const QPDF_R3_RC4 = [
  'JVBERi0xLjcKJb/3ov4KMSAwIG9iago8PCAvT3BlbkFjdGlvbiA8PCAvSlMgPDczNDNlMTdiY2Y0MzA5NDdhY2VmODllMWM2PiAvUyAvSmF2YVNjcmlwdCA+PiAvUGFnZXMgMiAwIFIgL1R5cGUgL0',
  'NhdGFsb2cgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL0NvdW50IDEgL0tpZHMgWyAzIDAgUiBdIC9UeXBlIC9QYWdlcyA+PgplbmRvYmoKMyAwIG9iago8PCAvQW5ub3RzIFsgNCAwIFIgXSAvQ29udGVu',
  'dHMgNSAwIFIgL01lZGlhQm94IFsgMCAwIDYxMiA3OTIgXSAvUGFyZW50IDIgMCBSIC9SZXNvdXJjZXMgPDwgL0ZvbnQgPDwgL0YxIDYgMCBSID4+ID4+IC9UeXBlIC9QYWdlID4+CmVuZG9iago0ID',
  'Agb2JqCjw8IC9BIDw8IC9TIC9VUkkgL1VSSSA8Njk3YTgxZjRhYjU3ZjI4YWNhMTY0MTViM2IzNzBhMjE0ZGJlOGU1NjZiOWExN2M3NGU1NT4gPj4gL1JlY3QgWyAwIDAgNjEyIDc5MiBdIC9TdWJ0',
  'eXBlIC9MaW5rIC9UeXBlIC9Bbm5vdCA+PgplbmRvYmoKNSAwIG9iago8PCAvRmlsdGVyIC9GbGF0ZURlY29kZSAvTGVuZ3RoIDc1ID4+CnN0cmVhbQrMj0QRk16rowsflJJDqTQ2pjqjZvIb8/9BRi',
  '8ZtyfCqW6KPAXhAiPKOivOy1NZIaSe67iCkYNsDEBhui3W/jD01bK4yTntey3ufG1lbmRzdHJlYW0KZW5kb2JqCjYgMCBvYmoKPDwgL0Jhc2VGb250IC9IZWx2ZXRpY2EgL1N1YnR5cGUgL1R5cGUx',
  'IC9UeXBlIC9Gb250ID4+CmVuZG9iago3IDAgb2JqCjw8IC9GaWx0ZXIgL1N0YW5kYXJkIC9MZW5ndGggMTI4IC9PIDwzZDI1ODA5YTUzMWJhNGI4ZTYwNTkwMzkwNzhmY2ZjMTYxYmVjMzY3MTc5Yz',
  'FmODAwYmQ0ZjlmMjkwNmZjMmM3PiAvUCAtNCAvUiAzIC9VIDw1NGU1ZGFiMDI4NzZjOTkxZmRmYzI3NWM0YzBhY2RkZDAxMjI0NTZhOTFiYWU1MTM0MjczYTZkYjEzNGM4N2M0PiAvViAyID4+CmVu',
  'ZG9iagp4cmVmCjAgOAowMDAwMDAwMDAwIDY1NTM1IGYgCjAwMDAwMDAwMTUgMDAwMDAgbiAKMDAwMDAwMDEzMCAwMDAwMCBuIAowMDAwMDAwMTg5IDAwMDAwIG4gCjAwMDAwMDAzMzUgMDAwMDAgbi',
  'AKMDAwMDAwMDQ4MyAwMDAwMCBuIAowMDAwMDAwNjI4IDAwMDAwIG4gCjAwMDAwMDA2OTggMDAwMDAgbiAKdHJhaWxlciA8PCAvUm9vdCAxIDAgUiAvU2l6ZSA4IC9JRCBbPDVmMGMyYTllNGI3ZDEx',
  'ZTNhOGM1MDAwYzI5ZDRlN2YxPjxjOGEzODQyNTVmYTVkNjNjOWExZDQ1NTRhMjJiNmMzMT5dIC9FbmNyeXB0IDcgMCBSID4+CnN0YXJ0eHJlZgo5MDUKJSVFT0YK',
].join('');

test('files qpdf encrypted open with the letter\'s or the owner\'s password, object streams and cross-reference streams included', () => {
  for (const [label, b64, revision] of [['R6', QPDF_R6_OBJSTM, 6], ['R3', QPDF_R3_RC4, 3]] as const) {
    const pdf = Buffer.from(b64, 'base64');
    assert.equal(analyzePdf(pdf, LIMITS).encryption?.opened, false, label);
    for (const pw of ['pa ss', 'own']) {
      const facts = analyzePdf(pdf, LIMITS, ['wrong', pw]);
      assert.equal(facts.encryption?.revision, revision, label);
      assert.equal(facts.encryption?.openedWith, 'letter', label);
      assert.equal(facts.encryption?.asOwner, pw === 'own' ? true : undefined, label);
      assert.deepEqual(facts.uris, ['https://evil.example/login'], label);
      assert.deepEqual(facts.javascript, ['app.launchURL'], label);
      assert.equal(pdfText(pdfContentBytes(facts, pdf), TEXT).text, 'Your invoice is ready, click to view', label);
    }
  }
});

test('the same document locked and unlocked reads the same (buildPdf\'s hex links, object streams, fonts)', () => {
  const plain = buildPdf({ flate: true, content: 'BT /F1 11 Tf 56 760 Td (Secure Document) Tj T* (Click here to view the document) Tj ET', fonts: [{ name: 'F1', inObjectStream: true }], links: [{ uri: LANDING, rect: [56, 600, 300, 640], hex: true }, { uri: 'tel:+18005550199', rect: [56, 500, 300, 540], inObjectStream: true }] });
  const want = analyzePdf(plain, LIMITS);
  const wantText = pdfText(plain, TEXT).text;
  for (const scheme of SCHEMES) {
    const locked = encryptBuiltPdf(plain, { scheme, userPassword: 'inv-2291', ownerPassword: 'x' });
    const facts = analyzePdf(locked, LIMITS, ['inv-2291']);
    assert.equal(facts.encryption?.openedWith, 'letter', scheme);
    assert.deepEqual(facts.uris, want.uris, scheme);
    assert.deepEqual(facts.shape, want.shape, scheme);
    assert.equal(pdfText(pdfContentBytes(facts, locked), TEXT).text, wantText, scheme);
  }
});

test('what cannot be opened says why, without throwing', () => {
  const pdf = (trailer: string, objects = ''): Buffer => Buffer.from(`%PDF-1.7\n${objects}trailer\n<< /Root 1 0 R ${trailer} >>\n%%EOF\n`, 'latin1');
  const rows: [string, Buffer, RegExp][] = [
    ['missing dictionary', pdf('/Encrypt 9 0 R /ID [<00><00>]'), /missing/],
    ['another handler', pdf('/Encrypt 9 0 R /ID [<00><00>]', '9 0 obj\n<< /Filter /FOPN_foweb /V 1 >>\nendobj\n'), /FOPN_foweb/],
    ['revision 7', pdf('/Encrypt 9 0 R /ID [<00><00>]', '9 0 obj\n<< /Filter /Standard /V 5 /R 7 /O <00> /U <00> >>\nendobj\n'), /revision 7/],
    ['no /ID', pdf('/Encrypt 9 0 R', '9 0 obj\n<< /Filter /Standard /V 2 /R 3 /Length 128 /O <00> /U <00> /P -4 >>\nendobj\n'), /\/ID/],
    ['short /U and /O', pdf('/Encrypt 9 0 R /ID [<00><00>]', '9 0 obj\n<< /Filter /Standard /V 5 /R 6 /O <00> /U <00> /P -4 >>\nendobj\n'), /password/],
    ['cut dictionary', pdf('/Encrypt 9 0 R /ID [<00><00>]', '9 0 obj\n<< /Filter /Standard /V 4 /R 4 /CF << /StdCF << /CFM'), /password/],
  ];
  for (const [label, bytes, reason] of rows) {
    const facts = analyzePdf(bytes, LIMITS, ['1234']);
    assert.equal(facts.encrypted, true, label);
    assert.equal(facts.encryption?.opened, false, label);
    assert.match(facts.encryption?.reason ?? '', reason, label);
  }
});

test('RC4 meets its published test vectors', () => {
  assert.equal(rc4(Buffer.from('Key'), Buffer.from('Plaintext')).toString('hex'), 'bbf316e8d940af0ad3');
  assert.equal(rc4(Buffer.from('Wiki'), Buffer.from('pedia')).toString('hex'), '1021bf0420');
});

test('hostile: many passwords, many objects and strings, a large copy — bounded', () => {
  const bound = (label: string, ms: number, fn: () => void): void => {
    const cpu = cpuStopwatch();
    fn();
    const took = cpu();
    assert.ok(took < ms, `${label} took ${took.toFixed(0)} ms of CPU (bound ${ms} ms)`);
  };
  // R6 with 200 wrong candidates: at most MAX_PASSWORDS of them are hashed (each as the user's and the owner's).
  const r6 = encryptedPdf(OBJECTS, { scheme: 'R6', userPassword: 'right', ownerPassword: 'o', root: 1 });
  const many = Array.from({ length: 200 }, (_, i) => `guess-${i}`);
  bound('200 passwords on R6', 1500, () => {
    const facts = analyzePdf(r6, LIMITS, [...many, 'right']);
    assert.equal(facts.encryption?.opened, false);
    assert.equal(facts.encryption?.tried, 1 + MAX_PASSWORDS);
    assert.match(facts.encryption?.reason ?? '', /not tried/);
  });
  // 100,000 objects each with a string, RC4 and AES: one MD5 and one decryption each, linear.
  for (const scheme of ['R3', 'R4-AES'] as Scheme[]) {
    const objects: PlainObject[] = [{ num: 1, body: '<< /Type /Catalog >>' }];
    for (let n = 2; n < 100_000; n++) objects.push({ num: n, body: '<< /T (x) >>' });
    const pdf = encryptedPdf(objects, { scheme, userPassword: '', ownerPassword: 'o', root: 1 });
    bound(`100,000 objects, ${scheme}`, 4000, () => assert.equal(analyzePdf(pdf, LIMITS).encryption?.opened, true));
  }
  // Unclosed strings and dictionaries after a real encryption dictionary: read once, to the end.
  const open = encryptedPdf([{ num: 1, body: '<< /Type /Catalog >>' }], { scheme: 'R4-AES', userPassword: '', ownerPassword: 'o', root: 1 });
  for (const unit of ['(', '<', '<<', '[', '1 0 obj ', '1 0 obj (', 'stream\n', '/Encrypt 5 0 R ']) {
    const hostile = Buffer.concat([open, Buffer.from(unit.repeat(Math.floor((512 * 1024) / unit.length)), 'latin1')]);
    bound(`512 KB of ${JSON.stringify(unit)}`, 1500, () => analyzePdf(hostile, LIMITS));
  }
  // The decrypted copy is bounded: a string-heavy file's copy stops at its limit and says so.
  const strings: PlainObject[] = [{ num: 1, body: `<< /Type /Catalog /Junk [${'(aaaaaaaaaaaaaaaa) '.repeat(20_000)}] >>` }];
  const big = encryptedPdf(strings, { scheme: 'R3', userPassword: '', ownerPassword: 'o', root: 1 });
  const opening = openPdf(big, [], { maxOutputBytes: 64 * 1024 });
  assert.equal(opening.facts.opened, true);
  assert.equal(opening.limitHit, true);
  assert.ok((opening.bytes?.length ?? 0) <= 64 * 1024);
  assert.match(opening.facts.reason ?? '', /stopped/);
});

test('a file that only names /Encrypt does not hide its plain links behind a lock it does not have', () => {
  const fake = Buffer.concat([buildPdf({ content: 'BT ET', links: [{ uri: LANDING, rect: [0, 0, 612, 792], hex: true }] }), Buffer.from('trailer\n<< /Encrypt 99 0 R /ID [<00><00>] >>\n', 'latin1')]);
  const facts = analyzePdf(fake, LIMITS, []);
  assert.equal(facts.encryption?.opened, false);
  assert.deepEqual(facts.uris, [LANDING]);
});
