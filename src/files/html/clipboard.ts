/**
 * The paste-and-run lure delivered as a page ("ClickFix", issue 17, session 18): an HTML or SVG file whose script puts
 * a command line on the clipboard (`navigator.clipboard.writeText`, `document.execCommand('copy')` after selecting a
 * hidden textarea or input, `clipboardData.setData`) and whose text tells the reader to open the Run box (Win+R), paste
 * (Ctrl+V) and press Enter "to verify you are human". The reader runs the download themselves.
 *
 * Read, never run: the page's string literals (each one, and each run of them with only `+`, commas or brackets between
 * read joined, as `'a' + 'b'` or an array's `.join('')` gives), what `atob` or base64 of them decodes to,
 * and the text of its textareas and the values of its inputs. Session 19: also a command built across statements — what
 * each variable is assigned (`c = '…'`, `c += '…'`, `c = c + '…'`, `c = a + '…'`, a variable between two literals) and
 * the variables a clipboard write joins (`writeText(a + b)`) — and one spelled as character codes (a list of eight or
 * more numbers on a page that calls `String.fromCharCode`, as its arguments or as an array mapped through it). A candidate is a command line when it names a launcher
 * with a download or an encoded command (COMMANDS). A documentation page's "copy" button copies a code sample that is
 * not one; a coupon page copies a code. Bounded: the first MAX_CHARS characters, MAX_LITERALS literals, each candidate's
 * first MAX_CANDIDATE characters; every pattern is linear.
 */
import { readStringLiteral } from './literal.js';

const MAX_CHARS = 200_000;
const MAX_LITERALS = 2_000;
const MAX_CANDIDATE = 4_000;
const MAX_JOINED = 20_000;
const MAX_VARIABLES = 200;
const MAX_CODE_LISTS = 50;
const MAX_CODES = 4_000;
const MAX_WRITES = 20;

/** A script writing to the clipboard, in any case (read on the page as written: no lower-cased copy of it is made). */
const CLIPBOARD_WRITE = /\bclipboard\s{0,4}\.\s{0,4}write(?:text)?\s{0,4}\(|\bexeccommand\s{0,4}\(\s{0,4}["'`]copy["'`]|\bclipboarddata\s{0,4}\.\s{0,4}setdata\s{0,4}\(/i;

/**
 * A command line that fetches or runs code (lower case): PowerShell with an encoded command (its switch may follow the
 * launcher's one blank directly, `powershell -enc …`: session 38), a download or Invoke-Expression; mshta of a web address
 * or script; cmd /c with a download tool; curl/wget/iwr/irm piped into iex or a shell; rundll32 or
 * msiexec of a web or network address. Bounded gaps, no nested repeats.
 */
const COMMANDS: readonly RegExp[] = [
  /\b(?:powershell|pwsh)(?:\.exe)?["']?\s[^\n]{0,300}?(?:(?<=\s)-e(?:c|nc|ncodedcommand)?\s{1,4}[a-z0-9+/=]{16}|\b(?:iex|invoke-expression|iwr|invoke-webrequest|irm|invoke-restmethod|downloadstring|downloadfile|downloaddata|start-bitstransfer|net\.webclient)\b|https?:\/\/)/,
  /\bmshta(?:\.exe)?["']?\s{1,4}["']?(?:https?:|vbscript:|javascript:|\\\\)/,
  /\bcmd(?:\.exe)?["']?\s{1,4}\/[ckr]\s[^\n]{0,300}?\b(?:curl|wget|bitsadmin|certutil|powershell|pwsh|mshta|msiexec|https?:\/\/)/,
  /\b(?:curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod)\b[^|\n]{0,300}\|\s{0,4}(?:iex|invoke-expression|(?:ba|z)?sh)\b/,
  /\brundll32(?:\.exe)?\s{1,4}["']?(?:\\\\|https?:)/,
  /\bmsiexec(?:\.exe)?\s[^\n]{0,60}?\/[iq][a-z]{0,3}\s{1,4}["']?https?:/,
];

/**
 * The launcher words COMMANDS start with, as words (lower case): a text without any is not searched ("confirm" holds "irm",
 * so the bare letters would let most mail through to the six patterns).
 */
export const COMMAND_WORDS = /\b(?:powershell|pwsh|mshta|cmd|curl|wget|iwr|irm|rundll32|msiexec)\b|\binvoke-/;
/**
 * COMMAND_WORDS asked of the text as written, before its lower-case copy is made (session 40: most letters hold none, and
 * the copy was ~2 KB a message): the only characters whose lower case holds ASCII are U+0130 (`i̇`) and U+212A (`k`) — a
 * test checks every code point —, so a text without them holds a COMMAND_WORDS match in lower case exactly when this
 * finds one in any case (ASCII letters only, `\b` unchanged); a text with either goes on to the copy.
 */
const COMMAND_WORDS_ANY_CASE = /\b(?:powershell|pwsh|mshta|cmd|curl|wget|iwr|irm|rundll32|msiexec)\b|\binvoke-|[\u0130\u212a]/i;

/**
 * The first command line of COMMANDS written in a text (a letter's shown text, session 38): where it starts and its first
 * 300 characters, lower case. Bounded: the first MAX_CHARS characters; each pattern's gaps are bounded.
 */
export function commandLineIn(text: string): { at: number; line: string } | undefined {
  const head = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  if (!COMMAND_WORDS_ANY_CASE.test(head)) return undefined;
  const lower = head.toLowerCase();
  if (!COMMAND_WORDS.test(lower)) return undefined;
  for (const re of COMMANDS) {
    const m = re.exec(lower);
    if (m) return { at: m.index, line: lower.slice(m.index, m.index + 300) };
  }
  return undefined;
}

/** String literals: a quote and what follows it (readStringLiteral reads it). */
const QUOTE = /["'`]/g;
/** Textareas' text and inputs' values, where a page puts what `execCommand('copy')` copies after `select()`. */
const TEXTAREA = /<textarea\b[^>]{0,1000}>([^<]{0,4000})/gi;
const INPUT_VALUE = /<input\b[^>]{0,1000}?\svalue\s{0,4}=\s{0,4}(?:"([^"]{0,4000})"|'([^']{0,4000})')/gi;
const BASE64 = /^[A-Za-z0-9+/]{16,}={0,2}$/;
/** What may stand between two pieces of one string: `+`, `,`, brackets, blanks (a short stretch only). */
const JOINER = /^[\s+,[\]()]{0,40}$/;
/** A variable between two pieces of one string (`'a' + b + 'c'`). */
const JOINED_VARIABLE = /^\s{0,4}\+\s{0,4}([\w$]{1,40})\s{0,4}\+\s{0,4}$/;
/**
 * What comes before a string that is assigned, at the end of the stretch before it: `name =`, `name +=`, `name = name +`,
 * `name = other +` (group 1 the name, 2 the operator, 3 the variable added to).
 */
const ASSIGNED = /([\w$]{1,40})\s{0,4}(\+?=)\s{0,4}(?:([\w$]{1,40})\s{0,4}\+\s{0,4})?$/;
/** A clipboard write of variables joined by `+` (`writeText(a + b)`, `setData('text', c)`); group 1 the variables. */
const WRITE_OF_VARIABLES = /\b(?:write(?:text)?|setdata\s{0,4}\(\s{0,4}["'][\w/-]{0,20}["']\s{0,4},)\s{0,4}\(?\s{0,4}([\w$]{1,40}(?:\s{0,4}\+\s{0,4}[\w$]{1,40}){0,20})\s{0,4}\)/gi;
/**
 * A list of character codes (decimal or 0x), as `String.fromCharCode(…)` or an array mapped through it takes them: where
 * one starts (a number and a comma), and each number of it in turn (sticky, with the comma that continues it).
 */
const CODE_LIST_START = /(?:0x[0-9a-f]{1,6}|\d{1,7})\s{0,4},/gi;
const NEXT_CODE = /\s{0,4}(0x[0-9a-f]{1,6}|\d{1,7})\s{0,4}(,?)/iy;
const FROM_CHAR_CODE = /\bfromcharcode\b/i;
/**
 * Session 23: a command encrypted with XOR, decoded by the page as it copies (`String.fromCharCode(c ^ 23)`,
 * `s.charCodeAt(i) ^ 0x5a`, `k.charCodeAt(i % k.length)`): the page names charCodeAt or fromCharCode beside `^`. The keys read
 * are the numbers XORed in the script (`^ 23`, `0x5a ^`) and the string a `key.charCodeAt(i % key.length)` names (a
 * variable's value); each is tried on every code list and every string literal of the page.
 */
const XOR_NEAR_CODES = /charcodeat\s{0,4}\([^)]{0,40}\)\s{0,4}\^|\^\s{0,4}[\w$.]{1,40}\s{0,4}\.\s{0,4}charcodeat\b|fromcharcode\s{0,4}\([^)]{0,80}\^/i;
const XOR_NUMBER = /\^\s{0,4}(0x[0-9a-f]{1,4}|\d{1,5})\b|\b(0x[0-9a-f]{1,4}|\d{1,5})\s{0,4}\^/gi;
const XOR_KEY_STRING = /([\w$]{1,40})\s{0,4}\.\s{0,4}charcodeat\s{0,4}\(\s{0,4}[\w$]{1,40}\s{0,4}%\s{0,4}\1\s{0,4}\.\s{0,4}length\s{0,4}\)/gi;
const MAX_XOR_KEYS = 8;
const MAX_XOR_INPUTS = 200;

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
  // What each variable has been assigned so far, in the page's order (a run assigned to a name sets or extends it).
  const variables = new Map<string, string>();
  let target: { name: string; base: string } | undefined;
  const endRun = (): void => {
    if (target && variables.size < MAX_VARIABLES) variables.set(target.name, (target.base + run).slice(0, MAX_JOINED));
    target = undefined;
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
    const gap = runEnd < 0 ? '' : text.slice(runEnd, Math.min(m.index, runEnd + 200));
    const between = runEnd < 0 ? null : JOINED_VARIABLE.exec(gap);
    if (between && variables.has(between[1]!) && run.length < MAX_JOINED) run += variables.get(between[1]!)!;
    else if (runEnd < 0 || !JOINER.test(gap)) {
      endRun();
      const assigned = ASSIGNED.exec(text.slice(Math.max(0, m.index - 100), m.index));
      if (assigned) {
        const [, name, op, added] = assigned;
        const base = op === '+=' ? (variables.get(name!) ?? '') : added ? (variables.get(added) ?? '') : '';
        target = { name: name!, base };
      }
    }
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
  // What each variable came to, and the variables a clipboard write joins.
  for (const v of variables.values()) {
    candidates.push(v);
    const compact = v.replace(/\s+/g, '');
    if (BASE64.test(compact)) candidates.push(fromBase64(compact) ?? '');
  }
  let writes = 0;
  for (const m of text.matchAll(WRITE_OF_VARIABLES)) {
    if (++writes > MAX_WRITES) break;
    const joined = m[1]!.split('+').map((name) => variables.get(name.trim()) ?? '').join('');
    if (joined) candidates.push(joined);
  }
  const xor = XOR_NEAR_CODES.test(text);
  const codeLists: number[][] | undefined = xor ? [] : undefined;
  if (FROM_CHAR_CODE.test(text) || xor) candidates.push(...charCodeStrings(text, codeLists));
  if (xor) candidates.push(...xorDecoded(text, codeLists!, candidates.filter((c) => c.length >= 8).slice(0, MAX_XOR_INPUTS), variables));
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

/**
 * The strings spelled by lists of eight or more character codes (each a printable character, a tab or a line break). Each
 * list is read once, to its end, whatever it spells: linear. Bounded: MAX_CODE_LISTS strings, MAX_CODES codes in all.
 */
function charCodeStrings(text: string, lists?: number[][]): string[] {
  const out: string[] = [];
  let codes = 0;
  CODE_LIST_START.lastIndex = 0;
  for (let m = CODE_LIST_START.exec(text); m !== null && out.length < MAX_CODE_LISTS && codes < MAX_CODES; m = CODE_LIST_START.exec(text)) {
    // A number inside a word or another number (`x1,`, `1.5,`) starts no list.
    if (/[\w.$]/.test(text[m.index - 1] ?? '')) continue;
    let s = '';
    let printable = true;
    const list: number[] = [];
    NEXT_CODE.lastIndex = m.index;
    let end = m.index;
    for (let c = NEXT_CODE.exec(text); c !== null && codes < MAX_CODES; c = NEXT_CODE.exec(text)) {
      codes++;
      end = NEXT_CODE.lastIndex;
      const code = Number(c[1]);
      if (lists) list.push(code);
      if (printable && isPrintableCode(code)) s += String.fromCharCode(code);
      else printable = false;
      if (!c[2]) break;
    }
    CODE_LIST_START.lastIndex = Math.max(end, CODE_LIST_START.lastIndex);
    if (printable && s.length >= 8) out.push(s);
    // With XOR on the page, the codes as written (printable or not) are kept for xorDecoded.
    if (lists && list.length >= 8) lists.push(list);
  }
  return out;
}

/** A code that stands for a printable character, a tab or a line break. */
function isPrintableCode(code: number): boolean {
  return code === 9 || code === 10 || code === 13 || (code >= 32 && code <= 0xffff && code !== 0x7f);
}

/**
 * What the page's code lists and strings (`inputs`: its literals, runs and variables) come to XORed with each key the script
 * names (XOR_NUMBER's numbers, 1–0xffff; the string of a `key.charCodeAt(i % key.length)`): every one that is printable
 * throughout and at least eight characters long. Bounded: MAX_XOR_KEYS keys, MAX_XOR_INPUTS inputs of eight or more characters,
 * each one's first MAX_CANDIDATE codes; a decoding stops at its first unprintable code.
 */
function xorDecoded(text: string, lists: readonly number[][], inputs: readonly string[], variables: ReadonlyMap<string, string>): string[] {
  const keys: number[][] = [];
  const seen = new Set<string>();
  const addKey = (key: number[]): void => {
    const id = key.join(',');
    if (keys.length < MAX_XOR_KEYS && key.length > 0 && !seen.has(id)) {
      seen.add(id);
      keys.push(key);
    }
  };
  for (const m of text.matchAll(XOR_KEY_STRING)) {
    const value = variables.get(m[1]!);
    if (value) addKey([...value.slice(0, 256)].map((c) => c.charCodeAt(0)));
    if (keys.length >= MAX_XOR_KEYS) break;
  }
  for (const m of text.matchAll(XOR_NUMBER)) {
    const n = Number(m[1] ?? m[2]);
    if (n > 0 && n <= 0xffff) addKey([n]);
    if (keys.length >= MAX_XOR_KEYS) break;
  }
  const out: string[] = [];
  const decode = (codes: ArrayLike<number>, key: readonly number[]): void => {
    const n = Math.min(codes.length, MAX_CANDIDATE);
    let s = '';
    for (let i = 0; i < n; i++) {
      const code = codes[i]! ^ key[i % key.length]!;
      if (!isPrintableCode(code)) return;
      s += String.fromCharCode(code);
    }
    if (s.length >= 8) out.push(s);
  };
  const strings = inputs.map((input) => {
    const codes: number[] = [];
    for (let i = 0; i < Math.min(input.length, MAX_CANDIDATE); i++) codes.push(input.charCodeAt(i));
    return codes;
  });
  for (const key of keys) {
    for (const list of lists) decode(list, key);
    for (const codes of strings) decode(codes, key);
  }
  return out;
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
