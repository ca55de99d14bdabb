import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpuGrowth } from '../../test-support/growth.js';
import { pasteAndRun } from './paste-and-run.js';

/** The paste-and-run lure (session 18): what reads as one, and the near misses that must not. */
const rows: [text: string, asks: boolean][] = [
  ['To verify you are human: 1. Press Windows Key + R 2. Press CTRL + V 3. Press Enter', true],
  ['Verification steps: press Win+R, paste the code with Ctrl+V and press Enter to confirm you are not a robot.', true],
  ['Bestätigen Sie, dass Sie ein Mensch sind: Drücken Sie Windows-Taste + R, dann Strg + V und Eingabe.', true],
  ['Pour vérifier que vous êtes humain : appuyez sur la touche Windows + R, collez avec Ctrl + V puis Entrée.', true],
  ['Para verificar que es humano: pulse la tecla Windows + R, pegue con Ctrl + V y pulse Intro.', true],
  ['Verificação: pressione a tecla Windows + R, cole com Ctrl + V e pressione Enter.', true],
  ['Verificatie: druk op Windows-toets + R, plak met Ctrl + V en druk op Enter.', true],
  ['Verifica di essere umano: premi il tasto Windows + R, incolla con Ctrl + V e premi Invio.', true],
  ['ロボットでないことの確認：Windowsキー＋Rを押し、Ctrl＋Vで貼り付けてEnterを押してください。', true],
  // Must not: the Run box without a paste, a paste without the Run box, a how-to without a verification, a warning.
  ['To open the command prompt, press Win+R, type cmd and press Enter.', false],
  ['Tip: Ctrl+C copies, Ctrl+X cuts and Ctrl+V pastes; verify the result before you save.', false],
  ['To open the team share, copy the path below, press Win+R, paste it and press Enter.', false],
  ['Beware: fake CAPTCHA pages ask you to verify you are human by pressing Win+R and pasting a command. Never do this.', false],
  ['Achtung: Niemals Windows-Taste + R drücken und etwas einfügen, nur weil eine Seite eine Verifizierung verlangt.', false],
  ['We ship Windows and R packages for the robot arm; paste the licence key into the installer.', false],
];

for (const [text, asks] of rows) {
  test(`paste and run: ${text}`, () => assert.equal(pasteAndRun(text) !== null, asks));
}

test('paste and run: linear in the text (repeated shortcuts without a paste, repeated pastes without a shortcut)', () => {
  for (const unit of ['press win+r now ', 'windows key + ', 'ctrl+v verify ', 'win ', 'windows-taste und ']) {
    const ratio = cpuGrowth((n) => unit.repeat(Math.ceil(n / unit.length)), (text) => pasteAndRun(text), 1_500);
    assert.ok(ratio < 40, `${JSON.stringify(unit)}: 10× the text took ${ratio.toFixed(1)}× the CPU`);
  }
});
