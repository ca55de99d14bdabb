import { controlWordAt } from './control-word.js';

/**
 * The HTML an RTF body encapsulates (MS-OXRTFEX 2.1.3: `{\rtf1 … \fromhtml1 …}`), de-encapsulated: Outlook stores an HTML
 * letter as RTF whose `{\*\htmltagN …}` groups hold the HTML's markup and whose text outside them (not between `\htmlrtf`
 * and `\htmlrtf0`, which is RTF for RTF readers only) is the HTML's text. Outlook shows the HTML, so a .msg whose only
 * body is such an RTF is an HTML letter: its anchors, with the texts they show, are what the reader clicks (issue 17
 * item 8, session 65). `{\*\mhtmltagN}` (the same tag with its MHTML address) and every other destination are skipped, as
 * are the font, colour and style tables. `\'hh` bytes are read in the document's code page (`\ansicpgN`; Windows-1252
 * when none or unknown), `\uN` as Unicode with its `\ucN` fallback characters skipped, `\par` as a line break, `\tab` as a
 * tab. One pass, at most `maxChars` characters; undefined when the RTF encapsulates no HTML (`\fromhtml1` in its header).
 * @example rtfHtml(Buffer.from('{\\rtf1\\ansi\\fromhtml1 {\\*\\htmltag19 <a href="https://x.example/">}Sign in{\\*\\htmltag27 </a>}}'), 1000) // '<a href="https://x.example/">Sign in</a>'
 */
export function rtfHtml(bytes: Uint8Array, maxChars: number): string | undefined {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  // The header (before the first text or tag) names \fromhtml1; a plain or text-encapsulating RTF (\fromtext) is no HTML.
  const head = s.slice(0, HEADER_CHARS);
  if (!/^\s*\{\\rtf1/.test(head) || !/\\fromhtml1(?![0-9])/.test(head)) return undefined;
  const decoder = decoderFor(/\\ansicpg(\d{1,5})/.exec(head)?.[1]);
  let out = '';
  /** Bytes of `\'hh` escapes not yet decoded (a double-byte character is two escapes). */
  let bytesRun: number[] = [];
  const flush = (): void => {
    if (bytesRun.length === 0) return;
    out += decoder.decode(Uint8Array.from(bytesRun));
    bytesRun = [];
  };
  // Per group: whether its text is suppressed (\htmlrtf), whether it is an \htmltag (its text is markup), whether skipped.
  const stack: { suppressed: boolean; tag: boolean; skipped: boolean; uc: number }[] = [];
  let state = { suppressed: false, tag: false, skipped: false, uc: 1 };
  /** Fallback characters still to skip after a \uN. */
  let pending = 0;
  const shown = (): boolean => !state.skipped && (state.tag || !state.suppressed);
  const emit = (t: string): void => {
    if (!shown()) return;
    if (pending > 0) {
      pending--;
      return;
    }
    flush();
    out += t;
  };
  for (let i = 0; i < s.length && out.length < maxChars; ) {
    const c = s[i]!;
    if (c === '{') {
      stack.push(state);
      state = { ...state };
      i++;
      if (!state.skipped) {
        const dest = DESTINATION.exec(s.slice(i, i + 24));
        if (dest) {
          if (dest[1] === 'htmltag') state.tag = true;
          else state.skipped = true;
        } else if (SKIPPED.test(s.slice(i, i + 24))) state.skipped = true;
      }
      continue;
    }
    if (c === '}') {
      state = stack.pop() ?? state;
      pending = 0;
      i++;
      continue;
    }
    if (c === '\\') {
      const next = s[i + 1] ?? '';
      if (next === '\\' || next === '{' || next === '}') {
        emit(next);
        i += 2;
        continue;
      }
      if (next === "'") {
        const code = parseInt(s.slice(i + 2, i + 4), 16);
        i += 4;
        if (!Number.isFinite(code) || !shown()) continue;
        if (pending > 0) pending--;
        else bytesRun.push(code);
        continue;
      }
      const word = controlWordAt(s, i);
      if (!word) {
        if (next === '~') emit('\u00a0');
        i += 2;
        continue;
      }
      i = word.next;
      const { name, arg } = word;
      if (name === 'bin') continue;
      if (name === 'htmlrtf') state.suppressed = arg !== 0;
      else if (name === 'uc' && arg !== undefined) state.uc = Math.max(0, Math.min(arg, 4));
      else if (name === 'u' && arg !== undefined) {
        emit(String.fromCharCode(arg < 0 ? arg + 65536 : arg));
        if (shown()) pending = state.uc;
      } else if (name === 'par' || name === 'line') emit('\r\n');
      else if (name === 'tab') emit('\t');
      continue;
    }
    if (c === '\r' || c === '\n') {
      i++;
      continue;
    }
    emit(c);
    i++;
  }
  flush();
  return out.slice(0, maxChars);
}

/** Characters of the document's start read for its header's control words. */
const HEADER_CHARS = 2048;
/** `{\*\name`: an ignorable destination; \htmltag holds the HTML's markup, every other one (\mhtmltag included) is skipped. */
const DESTINATION = /^\\\*\\([a-z]{1,32})/;
/** Groups whose content is no text: the tables and metadata of the header, pictures and objects. */
const SKIPPED = /^\\(?:fonttbl|colortbl|stylesheet|info|pict|object|objdata|themedata|colorschememapping|datastore|latentstyles|listtable|listoverridetable|rsidtbl|generator|xmlnstbl|fldinst)(?![a-z])/;

/** The code pages Outlook writes (\ansicpgN), by their WHATWG encoding label; Windows-1252 otherwise. */
const CODE_PAGES: Record<string, string> = {
  '874': 'windows-874', '932': 'shift_jis', '936': 'gbk', '949': 'euc-kr', '950': 'big5', '1250': 'windows-1250', '1251': 'windows-1251',
  '1252': 'windows-1252', '1253': 'windows-1253', '1254': 'windows-1254', '1255': 'windows-1255', '1256': 'windows-1256',
  '1257': 'windows-1257', '1258': 'windows-1258', '20932': 'euc-jp', '50220': 'iso-2022-jp', '51932': 'euc-jp', '65001': 'utf-8',
};

function decoderFor(codePage: string | undefined): { decode(bytes: Uint8Array): string } {
  try {
    return new TextDecoder(CODE_PAGES[codePage ?? ''] ?? 'windows-1252');
  } catch {
    return new TextDecoder('windows-1252');
  }
}
