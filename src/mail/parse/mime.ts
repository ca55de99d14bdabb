import type { HeaderField, MimePart, ParseOptions } from '../types.js';
import type { AnomalySink } from './anomalies.js';
import { decodeCharset, decodeStrict, detectCharset, hasHighBytes, hasIso2022JpEscape, normalizeCharsetLabel } from './charset.js';
import type { WordsInfo } from './encoded-words.js';
import { parseHeaderBlock } from './headers.js';
import { parseParams, valueBeforeSeparator } from './params.js';
import { decodeBase64, decodeQuotedPrintable, decodeUuencode, isPaddingControl } from './transfer.js';

/**
 * The MIME tree (RFC 2045/2046). Each multipart level finds its delimiters with native `indexOf`, so a level
 * costs time linear in its body; nesting is capped by `maxMimeDepth` and the whole tree by `maxParts`, which
 * keeps the total linear in the message size for any configured bound.
 */

export interface MimeContext {
  options: ParseOptions;
  anomalies: AnomalySink;
  words: WordsInfo;
  charsets: Set<string>;
  partCount: number;
  partLimitHit: boolean;
  depthLimitHit: boolean;
  /**
   * Where the content of every part split out of a multipart starts (offsets into `rootBuffer`), so that
   * salvaging after a limit (./salvage.ts) skips what the tree already holds.
   */
  partStarts: Set<number>;
  rootBuffer: ArrayBufferLike;
}

const EMPTY = new Uint8Array(0);

function firstHeader(headers: HeaderField[], key: string): HeaderField | undefined {
  for (const h of headers) if (h.key === key) return h;
  return undefined;
}

function childPath(parent: string, index: number): string {
  return parent === '' ? String(index) : `${parent}.${index}`;
}

function normalizeContentType(value: string, fallback: string): string {
  const v = value.replace(/\s+/g, '');
  const slash = v.indexOf('/');
  if (slash <= 0 || slash === v.length - 1) return v === 'text' ? 'text/plain' : fallback;
  return v;
}

function normalizeTransferEncoding(raw: string): string {
  const v = raw.replace(/\([^()]*\)/g, '').replace(/["']/g, '').trim().toLowerCase();
  if (v === '') return '7bit';
  if (v === '7-bit') return '7bit';
  if (v === '8-bit') return '8bit';
  if (v === 'quoted_printable' || v === 'quotedprintable') return 'quoted-printable';
  return v;
}

/**
 * Builds a part from its already-parsed header fields and the bytes of its body.
 */
export function buildPart(
  headers: HeaderField[],
  body: Uint8Array,
  path: string,
  depth: number,
  ctx: MimeContext,
  defaultType: string,
): MimePart {
  ctx.partCount++;
  const ctField = firstHeader(headers, 'content-type');
  const ct = ctField ? parseParams(ctField.raw, ctx.words) : { value: '', params: Object.create(null) as Record<string, string> };
  const contentType = normalizeContentType(ct.value, defaultType);
  const cdField = firstHeader(headers, 'content-disposition');
  const cd = cdField ? parseParams(cdField.raw, ctx.words) : null;
  const charset = normalizeCharsetLabel(ct.params.charset ?? '');
  if (charset) ctx.charsets.add(charset);
  const cteField = firstHeader(headers, 'content-transfer-encoding');
  const transferEncoding = normalizeTransferEncoding(cteField?.raw ?? '');
  const filename = (cd?.params.filename ?? ct.params.name ?? '').trim();
  const part: MimePart = {
    path,
    depth,
    headers,
    contentType,
    params: ct.params,
    disposition: cd ? valueBeforeSeparator(cd.value) : '',
    filename,
    transferEncoding,
    charset,
    body: EMPTY,
    children: [],
    contentId: undefined, // present on every part: one shape for all (see ParsedMessage in ./index.ts)
  };
  const cid = firstHeader(headers, 'content-id');
  if (cid) {
    const id = cid.raw.trim().replace(/^<|>$/g, '').trim();
    if (id) part.contentId = id;
  }

  if (contentType.startsWith('multipart/')) {
    if (transferEncoding !== '7bit' && transferEncoding !== '8bit' && transferEncoding !== 'binary') {
      ctx.anomalies.add('bad-transfer-encoding', `${transferEncoding} on ${contentType}`, path);
    }
    if (depth >= ctx.options.maxMimeDepth) {
      ctx.anomalies.add('limit-mime-depth', `depth ${depth} reached at ${contentType}`, path);
      ctx.depthLimitHit = true;
      part.body = body;
      return part;
    }
    splitMultipart(part, body, ct.params.boundary, ctx);
    return part;
  }

  const decoded = decodeTransfer(body, transferEncoding, path, ctx);
  part.body = decoded.bytes;
  if (decoded.filename && !part.filename) part.filename = decoded.filename;

  if (contentType === 'message/rfc822' || contentType === 'message/global') {
    if (depth >= ctx.options.maxMimeDepth) {
      ctx.anomalies.add('limit-mime-depth', `depth ${depth} reached at ${contentType}`, path);
      ctx.depthLimitHit = true;
      return part;
    }
    if (ctx.partCount >= ctx.options.maxParts) {
      flagPartLimit(ctx, path);
      return part;
    }
    const inner = part.body;
    const block = parseHeaderBlock(inner, {
      maxHeaderBytes: ctx.options.maxHeaderBytes,
      partPath: childPath(path, 1),
      anomalies: ctx.anomalies,
      words: ctx.words,
      allowMboxFrom: true,
    });
    part.children.push(buildPart(block.fields, inner.subarray(block.bodyStart), childPath(path, 1), depth + 1, ctx, 'text/plain'));
    return part;
  }

  if (contentType.startsWith('text/')) {
    // HTML without a MIME charset: the document's own <meta charset> is what a client uses (HTML §4.2.5.5).
    const effective = !charset && contentType === 'text/html' ? metaCharset(part.body) : charset;
    if (effective && !charset) ctx.charsets.add(effective);
    const limit = ctx.options.maxTextPartBytes ?? DEFAULT_MAX_TEXT_PART_BYTES;
    if (part.body.byteLength <= limit) {
      part.text = decodeText(part.body, charset, effective, path, ctx);
    } else {
      // A text part larger than any real mail's: its start and its end are read (padding placed before a lure
      // does not hide it), of the middle only the lines that hold a link (bounded: a lure placed between two
      // fillers still shows its links), and the limit is a finding (MIME_LIMIT_TEXT). Every check reads the
      // text, several copy it: decoding 30 MB of text cost ~190 MB of memory per message.
      // An HTML part is cut between tags, its middle read as whole tags (an anchor with its text): not an ISO-2022-JP one,
      // whose kanji are written in ASCII bytes ('<' and '>' among them) and return to ASCII only before a line break.
      const html = contentType === 'text/html' && part.body.indexOf(0x1b) < 0;
      const [head, tail] = headAndTail(part.body, limit, html);
      const middleEnd = part.body.byteLength - tail.byteLength;
      const linked = linkLines(part.body, head.byteLength, middleEnd, limit >> 3, html);
      // And the middle's text that repeats nothing read before it (a letter between two floods of filler), in windows across it.
      const distinct = distinctBlocks(part.body, head.byteLength, middleEnd, limit, html);
      ctx.anomalies.add(
        'limit-text-size',
        `${contentType} part of ${part.body.byteLength} bytes: the first ${head.byteLength} and the last ${tail.byteLength} were read` +
          (distinct.bytes > 0 ? `, ${distinct.bytes} bytes of the middle that repeat nothing before them${distinct.capped ? ' (capped)' : ''}` : '') +
          (linked.lines.length > 0 ? `, and ${linked.lines.length} line${linked.lines.length === 1 ? '' : 's'} with a link between them${linked.capped ? ' (capped)' : ''}` : ''),
        path,
      );
      const middle = mergedRanges([...linked.lines.map((line): [number, number] => [line.byteOffset - part.body.byteOffset, line.byteOffset - part.body.byteOffset + line.byteLength]), ...distinct.ranges])
        .map(([start, end]) => `${decodeText(part.body.subarray(start, end), charset, effective, path, ctx)}\n`)
        .join('');
      part.text = `${decodeText(head, charset, effective, path, ctx)}\n${middle}${decodeText(tail, charset, effective, path, ctx)}`;
    }
    if (part.body.indexOf(0) >= 0) ctx.anomalies.add('nul-bytes', `NUL in ${contentType} body`, path);
  }
  return part;
}

/** Bytes of one text part that are decoded and read by the checks (see ParseOptions.maxTextPartBytes). */
export const DEFAULT_MAX_TEXT_PART_BYTES = 2 * 1024 * 1024;

/**
 * Three quarters of `limit` from the start and a quarter from the end, each cut at a line break when one is
 * near: a line feed is never inside a character in the charsets mail uses (UTF-8, Shift_JIS, EUC-JP, GBK,
 * Big5), and ISO-2022-JP returns to ASCII before it, so each piece decodes on its own.
 */
function headAndTail(body: Uint8Array, limit: number, html = false): [Uint8Array, Uint8Array] {
  const near = Math.min(64 * 1024, limit >> 3);
  let headEnd = Math.floor((limit * 3) / 4);
  const lastBreak = body.lastIndexOf(0x0a, headEnd - 1);
  if (lastBreak >= headEnd - near) headEnd = lastBreak + 1;
  else headEnd = utf8Boundary(body, headEnd, -1);
  let tailStart = body.byteLength - Math.floor(limit / 4);
  const nextBreak = body.indexOf(0x0a, tailStart);
  if (nextBreak >= 0 && nextBreak < tailStart + near) tailStart = nextBreak + 1;
  else tailStart = utf8Boundary(body, tailStart, 1);
  if (html) {
    // HTML: the head does not end inside a tag (its open quote would take the pieces after it), the tail starts at one.
    const open = body.lastIndexOf(LT, headEnd - 1);
    if (open >= headEnd - near && open > body.lastIndexOf(GT, headEnd - 1)) headEnd = open;
    const tag = body.indexOf(LT, tailStart);
    if (tag >= 0 && tag < tailStart + near) tailStart = tag;
  }
  return [body.subarray(0, headEnd), body.subarray(tailStart)];
}

const LT = 0x3c;
const GT = 0x3e;
const ANCHOR_END = Buffer.from('</a', 'latin1');
const ANCHOR_END_UPPER = Buffer.from('</A', 'latin1');

/**
 * For an HTML part: the piece around a link's mark as whole tags, [start, end) — the tag that holds the mark, or when the mark
 * is in text the tag before it and the text up to the next tag — and with an anchor its text and end tag, so an anchor keeps
 * the text the link checks compare with its target, and no piece leaves a tag or a quote open for the pieces after it (issue
 * 17 item 8, session 64). Within LINK_LINE_REACH of the mark; undefined when no whole tag is (the line around it is read).
 */
function htmlPiece(bytes: Buffer, mark: number, from: number, to: number): [number, number] | undefined {
  const floor = Math.max(from, mark - LINK_LINE_REACH);
  const ceiling = Math.min(to, mark + LINK_LINE_REACH);
  const lt = bytes.subarray(floor, mark).lastIndexOf(LT);
  if (lt < 0) return undefined;
  const start = floor + lt;
  const gt = bytes.subarray(start, ceiling).indexOf(GT);
  if (gt < 0) return undefined;
  let end = start + gt + 1;
  if (end <= mark) {
    // The mark is in the text after a whole tag: the text runs to the next tag.
    const next = bytes.subarray(mark, ceiling).indexOf(LT);
    if (next < 0) return undefined;
    end = mark + next;
  }
  if ((bytes[start + 1] === 0x61 || bytes[start + 1] === 0x41) && isTagNameEnd(bytes[start + 2])) {
    // An anchor: its text and its end tag (the first within reach).
    const window = bytes.subarray(end, ceiling);
    const lower = window.indexOf(ANCHOR_END);
    const upper = window.indexOf(ANCHOR_END_UPPER);
    const close = lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
    const closeEnd = close < 0 ? -1 : window.indexOf(GT, close);
    if (closeEnd >= 0) end += closeEnd + 1;
  }
  return [start, end];
}

/** White space, `/` or `>` after a tag's name (`<a href`, `<a>`), or the end of the bytes. */
function isTagNameEnd(c: number | undefined): boolean {
  return c === undefined || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x2f || c === GT;
}

const LINK_MARKS = ['://', 'www.', 'WWW.'].map((m) => Buffer.from(m, 'latin1'));
/** One line of the middle is read at most this far either side of its link (a link inside a long line). */
const LINK_LINE_REACH = 2048;
const MAX_LINK_LINES = 2000;

/**
 * The lines between `from` and `to` that hold a link (`://` or `www.`), at most `budget` bytes in all: what
 * matters of a middle that is not read, since a lure needs somewhere to send its reader. Each line is cut
 * at its line breaks or LINK_LINE_REACH bytes from the mark (then between UTF-8 characters); in an HTML part
 * (`html`) a piece is whole tags instead (htmlPiece: an anchor with its text). Past the budget, a piece is read
 * only for a host no piece named yet (an HTML piece: a host and a shown text), within a reserve of a quarter of the budget (MAX_LINK_HOSTS_PAST hosts,
 * MAX_MARKS_PAST marks looked at): 50,000 links to one host before a lure's own leave the lure's in. The search is
 * bytewise and each mark's next position is kept, so the middle is crossed once per mark whatever it holds.
 */
function linkLines(body: Uint8Array, from: number, to: number, budget: number, html = false): { lines: Uint8Array[]; capped: boolean } {
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const next = LINK_MARKS.map((m) => bytes.indexOf(m, from));
  const lines: Uint8Array[] = [];
  let used = 0;
  let at = from;
  let capped = false;
  /** Hosts (and an HTML piece's text) of the pieces read, and past the budget: the reserve used, the new ones it read, the marks looked at. */
  const hosts = new Set<string>();
  let reserve = 0;
  let newHosts = 0;
  let looked = 0;
  for (;;) {
    for (let i = 0; i < next.length; i++) if (next[i]! >= 0 && next[i]! < at) next[i] = bytes.indexOf(LINK_MARKS[i]!, at);
    const mark = Math.min(...next.map((n) => (n < 0 ? Infinity : n)));
    if (mark >= to) return { lines, capped };
    let start: number;
    let end: number;
    const tags = html ? htmlPiece(bytes, mark, Math.max(from, at), to) : undefined;
    if (tags) [start, end] = tags;
    else {
      const floor = Math.max(from, mark - LINK_LINE_REACH);
      const ceiling = Math.min(to, mark + LINK_LINE_REACH);
      // Line breaks are looked for within the reach only: a long line must not make each link a long search.
      const before = bytes.subarray(floor, mark).lastIndexOf(0x0a);
      start = before >= 0 ? floor + before + 1 : utf8Boundary(body, floor, 1);
      const after = bytes.subarray(mark, ceiling).indexOf(0x0a);
      end = after >= 0 ? mark + after : utf8Boundary(body, ceiling, -1);
    }
    if (end > start) {
      // A piece of tags is told apart by its host and the text it shows (a lure's button after an empty link to its host).
      const host = tags ? `${markHost(bytes, mark)} ${shownBytes(bytes, start, end)}` : markHost(bytes, mark);
      if (!capped && (used + (end - start) > budget || lines.length >= MAX_LINK_LINES)) capped = true;
      if (!capped) {
        hosts.add(host);
        lines.push(body.subarray(start, end));
        used += end - start;
      } else {
        // Past the budget, only a host not read yet, within a reserve of its own: a flood of links to one host before the
        // lure's own does not take its place (issue 17 item 8, session 64).
        if (!hosts.has(host) && newHosts < MAX_LINK_HOSTS_PAST && reserve + (end - start) <= budget >> 2) {
          hosts.add(host);
          newHosts++;
          lines.push(body.subarray(start, end));
          reserve += end - start;
        }
        if (++looked >= MAX_MARKS_PAST) return { lines, capped };
      }
    }
    // A line's break is passed over; a piece of tags ends where the next tag starts.
    at = Math.max(tags ? end : end + 1, mark + 1);
  }
}

/** Past linkLines' budget: new hosts read at most, and marks looked at most (a flood of millions of links is not walked whole). */
const MAX_LINK_HOSTS_PAST = 200;
const MAX_MARKS_PAST = 100_000;

/** distinctBlocks: a block is at most about this long (then cut at the next tag or line), the middle is read in this many windows. */
const BLOCK_BYTES = 2048;
const WINDOWS = 16;
/** Shapes remembered (a filler of a million different lines does not grow the set past this). */
const MAX_SHAPES = 1 << 16;
/** Bytes of a middle looked at, at most (a few ms a megabyte): a larger middle is looked at from the start of each window. */
const MAX_LOOK_BYTES = 8 * 1024 * 1024;

/**
 * Of the middle [from, to) of a text part over the limit (`limit`), the blocks that hold a unit — a line, or in HTML a tag or
 * the text between two tags — whose shape no earlier block of the middle had: a letter placed between two floods of filler
 * (issue 17 item 8, session 65). A unit's shape is its bytes without digits and white space (a tag's also without its quoted
 * values), so 40,000 `<a href="https://l.example.net/N">.</a>` are one shape and the letter between them is new. The middle is
 * read in WINDOWS windows, each with its share of limit/8 bytes kept (what a window leaves is the next one's), so filler with
 * no repeat fills its own window, not the whole budget; at most MAX_LOOK_BYTES of the middle are looked at, each
 * window's from its start (a larger part has gaps not looked at, and says so: capped). Blocks are whole tags or
 * lines: they start at a `<` (HTML) or after a line break, and end before one when one is within BLOCK_BYTES.
 */
function distinctBlocks(body: Uint8Array, from: number, to: number, limit: number, html: boolean): { ranges: [number, number][]; bytes: number; capped: boolean } {
  const ranges: [number, number][] = [];
  if (to <= from) return { ranges, bytes: 0, capped: false };
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const boundary = html ? LT : 0x0a;
  const share = Math.floor((limit >> 3) / WINDOWS);
  const look = Math.floor(MAX_LOOK_BYTES / WINDOWS);
  // Blocks of an eighth of a window's share (2 KB at the default limit): a share holds several.
  const block = Math.max(64, Math.min(BLOCK_BYTES, share >> 3));
  const shapes = new Set<number>();
  const fresh: number[] = [];
  let carry = 0;
  let kept = 0;
  let capped = false;
  const width = Math.ceil((to - from) / WINDOWS);
  for (let w = 0; w < WINDOWS; w++) {
    const windowEnd = Math.min(to, from + (w + 1) * width);
    // A window starts at a boundary (a tag's `<`, or after a line break) within reach, so its first block is no fragment.
    let windowStart = Math.max(from + w * width, ranges.length ? ranges[ranges.length - 1]![1] : from);
    if (w > 0) {
      const next = bytes.subarray(windowStart, Math.min(windowEnd, windowStart + BLOCK_BYTES)).indexOf(boundary);
      windowStart = next >= 0 ? windowStart + next + (html ? 0 : 1) : utf8Boundary(body, windowStart, 1);
    }
    if (windowStart >= windowEnd) continue;
    let allowance = share + carry;
    let at = windowStart;
    const lookEnd = Math.min(windowEnd, windowStart + look);
    if (lookEnd < windowEnd) capped = true;
    while (at < lookEnd) {
      // The block: `block` bytes, then on to the next boundary within BLOCK_BYTES more (a tag's `<` stays with the next block).
      let end = Math.min(to, at + block);
      if (end < to) {
        const next = bytes.subarray(end, Math.min(to, end + BLOCK_BYTES)).indexOf(boundary);
        end = next >= 0 ? end + next + (html ? 0 : 1) : utf8Boundary(body, Math.min(to, end + BLOCK_BYTES), -1);
      }
      fresh.length = 0;
      if (newShapes(bytes, at, end, html, shapes, fresh)) {
        // A block over what is left is not read, and its shapes stay new (the next window may read it).
        if (end - at > allowance) {
          capped = true;
          break;
        }
        for (const h of fresh) if (shapes.size < MAX_SHAPES) shapes.add(h);
        const last = ranges[ranges.length - 1];
        if (last && last[1] === at) last[1] = end;
        else ranges.push([at, end]);
        allowance -= end - at;
        kept += end - at;
      }
      at = end;
    }
    carry = allowance;
  }
  return { ranges, bytes: kept, capped };
}

/** Whether [start, end) holds a unit whose shape is not in `shapes`; the new shapes are put in `fresh` (FNV-1a over the bytes kept). */
function newShapes(bytes: Buffer, start: number, end: number, html: boolean, shapes: ReadonlySet<number>, fresh: number[]): boolean {
  // A unit's hash, 0 while it has no byte; a unit ends before `<` and after `>` (HTML) or at a line feed.
  let hash = 0;
  let inTag = false;
  let quote = 0;
  for (let i = start; i <= end; i++) {
    const c = i < end ? bytes[i]! : 0x0a;
    let ends = false;
    if (i === end) ends = true;
    else if (html) {
      if (quote) {
        if (c === quote) quote = 0;
        continue;
      }
      if (c === LT) {
        ends = hash !== 0;
        inTag = true;
      } else if (inTag && (c === 0x22 || c === 0x27)) {
        quote = c;
        continue;
      } else if (c === GT && inTag) {
        hash = Math.imul((hash || 0x811c9dc5) ^ c, 0x01000193) | 1;
        inTag = false;
        ends = true;
      }
    } else if (c === 0x0a) ends = true;
    if (ends) {
      if (hash !== 0 && !shapes.has(hash) && fresh.length < 256 && !fresh.includes(hash)) fresh.push(hash);
      hash = 0;
      if (c === GT || c === 0x0a) continue;
    }
    if (c <= 0x20 || (c >= 0x30 && c <= 0x39)) continue;
    hash = Math.imul((hash || 0x811c9dc5) ^ c, 0x01000193) | 1;
  }
  return fresh.length > 0;
}

/** Ranges sorted and joined where they touch or overlap. */
function mergedRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** The bytes of [start, end) outside tags, as Latin-1, white space collapsed, at most 200 characters: an HTML piece's text. */
function shownBytes(bytes: Buffer, start: number, end: number): string {
  let out = '';
  let inTag = false;
  let space = false;
  for (let i = start; i < end && out.length < 200; i++) {
    const c = bytes[i]!;
    if (c === LT) inTag = true;
    else if (c === GT) inTag = false;
    else if (!inTag) {
      if (c <= 0x20) space = out.length > 0;
      else {
        if (space) out += ' ';
        space = false;
        out += String.fromCharCode(c);
      }
    }
  }
  return out;
}

/** The host a link mark names (after `://`, or the `www.` name itself), lower-cased, at most 255 bytes; '' when none. */
function markHost(bytes: Buffer, mark: number): string {
  const start = bytes[mark] === 0x3a ? mark + 3 : mark;
  let end = start;
  let userEnd = start;
  while (end < bytes.length && end - start < 255) {
    const c = bytes[end]!;
    if (c <= 0x20 || c === 0x2f || c === 0x3f || c === 0x23 || c === 0x5c || c === 0x22 || c === 0x27 || c === LT || c === GT) break;
    if (c === 0x40) userEnd = end + 1; // user@
    end++;
  }
  return bytes.toString('latin1', userEnd, end).toLowerCase();
}

/** No line break near (one long line): at least a UTF-8 character is not split (a continuation byte is 10xxxxxx). */
function utf8Boundary(body: Uint8Array, at: number, step: 1 | -1): number {
  let i = at;
  for (let moved = 0; moved < 3 && (body[i]! & 0xc0) === 0x80; moved++) i += step;
  return i;
}

/** A text part's bytes as text, in its declared charset (or the one detected when that does not fit). */
function decodeText(bytes: Uint8Array, charset: string, effective: string, path: string, ctx: MimeContext): string {
  const result = decodeCharset(bytes, effective);
  if (result.note === 'unknown') ctx.anomalies.add('unknown-charset', charset, path);
  else if (result.note === 'utf7') ctx.anomalies.add('utf7', charset, path);
  else if (charset && result.text.indexOf('\uFFFD') >= 0 && !hasReplacementBytes(bytes)) {
    ctx.anomalies.add('bad-charset', `${charset} text does not decode cleanly`, path);
    // What the sender meant is what filters must read: retry with the detected charset when it fits.
    const guess = detectCharset(bytes);
    if (guess !== charset && guess !== 'windows-1252' && guess !== 'us-ascii') {
      const recovered = decodeStrict(bytes, guess);
      if (recovered !== null) return recovered;
    }
  }
  return result.text;
}

const META_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*(?:["']\s*)?([A-Za-z0-9_:.+-]{1,40})/i;

/** The charset an HTML document declares in its first 4 KB (only looked at when the bytes are not ASCII). */
function metaCharset(body: Uint8Array): string {
  if (!hasHighBytes(body) && !hasIso2022JpEscape(body)) return '';
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, 4096)).toString('latin1');
  const m = META_CHARSET.exec(head);
  return m ? normalizeCharsetLabel(m[1] as string) : '';
}

/** U+FFFD encoded in UTF-8 (EF BF BD): the text really contained a replacement character. */
function hasReplacementBytes(bytes: Uint8Array): boolean {
  const i = bytes.indexOf(0xef);
  return i >= 0 && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from([0xef, 0xbf, 0xbd]));
}

function flagPartLimit(ctx: MimeContext, path: string): void {
  if (!ctx.partLimitHit) ctx.anomalies.add('limit-part-count', `more than ${ctx.options.maxParts} parts`, path);
  ctx.partLimitHit = true;
}

function decodeTransfer(body: Uint8Array, encoding: string, path: string, ctx: MimeContext): { bytes: Uint8Array; filename?: string } {
  switch (encoding) {
    case '7bit':
    case '8bit':
    case 'binary':
      return { bytes: body };
    case 'base64': {
      const d = decodeBase64(body);
      if (d.bad) ctx.anomalies.add('bad-base64', 'invalid characters or padding in base64', path);
      return { bytes: d.bytes };
    }
    case 'quoted-printable': {
      const d = decodeQuotedPrintable(body);
      if (d.bad) ctx.anomalies.add('bad-transfer-encoding', 'invalid quoted-printable escape', path);
      return { bytes: d.bytes };
    }
    case 'x-uuencode':
    case 'uuencode':
    case 'x-uue': {
      const d = decodeUuencode(body);
      if (d.bad) ctx.anomalies.add('bad-transfer-encoding', 'truncated uuencode line', path);
      return d.filename ? { bytes: d.bytes, filename: d.filename } : { bytes: d.bytes };
    }
    default:
      ctx.anomalies.add('bad-transfer-encoding', `unknown transfer encoding ${encoding}`, path);
      return { bytes: body };
  }
}

function isLineStart(buf: Uint8Array, p: number): boolean {
  return p === 0 || buf[p - 1] === 0x0a || buf[p - 1] === 0x0d;
}

/** Offset of the line terminator just before `p` (the CRLF belongs to the delimiter, RFC 2046 §5.1.1). */
function contentEndBefore(buf: Uint8Array, p: number, floor: number): number {
  let end = p;
  if (end > floor && buf[end - 1] === 0x0a) end--;
  if (end > floor && buf[end - 1] === 0x0d) end--;
  return end;
}

/** First line that looks like a delimiter, for multiparts that forgot their boundary parameter. */
function guessBoundary(body: Uint8Array): string | undefined {
  const limit = Math.min(body.length, 64 * 1024);
  let p = 0;
  while (p < limit) {
    if (body[p] === 0x2d && body[p + 1] === 0x2d && isLineStart(body, p)) {
      let e = p + 2;
      while (e < body.length && body[e] !== 0x0a && body[e] !== 0x0d && body[e] !== 0x20 && body[e] !== 0x09) e++;
      if (e - p > 3 && e - p <= 74) return Buffer.from(body.subarray(p + 2, e)).toString('latin1');
    }
    const nl = body.indexOf(0x0a, p);
    if (nl < 0) break;
    p = nl + 1;
  }
  return undefined;
}

function splitMultipart(part: MimePart, body: Uint8Array, declared: string | undefined, ctx: MimeContext): void {
  const path = part.path;
  let boundary = declared;
  if (!boundary) {
    ctx.anomalies.add('missing-boundary', part.contentType, path);
    boundary = guessBoundary(body);
    if (!boundary) {
      addWholeBodyChild(part, body, ctx);
      return;
    }
  }
  const delimiter = Buffer.from(`--${boundary}`, /[^\x00-\xff]/.test(boundary) ? 'utf8' : 'latin1');
  const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const defaultType = part.contentType === 'multipart/digest' ? 'message/rfc822' : 'text/plain';
  let search = 0;
  let contentStart = -1;
  let index = 0;
  let closed = false;
  let found = false;
  for (;;) {
    const p = buf.indexOf(delimiter, search);
    if (p < 0) break;
    search = p + 1;
    if (!isLineStart(buf, p)) continue;
    let q = p + delimiter.length;
    const isClose = buf[q] === 0x2d && buf[q + 1] === 0x2d;
    if (isClose) q += 2;
    else {
      // Transport padding (RFC 2046 §5.1.1: white space), and NUL or other control bytes read the same way: they are
      // not boundary characters (bchars), so a longer boundary is never taken for ours, and a NUL written after each
      // delimiter must not hide every part of the message. The bytes are recorded.
      let controls = false;
      while (q < buf.length && (buf[q] === 0x20 || buf[q] === 0x09 || isPaddingControl(buf[q]!))) {
        if (buf[q] !== 0x20 && buf[q] !== 0x09) controls = true;
        q++;
      }
      // A longer boundary sharing this prefix is not ours (`--abc` vs `--abcdef`).
      if (q < buf.length && buf[q] !== 0x0a && buf[q] !== 0x0d) continue;
      if (controls) ctx.anomalies.add('nul-bytes', 'NUL or control bytes after a boundary delimiter', path);
    }
    found = true;
    if (contentStart >= 0) {
      if (!addChild(part, buf.subarray(contentStart, contentEndBefore(buf, p, contentStart)), ++index, defaultType, ctx)) return;
    }
    if (isClose) {
      closed = true;
      break;
    }
    // Content starts after the delimiter line.
    const nl = buf.indexOf(0x0a, q);
    const cr = buf[q] === 0x0d && buf[q + 1] !== 0x0a ? q : -1;
    contentStart = cr >= 0 ? cr + 1 : nl < 0 ? buf.length : nl + 1;
    search = contentStart;
  }
  if (!found) {
    ctx.anomalies.add('boundary-not-found', boundary, path);
    addWholeBodyChild(part, body, ctx);
    return;
  }
  if (!closed) {
    ctx.anomalies.add('unterminated-multipart', boundary, path);
    if (contentStart >= 0 && contentStart <= buf.length) addChild(part, buf.subarray(contentStart), ++index, defaultType, ctx);
  }
}

function addChild(part: MimePart, content: Uint8Array, index: number, defaultType: string, ctx: MimeContext): boolean {
  if (ctx.partCount >= ctx.options.maxParts) {
    flagPartLimit(ctx, part.path);
    return false;
  }
  const path = childPath(part.path, index);
  if (content.buffer === ctx.rootBuffer) ctx.partStarts.add(content.byteOffset);
  const block = parseHeaderBlock(content, {
    maxHeaderBytes: ctx.options.maxHeaderBytes,
    partPath: path,
    anomalies: ctx.anomalies,
    words: ctx.words,
    allowMboxFrom: false,
  });
  // A part that starts with its body (no header lines) has an empty header: RFC 2046 §5.1.1 allows that.
  part.children.push(buildPart(block.fields, content.subarray(block.bodyStart), path, part.depth + 1, ctx, defaultType));
  return true;
}

/** A multipart whose delimiters cannot be found: its body is still shown to the reader as text, so keep it. */
function addWholeBodyChild(part: MimePart, body: Uint8Array, ctx: MimeContext): void {
  if (ctx.partCount >= ctx.options.maxParts) {
    flagPartLimit(ctx, part.path);
    return;
  }
  part.children.push(buildPart([], body, childPath(part.path, 1), part.depth + 1, ctx, 'text/plain'));
}
