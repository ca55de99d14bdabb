import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutArmour } from './image-lure.js';

test('withoutArmour: PGP armour blocks are not counted as text (session 45)', () => {
  const block = '-----BEGIN PGP SIGNATURE-----\nVersion: GnuPG v1\n\niD8DBQFBSI5pmqjQ0CJF\n=ui8Y\n-----END PGP SIGNATURE-----';
  const rows: [why: string, text: string, expected: string][] = [
    ['no armour: unchanged', 'Hello there', 'Hello there'],
    ['a signature after the text', `Hello\n${block}\n`, 'Hello\n\n'],
    ['two blocks, text between and after', `a ${block} b ${block.replace(/SIGNATURE/g, 'MESSAGE')} c`, 'a  b  c'],
    ['a block without its END line runs to the end', 'Hello -----BEGIN PGP SIGNATURE-----\niD8DBQFBSI5pmqjQ0CJF', 'Hello '],
    ['an END line without the closing dashes ends the text', 'x -----BEGIN PGP SIGNATURE----- abc -----END PGP SIGNATURE', 'x '],
    ['dashes that begin no PGP block are text', '----- Forwarded message -----', '----- Forwarded message -----'],
  ];
  for (const [why, text, expected] of rows) assert.equal(withoutArmour(text), expected, why);
});
