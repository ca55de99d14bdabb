import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../config/load.js';
import { messageWith } from '../../files/test-support/message.js';
import { buildPe } from '../../files/test-support/pe-builder.js';
import { buildRar4, buildRar5 } from '../../files/test-support/rar-builder.js';
import { buildZip } from '../../files/test-support/zip-builder.js';
import { scoreFindings } from '../../score/score.js';
import { buildScoreTable, CATALOGUE } from '../../score/table.js';
import { testServices } from '../../test-support/services.js';
import { attachmentsFamily } from './index.js';

/**
 * Issue 17 (session 17): what a RAR holds. Stored entries are analysed by content (a program named .pdf, a WebDAV .url, a
 * bookmark); RAR 5 headers hidden with `-hp` open with the letter's password; a PPAP archive (a Word file, the password in
 * the letter) is not "encrypted" once the archive's check value confirms that password — compressed content is listed only,
 * encrypted or not, so its encryption hides nothing more. Archives written by test-support/rar-builder (checked with RARLAB's
 * unrar).
 */
const NOW = new Date('2025-06-02T08:00:00Z');
const config = defaultConfig();
const table = buildScoreTable(CATALOGUE, config.thresholds);
const PE = buildPe({ imports: { 'kernel32.dll': ['ExitProcess'], 'urlmon.dll': ['URLDownloadToFileA'] } });
const DOCX = buildZip([{ name: 'word/document.xml', data: '<w:document><w:body><w:p><w:r><w:t>Angebot</w:t></w:r></w:p></w:body></w:document>' }]);
const WEBDAV = '[InternetShortcut]\r\nURL=file://185.220.101.7@SSL/DavWWWRoot/Rechnung_2291.pdf.lnk\r\n';
const BOOKMARK = 'https://www.kessler-handel.de/projekte/sommerfest';
const PW = 'Angebot-2291';
const LETTER = `Anbei das Angebot.\nDas Passwort lautet: ${PW}\nViele Grüße`;

const rows: { name: string; rar: Buffer; text?: string; expect: string[]; forbid: string[]; evidence?: RegExp; urls?: string[]; verdict?: string; notVerdict?: string }[] = [
  { name: 'stored RAR 5: a program named .pdf is read as one', rar: buildRar5([{ name: 'Rechnung_2291.pdf', data: PE }]), expect: ['ATTACH_EXECUTABLE', 'ATTACH_TYPE_MISMATCH', 'ATTACH_ARCHIVE_WITH_DANGEROUS', 'ATTACH_PE_SUSPICIOUS_IMPORTS'], forbid: ['ATTACH_ARCHIVE_MALFORMED'], evidence: /Angebot\.rar > Rechnung_2291\.pdf/, verdict: 'malware' },
  { name: 'stored RAR 4: a program named .pdf is read as one', rar: buildRar4([{ name: 'Rechnung_2291.pdf', data: PE }]), expect: ['ATTACH_EXECUTABLE', 'ATTACH_ARCHIVE_WITH_DANGEROUS'], forbid: ['ATTACH_ARCHIVE_MALFORMED'], verdict: 'malware' },
  { name: 'stored RAR 5: a WebDAV .url', rar: buildRar5([{ name: 'Rechnung_2291.url', data: WEBDAV }]), expect: ['ATTACH_LNK', 'ATTACH_ARCHIVE_WITH_DANGEROUS'], forbid: [], evidence: /\.url shortcut opening "file:\/\/185\.220\.101\.7@SSL/, verdict: 'malware' },
  { name: 'stored RAR 5: a bookmark is a shared page', rar: buildRar5([{ name: 'Projekt.url', data: `[InternetShortcut]\r\nURL=${BOOKMARK}\r\n` }, { name: 'Protokoll.txt', data: 'Protokoll.\n' }]), expect: [], forbid: ['ATTACH_LNK', 'ATTACH_ARCHIVE_WITH_DANGEROUS'], urls: [BOOKMARK], verdict: 'clean' },
  { name: 'compressed RAR 5: a bookmark stays a shortcut by name (content not decoded)', rar: buildRar5([{ name: 'Projekt.url', data: 'x', method: 3 }]), expect: ['ATTACH_LNK'], forbid: [] },
  { name: '-hp RAR 5, the password in the letter: the compressed program inside is named', rar: buildRar5([{ name: 'Angebot.pdf.exe', data: PE, method: 3 }], { password: PW, encryptHeaders: true }), text: LETTER, expect: ['ATTACH_ARCHIVE_WITH_DANGEROUS', 'ATTACH_EXECUTABLE_NAME', 'ATTACH_ARCHIVE_PASSWORD_IN_BODY'], forbid: ['ATTACH_ARCHIVE_HEADERS_ENCRYPTED'], evidence: /"Angebot-2291" opens Angebot\.rar/, verdict: 'malware' },
  { name: '-hp RAR 5, the password in the letter: a stored program named .pdf is decrypted and read', rar: buildRar5([{ name: 'Angebot.pdf', data: PE }], { password: PW, encryptHeaders: true }), text: LETTER, expect: ['ATTACH_EXECUTABLE', 'ATTACH_TYPE_MISMATCH', 'ATTACH_ARCHIVE_PASSWORD_IN_BODY'], forbid: ['ATTACH_ARCHIVE_ENCRYPTED', 'ATTACH_ARCHIVE_HEADERS_ENCRYPTED'], verdict: 'malware' },
  { name: '-hp RAR 5 without the password: names hidden, as before', rar: buildRar5([{ name: 'Angebot.pdf', data: PE }], { password: PW, encryptHeaders: true }), text: 'Anbei das Angebot.', expect: ['ATTACH_ARCHIVE_HEADERS_ENCRYPTED'], forbid: ['ATTACH_EXECUTABLE', 'ATTACH_ARCHIVE_PASSWORD_IN_BODY'] },
  { name: '-hp RAR 5, a wrong password in the letter: names hidden', rar: buildRar5([{ name: 'Angebot.pdf', data: PE }], { password: PW, encryptHeaders: true }), text: 'Anbei das Angebot.\nDas Passwort lautet: Falsch-1234', expect: ['ATTACH_ARCHIVE_HEADERS_ENCRYPTED'], forbid: ['ATTACH_EXECUTABLE'] },
  { name: '-p RAR 5 (names shown), the password in the letter: a stored program named .pdf is decrypted', rar: buildRar5([{ name: 'Angebot.pdf', data: PE }], { password: PW }), text: LETTER, expect: ['ATTACH_EXECUTABLE', 'ATTACH_ARCHIVE_PASSWORD_IN_BODY'], forbid: ['ATTACH_ARCHIVE_ENCRYPTED'], verdict: 'malware' },
  { name: 'PPAP: -p RAR 5 of a compressed Word file, the password confirmed: not "encrypted"', rar: buildRar5([{ name: 'Angebot.docx', data: DOCX, method: 3 }], { password: PW }), text: LETTER, expect: ['ATTACH_ARCHIVE_PASSWORD_IN_BODY'], forbid: ['ATTACH_ARCHIVE_ENCRYPTED', 'ATTACH_ARCHIVE_WITH_DANGEROUS'], evidence: /"Angebot-2291" opens Angebot\.rar/, notVerdict: 'malware' },
  { name: 'PPAP: -hp RAR 5 of a stored Word file: opened, read, not "encrypted"', rar: buildRar5([{ name: 'Angebot.docx', data: DOCX }], { password: PW, encryptHeaders: true }), text: LETTER, expect: ['ATTACH_ARCHIVE_PASSWORD_IN_BODY'], forbid: ['ATTACH_ARCHIVE_ENCRYPTED', 'ATTACH_ARCHIVE_HEADERS_ENCRYPTED', 'ATTACH_ARCHIVE_WITH_DANGEROUS'], notVerdict: 'malware' },
  { name: '-p RAR 5 of a Word file, a wrong password in the letter: still encrypted', rar: buildRar5([{ name: 'Angebot.docx', data: DOCX, method: 3 }], { password: PW }), text: 'Anbei das Angebot.\nDas Passwort lautet: Falsch-1234', expect: ['ATTACH_ARCHIVE_ENCRYPTED', 'ATTACH_ARCHIVE_PASSWORD_IN_BODY'], forbid: [] },
  { name: '-hp RAR 5 stretched past the limit: not tried, the limit said', rar: buildRar5([{ name: 'Angebot.pdf', data: 'x' }], { password: PW, encryptHeaders: true, kdfLog2: 18 }), text: LETTER, expect: ['ATTACH_ARCHIVE_HEADERS_ENCRYPTED', 'ATTACH_ARCHIVE_LIMIT_BYTES'], forbid: [], evidence: /key stretched 2\^18 times, over 2\^17/ },
];

for (const row of rows) {
  test(`rar contents: ${row.name}`, async () => {
    const [check] = attachmentsFamily.create({ config, services: testServices({ now: () => NOW }, config) });
    const out = await check!.run(messageWith([{ filename: 'Angebot.rar', content: row.rar }], row.text ?? 'Anbei die Unterlagen.'), { now: NOW, signal: new AbortController().signal });
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
