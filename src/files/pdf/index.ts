import { inflateSync } from 'node:zlib';
import { openPdf, type PdfEncryptionFacts } from './decrypt.js';
import { decodeName } from './syntax.js';

/**
 * PDF triage in the manner of Didier Stevens' pdfid: count the names that make a PDF act (ISO 32000-1
 * §12.6 actions, §7.11.4 embedded files), after undoing `#xx` escapes in names (§7.3.5: `/J#61vaScript`
 * is `/JavaScript`), and look inside FlateDecode streams too, since object streams (§7.5.7) hide
 * dictionaries there. Streams are inflated with explicit count and size bounds.
 */

export interface PdfFacts {
  /** Count of each interesting name (decoded), only those present. */
  names: Record<string, number>;
  /** Names written with `#xx` escapes (decoded form), which legitimate writers do not use for these keys. */
  obfuscatedNames: string[];
  /** URIs of /URI actions (bounded). */
  uris: string[];
  /** Names of embedded files (/F or /UF of filespecs near /EmbeddedFile; bounded). */
  embeddedFileNames: string[];
  /** Launch action targets (/F or /Win /F of a /Launch), bounded. */
  launchTargets: string[];
  /** JavaScript snippets (first 200 characters each, bounded). */
  javascript: string[];
  /** Embedded file streams' decoded bytes, for recursive analysis (bounded by the caller's limits). */
  embeddedFiles: { name: string; data: Uint8Array }[];
  /**
   * The shape of the document (what a "blurred document" lure is made of): pages (`/Type /Page`), image XObjects, font
   * dictionaries, and the largest link annotation (`/Subtype /Link`) as a share (0–1) of the largest page (/MediaBox).
   */
  shape: PdfShape;
  streamsInflated: number;
  /** Stream inflation stopped at a limit. */
  limitHit: boolean;
  /** The file has an /Encrypt entry (whether or not it could be opened: see `encryption`). */
  encrypted: boolean;
  /**
   * An encrypted file's handler, cipher and whether it was opened (decrypt.ts), and with what: no password or the letter's.
   * An opened file's names, links, script, shape and embedded files above are read from its decrypted copy.
   */
  encryption?: PdfEncryptionFacts;
}

/** An encrypted PDF that stays locked: its streams and strings are ciphertext, nothing of its content can be read. */
export function pdfLocked(facts: Pick<PdfFacts, 'encrypted' | 'encryption'>): boolean {
  return facts.encrypted && !facts.encryption?.opened;
}

/** The decrypted copy an analysis read, by its facts (for the text reader; weakly held). */
const decryptedCopies = new WeakMap<PdfFacts, Uint8Array>();

/** The bytes to read a PDF's content from: the decrypted copy when analyzePdf opened it, else the file's own. */
export function pdfContentBytes(facts: PdfFacts, bytes: Uint8Array): Uint8Array {
  return decryptedCopies.get(facts) ?? bytes;
}

export interface PdfShape {
  pages: number;
  images: number;
  fonts: number;
  /** Largest /MediaBox area in square points (0: none found). */
  pageArea: number;
  /** Largest /Rect area of a link annotation in square points (0: none). */
  linkArea: number;
}

const INTERESTING = ['JavaScript', 'JS', 'OpenAction', 'AA', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'URI', 'AcroForm', 'XFA', 'RichMedia', 'ObjStm', 'Encrypt', 'SubmitForm', 'ImportData', 'GoToR', 'GoToE'];
const INTERESTING_SET = new Set(INTERESTING);
/** A trailer's /Encrypt entry (a reference or a dictionary): the file's strings and streams are encrypted. */
const ENCRYPT_NAME = /\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/;

export interface PdfLimits {
  maxStreams: number;
  maxStreamBytes: number;
  maxTotalInflated: number;
}

/**
 * Analyses a PDF. Linear in its size plus the bounded inflated streams. An encrypted one (/Encrypt) is opened with the
 * empty password or one of `passwords` (the letter's) when the Standard handler's check value says one is right, and its
 * decrypted copy is read instead (decrypt.ts).
 * @example analyzePdf(buf, { maxStreams: 500, maxStreamBytes: 8 << 20, maxTotalInflated: 64 << 20 }).names.JavaScript
 */
export function analyzePdf(bytes: Uint8Array, limits: PdfLimits, passwords: readonly string[] = []): PdfFacts {
  const facts: PdfFacts = { names: {}, obfuscatedNames: [], uris: [], embeddedFileNames: [], launchTargets: [], javascript: [], embeddedFiles: [], shape: { pages: 0, images: 0, fonts: 0, pageArea: 0, linkArea: 0 }, streamsInflated: 0, limitHit: false, encrypted: false };
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (ENCRYPT_NAME.test(text)) {
    // The copy is at most twice the file (a string becomes hex) and within what inflation may use besides.
    const opening = openPdf(bytes, passwords, { maxOutputBytes: Math.max(bytes.byteLength, Math.min(2 * bytes.byteLength + 65_536, bytes.byteLength + limits.maxTotalInflated)) });
    facts.encryption = opening.facts;
    if (opening.limitHit) facts.limitHit = true;
    if (opening.bytes) {
      bytes = opening.bytes;
      text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
      decryptedCopies.set(facts, bytes);
    }
  }
  scanText(text, facts);
  scanShape(text, facts.shape);
  let total = 0;
  // stream … endstream bodies; the dictionary before says whether it is FlateDecode.
  const streamRe = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = streamRe.exec(text))) {
    const dictStart = lastIndexWithin(text, '<<', m.index, 4096);
    const dict = dictStart >= 0 ? text.slice(dictStart, m.index) : '';
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    streamRe.lastIndex = end + 9;
    if (!/\/(?:Fl|F#6c)\w*|FlateDecode/.test(dict) || /\/DCTDecode|\/JPXDecode/.test(dict)) {
      if (/\/Type\s*\/EmbeddedFile/.test(dict) && facts.embeddedFiles.length < 10) facts.embeddedFiles.push({ name: '', data: bytes.subarray(start, end) });
      continue;
    }
    if (facts.streamsInflated >= limits.maxStreams || total >= limits.maxTotalInflated) {
      facts.limitHit = true;
      break;
    }
    let inflated: Buffer;
    try {
      inflated = inflateSync(bytes.subarray(start, end), { maxOutputLength: Math.min(limits.maxStreamBytes, limits.maxTotalInflated - total), finishFlush: 2 });
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') facts.limitHit = true;
      continue;
    }
    facts.streamsInflated++;
    total += inflated.length;
    if (/\/Type\s*\/EmbeddedFile/.test(dict)) {
      if (facts.embeddedFiles.length < 10) facts.embeddedFiles.push({ name: '', data: inflated });
      continue;
    }
    // Content streams are mostly drawing operators; only scan ones that look like objects or script.
    const inner = inflated.toString('latin1');
    if (/\/[A-Za-z#]|app\.|this\.|eval\(/.test(inner)) scanText(inner, facts);
    if (/\/Type\s*\/ObjStm\b/.test(dict)) scanShape(inner, facts.shape);
  }
  facts.embeddedFiles.forEach((f, i) => (f.name = facts.embeddedFileNames[i] ?? `embedded-${i + 1}`));
  facts.encrypted = (facts.names.Encrypt ?? 0) > 0;
  if (facts.encryption && !facts.encryption.opened) {
    // A locked file's strings are ciphertext, which is never all printable: only what is (a string a file that only names
    // /Encrypt left plain, to hide its links behind a lock it does not have) is kept as a link, script or name.
    facts.uris = facts.uris.filter(printable);
    facts.javascript = facts.javascript.filter(printable);
    facts.launchTargets = facts.launchTargets.filter(printable);
    facts.embeddedFileNames = facts.embeddedFileNames.filter(printable);
  }
  return facts;
}

/** analyzePdfOnce's memory: one analysis per attachment's bytes and the limits it was read with (weakly held). */
const analyses = new WeakMap<Uint8Array, { key: string; tried: string; facts: PdfFacts }>();

/**
 * analyzePdf of `bytes`' first `scanBytes`, once per attachment and limits: the links family (document-links.ts)
 * and the attachments family (src/files/analyze) both read a PDF's /URI actions, and a hostile PDF's streams are
 * the costly part. Read again only with other limits or passwords (both families pass the letter's: an encrypted PDF opens
 * alike for both). The facts are shared: callers must not change them.
 * @example analyzePdfOnce(att.content, 32 << 20, { maxStreams: 500, maxStreamBytes: 16 << 20, maxTotalInflated: 64 << 20 })
 */
export function analyzePdfOnce(bytes: Uint8Array, scanBytes: number, limits: PdfLimits, passwords: readonly string[] = []): PdfFacts {
  const key = `${Math.min(scanBytes, bytes.byteLength)} ${limits.maxStreams} ${limits.maxStreamBytes} ${limits.maxTotalInflated}`;
  const tried = JSON.stringify(passwords);
  const known = analyses.get(bytes);
  // Passwords matter only to a file that needed one: an unencrypted file, or one that opened with no password, is the same read.
  if (known && known.key === key && (known.tried === tried || !known.facts.encryption || known.facts.encryption.openedWith === 'empty')) return known.facts;
  const facts = analyzePdf(bytes.subarray(0, scanBytes), limits, passwords);
  analyses.set(bytes, { key, tried, facts });
  return facts;
}

/** Printable ASCII and blanks only (a link, a script as written; 16 bytes of ciphertext are that once in 10^5). */
const printable = (s: string): boolean => /^[\x20-\x7e\t\r\n]+$/.test(s);

/** Link annotations looked at per text (raw file or object stream); a hostile file can declare thousands. */
const MAX_LINKS = 200;
const PAGE = /\/Type\s*\/Page\b/g;
const IMAGE = /\/Subtype\s*\/Image\b/g;
const FONT = /\/Type\s*\/Font\b/g;
const MEDIA_BOX = /\/MediaBox\s*\[([^\]]{0,120})\]/g;
const LINK = /\/Subtype\s*\/Link\b/g;
const RECT = /\/Rect\s*\[([^\]]{0,120})\]/;

/** Area of a PDF rectangle written `x1 y1 x2 y2` (0 when it is not four numbers). */
function rectArea(numbers: string): number {
  const n = numbers.trim().split(/\s+/).map(Number);
  if (n.length !== 4 || n.some((x) => !Number.isFinite(x))) return 0;
  return Math.abs((n[2]! - n[0]!) * (n[3]! - n[1]!));
}

/**
 * Counts pages, images and fonts and measures pages and link annotations (§12.5.6.5) in plain objects or an object
 * stream's text: an annotation's /Rect is read from its dictionary (from the `<<` before /Subtype /Link, 800 characters on).
 */
function scanShape(text: string, shape: PdfShape): void {
  shape.pages += count(text, PAGE);
  shape.images += count(text, IMAGE);
  shape.fonts += count(text, FONT);
  for (const m of text.matchAll(MEDIA_BOX)) shape.pageArea = Math.max(shape.pageArea, rectArea(m[1]!));
  let links = 0;
  for (const m of text.matchAll(LINK)) {
    if (++links > MAX_LINKS) break;
    const start = lastIndexWithin(text, '<<', m.index, 400);
    const rect = RECT.exec(text.slice(start >= 0 ? start : m.index, m.index + 800));
    if (rect) shape.linkArea = Math.max(shape.linkArea, rectArea(rect[1]!));
  }
}

function count(text: string, re: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return n;
}

/**
 * The last `needle` starting within the `within` characters before `at` (its start > at − within), or -1. What
 * `lastIndexOf(needle, at)` tested against that distance gave, without searching back to the start of the file from
 * every stream or file specification: 100 KB of `stream`/`endstream` pairs with no `<<` took 0.9 s that way.
 */
export function lastIndexWithin(text: string, needle: string, at: number, within: number): number {
  const from = Math.max(0, at - within + 1);
  const found = text.slice(from, at + needle.length).lastIndexOf(needle);
  return found < 0 || from + found > at ? -1 : from + found;
}

/** What one scan's string reads remember, so that no stretch of the file is read again and again. */
interface StringReader {
  /** The last literal string read: a name between its start and end is inside it. */
  start: number;
  end: number;
  /** The first `>` at or after `gtFrom` (-1: none). */
  gt: number;
  gtFrom: number;
  /** The last hex string read, by where it starts (several /Launch share one /F). */
  hexAt: number;
  hex: string;
}

const newReader = (): StringReader => ({ start: -1, end: -1, gt: -1, gtFrom: -1, hexAt: -1, hex: '' });

/**
 * Reads a PDF literal string `( … )` with escapes (§7.3.4.2: named, octal, line continuation) or a hex string `< … >` at `at`.
 *
 * A hex string is what Buffer.from made of its text up to `>` with blanks removed: the hex digits up to the first
 * other character (padded when `>` closes an odd count), '' with no `>` after it at all. Read that way, it never
 * reaches the next name, and the `>` is searched once for a run of unclosed strings that share it (a search from
 * each of 100 KB of `/JS <` was quadratic). A literal string is read up to 2,048 characters; `reader` keeps where it
 * lay, for the caller not to read a name inside it (see scanText).
 */
function readString(text: string, at: number, reader: StringReader = newReader()): string {
  let i = at;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  if (text[i] === '<' && text[i + 1] !== '<') {
    if (reader.hexAt === i) return reader.hex;
    if (reader.gtFrom < 0 || reader.gtFrom > i + 1 || (reader.gt >= 0 && reader.gt < i + 1)) {
      reader.gt = text.indexOf('>', i + 1);
      reader.gtFrom = i + 1;
    }
    let value = '';
    if (reader.gt >= 0) {
      let j = i + 1;
      while (j < text.length && HEX_OR_BLANK.test(text[j]!)) j++;
      const hex = text.slice(i + 1, j).replace(/\s/g, '');
      value = Buffer.from(text[j] === '>' && hex.length % 2 ? `${hex}0` : hex, 'hex').toString('latin1');
    }
    reader.hexAt = i;
    reader.hex = value;
    return value;
  }
  if (text[i] !== '(') return '';
  let depth = 0;
  let out = '';
  let k = i;
  for (; k < text.length && out.length < 2048; k++) {
    const c = text[k]!;
    if (c === '\\') {
      const n = text[++k] ?? '';
      // \ddd: one to three octal digits (`tel\072+1…` is `tel:+1…`); a backslash before a line end continues the line.
      const octal = /^[0-7]{1,3}/.exec(text.slice(k, k + 3))?.[0];
      if (octal) {
        out += String.fromCharCode(parseInt(octal, 8) & 0xff);
        k += octal.length - 1;
      } else if (n === '\r' || n === '\n') {
        if (n === '\r' && text[k + 1] === '\n') k++;
      } else out += ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[n] ?? n;
      continue;
    }
    if (c === '(') {
      if (depth++ === 0) continue;
    } else if (c === ')') {
      if (--depth === 0) break;
    }
    out += c;
  }
  reader.start = i;
  reader.end = k;
  return out;
}

const HEX_OR_BLANK = /^[0-9a-fA-F\s]$/;

function scanText(text: string, facts: PdfFacts): void {
  const reader = newReader();
  for (const m of text.matchAll(/\/([A-Za-z0-9#_.-]{1,64})/g)) {
    const raw = m[1]!;
    const name = raw.includes('#') ? decodeName(raw) : raw;
    if (!INTERESTING_SET.has(name)) continue;
    facts.names[name] = (facts.names[name] ?? 0) + 1;
    if (raw !== name && !facts.obfuscatedNames.includes(name)) facts.obfuscatedNames.push(name);
    // A name inside the literal string read for an earlier one is that string's text (§7.3.4.2), counted as pdfid
    // counts but not read again: 100 KB of '/URI (' read 2,048 characters from each, 6 s per MB.
    if (m.index > reader.start && m.index < reader.end) continue;
    const after = m.index + m[0].length;
    if (name === 'URI' && facts.uris.length < 50) {
      const uri = readString(text, after, reader).trim();
      if (uri && !facts.uris.includes(uri)) facts.uris.push(uri);
    } else if (name === 'JS' && facts.javascript.length < 10) {
      const js = readString(text, after, reader);
      if (js) facts.javascript.push(js.slice(0, 200));
    } else if (name === 'Launch' && facts.launchTargets.length < 10) {
      const target = /\/(?:F|Win\s*<<\s*\/F)\s*/.exec(text.slice(after, after + 400));
      if (target) {
        const s = readString(text, after + target.index + target[0].length, reader);
        if (s) facts.launchTargets.push(s.slice(0, 200));
      }
    }
  }
  // File specifications: << /Type /Filespec /F (name) /UF (name) /EF << /F n 0 R >> >>
  for (const m of text.matchAll(/\/Type\s*\/Filespec\b/g)) {
    if (facts.embeddedFileNames.length >= 20) break;
    const dictStart = lastIndexWithin(text, '<<', m.index, 300);
    const window = text.slice(dictStart >= 0 ? dictStart : m.index, m.index + 600);
    const f = /\/UF\s*|\/F\s*(?=[(<])/.exec(window);
    if (f) {
      const s = readString(window, f.index + f[0].length);
      if (s && !facts.embeddedFileNames.includes(s)) facts.embeddedFileNames.push(s.replace(/^\xfe\xff/, '').replace(/\0/g, ''));
    }
  }
}
