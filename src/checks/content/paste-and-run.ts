import type { ParsedMessage } from '../../mail/types.js';
import { commandReported, LAUNCHER_WORDS, pasteAndRun, runCommandPretext } from '../../mail/paste-and-run.js';
import { shownText } from '../../mail/shown-text.js';
import { isAscii } from '../../mail/text-chars.js';
import { commandLineIn } from '../../files/html/clipboard.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { headRead, headReadCovers } from './scam-structure.js';

/** The letter's check; the reading itself is mail/paste-and-run.ts (an HTML attachment's page is read with it too). */
export { pasteAndRun };

/** Characters read on each side of a written command for its pretext. */
const COMMAND_WINDOW = 300;

/**
 * A command that hides what it does (lower case): PowerShell with a hidden window or an encoded command, mshta of a web
 * address or script, rundll32 of a web or network address. No how-to a reader is meant to follow is written that way.
 */
const CONCEALED = /\s-(?:w|win|window|windowstyle)\s{1,4}(?:h|hid|hidden|1)\b|\s-e(?:c|nc|ncodedcommand)?\s{1,4}[a-z0-9+/=]{16}|\bmshta(?:\.exe)?["']?\s{1,4}["']?(?:https?:|vbscript:|javascript:|\\\\)|\brundll32(?:\.exe)?\s{1,4}["']?(?:\\\\|https?:)/;
/** A download piped into a Unix shell (curl … | sh): developers' mail has these. */
const UNIX_SHELL_PIPE = /^(?:curl|wget)\b[^|\n]{0,300}\|\s{0,4}(?:ba|z)?sh\b/;

/**
 * The command written in the letter (session 38): what the paste-and-run page puts on the clipboard, shown in the letter
 * itself ("To fix the error, open PowerShell and run: powershell -w hidden -c "iwr … | iex""). A command line that fetches
 * or runs code (files/html/clipboard.ts's COMMANDS) counts when it hides itself (CONCEALED), or when the letter's reason to
 * run it is a human check or an error to fix — not when the text warns about or reports the trick. Installation guides
 * (`irm get.scoop.sh | iex`, Chocolatey's `iex … DownloadString`) give neither reason.
 */
export function commandToRun(text: string): string | null {
  const command = commandLineIn(text);
  if (!command) return null;
  const around = text.slice(Math.max(0, command.at - COMMAND_WINDOW), command.at + command.line.length + COMMAND_WINDOW);
  const concealed = CONCEALED.test(command.line);
  const asked = concealed ? !commandReported(around) : runCommandPretext(around, UNIX_SHELL_PIPE.test(command.line));
  return asked ? command.line.slice(0, 160).replace(/\s+/g, ' ').trim() : null;
}

/**
 * Session 62 (issue 18, helper cpu63): the two readings' first tests asked of headRead's trigrams (head-grams.ts) instead of the
 * text. pasteAndRun asks an ASCII text LAUNCHER_WORD_ANY_CASE (`\bwin(?:dows)?[\s+-]`, "powershell", "terminal", …: ~21 K
 * instructions a message of the SpamAssassin test split) and commandLineIn asks any text COMMAND_WORDS_ANY_CASE ("powershell",
 * "cmd", "curl", … or İ, K: ~28 K), each over the whole shown text, and most mail holds none. Each alternative of either is an
 * ASCII word (without `u`, `i` matches an ASCII letter of the pattern only with itself in either case), so a match holds the
 * word's letters in a row, and their trigrams are in headRead's table when headRead read the whole shown text
 * (headReadCovers; a longer text is read as before). A text that is not ASCII but for INERT_PUNCTUATION (headRead's
 * firstFolding) is folded by pasteAndRun to the same runs of ASCII letters, and asked the launcher gate too. The bracket of
 * İ and K is headRead's `oddLetters`. A gate's "no" is the
 * pattern's "no": the same answers, with no pass over the text.
 */
const LAUNCHER_GRAMS = gramGate(LAUNCHER_WORDS.filter((w) => isAscii(w)));
/** COMMAND_WORDS' words (files/html/clipboard.ts; paste-and-run-gates.test.ts checks that each is here). */
export const COMMAND_WORD_LIST: readonly string[] = ['powershell', 'pwsh', 'mshta', 'cmd', 'curl', 'wget', 'iwr', 'irm', 'rundll32', 'msiexec', 'invoke-'];
const COMMAND_GRAMS = gramGate(COMMAND_WORD_LIST);

/** pasteAndRun and commandToRun of the shown text (the command only when there is no paste-and-run stretch), gated as above. */
export function pasteAndRunReading(msg: ParsedMessage): { stretch: string | null; command: string | null } {
  const text = msg.visibleText;
  let launcherMay = true;
  let commandMay = true;
  if (text !== '') {
    // A text that is not empty is the shown text (shownText), which headRead read whole when it covers it.
    const read = headRead(msg);
    if (headReadCovers(read, msg, shownText(msg))) {
      launcherMay = read.firstFolding >= 0 || gramsMayMatch(LAUNCHER_GRAMS, read.grams);
      commandMay = read.oddLetters || gramsMayMatch(COMMAND_GRAMS, read.grams);
    }
  }
  const stretch = launcherMay ? pasteAndRun(text) : null;
  if (stretch) return { stretch, command: null };
  return { stretch, command: commandMay ? commandToRun(text) : null };
}

export function pasteAndRunCheck(): Check {
  return {
    name: 'content.paste-and-run',
    description: 'The letter asks the reader to open the Run box, paste and press Enter to "verify" (the paste-and-run lure), or to run a download command it shows',
    emits: ['CONTENT_PASTE_AND_RUN', 'CONTENT_COMMAND_TO_RUN'],
    run(msg: ParsedMessage): CheckOutput {
      const { stretch, command } = pasteAndRunReading(msg);
      if (stretch) return { findings: [{ id: 'CONTENT_PASTE_AND_RUN', evidence: `"${stretch}"`, data: { stretch } }] };
      const findings: Finding[] = command ? [{ id: 'CONTENT_COMMAND_TO_RUN', evidence: `"${command}"`, data: { command } }] : [];
      return { findings };
    },
  };
}
