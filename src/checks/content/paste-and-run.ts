import type { ParsedMessage } from '../../mail/types.js';
import { commandReported, pasteAndRun, runCommandPretext } from '../../mail/paste-and-run.js';
import { commandLineIn } from '../../files/html/clipboard.js';
import type { Check, CheckOutput, Finding } from '../types.js';

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

export function pasteAndRunCheck(): Check {
  return {
    name: 'content.paste-and-run',
    description: 'The letter asks the reader to open the Run box, paste and press Enter to "verify" (the paste-and-run lure), or to run a download command it shows',
    emits: ['CONTENT_PASTE_AND_RUN', 'CONTENT_COMMAND_TO_RUN'],
    run(msg: ParsedMessage): CheckOutput {
      const stretch = pasteAndRun(msg.visibleText);
      if (stretch) return { findings: [{ id: 'CONTENT_PASTE_AND_RUN', evidence: `"${stretch}"`, data: { stretch } }] };
      const command = commandToRun(msg.visibleText);
      const findings: Finding[] = command ? [{ id: 'CONTENT_COMMAND_TO_RUN', evidence: `"${command}"`, data: { command } }] : [];
      return { findings };
    },
  };
}
