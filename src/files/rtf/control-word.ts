/** A control word: letters, an optional signed number, and the one blank that ends it. */
const CONTROL_WORD = /^([a-z]{1,32})(-?\d{1,10})? ?/;

/** An RTF control word read at a backslash: its name, its number, and where the text after it starts. */
export interface ControlWord {
  name: string;
  arg: number | undefined;
  /** The index after the word (and after a `\binN`'s N bytes of binary data, which are no text). */
  next: number;
}

/**
 * The control word whose backslash is `s[at]` (RTF 1.9.1: `\name`, `\nameN`, `\name-N`, one blank eaten), or undefined for a
 * control symbol (`\~`, `\-`, `\_`, `\*` …), which the caller reads itself. Shared by the text reader (./text.ts) and the
 * HTML de-encapsulation (./html.ts), so both step over a word, and over `\bin`'s data, alike.
 */
export function controlWordAt(s: string, at: number): ControlWord | undefined {
  const word = CONTROL_WORD.exec(s.slice(at + 1, at + 40));
  if (!word) return undefined;
  const name = word[1]!;
  const arg = word[2] === undefined ? undefined : Number(word[2]);
  let next = at + 1 + word[0].length;
  if (name === 'bin' && arg !== undefined && arg > 0) next += arg;
  return { name, arg, next };
}
