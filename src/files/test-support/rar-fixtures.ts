import { buildRar4, buildRar5 } from './rar-builder.js';

/**
 * The RAR archives src/files/rar's tests read, written by test-support/rar-builder. Each was extracted with RARLAB's own unrar
 * (node-unrar-js 2.0.2, unrar compiled to WebAssembly; installed outside the project for the check only) with the password
 * given here: names, sizes, methods and content (CRC checked) as written, and a wrong password refused. Their SHA-256 is
 * recorded in src/files/rar/index.test.ts so that a change to the builder shows.
 */
export const FIXTURE_PASSWORD = 'Pa55-wort 2291';
export const FIXTURE_TEXT = 'Protokoll der Sitzung vom 2. Juni.\n';
export const FIXTURE_PROGRAM = 'MZ\x90\x00 not really a program, but the bytes of one';
export const FIXTURES = {
  plain: () => buildRar5([{ name: 'docs', directory: true }, { name: 'docs/Protokoll.txt', data: FIXTURE_TEXT }, { name: 'Rechnung.pdf.exe', data: FIXTURE_PROGRAM }, { name: 'Packed.docx', data: 'compressed-looking bytes', method: 3, unpackedSize: 4096 }]),
  encrypted: () => buildRar5([{ name: 'Protokoll.txt', data: FIXTURE_TEXT }, { name: 'Angebot.docx', data: 'compressed-looking bytes', method: 3 }], { password: FIXTURE_PASSWORD }),
  hidden: () => buildRar5([{ name: 'Rechnung.pdf', data: FIXTURE_PROGRAM }, { name: 'Protokoll.txt', data: FIXTURE_TEXT }], { password: FIXTURE_PASSWORD, encryptHeaders: true }),
  hiddenNoCheck: () => buildRar5([{ name: 'Rechnung.pdf', data: FIXTURE_PROGRAM }], { password: FIXTURE_PASSWORD, encryptHeaders: true, noCheck: true }),
  rar4: () => buildRar4([{ name: 'Rechnung.pdf', data: FIXTURE_PROGRAM }, { name: 'Protokoll.txt', data: FIXTURE_TEXT }]),
};
