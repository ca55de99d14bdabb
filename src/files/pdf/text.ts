import { inflateSync } from 'node:zlib';
import { hexString, literalString } from './syntax.js';

/**
 * The words a PDF shows (issue 17: callback invoices and sextortion letters arrive as a PDF under a body of a few
 * words). Text is drawn by the operators Tj, TJ, ' and " of content streams (ISO 32000-1 §9.4.3) inside BT … ET,
 * with the font chosen by Tf; a font's ToUnicode CMap (§9.10.3: bfchar and bfrange, one- or two-byte codes) says
 * which characters its codes are, otherwise the bytes are read as WinAnsi (Latin-1 with the 0x80–0x9F punctuation).
 * A Type0 font without a CMap draws glyph numbers, which say nothing: its strings are skipped.
 *
 * A reading, not a renderer: fonts are found by resource name over the whole file (two pages that give one name to
 * different fonts read with the first), reading order is object order, and positioning operators become spaces or
 * line breaks. Bounded: streams inflated by count and size, and at most `maxChars` characters come out (reaching it
 * is not an error). Broken input yields what could be read, never an exception.
 */

export interface PdfTextLimits {
  /** Characters of text returned at most. */
  maxChars: number;
  maxStreams: number;
  maxStreamBytes: number;
  maxTotalInflated: number;
}

export interface PdfText {
  text: string;
  /** The text stopped at maxChars, or a stream limit left streams unread. */
  truncated: boolean;
}

interface PdfObject {
  dict: string;
  /** Raw stream bytes, when the object is a stream. */
  raw?: Uint8Array;
}

interface CMap {
  codeLength: 1 | 2;
  map: Map<number, string>;
}

/** Objects read at most (a hostile file can declare millions). */
const MAX_OBJECTS = 20_000;
/** Entries of one CMap at most (a two-byte code space has 65,536). */
const MAX_CMAP_ENTRIES = 65_536;
/** Fonts read per document: a hostile file can declare thousands that share one huge CMap and /W array. */
const MAX_FONTS = 256;
/**
 * CMap and width entries made per document, all fonts together: each font alone is bounded by MAX_CMAP_ENTRIES, but
 * MAX_FONTS of them at that bound would be millions of Map entries (a 2 MB file of 20,000 such fonts exhausted the
 * heap before these bounds).
 */
const MAX_DOCUMENT_ENTRIES = 1 << 18;
/** Operands kept before an operator (a TJ array with kerning is long; a hostile one is endless). */
const MAX_OPERANDS = 4096;
/** A gap in a TJ array wider than this (thousandths of an em) is a space between words. */
const TJ_SPACE = 180;

/** WinAnsiEncoding's 0x80–0x9F (Latin-1 has control characters there). */
const WIN_ANSI_HIGH = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

/**
 * The text a PDF shows, bounded.
 * @example pdfText(bytes, { maxChars: 16_384, maxStreams: 500, maxStreamBytes: 8 << 20, maxTotalInflated: 64 << 20 }).text
 */
export function pdfText(bytes: Uint8Array, limits: PdfTextLimits): PdfText {
  const state = { streams: 0, inflated: 0, truncated: false };
  try {
    const src = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    const objects = readObjects(src, bytes);
    const decoded = new Map<number, string | null>();
    const decode = (num: number): string | null => {
      if (decoded.has(num)) return decoded.get(num)!;
      const obj = objects.get(num);
      const out = obj?.raw ? decodeStream(obj.dict, obj.raw, limits, state) : null;
      decoded.set(num, out);
      return out;
    };
    // Objects inside object streams (§7.5.7): where modern writers keep font dictionaries.
    for (const [num, obj] of [...objects]) {
      if (!obj.raw || !/\/Type\s*\/ObjStm/.test(obj.dict)) continue;
      const data = decode(num);
      if (data) readObjectStream(obj.dict, data, objects);
    }
    // Fonts: object number → how to read its strings; resource name → font object.
    const fonts = new Map<number, FontInfo>();
    const fontNames = new Map<string, number>();
    // Fonts sharing one ToUnicode stream share its parsed CMap; all fonts draw on one entry budget.
    const cmaps = new Map<number, CMap | null>();
    const budget: EntryBudget = { left: MAX_DOCUMENT_ENTRIES };
    const fontDictsRead = new Set<string>();
    for (const [num, obj] of objects) {
      const dict = obj.dict;
      if (fonts.size < MAX_FONTS && (/\/Type\s*\/Font\b/.test(dict) || /\/ToUnicode\b/.test(dict))) {
        const ref = /\/ToUnicode\s+(\d+)\s+\d+\s+R/.exec(dict);
        let cmap: CMap | null = null;
        if (ref) {
          const refNum = Number(ref[1]);
          if (!cmaps.has(refNum)) {
            const cmapText = decode(refNum);
            cmaps.set(refNum, cmapText ? parseCMap(cmapText, budget) : null);
          }
          cmap = cmaps.get(refNum)!;
        }
        fonts.set(num, fontInfo(dict, cmap, objects, budget));
      }
      for (const m of dict.matchAll(/\/Font\s*(?:<<([^<>]*)>>|(\d+)\s+\d+\s+R)/g)) {
        // A font resource dictionary referred to by many pages is read once (a hostile file refers to one large one from every object).
        if (m[2] !== undefined) {
          if (fontDictsRead.has(m[2])) continue;
          fontDictsRead.add(m[2]);
        }
        const entries = m[1] ?? objects.get(Number(m[2]))?.dict ?? '';
        for (const e of entries.matchAll(/\/([^\s/<>[\]()]+)\s+(\d+)\s+\d+\s+R/g)) if (!fontNames.has(e[1]!)) fontNames.set(e[1]!, Number(e[2]));
      }
    }
    const out: string[] = [];
    let chars = 0;
    const emit = (s: string): boolean => {
      if (chars + s.length >= limits.maxChars) {
        out.push(s.slice(0, limits.maxChars - chars));
        chars = limits.maxChars;
        state.truncated = true;
        return false;
      }
      out.push(s);
      chars += s.length;
      return true;
    };
    for (const [num, obj] of objects) {
      if (!obj.raw || /\/Subtype\s*\/(?:Image|Type1C|CIDFontType0C|OpenType)|\/Length[123]\b|\/Type\s*\/(?:ObjStm|XRef|EmbeddedFile|Metadata)/.test(obj.dict)) continue;
      const content = decode(num);
      if (!content || !/\bBT\b/.test(content) || content.includes('begincmap')) continue;
      const font = (name: string): FontInfo | undefined => {
        const ref = fontNames.get(name);
        return ref === undefined ? undefined : fonts.get(ref);
      };
      if (!readContent(content, font, emit)) break;
      if (!emit('\n')) break;
    }
    const text = out.join('').replace(/[ \t\u00a0]+/g, ' ').replace(/ ?\n[\s]*/g, '\n').trim();
    return { text, truncated: state.truncated };
  } catch {
    // A reading must never break the analysis: what it could not read is simply not there.
    return { text: '', truncated: true };
  }
}

/** `N G obj … endobj`, with a stream's raw bytes; a missing `endobj` ends at the next object. */
function readObjects(src: string, bytes: Uint8Array): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  // (?<!\d): a number starts where digits start. Without it a long run of digits was tried from each of its digits, each
  // try running to the run's end (32 KB of '0' took 4.4 s); a match can only start at a run's first digit anyway.
  const re = /(?<!\d)(\d+)\s+\d+\s+obj\b/g;
  let m: RegExpExecArray | null;
  // The next `endobj` and `stream` at or after the last search, found again only once passed: searching from every
  // object to the end of the file is quadratic when a file has thousands of objects and no (more) streams.
  let endobj = -2;
  let streamAt = -2;
  while ((m = re.exec(src)) && objects.size < MAX_OBJECTS) {
    const start = m.index + m[0].length;
    if (endobj !== -1 && endobj < start) endobj = src.indexOf('endobj', start);
    if (streamAt !== -1 && streamAt < start) streamAt = src.indexOf('stream', start);
    const num = Number(m[1]);
    if (streamAt >= 0 && (endobj < 0 || streamAt < endobj)) {
      let dataStart = streamAt + 6;
      if (src[dataStart] === '\r') dataStart++;
      if (src[dataStart] === '\n') dataStart++;
      let dataEnd = src.indexOf('endstream', dataStart);
      if (dataEnd < 0) dataEnd = src.length;
      objects.set(num, { dict: src.slice(start, Math.min(streamAt, start + 65_536)), raw: bytes.subarray(dataStart, dataEnd) });
      re.lastIndex = Math.min(src.length, dataEnd + 9);
    } else {
      const end = endobj < 0 ? Math.min(src.length, start + 65_536) : endobj;
      objects.set(num, { dict: src.slice(start, Math.min(end, start + 65_536)) });
      if (endobj >= 0) re.lastIndex = endobj + 6;
    }
  }
  return objects;
}

/** The objects of an object stream: `/N` pairs of number and offset, then the objects from `/First`. */
function readObjectStream(dict: string, data: string, objects: Map<number, PdfObject>): void {
  const n = Number(/\/N\s+(\d+)/.exec(dict)?.[1] ?? 0);
  const first = Number(/\/First\s+(\d+)/.exec(dict)?.[1] ?? -1);
  if (first < 0 || first > data.length) return;
  const header = data.slice(0, first).trim().split(/\s+/).map(Number);
  const count = Math.min(n, header.length >> 1);
  for (let i = 0; i < count && objects.size < MAX_OBJECTS; i++) {
    const num = header[2 * i]!;
    const at = first + header[2 * i + 1]!;
    const end = i + 1 < count ? first + header[2 * i + 3]! : data.length;
    if (!Number.isFinite(at) || !Number.isFinite(end) || at < first || end < at) continue;
    if (!objects.has(num)) objects.set(num, { dict: data.slice(at, Math.min(end, at + 65_536)) });
  }
}

/** A stream's bytes as Latin-1 text: unfiltered, or FlateDecode inflated within the limits; other filters are not read. */
function decodeStream(dict: string, raw: Uint8Array, limits: PdfTextLimits, state: { streams: number; inflated: number; truncated: boolean }): string | null {
  const filter = /\/Filter\s*(?:\[([^[\]]*)\]|\/(\w+))/.exec(dict);
  if (!filter) return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1');
  const names = filter[2] ? [filter[2]] : [...(filter[1] ?? '').matchAll(/\/(\w+)/g)].map((n) => n[1]!);
  if (names.length !== 1 || !/^(?:FlateDecode|Fl)$/.test(names[0]!)) return null;
  if (state.streams >= limits.maxStreams || state.inflated >= limits.maxTotalInflated) {
    state.truncated = true;
    return null;
  }
  state.streams++;
  try {
    // Z_SYNC_FLUSH as finishFlush: a truncated stream gives what it holds instead of an error.
    const out = inflateSync(raw, { maxOutputLength: Math.max(1, Math.min(limits.maxStreamBytes, limits.maxTotalInflated - state.inflated)), finishFlush: 2 });
    state.inflated += out.length;
    return out.toString('latin1');
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') state.truncated = true;
    return null;
  }
}

/** UTF-16BE hex (a CMap's destination) as a string. */
function utf16Hex(hex: string): string {
  const h = hex.replace(/[^0-9a-fA-F]/g, '');
  let s = '';
  for (let i = 0; i + 4 <= h.length; i += 4) s += String.fromCharCode(parseInt(h.slice(i, i + 4), 16));
  if (h.length === 2) s = String.fromCharCode(parseInt(h, 16));
  return s;
}

/** What is left of a document's CMap and width entries (MAX_DOCUMENT_ENTRIES). */
export interface EntryBudget {
  left: number;
}

/**
 * The text between each `open` and the next `close`, in order: what `/open([\s\S]*?)close/g` matched, by two searches per
 * block. The lazy pattern ran from every `open` to the end when no `close` followed (100 KB of `beginbfchar` in a CMap
 * took 0.3 s, quadratic); once no `close` follows one `open`, none follows a later one.
 */
export function* blocks(text: string, open: string, close: string): Generator<string> {
  for (let at = 0; ; ) {
    const start = text.indexOf(open, at);
    if (start < 0) return;
    const end = text.indexOf(close, start + open.length);
    if (end < 0) return;
    yield text.slice(start + open.length, end);
    at = end + close.length;
  }
}

/** A ToUnicode CMap's bfchar and bfrange entries (§9.10.3), bounded by MAX_CMAP_ENTRIES and by the document's budget. */
export function parseCMap(text: string, budget: EntryBudget = { left: MAX_CMAP_ENTRIES }): CMap | null {
  const map = new Map<number, string>();
  const before = budget.left;
  const cap = Math.min(MAX_CMAP_ENTRIES, Math.max(0, budget.left));
  const space = /begincodespacerange\s*<([0-9a-fA-F\s]*)>/.exec(text);
  let codeLength: 1 | 2 | undefined = space ? (space[1]!.replace(/\s/g, '').length > 2 ? 2 : 1) : undefined;
  for (const block of blocks(text, 'beginbfchar', 'endbfchar')) {
    const hexes = [...block.matchAll(/<([0-9a-fA-F\s]*)>/g)].map((h) => h[1]!.replace(/\s/g, ''));
    for (let i = 0; i + 1 < hexes.length && map.size < cap; i += 2) {
      codeLength ??= hexes[i]!.length > 2 ? 2 : 1;
      map.set(parseInt(hexes[i]! || '0', 16), utf16Hex(hexes[i + 1]!));
    }
  }
  for (const block of blocks(text, 'beginbfrange', 'endbfrange')) {
    const tokens = [...block.matchAll(/<([0-9a-fA-F\s]*)>|\[|\]/g)].map((t) => (t[1] === undefined ? t[0] : t[1].replace(/\s/g, '')));
    let i = 0;
    while (i + 2 < tokens.length && map.size < cap) {
      const lo = parseInt(tokens[i]! || '0', 16);
      const hi = parseInt(tokens[i + 1]! || '0', 16);
      codeLength ??= tokens[i]!.length > 2 ? 2 : 1;
      if (tokens[i + 2] === '[') {
        let k = i + 3;
        for (let code = lo; k < tokens.length && tokens[k] !== ']'; k++, code++) if (code <= hi && map.size < cap) map.set(code, utf16Hex(tokens[k]!));
        i = k + 1;
        continue;
      }
      const dst = utf16Hex(tokens[i + 2]!);
      if (dst && hi >= lo && hi - lo < MAX_CMAP_ENTRIES) {
        // The last UTF-16 unit of the destination counts up with the code.
        const head = dst.slice(0, -1);
        const last = dst.charCodeAt(dst.length - 1);
        for (let code = lo; code <= hi && map.size < cap; code++) map.set(code, head + String.fromCharCode((last + code - lo) & 0xffff));
      }
      i += 3;
    }
  }
  budget.left = before - map.size;
  return map.size > 0 ? { codeLength: codeLength ?? 1, map } : null;
}

type Operand = string | number | { name: string } | Operand[];

/** What reading a font's strings needs: its CMap, code length and glyph widths (thousandths of an em). */
export interface FontInfo {
  cmap?: CMap;
  /** A Type0 font without a CMap: its codes are glyph numbers, which say nothing. */
  glyphsOnly: boolean;
  codeLength: 1 | 2;
  widths: Map<number, number>;
  defaultWidth: number;
  widthsKnown: boolean;
}

/** A glyph's width when the font gives none (an average Latin glyph). */
const UNKNOWN_WIDTH = 500;

/** Axis-aligned part of a matrix (rotation and skew are rare in text and ignored). */
interface Box {
  a: number;
  d: number;
  e: number;
  f: number;
}

/**
 * The shown strings of one content stream, passed to `emit` (which says false when the cap is reached). Where each
 * string starts is followed (Td, TD, Tm, T*, cm, q/Q, the widths of the glyphs shown and TJ's adjustments), so that a
 * writer who places every glyph on its own (Chrome's Skia does) reads as words, and a gap wider than a space or a
 * move to another line separates them.
 */
function readContent(src: string, fontOf: (name: string) => FontInfo | undefined, emit: (s: string) => boolean): boolean {
  let font: FontInfo | undefined;
  let size = 1;
  let leading = 0;
  let ctm: Box = { a: 1, d: 1, e: 0, f: 0 };
  const saved: Box[] = [];
  let lm: Box = { a: 1, d: 1, e: 0, f: 0 };
  let tm: Box = { ...lm };
  let prev: { x: number; y: number } | undefined;
  const stack: Operand[][] = [[]];
  const ux = (x: number): number => ctm.a * x + ctm.e;
  const uy = (y: number): number => ctm.d * y + ctm.f;
  const show = (s: string): boolean => {
    const em = Math.abs(size * tm.a * ctm.a) || 1;
    const x = ux(tm.e);
    const y = uy(tm.f);
    let sep = '';
    if (prev) {
      if (Math.abs(y - prev.y) > 0.5 * (Math.abs(size * tm.d * ctm.d) || 1)) sep = '\n';
      else if (Math.abs(x - prev.x) > (font?.widthsKnown ? 0.15 : 0.3) * em) sep = ' ';
    }
    let text = '';
    let advance = 0;
    const len = font?.codeLength ?? 1;
    for (let i = 0; i + len <= s.length; i += len) {
      const code = len === 2 ? (s.charCodeAt(i) << 8) | s.charCodeAt(i + 1) : s.charCodeAt(i);
      advance += font ? (font.widths.get(code) ?? font.defaultWidth) : UNKNOWN_WIDTH;
      if (font?.glyphsOnly) continue;
      const u = font?.cmap?.map.get(code);
      text += u ?? (len === 1 ? winAnsi(code) : '');
    }
    tm.e += (advance / 1000) * size * tm.a;
    prev = { x: ux(tm.e), y };
    return text === '' || emit(sep + text);
  };
  const nextLine = (): void => {
    lm.f -= leading * lm.d;
    tm = { ...lm };
  };
  const n = src.length;
  let i = 0;
  while (i < n) {
    const c = src.charCodeAt(i);
    const operands = stack[stack.length - 1]!;
    if (c <= 32) {
      i++;
    } else if (c === 0x25 /* % */) {
      while (i < n && src[i] !== '\n' && src[i] !== '\r') i++;
    } else if (c === 0x28 /* ( */) {
      const [s, next] = literalString(src, i);
      if (operands.length < MAX_OPERANDS) operands.push(s);
      i = next;
    } else if (c === 0x3c /* < */) {
      if (src[i + 1] === '<') {
        i += 2;
        continue;
      }
      const end = src.indexOf('>', i);
      const stop = end < 0 ? n : end;
      if (operands.length < MAX_OPERANDS) operands.push(hexString(src.slice(i + 1, stop)));
      i = stop + 1;
    } else if (c === 0x3e /* > */) {
      i++;
    } else if (c === 0x5b /* [ */) {
      if (stack.length < 8) stack.push([]);
      i++;
    } else if (c === 0x5d /* ] */) {
      if (stack.length > 1) {
        const arr = stack.pop()!;
        const outer = stack[stack.length - 1]!;
        if (outer.length < MAX_OPERANDS) outer.push(arr);
      }
      i++;
    } else if (c === 0x2f /* / */) {
      let j = i + 1;
      while (j < n && !DELIMITER.test(src[j]!)) j++;
      if (operands.length < MAX_OPERANDS) operands.push({ name: src.slice(i + 1, j) });
      i = j;
    } else if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e) {
      let j = i + 1;
      while (j < n && /[0-9.]/.test(src[j]!)) j++;
      if (operands.length < MAX_OPERANDS) operands.push(Number(src.slice(i, j)) || 0);
      i = j;
    } else {
      let j = i + 1;
      while (j < n && !DELIMITER.test(src[j]!)) j++;
      const op = src.slice(i, j);
      i = j;
      // Operators end any array left open by broken input.
      while (stack.length > 1) stack.pop();
      const ops = stack[0]!;
      const num = (k: number): number => {
        const v = ops[ops.length - k];
        return typeof v === 'number' ? v : 0;
      };
      const str = (k: number): string | undefined => {
        const v = ops[ops.length - k];
        return typeof v === 'string' ? v : undefined;
      };
      let ok = true;
      switch (op) {
        case 'Tf': {
          const name = ops[ops.length - 2];
          if (name && typeof name === 'object' && !Array.isArray(name)) font = fontOf(name.name);
          size = num(1) || 1;
          break;
        }
        case 'Tj':
          if (str(1) !== undefined) ok = show(str(1)!);
          break;
        case "'":
          nextLine();
          if (str(1) !== undefined) ok = show(str(1)!);
          break;
        case '"':
          nextLine();
          if (str(1) !== undefined) ok = show(str(1)!);
          break;
        case 'TJ': {
          const arr = ops[ops.length - 1];
          if (Array.isArray(arr)) {
            for (const el of arr) {
              if (typeof el === 'string') ok = show(el);
              else if (typeof el === 'number') tm.e -= (el / 1000) * size * tm.a;
              if (!ok) break;
            }
          }
          break;
        }
        case 'TD':
        case 'Td':
          if (op === 'TD') leading = -num(1);
          lm.e += num(2) * lm.a;
          lm.f += num(1) * lm.d;
          tm = { ...lm };
          break;
        case 'TL':
          leading = num(1);
          break;
        case 'T*':
          nextLine();
          break;
        case 'Tm':
          lm = { a: num(6) || 1, d: num(3) || 1, e: num(2), f: num(1) };
          tm = { ...lm };
          break;
        case 'BT':
          lm = { a: 1, d: 1, e: 0, f: 0 };
          tm = { ...lm };
          break;
        case 'cm': {
          const a = num(6) || 1;
          const d = num(3) || 1;
          ctm = { a: a * ctm.a, d: d * ctm.d, e: num(2) * ctm.a + ctm.e, f: num(1) * ctm.d + ctm.f };
          break;
        }
        case 'q':
          if (saved.length < 64) saved.push({ ...ctm });
          break;
        case 'Q':
          ctm = saved.pop() ?? ctm;
          break;
        case 'BI': {
          // Inline image data is binary until EI.
          const ei = src.indexOf('EI', i);
          i = ei < 0 ? n : ei + 2;
          break;
        }
      }
      if (!ok) return false;
      ops.length = 0;
    }
  }
  return true;
}

const DELIMITER = /[\s/<>[\]()%{}]/;

/** The text inside the `[ … ]` that follows `key` in `dict` (or in the object it refers to), bounded. */
function arrayAfter(dict: string, key: string, objects: Map<number, PdfObject>): string {
  const m = new RegExp(`${key}\\s*(?:(\\[)|(\\d+)\\s+\\d+\\s+R)`).exec(dict);
  if (!m) return '';
  const text = m[1] ? dict.slice(m.index + m[0].length - 1) : (objects.get(Number(m[2]))?.dict ?? '').trimStart();
  if (text[0] !== '[') return '';
  let depth = 0;
  for (let i = 0; i < text.length && i < 200_000; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return text.slice(1, i);
  }
  return '';
}

/** The reading of one font dictionary: its CMap, code length and widths (simple fonts' /Widths, CID fonts' /W). */
export function fontInfo(dict: string, cmap: CMap | null, objects: Map<number, PdfObject>, budget: EntryBudget = { left: MAX_CMAP_ENTRIES }): FontInfo {
  const type0 = /\/Subtype\s*\/Type0/.test(dict);
  const info: FontInfo = { glyphsOnly: !cmap && type0, codeLength: cmap?.codeLength ?? (type0 ? 2 : 1), widths: new Map(), defaultWidth: UNKNOWN_WIDTH, widthsKnown: false, ...(cmap ? { cmap } : {}) };
  const cap = Math.min(MAX_CMAP_ENTRIES, Math.max(0, budget.left));
  if (type0) {
    // /DescendantFonts [N 0 R] (or a reference to that array, or the dictionary inline): the CIDFont holds /W and /DW.
    const arr = arrayAfter(dict, '/DescendantFonts', objects);
    const ref = /(?<!\d)(\d+)\s+\d+\s+R/.exec(arr);
    const cid = ref ? (objects.get(Number(ref[1]))?.dict ?? '') : arr;
    info.defaultWidth = Number(/\/DW\s+(\d+)/.exec(cid)?.[1] ?? 1000);
    const tokens = arrayAfter(cid, '/W', objects).match(/\[|\]|-?[\d.]+/g) ?? [];
    let k = 0;
    while (k + 1 < tokens.length && info.widths.size < cap) {
      const first = Number(tokens[k]);
      if (tokens[k + 1] === '[') {
        let j = k + 2;
        for (let code = first; j < tokens.length && tokens[j] !== ']'; j++, code++) if (info.widths.size < cap) info.widths.set(code, Number(tokens[j]));
        k = j + 1;
      } else {
        const last = Number(tokens[k + 1]);
        const w = Number(tokens[k + 2]);
        for (let code = first; code <= last && code - first < MAX_CMAP_ENTRIES && info.widths.size < cap; code++) info.widths.set(code, w);
        k += 3;
      }
    }
    info.widthsKnown = true;
  } else {
    const first = Number(/\/FirstChar\s+(\d+)/.exec(dict)?.[1] ?? 0);
    const widths = arrayAfter(dict, '/Widths', objects).match(/-?[\d.]+/g) ?? [];
    widths.slice(0, Math.min(256, cap)).forEach((w, k) => info.widths.set(first + k, Number(w)));
    info.widthsKnown = widths.length > 0;
  }
  budget.left -= info.widths.size;
  return info;
}

function winAnsi(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return WIN_ANSI_HIGH[code - 0x80]!;
  if (code < 32) return code === 9 || code === 10 || code === 13 ? ' ' : '';
  return String.fromCharCode(code);
}


