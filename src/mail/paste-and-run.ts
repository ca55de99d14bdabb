import { escapeRegExp } from './term-alternation.js';
import { isAscii, lowerCased } from './text-chars.js';
import { lazyRegExp } from './lazy-regexp.js';

/**
 * The paste-and-run lure ("ClickFix", issue 17, session 18): the letter tells the reader to prove they are human, or to
 * verify, by opening Windows' Run box (Win+R), pasting what is already in the clipboard (Ctrl+V) and pressing Enter — the
 * page or the letter has put a PowerShell or mshta command there, and the reader runs the download themselves. No file,
 * no link a scanner can follow: the instructions are the payload's delivery. In the eight languages: "Windows key + R",
 * "Windows-Taste + R", "touche Windows + R", "tecla Windows + R", "Windows-toets + R", "tasto Windows + R", "Windowsキー+R".
 *
 * Read (lower case, accents removed) around each Run-box shortcut (at most MAX_LOOKS of them): within WINDOW characters
 * either side a paste (Ctrl+V, Strg+V, "paste", "einfügen", "coller", "pegar", "colar", "plakken", "incolla", 貼り付け) and a
 * verification pretext (human, robot, captcha, verify/verification, Mensch, humain, humano, umano, ロボット, 認証…). Not
 * when the same stretch warns ("never", "nie", "jamais", "nunca", "nooit", "mai", 絶対に…): a security newsletter that
 * describes the trick says so. An IT how-to that has the reader type or paste a path into the Run box names no
 * verification. Bounded: the shown text's first MAX_CHARS characters.
 *
 * Session 19, the "fix the error" kind: a fake error page or letter (a browser, Word or Teams "cannot display", a DNS or
 * certificate error) whose "How to fix" / "Fix it" steps open PowerShell, Windows Terminal, the command prompt, the
 * Win+X menu or macOS Terminal opened (LAUNCHER, besides the Run box) and paste what a "Copy fix" button has already copied. Its
 * pretext is an error to fix (FIX) together with a copy already made (COPIED: "copied", "kopiert", "copié", "copiado",
 * "gekopieerd", "copiato", コピーされ…, or the button "copy fix") and no command shown (SHOWN_COMMAND): an IT how-to that
 * fixes an error shows its command and asks the reader to copy it; the lure never shows it. A verification pretext counts beside any of these launchers too.
 *
 * A text reader below the layers that use it: the letter's check (checks/content/paste-and-run.ts) and the HTML
 * attachment reader (files/html, the lure as a page) both read with it.
 */
const MAX_CHARS = 20_000;
const MAX_LOOKS = 8;
const WINDOW = 300;

/**
 * The Run box's shortcut: "win"/"windows", optionally its key's name ("key", "logo key", "Taste", "toets", "tasto", "tecla",
 * "touche", キー), then "+" (or "and"/"und"/"et"/"y"/"e"/"en" after a key's name), then "r" as a word. Bounded blanks, linear.
 */
const RUN_BOX = /\bwin(?:dows)?(?:(?:[ -](?:logo[ -])?(?:key|taste|toets|tasto|tecla|touche)|\s?キー)\s{0,2}(?:\+|and|und|et|y|e|en)|\s{0,2}\+)\s{0,2}r\b/g;
/**
 * Where else the lure has the reader paste (session 19): Win+X (the menu that opens PowerShell or the Terminal as
 * administrator), PowerShell, Windows Terminal, the command prompt, macOS Terminal, in the eight languages (accents removed).
 * Session 38, the "FileFix" kind: File Explorer (Win+E), whose address bar runs a command pasted there as the Run box does (the
 * address bar alone is not named: "paste the link into your browser's address bar" is every newsletter's fallback).
 */
const LAUNCHER = /\bwin(?:dows)?(?:(?:[ -](?:logo[ -])?(?:key|taste|toets|tasto|tecla|touche)|\s?キー)\s{0,2}(?:\+|and|und|et|y|e|en)|\s{0,2}\+)\s{0,2}[xe]\b|\b(?:powershell|windows terminal|terminal \(admin\)|(?:open|launch|start)(?: the)? terminal|command prompt|eingabeaufforderung|invite de commandes|simbolo del sistema|prompt de comando|opdrachtprompt|prompt dei comandi|(?:file|windows) explorer|datei-explorer|explorateur de fichiers|explorador de (?:archivos|arquivos)|verkenner|esplora file)\b|コマンドプロンプト|ターミナル|エクスプローラー/g;
/**
 * Words of which every LAUNCHER match holds one ("win" also stands for "windows terminal"; "prompt" for the command prompt in
 * en, pt, nl, it). LAUNCHER's alternatives share no first character, so it is tried at every character of the text; a text
 * without any of these (most mail) cannot match it and is not searched.
 */
export const LAUNCHER_WORDS: readonly string[] = [
  'win', 'powershell', 'terminal', 'prompt', 'eingabeaufforderung', 'invite de commandes', 'simbolo del sistema', 'コマンドプロンプト', 'ターミナル',
  'explor', 'verkenner', 'esplora file', 'エクスプローラー',
];
/**
 * LAUNCHER_WORDS' ASCII words in any case, for ASCII text as written (pasteAndRun), "win" as RUN_BOX and LAUNCHER can
 * have it in ASCII text: at a word's start, as "win" or "windows", then a blank, "-" or "+" (their `[ -]`, `\s{0,2}\+`,
 * and "windows terminal"; `\s?キー` is not ASCII) — not every "window", "winner" or "winning", which pass the bare word.
 */
const LAUNCHER_WORD_ANY_CASE = lazyRegExp(() => new RegExp(['\\bwin(?:dows)?[\\s+-]', ...LAUNCHER_WORDS.filter((w) => w !== 'win' && isAscii(w)).map(escapeRegExp)].join('|'), 'i'));
/** An error to fix, the other pretext (accents removed). */
const FIX = /\b(?:fix(?:es|ed)?|repair|resolve|beheben|reparieren|corriger|reparer|resoudre|solucionar|arreglar|corregir|reparar|corrigir|resolver|oplossen|op te lossen|verhelpen|herstellen|repareren|risolvere|correggere|riparare)\b|修正|修復|解決/;
/**
 * The fix already copied, by a button or the page ("copy fix", "has been copied", "copied to the clipboard", "wurde kopiert",
 * "a été copié", "se ha copiado", "foi copiado", "is gekopieerd", "è stato copiato", コピーされました; accents removed).
 */
const COPIED = /\bcopy[ -]fix\b|\b(?:has|have|was|been|already)\s{1,2}(?:been\s{1,2})?copied\b|\bcopied\s{1,2}(?:to|into)\s{1,2}(?:your\s{1,2}|the\s{1,2})?clipboard|\b(?:wurde|wurden|ist|bereits)\s{1,2}(?:in die zwischenablage\s{1,2})?kopiert\b|\ba\s{1,2}ete\s{1,2}copiee?\b|\bcopiee?s?\s{1,2}dans le presse-papiers|\b(?:se\s{1,2}ha|ha\s{1,2}sido|foi|fue)\s{1,2}copiad[oa]\b|\bcopiad[oa]\s{1,2}(?:al|para a|no)\s{1,2}(?:portapapeles|area de transferencia)|\b(?:is|zijn|werd)\s{1,2}(?:naar het klembord\s{1,2})?gekopieerd\b|\be\s{1,2}stat[oa]\s{1,2}copiat[oa]\b|\bcopiat[oa]\s{1,2}negli appunti|コピーされ|コピー済み/;
/**
 * A command shown in the text: an IT how-to that fixes an error gives it to copy; the lure never shows what it copied
 * (a web address, `$(…)`, a pipe into a shell, a download tool, a PowerShell switch).
 */
const SHOWN_COMMAND = /https?:\/\/|\$\(|\|\s{0,2}(?:iex|sh|bash)\b|\b(?:sudo|curl|wget|iwr|irm|get-[a-z]{2,30}|reset-[a-z]{2,30}|ipconfig|sfc|dism)\b|\s-(?:enc|command|executionpolicy)\b/;
/** A paste: the shortcut or the verb (accents removed). */
const PASTE = /\b(?:ctrl|strg|control|cmd|command)\s{0,2}\+\s{0,2}v\b|⌘\s{0,2}v\b|\b(?:paste|einfugen|coller|collez|pegar|pegue|pega|colar|cole|plakken|plak|incolla|incollare|incollate)\b|貼り付け|ペースト/;
/** The pretext: a check that the reader is human, or a verification. */
const PRETEXT = /\b(?:human|robot|robo|captcha|verif[a-z]{0,10}|mensch|roboter|bestatig[a-z]{0,6}|humain|humano|umano|mens)\b|ロボット|人間|認証/;
/**
 * The pretext beside the other launchers: only a check that the reader is human. "Paste this into PowerShell / Terminal to
 * verify the installation" is an ordinary how-to; a human check is not.
 */
const HUMAN_CHECK = /\b(?:human|robot|robo|captcha|mensch|roboter|humain|humano|umano|mens)\b|ロボット|人間/;
/** A warning about the trick rather than the trick. */
const WARNING = /\b(?:never|nie|niemals|jamais|nunca|nooit|mai)\b|絶対に|決して/;
const ACCENTS = /[\u0300-\u036f]/g;
const LATIN_ACCENTED = /[\u00c0-\u024f]/g;
/** One accented Latin letter without its accents (a module function: a callback made per call loses its optimised code). */
const withoutAccents = (c: string): string => c.normalize('NFD').replace(ACCENTS, '');
/**
 * The text as the patterns read it: lower case, NFKC (full-width ＋ and letters to plain ones), then accents off Latin letters
 * only (kana must stay composed: ボ, not ホ + ゛). ASCII text (most mail) is its own NFKC form and has no accented letter: its
 * lower case is all of it.
 */
function folded(text: string): string {
  return isAscii(text) ? lowerCased(text) : lowerCased(text).normalize('NFKC').replace(LATIN_ACCENTED, withoutAccents);
}

/** An error the reader is to fix (accents removed): with FIX, the "fix the error" pretext of a command written out. */
const ERROR = /\b(?:errors?|fehler|erreur|erro|fout|errore|problems?|problema|probleme|probleem)\b|エラー|問題/;
/** A text about the trick rather than the trick: a security write-up names the attackers and the campaign. */
const REPORTED = /\b(?:attackers?|threat actors?|campaigns?|researchers?|angreifer|attaquants|atacantes|aanvallers|aggressori)\b|攻撃者/;

/**
 * Whether the text around a command line written in a letter (session 38) gives the reader a reason to run it that no genuine
 * letter gives — a check that they are human, or an error to fix — and neither warns about nor reports the trick.
 * `humanOnly`: only the human check counts (a download piped into a Unix shell: developers' mail says "to fix the build,
 * run curl … | sh").
 */
export function runCommandPretext(around: string, humanOnly: boolean): boolean {
  const t = folded(around);
  if (warnsOrReports(t)) return false;
  return HUMAN_CHECK.test(t) || (!humanOnly && FIX.test(t) && ERROR.test(t));
}

/** Whether the text around a command line written in a letter warns about or reports the trick (see runCommandPretext). */
export function commandReported(around: string): boolean {
  return warnsOrReports(folded(around));
}

/** Whether folded text warns the reader off the trick or reports it. */
function warnsOrReports(t: string): boolean {
  return WARNING.test(t) || REPORTED.test(t);
}

/** The stretch of text that asks the reader to paste into the Run box to verify, or null. */
export function pasteAndRun(text: string): string | null {
  const head = text.slice(0, MAX_CHARS);
  const ascii = isAscii(head);
  // ASCII text (most mail) is asked for a launcher word as written, before its lower-case copy is made (session 40: ~2 KB a
  // message; an ASCII text's lower case holds a word exactly when the text holds it in any case).
  if (ascii && !LAUNCHER_WORD_ANY_CASE().test(head)) return null;
  const t = ascii ? lowerCased(head) : folded(head);
  // Every Run-box shortcut holds "win", one of LAUNCHER_WORDS: a text with none of them is not searched at all (session 38).
  if (!mayHoldLauncher(t)) return null;
  return stretchAround(t, RUN_BOX, false) ?? stretchAround(t, LAUNCHER, true);
}

/** Whether `t` holds one of LAUNCHER_WORDS (else LAUNCHER finds nothing in it). */
function mayHoldLauncher(t: string): boolean {
  for (const word of LAUNCHER_WORDS) if (t.includes(word)) return true;
  return false;
}

/**
 * The first stretch around a launcher (at most MAX_LOOKS looked at) that asks to paste, with its pretext and no warning.
 * Beside a console (`atConsole`: PowerShell, Terminal, Win+X — where how-tos also have readers paste), the stretch must
 * show no command, and its pretext is a human check or a fix already copied; the Run box takes any verification.
 */
function stretchAround(t: string, launcher: RegExp, atConsole: boolean): string | null {
  launcher.lastIndex = 0;
  let looks = 0;
  for (let m = launcher.exec(t); m && looks < MAX_LOOKS; m = launcher.exec(t)) {
    looks++;
    const around = t.slice(Math.max(0, m.index - WINDOW), m.index + m[0].length + WINDOW);
    if (!PASTE.test(around) || WARNING.test(around)) continue;
    const asks = atConsole
      ? !SHOWN_COMMAND.test(around) && (HUMAN_CHECK.test(around) || ((FIX.test(around) || PRETEXT.test(around)) && COPIED.test(around)))
      : PRETEXT.test(around) || (FIX.test(around) && COPIED.test(around) && !SHOWN_COMMAND.test(around));
    if (asks) {
      const start = Math.max(0, m.index - 120);
      return t.slice(start, m.index + m[0].length + 120).replace(/\s+/g, ' ').trim();
    }
  }
  return null;
}
