import { controlWordAt } from './control-word.js';

/**
 * The words an RTF document shows (RTF 1.9.1): text runs with the escapes `\'hh` (the document's code page; Windows-1252
 * read here), `\uN` (Unicode, then `\ucN` fallback characters skipped), `\\`, `\{`, `\}`; `\par` and `\line` as line
 * breaks, `\tab` as a blank. Destinations that are not text are skipped whole: `{\*\…}` groups and the font, colour and
 * style tables, document information, pictures, objects and their data, themes. One pass over the bytes, at most
 * `maxChars` characters; a cut or broken file gives what it held up to the break.
 * @example rtfText(Buffer.from('{\\rtf1{\\fonttbl{\\f0 Arial;}}\\f0 View \\b document\\b0\\par}'), 100) // 'View document'
 */
export function rtfText(bytes: Uint8Array, maxChars: number): string {
  return readRtf(bytes, maxChars).text;
}

/** A HYPERLINK field of an RTF document: its target (`\fldinst`), and the text it shows (`\fldrslt`, whitespace collapsed). */
export interface RtfLink {
  href: string;
  text: string;
}

/** Links rtfDocument keeps at most. */
export const MAX_RTF_LINKS = 500;
/** Characters of a field instruction read (a HYPERLINK's address and switches). */
const MAX_FIELD_INSTRUCTION_CHARS = 4096;
/** Characters of a field result kept as a link's text. */
const MAX_LINK_TEXT_CHARS = 1000;

/**
 * The words an RTF document shows (rtfText) and its HYPERLINK fields with the text each shows — `{\field{\*\fldinst
 * HYPERLINK "https://…"}{\fldrslt Sign in}}` — as an HTML anchor's href and text, so the link checks that compare a link's
 * text with its target read an RTF body's links as they read an HTML body's (issue 17 item 8: a winmail.dat's compressed RTF
 * body). A local link (`HYPERLINK \l "bookmark"`) is no link out. At most MAX_RTF_LINKS links; the text is as rtfText's.
 */
export function rtfDocument(bytes: Uint8Array, maxChars: number): { text: string; links: RtfLink[] } {
  return readRtf(bytes, maxChars, []);
}

function readRtf(bytes: Uint8Array, maxChars: number, links?: RtfLink[]): { text: string; links: RtfLink[] } {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let out = '';
  let depth = 0;
  /** Depth at which a skipped destination began (-1: not skipping). */
  let skipFrom = -1;
  /** Fallback characters still to skip after a \uN, and how many each \uN has (\ucN, per group in RTF; kept simple). */
  let pending = 0;
  let uc = 1;
  // With `links`: the field instruction being read (its depth, its text), the address it names, the result being read.
  let instFrom = -1;
  let inst = '';
  let href: string | undefined;
  let resultFrom = -1;
  let resultStart = 0;
  const emit = (t: string): void => {
    if (instFrom >= 0) {
      if (inst.length < MAX_FIELD_INSTRUCTION_CHARS) inst += t;
      return;
    }
    if (skipFrom >= 0) return;
    if (pending > 0) {
      pending--;
      return;
    }
    out += t;
  };
  for (let i = 0; i < s.length && out.length < maxChars; ) {
    const c = s[i]!;
    if (c === '{') {
      depth++;
      i++;
      if (links && skipFrom < 0 && instFrom < 0) {
        // A field's instruction (skipped as text: `HYPERLINK "…"` is no word a reader sees), and its result.
        if (s.startsWith('\\*\\fldinst', i) || s.startsWith('\\fldinst', i)) {
          instFrom = depth;
          inst = '';
          href = undefined;
          continue;
        }
        if (s.startsWith('\\fldrslt', i) && href !== undefined && resultFrom < 0) {
          resultFrom = depth;
          resultStart = out.length;
          continue;
        }
      }
      if (skipFrom < 0 && instFrom < 0 && (s.startsWith('\\*', i) || SKIPPED.test(s.slice(i, i + 16)))) skipFrom = depth;
      continue;
    }
    if (c === '}') {
      if (instFrom >= 0 && depth <= instFrom) {
        instFrom = -1;
        href = hyperlinkTarget(inst);
      }
      if (resultFrom >= 0 && depth <= resultFrom) {
        resultFrom = -1;
        if (links && href !== undefined && links.length < MAX_RTF_LINKS) links.push({ href, text: out.slice(resultStart).replace(/\s+/g, ' ').trim().slice(0, MAX_LINK_TEXT_CHARS) });
        href = undefined;
      }
      if (skipFrom >= 0 && depth <= skipFrom) skipFrom = -1;
      depth = Math.max(0, depth - 1);
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
        if (Number.isFinite(code)) emit(code >= 0x80 && code <= 0x9f ? (WIN_ANSI_HIGH[code - 0x80] ?? '') : String.fromCharCode(code));
        i += 4;
        continue;
      }
      const word = controlWordAt(s, i);
      if (!word) {
        // A control symbol (`\~` non-breaking space, `\-` optional hyphen, `\_`).
        if (next === '~') emit(' ');
        i += 2;
        continue;
      }
      i = word.next;
      const { name, arg } = word;
      if (name === 'bin') continue;
      if (skipFrom >= 0) continue;
      if (instFrom >= 0) {
        // An instruction's words only (its \\uN characters: an address in another script).
        if (name === 'u' && arg !== undefined) emit(String.fromCharCode(arg < 0 ? arg + 65536 : arg));
        continue;
      }
      if (name === 'par' || name === 'line' || name === 'sect' || name === 'page' || name === 'row') out += '\n';
      else if (name === 'tab' || name === 'cell') out += ' ';
      else if (name === 'uc' && arg !== undefined) uc = Math.max(0, Math.min(arg, 4));
      else if (name === 'u' && arg !== undefined) {
        out += String.fromCharCode(arg < 0 ? arg + 65536 : arg);
        pending = uc;
      }
      continue;
    }
    if (c === '\r' || c === '\n') {
      i++;
      continue;
    }
    emit(c);
    i++;
  }
  // A field whose result was cut by maxChars, or which has none: its address is still a link, with the text read so far.
  if (links && href !== undefined && links.length < MAX_RTF_LINKS) links.push({ href, text: resultFrom >= 0 ? out.slice(resultStart).replace(/\s+/g, ' ').trim().slice(0, MAX_LINK_TEXT_CHARS) : '' });
  return { text: out.slice(0, maxChars).replace(/[ \t]+/g, ' ').replace(/ ?\n\s*/g, '\n').trim(), links: links ?? [] };
}

/**
 * The address a field instruction links to: `HYPERLINK "url"` or `HYPERLINK url` (Word's `\o "tip"`, `\t "frame"` switches
 * after it are not the address), undefined for a local link (`\l "bookmark"` only) or another field (PAGE, INCLUDEPICTURE …).
 */
function hyperlinkTarget(instruction: string): string | undefined {
  const m = /^\s*HYPERLINK\s+(?:"([^"]{1,2048})"|([^\s"\\]{1,2048}))/i.exec(instruction);
  const target = (m?.[1] ?? m?.[2])?.trim();
  return target || undefined;
}

/** Groups whose content is no text (a destination of tables, pictures, objects, metadata). */
const SKIPPED = /^\\(?:fonttbl|colortbl|stylesheet|info|pict|object|objdata|themedata|colorschememapping|datastore|latentstyles|listtable|listoverridetable|rsidtbl|generator|xmlnstbl|fldinst)/;

/** Windows-1252's 0x80–0x9F. */
const WIN_ANSI_HIGH = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';
