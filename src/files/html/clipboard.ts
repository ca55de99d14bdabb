/**
 * The paste-and-run lure delivered as a page ("ClickFix", issue 17, session 18): an HTML or SVG file whose script puts
 * a command line on the clipboard (`navigator.clipboard.writeText`, `document.execCommand('copy')` after selecting a
 * hidden textarea or input, `clipboardData.setData`) and whose text tells the reader to open the Run box (Win+R), paste
 * (Ctrl+V) and press Enter "to verify you are human". The reader runs the download themselves.
 *
 * Read, never run: the page's string literals (each one, and each run of them with only `+`, commas or brackets between
 * read joined, as `'a' + 'b'` or an array's `.join('')` gives), what `atob` or base64 of them decodes to,
 * and the text of its textareas and the values of its inputs. A candidate is a command line when it names a launcher
 * with a download or an encoded command (COMMANDS). A documentation page's "copy" button copies a code sample that is
 * not one; a coupon page copies a code. Bounded: the first MAX_CHARS characters, MAX_LITERALS literals, each candidate's
 * first MAX_CANDIDATE characters; every pattern is linear.
 */
import { readStringLiteral } from './literal.js';

const MAX_CHARS = 200_000;
const MAX_LITERALS = 2_000;
const MAX_CANDIDATE = 4_000;
const MAX_JOINED = 20_000;

/** A script writing to the clipboard, in any case (read on the page as written: no lower-cased copy of it is made). */
const CLIPBOARD_WRITE = /\bclipboard\s{0,4}\.\s{0,4}write(?:text)?\s{0,4}\(|\bexeccommand\s{0,4}\(\s{0,4}["'`]copy["'`]|\bclipboarddata\s{0,4}\.\s{0,4}setdata\s{0,4}\(/i;

/**
 * A command line that fetches or runs code (lower case): PowerShell with an encoded command, a download or Invoke-Expression;
 * mshta of a web address or script; cmd /c with a download tool; curl/wget/iwr/irm piped into iex or a shell; rundll32 or
 * msiexec of a web or network address. Bounded gaps, no nested repeats.
 */
const COMMANDS: readonly RegExp[] = [
  /\b(?:powershell|pwsh)(?:\.exe)?["']?\s[^\n]{0,300}?(?:\s-e(?:c|nc|ncodedcommand)?\s{1,4}[a-z0-9+/=]{16}|\b(?:iex|invoke-expression|iwr|invoke-webrequest|irm|invoke-restmethod|downloadstring|downloadfile|downloaddata|start-bitstransfer|net\.webclient)\b|https?:\/\/)/,
  /\bmshta(?:\.exe)?["']?\s{1,4}["']?(?:https?:|vbscript:|javascript:|\\\\)/,
  /\bcmd(?:\.exe)?["']?\s{1,4}\/[ckr]\s[^\n]{0,300}?\b(?:curl|wget|bitsadmin|certutil|powershell|pwsh|mshta|msiexec|https?:\/\/)/,
  /\b(?:curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod)\b[^|\n]{0,300}\|\s{0,4}(?:iex|invoke-expression|(?:ba|z)?sh)\b/,
  /\brundll32(?:\.exe)?\s{1,4}["']?(?:\\\\|https?:)/,
  /\bmsiexec(?:\.exe)?\s[^\n]{0,60}?\/[iq][a-z]{0,3}\s{1,4}["']?https?:/,
];

/** String literals: a quote and what follows it (readStringLiteral reads it). */
const QUOTE = /["'`]/g;
/** Textareas' text and inputs' values, where a page puts what `execCommand('copy')` copies after `select()`. */
const TEXTAREA = /<textarea\b[^>]{0,1000}>([^<]{0,4000})/gi;
const INPUT_VALUE = /<input\b[^>]{0,1000}?\svalue\s{0,4}=\s{0,4}(?:"([^"]{0,4000})"|'([^']{0,4000})')/gi;
const BASE64 = /^[A-Za-z0-9+/]{16,}={0,2}$/;
/** What may stand between two pieces of one string: `+`, `,`, brackets, blanks (a short stretch only). */
const JOINER = /^[\s+,[\]()]{0,40}$/;

/** The command line a page puts on the clipboard (at most 300 characters), or undefined. Never throws. */
export function clipboardCommand(html: string): string | undefined {
  const text = html.length > MAX_CHARS ? html.slice(0, MAX_CHARS) : html;
  if (!CLIPBOARD_WRITE.test(text)) return undefined;
  const candidates: string[] = [];
  for (const m of text.matchAll(TEXTAREA)) candidates.push(decodeEntities(m[1]!));
  for (const m of text.matchAll(INPUT_VALUE)) candidates.push(decodeEntities(m[1] ?? m[2]!));
  // String literals in order. Literals with only `+`, `,`, brackets or blanks between them (`'a' + 'b'`, `['a', 'b'].join('')`)
  // are one run, read joined as well: each literal is in one run, so the work stays linear.
  let run = '';
  let runEnd = -1;
  const endRun = (): void => {
    if (run.length === 0) return;
    candidates.push(run);
    if (BASE64.test(run)) candidates.push(fromBase64(run) ?? '');
    run = '';
  };
  let count = 0;
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(text); m !== null && count < MAX_LITERALS; m = QUOTE.exec(text)) {
    // A quote inside a word (don't, l'adresse) in the page's text starts no literal worth reading.
    if (m[0] === "'" && /[a-z]/i.test(text[m.index - 1] ?? '')) continue;
    const literal = readStringLiteral(text, m.index);
    QUOTE.lastIndex = literal.end;
    count++;
    const value = literal.value;
    if (runEnd < 0 || !JOINER.test(text.slice(runEnd, m.index))) endRun();
    runEnd = literal.end;
    if (value.length === 0) continue;
    candidates.push(value);
    const compact = value.replace(/\s+/g, '');
    if (BASE64.test(compact)) {
      const decoded = fromBase64(compact);
      if (decoded) candidates.push(decoded);
    }
    if (run.length < MAX_JOINED) run += value;
  }
  endRun();
  for (const c of candidates) {
    if (c.length < 8) continue;
    const line = c.slice(0, MAX_CANDIDATE).toLowerCase();
    const found = COMMANDS.map((re) => re.exec(line)).find((m) => m !== null);
    if (found) {
      const start = Math.max(0, found.index - 20);
      return c.slice(start, start + 300).replace(/\s+/g, ' ').trim();
    }
  }
  return undefined;
}

/** Base64 to text, or undefined when it is not text (more than one in twenty control characters). */
function fromBase64(s: string): string | undefined {
  const out = Buffer.from(s.slice(0, MAX_CANDIDATE * 2), 'base64').toString('latin1');
  let control = 0;
  for (let i = 0; i < out.length; i++) {
    const c = out.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) control++;
  }
  // UTF-16LE (PowerShell's -EncodedCommand): every other byte is 0; read the other ones.
  if (control * 3 > out.length && /^(?:[^\0]\0){8}/.test(out)) return out.replace(/\0/g, '');
  return control * 20 <= out.length ? out : undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', plus: '+', vert: '|', verbar: '|', sol: '/', bsol: '\\', colon: ':' };

/** The few character references a command is written with (named, decimal, hexadecimal). */
export function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi, (all, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return ENTITIES[name.toLowerCase()] ?? all;
    const cp = dec ? parseInt(dec, 10) : parseInt(hex!, 16);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
  });
}

/** The text a reader can see or a script shows: tags out (scripts' text kept: a modal is often written by one), references read. */
export function pageWords(html: string): string {
  const text = html.length > MAX_CHARS ? html.slice(0, MAX_CHARS) : html;
  return decodeEntities(text.replace(/<[^<>]{0,4000}>/g, ' ')).replace(/\\u002b|\\x2b/gi, '+').replace(/\s+/g, ' ');
}
