import type { HeaderField, MimePart } from '../types.js';
import { AnomalySink } from './anomalies.js';
import { parseHeaderBlock } from './headers.js';
import { buildPart, type MimeContext } from './mime.js';
import { parseParams, valueBeforeSeparator } from './params.js';
import { decodeBase64 } from './transfer.js';

/**
 * What the MIME tree could not hold once a part or depth limit was reached: attachments further on in the
 * message, found by one lenient linear pass over the raw body. Any line starting with `--` is taken as a
 * possible delimiter (the boundaries of multiparts past the limit are unknown), a header block right after it
 * with a Content-Type or Content-Disposition makes it a part, and its body runs to the next such line. A limit
 * must never hide the attachment an attacker put past it (issue 17): so every part is ranked by how much it
 * matters — programs and scripts first, then archives and documents, then other files — and the highest
 * ranked are kept, whatever their position or how many decoys come first.
 */

/** Attachments kept past a limit, the most dangerous first. */
export const SALVAGE_MAX_PARTS = 50;
/** `--` lines looked at: bounds the pass on hostile input (each one costs a header parse). */
export const SALVAGE_MAX_CANDIDATES = 20_000;
/**
 * Body text parts kept past a limit, and the raw bytes they may hold in all: a message whose text sits past a depth or
 * part limit (its content wrapped in 30 multiparts, or put after 600 empty parts) must still be read for what it says.
 * Those with a link and HTML first, then the larger: filler parts are tiny and link-less.
 */
export const SALVAGE_MAX_TEXTS = 8;
export const SALVAGE_TEXT_BYTES = 4 * 1024 * 1024;
/** Header bytes read per candidate part. */
const SALVAGE_HEADER_BYTES = 16 * 1024;

interface Candidate {
  rank: number;
  /** Body text (text/plain or text/html shown to the reader), not a file. */
  text?: boolean;
  order: number;
  fields: HeaderField[];
  bodyStart: number;
  bodyEnd: number;
}

const RUNS = /\.(exe|scr|com|pif|cpl|msi|msp|jar|js|jse|vbs|vbe|wsf|wsh|hta|ps1|psm1|bat|cmd|lnk|url|iso|img|vhdx?|one|chm|dll|reg|inf|appx|msix)$/i;
const OPENS = /\.(zip|rar|7z|gz|tgz|tar|bz2|xz|cab|ace|arj|lzh|z|doc[mx]?|dot[mx]?|xls[mxb]?|xlt[mx]?|ppt[mx]?|rtf|pdf|html?|shtml|xhtml|svg|mht|mhtml|xml|iqy|slk|settingcontent-ms|library-ms)$/i;

function startsWithBytes(b: Uint8Array, sig: readonly number[]): boolean {
  if (b.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[i] !== sig[i]) return false;
  return true;
}

/** 3 runs code, 2 opens into something that may (archive, document, page), 1 any other file. */
function rankOf(filename: string, contentType: string, head: Uint8Array): number {
  if (RUNS.test(filename) || startsWithBytes(head, [0x4d, 0x5a]) || startsWithBytes(head, [0x7f, 0x45, 0x4c, 0x46])) return 3;
  if (/(^|[^a-z])(x-msdownload|x-msdos-program|x-dosexec|x-executable|javascript|x-sh|hta)/.test(contentType)) return 3;
  if (OPENS.test(filename)) return 2;
  if (startsWithBytes(head, [0x50, 0x4b, 0x03, 0x04]) || startsWithBytes(head, [0x52, 0x61, 0x72, 0x21]) || startsWithBytes(head, [0x37, 0x7a, 0xbc, 0xaf])) return 2;
  if (startsWithBytes(head, [0xd0, 0xcf, 0x11, 0xe0]) || startsWithBytes(head, [0x25, 0x50, 0x44, 0x46]) || startsWithBytes(head, [0x1f, 0x8b])) return 2;
  if (/zip|rar|7z|compressed|msword|ms-excel|ms-powerpoint|officedocument|pdf|rtf|html/.test(contentType)) return 2;
  return 1;
}

function field(fields: HeaderField[], key: string): HeaderField | undefined {
  for (const f of fields) if (f.key === key) return f;
  return undefined;
}

/** Lines that could be a MIME header field: a field name and a colon in its first bytes. */
function looksLikeField(buf: Uint8Array, pos: number): boolean {
  let i = pos;
  const end = Math.min(buf.length, pos + 80);
  while (i < end && buf[i]! >= 33 && buf[i]! <= 126 && buf[i] !== 58) i++;
  if (i === pos) return false;
  while (i < end && (buf[i] === 0x20 || buf[i] === 0x09)) i++;
  return buf[i] === 58;
}

/**
 * The candidate part whose content starts at `start` (after a `--` line), or null when it is not an
 * attachment (no MIME header, a multipart or message container, body text shown to the reader).
 */
function candidateAt(buf: Uint8Array, start: number, ctx: MimeContext, sink: AnomalySink): Omit<Candidate, 'order' | 'bodyEnd'> | null {
  const slice = buf.subarray(start);
  const block = parseHeaderBlock(slice, { maxHeaderBytes: SALVAGE_HEADER_BYTES, partPath: 'salvaged', anomalies: sink, words: ctx.words, allowMboxFrom: false });
  const ct = field(block.fields, 'content-type');
  const cd = field(block.fields, 'content-disposition');
  if (!ct && !cd) return null;
  const type = ct ? parseParams(ct.raw).value.replace(/\s+/g, '').toLowerCase() : '';
  if (type === 'message/rfc822' || type === 'message/global') return embeddedText(buf, start + block.bodyStart, ctx, sink);
  if (type.startsWith('multipart/') || type.startsWith('message/')) return null;
  const ctParams = ct ? parseParams(ct.raw).params : {};
  const cdParsed = cd ? parseParams(cd.raw) : null;
  const filename = (cdParsed?.params.filename ?? ctParams.name ?? '').trim();
  const disposition = cdParsed ? valueBeforeSeparator(cdParsed.value).toLowerCase() : '';
  const isText = type === '' || type === 'text/plain' || type === 'text/html';
  const bodyStart = start + block.bodyStart;
  if (isText && !filename && disposition !== 'attachment') return { rank: type === 'text/html' ? 1 : 0, fields: block.fields, bodyStart, text: true };
  const cte = field(block.fields, 'content-transfer-encoding')?.raw.trim().toLowerCase() ?? '';
  const rawHead = buf.subarray(bodyStart, Math.min(buf.length, bodyStart + 96));
  const head = cte === 'base64' ? decodeBase64(rawHead).bytes : rawHead;
  return { rank: rankOf(filename, type, head), fields: block.fields, bodyStart };
}

/**
 * The body of a message attached past the limit (message/rfc822 or message/global) as a text candidate when that message is one
 * text part (text/plain, text/html or no Content-Type): its body runs to the next delimiter like any part's, read with the
 * message's own content fields. A message forwarded as an attachment 100 times puts the lure's text in the innermost one,
 * whose body has no `--` line of its own before it (issue 17 item 8, session 62). A multipart message: null, its parts are
 * found by the pass itself; an attachment: null.
 */
function embeddedText(buf: Uint8Array, start: number, ctx: MimeContext, sink: AnomalySink): Omit<Candidate, 'order' | 'bodyEnd'> | null {
  if (!looksLikeField(buf, start)) return null;
  const block = parseHeaderBlock(buf.subarray(start), { maxHeaderBytes: SALVAGE_HEADER_BYTES, partPath: 'salvaged', anomalies: sink, words: ctx.words, allowMboxFrom: false });
  const ct = field(block.fields, 'content-type');
  const type = ct ? parseParams(ct.raw).value.replace(/\s+/g, '').toLowerCase() : 'text/plain';
  if (type !== 'text/plain' && type !== 'text/html') return null;
  const cd = field(block.fields, 'content-disposition');
  if (cd && valueBeforeSeparator(parseParams(cd.raw).value).toLowerCase() === 'attachment') return null;
  return { rank: type === 'text/html' ? 1 : 0, fields: block.fields, bodyStart: start + block.bodyStart, text: true };
}

function contentEnd(buf: Uint8Array, dashLine: number, floor: number): number {
  let end = dashLine;
  if (end > floor && buf[end - 1] === 0x0a) end--;
  if (end > floor && buf[end - 1] === 0x0d) end--;
  return end;
}

/**
 * Attachments of `body` (the message body, a view into `ctx.rootBuffer`) that the MIME tree does not
 * hold, the highest ranked first in message order. Costs one pass over the body plus one bounded header
 * parse per `--` line (at most SALVAGE_MAX_CANDIDATES).
 */
export function salvageParts(body: Uint8Array, ctx: MimeContext, rootBoundary?: string): { parts: MimePart[]; texts: MimePart[]; found: number; capped: boolean } {
  const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const sameBuffer = body.buffer === ctx.rootBuffer;
  const sink = new AnomalySink();
  const kept: Candidate[] = [];
  const texts: Candidate[] = [];
  let found = 0;
  let examined = 0;
  let capped = false;
  let pending: Omit<Candidate, 'order' | 'bodyEnd'> | null = null;
  const close = (end: number): void => {
    if (!pending) return;
    const bodyEnd = Math.max(pending.bodyStart, end);
    if (pending.text) {
      // Ranked by a link in the text (what a lure needs), then HTML; the body is searched once (parts are disjoint).
      const content = buf.subarray(pending.bodyStart, bodyEnd);
      const linked = content.indexOf('://') >= 0 || content.indexOf('www.') >= 0;
      texts.push({ ...pending, rank: pending.rank + (linked ? 2 : 0), order: texts.length, bodyEnd });
      if (texts.length > SALVAGE_MAX_TEXTS * 4) trimTexts(texts);
    } else {
      kept.push({ ...pending, order: found++, bodyEnd });
      if (kept.length > SALVAGE_MAX_PARTS * 2) trim(kept);
    }
    pending = null;
  };
  const boundaries = declaredBoundaries(buf, rootBoundary);
  let p = buf[0] === 0x2d && buf[1] === 0x2d ? 0 : buf.indexOf('\n--');
  if (p > 0) p++;
  while (p >= 0 && p < buf.length) {
    const nl = buf.indexOf(0x0a, p);
    if (nl >= 0 && !isDelimiter(buf, p, nl + 1, boundaries)) {
      // A `--` line of text (a signature, `-------- Original Message --------`): not a part's end.
      const next = buf.indexOf('\n--', nl);
      p = next < 0 ? -1 : next + 1;
      continue;
    }
    close(contentEnd(buf, p, pending ? pending.bodyStart : 0));
    if (nl < 0) break;
    const start = nl + 1;
    if (examined >= SALVAGE_MAX_CANDIDATES) {
      capped = true;
      break;
    }
    if (looksLikeField(buf, start) && !(sameBuffer && ctx.partStarts.has(body.byteOffset + start))) {
      examined++;
      pending = candidateAt(buf, start, ctx, sink);
    }
    const next = buf.indexOf('\n--', start - 1);
    p = next < 0 ? -1 : next + 1;
  }
  close(buf.length);
  trim(kept);
  kept.sort((a, b) => a.order - b.order);
  const parts = kept.map((c, i) => buildPart(c.fields, body.subarray(c.bodyStart, c.bodyEnd), `salvaged.${i + 1}`, 1, ctx, 'application/octet-stream'));
  trimTexts(texts);
  texts.sort((a, b) => a.order - b.order);
  const textParts = texts.map((c, i) => buildPart(c.fields, body.subarray(c.bodyStart, c.bodyEnd), `salvaged.text.${i + 1}`, 1, ctx, 'text/plain'));
  return { parts, texts: textParts, found, capped };
}

/** Keeps the SALVAGE_MAX_TEXTS best ranked text parts (then the larger, then the earlier), within SALVAGE_TEXT_BYTES. */
function trimTexts(list: Candidate[]): void {
  list.sort((a, b) => b.rank - a.rank || b.bodyEnd - b.bodyStart - (a.bodyEnd - a.bodyStart) || a.order - b.order);
  let bytes = 0;
  let n = 0;
  for (const c of list) {
    if (n >= SALVAGE_MAX_TEXTS) break;
    const size = c.bodyEnd - c.bodyStart;
    if (n > 0 && bytes + size > SALVAGE_TEXT_BYTES) break;
    bytes += size;
    n++;
  }
  list.length = n;
}

/** Boundaries kept at most (a Set: each `--` line is one lookup); past this many, every `--` line counts as a delimiter again. */
const MAX_KNOWN_BOUNDARIES = 10_000;
const BOUNDARY_WORDS = ['boundary', 'Boundary', 'BOUNDARY'].map((w) => Buffer.from(w, 'latin1'));

/**
 * The boundary parameters written in the body (multipart headers past the limit are in it) and the root's: the delimiters a
 * `--` line may be. Three native searches; a value is read up to its quote, `;` or white space (at most 200 bytes). Undefined
 * when none is found or there are too many (then any `--` line may be a delimiter, as before).
 */
function declaredBoundaries(buf: Buffer, rootBoundary: string | undefined): Set<string> | undefined {
  const found = new Set<string>();
  if (rootBoundary) found.add(rootBoundary);
  for (const word of BOUNDARY_WORDS) {
    for (let at = buf.indexOf(word); at >= 0; at = buf.indexOf(word, at + word.length)) {
      let i = at + word.length;
      while (i < buf.length && (buf[i] === 0x20 || buf[i] === 0x09)) i++;
      if (buf[i] !== 0x3d /* = */) continue;
      i++;
      while (i < buf.length && (buf[i] === 0x20 || buf[i] === 0x09)) i++;
      const quoted = buf[i] === 0x22;
      if (quoted) i++;
      let end = i;
      const limit = Math.min(buf.length, i + 200);
      while (end < limit && buf[end] !== 0x0a && buf[end] !== 0x0d && (quoted ? buf[end] !== 0x22 : buf[end] !== 0x3b && buf[end] !== 0x20 && buf[end] !== 0x09)) end++;
      if (end > i) found.add(buf.toString('latin1', i, end));
      if (found.size > MAX_KNOWN_BOUNDARIES) return undefined;
    }
  }
  return found.size > 0 ? found : undefined;
}

const CONTENT_FIELD = Buffer.from('content-', 'latin1');

/**
 * Whether the `--` line at `p` (its next line at `next`) may be a delimiter: any is when no boundary is known; else one whose
 * rest (without a closing `--`, trailing white space or control bytes) is a known boundary, or one followed by a MIME header
 * field (`Content-…`: a boundary the search did not find). One Set lookup per line.
 */
function isDelimiter(buf: Buffer, p: number, next: number, boundaries: Set<string> | undefined): boolean {
  if (!boundaries) return true;
  let end = Math.min(next, p + 2 + 204);
  while (end > p + 2 && (buf[end - 1]! <= 0x20 || buf[end - 1] === 0x7f)) end--;
  const rest = buf.toString('latin1', p + 2, end);
  if (boundaries.has(rest) || (rest.endsWith('--') && boundaries.has(rest.slice(0, -2)))) return true;
  if (next + CONTENT_FIELD.length > buf.length) return false;
  for (let i = 0; i < CONTENT_FIELD.length; i++) if ((buf[next + i]! | 0x20) !== CONTENT_FIELD[i]) return false;
  return true;
}

/** Keeps the SALVAGE_MAX_PARTS highest ranked (earlier first among equals). */
function trim(list: Candidate[]): void {
  list.sort((a, b) => b.rank - a.rank || a.order - b.order);
  list.length = Math.min(list.length, SALVAGE_MAX_PARTS);
}
