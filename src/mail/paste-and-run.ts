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
/** A paste: the shortcut or the verb (accents removed). */
const PASTE = /\b(?:ctrl|strg|control)\s{0,2}\+\s{0,2}v\b|\b(?:paste|einfugen|coller|collez|pegar|pegue|pega|colar|cole|plakken|plak|incolla|incollare|incollate)\b|貼り付け|ペースト/;
/** The pretext: a check that the reader is human, or a verification. */
const PRETEXT = /\b(?:human|robot|robo|captcha|verif[a-z]{0,10}|mensch|roboter|bestatig[a-z]{0,6}|humain|humano|umano|mens)\b|ロボット|人間|認証/;
/** A warning about the trick rather than the trick. */
const WARNING = /\b(?:never|nie|niemals|jamais|nunca|nooit|mai)\b|絶対に|決して/;
const ACCENTS = /[\u0300-\u036f]/g;
const LATIN_ACCENTED = /[\u00c0-\u024f]/g;

/** The stretch of text that asks the reader to paste into the Run box to verify, or null. */
export function pasteAndRun(text: string): string | null {
  // NFKC (full-width ＋ and letters to plain ones), then accents off Latin letters only: kana must stay composed (ボ, not ホ + ゛).
  const t = text.slice(0, MAX_CHARS).toLowerCase().normalize('NFKC').replace(LATIN_ACCENTED, (c) => c.normalize('NFD').replace(ACCENTS, ''));
  RUN_BOX.lastIndex = 0;
  let looks = 0;
  for (let m = RUN_BOX.exec(t); m && looks < MAX_LOOKS; m = RUN_BOX.exec(t)) {
    looks++;
    const around = t.slice(Math.max(0, m.index - WINDOW), m.index + m[0].length + WINDOW);
    if (PASTE.test(around) && PRETEXT.test(around) && !WARNING.test(around)) {
      const start = Math.max(0, m.index - 120);
      return t.slice(start, m.index + m[0].length + 120).replace(/\s+/g, ' ').trim();
    }
  }
  return null;
}
