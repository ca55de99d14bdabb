import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mulberry32 } from '../../classifier/logistic.js';
import { payloadEndingsIn, textPayloadEndingPatterns } from './lures.js';

/**
 * Session 62 (issue 18, cpu63): payloadEndingsIn reads the visible text from its dots (indexOf, the unit after each, a sticky
 * copy of the pattern). Its places are those of TEXT_PAYLOAD_ENDING_ANYWHERE's global search, and null past MAX_PAYLOAD_ENDINGS
 * (64) as before: on written letters (en, de, fr, es, pt, nl, ja) and on seeded texts of endings whole, cut, in any case, with
 * the letters `iu` reads as ASCII ones (ſ, K) and dots everywhere.
 */
function reference(text: string): number[] | null {
  const [, anywhere] = textPayloadEndingPatterns();
  const at: number[] = [];
  anywhere.lastIndex = 0;
  for (let m = anywhere.exec(text); m; m = anywhere.exec(text)) {
    if (at.length === 64) return null;
    at.push(m.index);
  }
  return at;
}

const ROWS: readonly [string, number][] = [
  ['Please open the attached invoice.zip and run Setup.EXE.', 2],
  ['Bitte öffnen Sie Rechnung_2291.7z im Anhang.', 1],
  ['Veuillez ouvrir la facture.pdf. Merci.', 0],
  ['Descargue el archivo factura.rar desde el enlace.', 1],
  ['Baixe o boleto.scr agora mesmo.', 1],
  ['Open de bijlage factuur.iso en volg de stappen.', 1],
  ['請求書.zip を開いてください。', 1],
  ['Node.js and example.com are no endings; neither is a sentence. End.', 0],
  ['A long s: payload.ſcr, a Kelvin sign: shortcut.ln\u212a', 2],
];

test('payloadEndingsIn: the written letters', () => {
  for (const [text, n] of ROWS) {
    assert.deepEqual(payloadEndingsIn(text), reference(text), text);
    assert.equal(payloadEndingsIn(text)!.length, n, text);
  }
});

const PIECES = ['.exe', '.EXE', '.Exe', '.scr', '.ſcr', '.pif', '.msi', '.bat', '.cmd', '.vbs', '.vbe', '.jse', '.wsf', '.hta', '.ps1', '.lnk', '.ln\u212a', '.iso', '.vhd', '.vhdx', '.zip', '.rar', '.7z', '.cab', '.ace', '.arj', '.xll', '.apk', '.ex', '.e', '.7', '.', '..', '...', '.pdf', '.docx', '.js', 'invoice', 'Rechnung', 'www', 'example', 'com', ' ', ' ', '\n', '-', '_', 'é', '中', '\u212a', 'ſ', 'x', '1'];

test('payloadEndingsIn: the global search\'s places on seeded texts, and null past 64', () => {
  const r = mulberry32(626);
  let found = 0;
  let full = 0;
  for (let n = 0; n < 20_000; n++) {
    let text = '';
    const pieces = n % 200 === 0 ? 400 : 1 + Math.floor(r() * 30);
    for (let k = 0; k < pieces; k++) text += PIECES[Math.floor(r() * PIECES.length)];
    const expected = reference(text);
    if (expected === null) full++;
    else found += expected.length;
    assert.deepEqual(payloadEndingsIn(text), expected, JSON.stringify(text));
  }
  assert.ok(found > 10_000 && full > 20, `${found} ${full}`);
});
