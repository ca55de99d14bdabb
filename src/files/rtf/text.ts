/**
 * The words an RTF document shows (RTF 1.9.1): text runs with the escapes `\'hh` (the document's code page; Windows-1252
 * read here), `\uN` (Unicode, then `\ucN` fallback characters skipped), `\\`, `\{`, `\}`; `\par` and `\line` as line
 * breaks, `\tab` as a blank. Destinations that are not text are skipped whole: `{\*\…}` groups and the font, colour and
 * style tables, document information, pictures, objects and their data, themes. One pass over the bytes, at most
 * `maxChars` characters; a cut or broken file gives what it held up to the break.
 * @example rtfText(Buffer.from('{\\rtf1{\\fonttbl{\\f0 Arial;}}\\f0 View \\b document\\b0\\par}'), 100) // 'View document'
 */
export function rtfText(bytes: Uint8Array, maxChars: number): string {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let out = '';
  let depth = 0;
  /** Depth at which a skipped destination began (-1: not skipping). */
  let skipFrom = -1;
  /** Fallback characters still to skip after a \uN, and how many each \uN has (\ucN, per group in RTF; kept simple). */
  let pending = 0;
  let uc = 1;
  const emit = (t: string): void => {
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
      if (skipFrom < 0 && (s.startsWith('\\*', i) || SKIPPED.test(s.slice(i, i + 16)))) skipFrom = depth;
      continue;
    }
    if (c === '}') {
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
      const word = CONTROL_WORD.exec(s.slice(i + 1, i + 40));
      if (!word) {
        // A control symbol (`\~` non-breaking space, `\-` optional hyphen, `\_`).
        if (next === '~') emit(' ');
        i += 2;
        continue;
      }
      i += 1 + word[0].length;
      const name = word[1]!;
      const arg = word[2] === undefined ? undefined : Number(word[2]);
      if (name === 'bin' && arg !== undefined && arg > 0) {
        i += arg;
        continue;
      }
      if (skipFrom >= 0) continue;
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
  return out.slice(0, maxChars).replace(/[ \t]+/g, ' ').replace(/ ?\n\s*/g, '\n').trim();
}

/** A control word: letters, an optional signed number, and the one blank that ends it. */
const CONTROL_WORD = /^([a-z]{1,32})(-?\d{1,10})? ?/;
/** Groups whose content is no text (a destination of tables, pictures, objects, metadata). */
const SKIPPED = /^\\(?:fonttbl|colortbl|stylesheet|info|pict|object|objdata|themedata|colorschememapping|datastore|latentstyles|listtable|listoverridetable|rsidtbl|generator|xmlnstbl|fldinst)/;

/** Windows-1252's 0x80–0x9F. */
const WIN_ANSI_HIGH = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';
