import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LinkOccurrence } from '../../links/extract.js';
import { documentButton, subjectOrOpeningNamesApp } from './lures.js';

/**
 * Session 56 (helper det56): the readings malware-variants.test.ts needed, row by row. A download button naming an Italian court
 * paper (LEGAL_DOCUMENT: atto, citazione, fascicolo, decreto ingiuntivo); and a letter whose opening says the reader's client,
 * software or version is out of date is about the app (OUTDATED_SOFTWARE), as one saying the browser is.
 */
test('documentButton: Italian court papers on a download button; not an app, nor the word inside another', () => {
  const button = (text: string) => documentButton([{ source: 'a', text } as LinkOccurrence]);
  const rows: [text: string, found: boolean][] = [
    ['Scarica l\'atto di citazione', true],
    ['Scarica gli atti', true],
    ['Scarica il fascicolo', true],
    ['Scarica il decreto ingiuntivo', true],
    ['Scarica la citazione', true],
    // Must not: an app, a catalogue, a word that only begins with "att" (attività), a call with no document.
    ['Scarica l\'app', false],
    ['Scarica il catalogo', false],
    ['Scarica le attività', false],
    ['Scarica ora', false],
  ];
  for (const [text, found] of rows) assert.equal(button(text) !== undefined, found, text);
});

test('subjectOrOpeningNamesApp: a client, software or version out of date in the opening (5 languages); not news that names no outdated thing', () => {
  const rows: [subject: string, opening: string, about: boolean][] = [
    ['Your account will be suspended', 'Your Zoom client is outdated. Your account will be suspended on June 10 unless you update.', true],
    ['Acción necesaria', 'Su cliente de Zoom está desactualizado y dejará de funcionar el 15 de junio.', true],
    ['Wichtig', 'Ihre Software ist veraltet und wird bald nicht mehr unterstützt.', true],
    ['Atenção', 'A versão do seu aplicativo está desatualizada.', true],
    ['Let op', 'Uw versie is verouderd.', true],
    // Must not: a letter with no outdated program and no app in the subject.
    ['Your statement', 'Your monthly statement is ready. The new version of our terms applies from July.', false],
    ['Meeting notes', 'The client was happy with the outcome of the meeting.', false],
  ];
  for (const [subject, opening, about] of rows) assert.equal(subjectOrOpeningNamesApp(subject, opening), about, opening);
});
