import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildPe } from '../files/test-support/pe-builder.js';
import { zipBomb } from '../files/test-support/zip-builder.js';
import { decodeQuotedPrintable } from '../mail/parse/transfer.js';
import { encodeQuotedPrintable } from './quoted-printable.js';
import { MboxSplitter } from '../mail/sources/mbox.js';
import type { Scanner } from '../scan/engine.js';
import { SHARED_DATA } from './shared-data.js';

/**
 * The evasions of issue 17 item 8, as edits of a real message (bytes in, bytes out), shared by the corpus
 * test (src/mail/parse/evasions.test.ts) and `npm run bench:evasions`. Each evasion gives the message to
 * compare against (`original`: the real message itself, or the real message carrying the payload the edit
 * hides) and the edited message; the edited one must keep the original's verdict.
 */

const CRLF = '\r\n';

/**
 * Offset of the body separator line (empty, or only white space followed by a line that does not continue
 * a field, as the parser reads it), or the length when there is none.
 */
function headerEnd(raw: Buffer): number {
  let pos = 0;
  while (pos < raw.length) {
    const nl = raw.indexOf(0x0a, pos);
    const end = nl < 0 ? raw.length : nl;
    const line = raw.subarray(pos, end).toString('latin1').replace(/\r$/, '');
    const next = nl < 0 ? -1 : raw[nl + 1];
    if (line === '' || (/^[ \t]+$/.test(line) && next !== 0x20 && next !== 0x09)) return pos;
    if (nl < 0) break;
    pos = nl + 1;
  }
  return raw.length;
}

/** Start offsets of the header fields (lines that do not start with white space) in the header block. */
function fieldStarts(raw: Buffer): number[] {
  const end = headerEnd(raw);
  const starts: number[] = [];
  let pos = 0;
  while (pos < end) {
    if (raw[pos] !== 0x20 && raw[pos] !== 0x09) starts.push(pos);
    const nl = raw.indexOf(0x0a, pos);
    if (nl < 0 || nl >= end) break;
    pos = nl + 1;
  }
  return starts;
}

function insertAt(raw: Buffer, at: number, bytes: Buffer | string): Buffer {
  return Buffer.concat([raw.subarray(0, at), Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'latin1'), raw.subarray(at)]);
}

/** A NUL byte at the start of the header field just before From (the second field when From comes first). */
export function nulAtHeaderLine(raw: Buffer): Buffer {
  const starts = fieldStarts(raw);
  const fromIndex = starts.findIndex((s) => /^from\s*:/i.test(raw.subarray(s, s + 8).toString('latin1')));
  const at = fromIndex > 0 ? starts[fromIndex - 1] : starts[1];
  return insertAt(raw, at ?? starts[0] ?? 0, '\0');
}

/** A NUL byte inside the first header line (well within the first 512 bytes). */
export function nulInFirstBytes(raw: Buffer): Buffer {
  const nl = raw.indexOf(0x0a);
  let at = nl > 0 ? nl : Math.min(raw.length, 100);
  if (raw[at - 1] === 0x0d) at--;
  return insertAt(raw, Math.min(at, 400), '\0');
}

/** Enough padding fields before From to push it, and everything after it, past a 256 KiB header limit. */
export function headerPadding(raw: Buffer, bytes = 300 * 1024): Buffer {
  const lines: string[] = [];
  const filler = 'a'.repeat(96);
  for (let i = 0, total = 0; total < bytes; i++) {
    const line = `X-Padding-${String(i).padStart(5, '0')}: ${filler}${CRLF}`;
    lines.push(line);
    total += line.length;
  }
  const end = headerEnd(raw);
  const head = raw.subarray(0, end).toString('latin1');
  const from = /^from\s*:/im.exec(head);
  const starts = fieldStarts(raw);
  return insertAt(raw, from ? from.index : (starts[0] ?? 0), lines.join(''));
}

const CONTENT_FIELD = /^(content-[a-z-]+|mime-version)\s*:/i;

/** Splits the top-level header into the message's own fields and its content (MIME) fields. */
function splitContentHeaders(raw: Buffer): { outer: string; content: string; body: Buffer } {
  const end = headerEnd(raw);
  const nl = raw.indexOf(0x0a, end);
  const head = raw.subarray(0, end).toString('latin1');
  const outer: string[] = [];
  const content: string[] = [];
  let target = outer;
  for (const line of head.split(/\r?\n/)) {
    if (line === '') continue;
    if (!/^[ \t]/.test(line)) target = CONTENT_FIELD.test(line) ? content : outer;
    target.push(line);
  }
  return { outer: outer.join(CRLF), content: content.filter((l) => !/^mime-version/i.test(l)).join(CRLF), body: nl < 0 ? Buffer.alloc(0) : raw.subarray(nl + 1) };
}

/** A MIME leaf part: its header lines and its (already encoded) body. */
export interface PartSpec {
  headers: string[];
  body: Buffer | string;
}

function renderPart(part: PartSpec): Buffer {
  return Buffer.concat([Buffer.from(part.headers.join(CRLF) + CRLF + CRLF, 'latin1'), Buffer.isBuffer(part.body) ? part.body : Buffer.from(part.body, 'latin1')]);
}

function multipart(boundary: string, parts: Buffer[]): Buffer {
  const chunks: Buffer[] = [];
  for (const p of parts) chunks.push(Buffer.from(`--${boundary}${CRLF}`), p, Buffer.from(CRLF));
  chunks.push(Buffer.from(`--${boundary}--${CRLF}`));
  return Buffer.concat(chunks);
}

/**
 * The real message turned into multipart/mixed: its own content first (as it was), then `extra` (rendered
 * parts, possibly multiparts themselves).
 */
export function withParts(raw: Buffer, extra: Buffer[]): Buffer {
  const { outer, content, body } = splitContentHeaders(raw);
  const first = Buffer.concat([Buffer.from((content || 'Content-Type: text/plain') + CRLF + CRLF, 'latin1'), body]);
  const boundary = '=_evasion_outer_7f3a';
  const head = `${outer}${CRLF}MIME-Version: 1.0${CRLF}Content-Type: multipart/mixed; boundary="${boundary}"${CRLF}${CRLF}`;
  return Buffer.concat([Buffer.from(head, 'latin1'), multipart(boundary, [first, ...extra])]);
}

function base64Lines(data: Uint8Array): string {
  return (Buffer.from(data).toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);
}

/** An attachment part carrying `data` in base64. */
export function attachmentPart(name: string, data: Uint8Array, type = 'application/octet-stream'): Buffer {
  return renderPart({
    headers: [`Content-Type: ${type}; name="${name}"`, 'Content-Transfer-Encoding: base64', `Content-Disposition: attachment; filename="${name}"`],
    body: base64Lines(data),
  });
}

/** A small Windows program: the payload the part and depth evasions hide. */
export const EXE_NAME = 'Invoice_0423.exe';
export function exePart(): Buffer {
  return attachmentPart(EXE_NAME, buildPe({ imports: { 'urlmon.dll': ['URLDownloadToFileA'], 'kernel32.dll': ['WinExec'] } }));
}

/** `count` tiny text parts: filler that uses up a part limit. */
export function fillerParts(count: number): Buffer[] {
  const part = renderPart({ headers: ['Content-Type: text/plain; charset=us-ascii'], body: '.' });
  return Array.from({ length: count }, () => part);
}

/** `part` wrapped in `levels` nested multipart/mixed entities. */
export function nested(part: Buffer, levels: number): Buffer {
  let inner = part;
  for (let i = levels; i > 0; i--) {
    const boundary = `=_evasion_level_${i}`;
    inner = Buffer.concat([Buffer.from(`Content-Type: multipart/mixed; boundary="${boundary}"${CRLF}${CRLF}`), multipart(boundary, [inner])]);
  }
  return inner;
}

/** Size of the bomb: past the default per-entry limit (64 MiB) at ratio ~1000, so only the ratio can tell. */
export const BOMB_MIB = 512;

// ---------------------------------------------------------------------------------------------------------------
// Dilution and obfuscation edits of the HTML a reader sees (issue 17, item 8, "the edited message keeps the verdict").
// Each rewrites every inline text/html part of the real message (decoded by its transfer encoding, edited, encoded
// back the same way) and leaves the rest of the message byte for byte as it was. A message without an HTML body part
// is not edited (`editHtmlParts` gives null): the tricks live in HTML.

const HTML_PARTS_MAX = 8;

/** The value of header field `name` in a header block (unfolded), or ''. */
function fieldValue(head: string, name: string): string {
  const lines = head.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length <= name.length || line[name.length] !== ':' || line.slice(0, name.length).toLowerCase() !== name) continue;
    let value = line.slice(name.length + 1);
    for (let j = i + 1; j < lines.length && /^[ \t]/.test(lines[j]!); j++) value += ` ${lines[j]!.trim()}`;
    return value.trim();
  }
  return '';
}

function decodeBody(body: Buffer, encoding: string): Buffer {
  if (encoding === 'base64') return Buffer.from(body.toString('latin1').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  // The parser's own decoding: the edit starts from the HTML the scanner reads.
  if (encoding === 'quoted-printable') return Buffer.from(decodeQuotedPrintable(body).bytes);
  return body;
}

function encodeBody(data: Buffer, encoding: string): Buffer {
  if (encoding === 'base64') return Buffer.from(base64Lines(data) + CRLF, 'latin1');
  if (encoding === 'quoted-printable') return Buffer.from(encodeQuotedPrintable(data, CRLF), 'latin1');
  return data;
}

/** Offsets of the lines that start with `--boundary` in a multipart body: [line start, line end (after its newline)]. */
function delimiterLines(body: Buffer, boundary: string): [number, number][] {
  const marker = Buffer.from(`--${boundary}`, 'latin1');
  const out: [number, number][] = [];
  for (let at = body.indexOf(marker); at >= 0; at = body.indexOf(marker, at + marker.length)) {
    if (at > 0 && body[at - 1] !== 0x0a) continue;
    const nl = body.indexOf(0x0a, at);
    out.push([at, nl < 0 ? body.length : nl + 1]);
    if (nl < 0) break;
  }
  return out;
}

/** One MIME entity (header block, separator, body) with `edit` applied to its inline HTML parts; counts them in `edited`. */
function editEntity(entity: Buffer, edit: (html: string) => string, edited: { parts: number }, depth: number): Buffer {
  const end = headerEnd(entity);
  const nl = entity.indexOf(0x0a, end);
  const bodyAt = nl < 0 ? entity.length : nl + 1;
  const head = entity.subarray(0, end).toString('latin1');
  const type = fieldValue(head, 'content-type').toLowerCase();
  const body = entity.subarray(bodyAt);
  if (type.startsWith('multipart/')) {
    const boundary = /boundary\s*=\s*(?:"([^"]{1,200})"|([^\s;]{1,200}))/i.exec(fieldValue(head, 'content-type'));
    if (!boundary || depth > 10) return entity;
    const lines = delimiterLines(body, boundary[1] ?? boundary[2]!);
    const chunks: Buffer[] = [entity.subarray(0, bodyAt)];
    let done = 0;
    for (let i = 0; i < lines.length; i++) {
      const [, lineEnd] = lines[i]!;
      const next = lines[i + 1];
      if (!next) break;
      // The part ends with the line break before the next delimiter (it belongs to the delimiter).
      let partEnd = next[0];
      if (body[partEnd - 1] === 0x0a) partEnd--;
      if (body[partEnd - 1] === 0x0d) partEnd--;
      if (partEnd < lineEnd) continue;
      chunks.push(body.subarray(done, lineEnd), editEntity(body.subarray(lineEnd, partEnd), edit, edited, depth + 1));
      done = partEnd;
    }
    chunks.push(body.subarray(done));
    return Buffer.concat(chunks);
  }
  const disposition = fieldValue(head, 'content-disposition').toLowerCase();
  if (!type.startsWith('text/html') || disposition.startsWith('attachment') || edited.parts >= HTML_PARTS_MAX) return entity;
  const encoding = fieldValue(head, 'content-transfer-encoding').toLowerCase();
  const html = decodeBody(body, encoding).toString('latin1');
  edited.parts++;
  // Latin-1 keeps every byte as it was (the charset is the part's own); the edits add ASCII only.
  return Buffer.concat([entity.subarray(0, bodyAt), encodeBody(Buffer.from(edit(html), 'latin1'), encoding)]);
}

/** The message with `edit` applied to each inline HTML part (decoded as bytes, ASCII added), or null when it has none. */
export function editHtmlParts(raw: Buffer, edit: (html: string) => string): Buffer | null {
  const edited = { parts: 0 };
  const out = editEntity(raw, edit, edited, 0);
  return edited.parts > 0 ? out : null;
}

/** End tags of the elements whose content is not drawn (raw text, inert): one left open at the end would swallow `extra`. */
const CLOSE_UNDRAWN = '</title></textarea></xmp></noscript></noembed></noframes></iframe></template></xml>';

/**
 * `html` with `extra` at its very end: after everything the message shows (a browser puts what follows `</html>` in
 * the body), so nothing of the message's own comes after it (a footer after `</body>` would be pushed out with it).
 * Elements that draw nothing and were left open (spam ends in an unclosed `<title>` of hash-busting words) are closed
 * first, as a sender adding the block would: otherwise the block would be part of them and never shown.
 */
export function appendToBody(html: string, extra: string): string {
  return `${html}${CLOSE_UNDRAWN}${extra}`;
}

/**
 * A benign newsletter of our own (fixed text, so every run is the same): what a spammer copies below a lure to
 * pull the classifier and the term tables towards ham. A neighbourhood library and garden club's monthly letter:
 * ordinary words, dates, names, no offer, no link.
 */
export const BENIGN_NEWSLETTER_PARAGRAPHS = [
  'Riverside Library and Garden Club: March newsletter',
  'Dear members and neighbours, spring has arrived early this year and the first tulips are already out along the path by the reading room. Thank you to everyone who came to the seed swap last Saturday: more than forty families brought packets, cuttings and a great deal of good advice, and the tea urn ran dry twice before noon.',
  'Reading group. In April we are reading "The Remains of the Day" by Kazuo Ishiguro. Copies are on the shelf by the front desk and can be borrowed for three weeks. We meet on the second Thursday of the month at seven in the upstairs room; newcomers are always welcome, and there is no need to have finished the book.',
  'Garden work mornings. The raised beds behind the building need turning before we plant potatoes and beans. Bring gloves if you have them; we have spades, forks and a wheelbarrow that finally has a working tyre. Work mornings run from nine until half past eleven on the first and third Sunday of each month, weather permitting.',
  'Children\'s corner. Story time continues every Wednesday afternoon at four. This month Mrs Patel will read picture books about birds, and the children will make simple feeders from pine cones, string and seed. Parents are asked to stay with children under six.',
  'From the committee. The annual general meeting will be held on the twenty-fourth of April. The minutes of last year\'s meeting and the treasurer\'s report are pinned on the notice board in the hall. If you would like to join the committee or suggest an item for the agenda, please speak to Margaret or Tom at the desk.',
  'A note on the car park: the council will resurface it during the week after Easter, so please use the side street during those days. The bicycle racks by the gate stay open.',
  'Volunteer of the month. Our thanks go to David, who repaired the greenhouse door, labelled every drawer in the tool shed and taught three of us how to sharpen secateurs properly. Tea and biscuits are on us at the next work morning.',
  'Recipe corner, from Ellen: rhubarb crumble. Cut six sticks of rhubarb into short pieces, add a little sugar and a spoon of water, and cover with a crumble of flour, butter, oats and brown sugar. Bake for forty minutes until golden. Serve warm with custard.',
  'Opening hours remain the same: Monday to Friday from ten until six, Saturday from ten until four, closed on Sundays and public holidays. We look forward to seeing you soon.',
  'With best wishes from all of us at the Riverside Library and Garden Club.',
];

/** The newsletter as paragraphs: with no style of their own (they take the hiding block's), or with `style`. */
export function benignNewsletterParagraphs(style?: string): string {
  const open = style === undefined ? '<p>' : `<p style="${style}">`;
  return BENIGN_NEWSLETTER_PARAGRAPHS.map((p) => `${open}${p}</p>`).join('\n');
}

/** The newsletter as a copied template: a table of paragraphs. */
export function benignNewsletterHtml(): string {
  const rows = BENIGN_NEWSLETTER_PARAGRAPHS.map((p, i) => (i === 0 ? `<tr><td style="font-size:22px;font-weight:bold;padding:12px 0">${p}</td></tr>` : `<tr><td style="font-size:15px;line-height:22px;padding:0 0 14px 0">${p}</td></tr>`));
  return `<table width="600" cellpadding="0" cellspacing="0" border="0" style="margin:0 auto;font-family:Georgia,serif;color:#333333">${rows.join('\n')}</table>`;
}

/** An empty block beyond any screen (the 2000vh wrapper of a honeypot campaign), then the newsletter. */
export function pushedOutNewsletter(raw: Buffer): Buffer | null {
  return editHtmlParts(raw, (html) => appendToBody(html, `\n<div style="height:2000vh"></div>\n${benignNewsletterHtml()}\n`));
}

/**
 * The newsletter appended inside a block the reader never sees (`style`: the hiding declarations). `paragraphs`: the
 * paragraphs carry the style too. A size set on the block alone is undone by the page's own sheet wherever it sizes `p`
 * (`p { font-size: 14px }`, most templates): a browser draws those paragraphs, so a sender who checks what he sends
 * puts a tiny font on the text itself, where an inline style wins over the sheet's.
 */
export function hiddenNewsletter(raw: Buffer, style: string, paragraphs = false): Buffer | null {
  return editHtmlParts(raw, (html) => appendToBody(html, `\n<div style="${style}">${benignNewsletterParagraphs(paragraphs ? style : undefined)}</div>\n`));
}

/**
 * The newsletter appended as paragraphs in white (`color:#ffffff`) on no declared background: the page a mail client
 * draws is white, so the reader sees nothing (spam's oldest dilution trick, hash-busting words in white).
 */
export function whiteNewsletter(raw: Buffer): Buffer | null {
  return editHtmlParts(raw, (html) => appendToBody(html, `\n${BENIGN_NEWSLETTER_PARAGRAPHS.map((p) => `<p style="color:#ffffff">${p}</p>`).join('\n')}\n`));
}

/** A letter run of six or more, not the name of a character reference: split after its third letter. */
const LONG_WORD = /(?<![&#A-Za-z0-9])([A-Za-z]{3})(?=[A-Za-z]{3})/g;

/**
 * `html` with `joiner` written inside every word of six letters or more of its text (after the third letter), the
 * way spam breaks up brand names and trigger words for filters: `Acc&#8203;ount`, `Pay<!-- -->Pal`. Tags, comments,
 * style sheets and scripts are left as they are.
 */
export function splitWords(html: string, joiner: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > at) out.push(html.slice(at, textEnd).replace(LONG_WORD, `$1${joiner}`));
    if (lt < 0) break;
    let end: number;
    if (lower.startsWith('<!--', lt)) end = lower.indexOf('-->', lt + 4) + 3;
    else if (lower.startsWith('<style', lt)) end = lower.indexOf('</style', lt);
    else if (lower.startsWith('<script', lt)) end = lower.indexOf('</script', lt);
    else end = lower.indexOf('>', lt) + 1;
    if (end <= lt) end = html.length;
    out.push(html.slice(lt, end));
    at = end;
  }
  return out.join('');
}

/** Every letter of the text's words of six letters or more written as a numeric character reference (`&#80;&#97;…`). */
export function entityWords(html: string): string {
  return splitWords(html, '\u0000').replace(/([A-Za-z]{3})\u0000([A-Za-z]+)/g, (_, a: string, b: string) => [...(a + b)].map((c) => `&#${c.charCodeAt(0)};`).join(''));
}

/**
 * Every word of six letters or more with its a, e and o written as the Cyrillic а, е and the Greek ο that look the same
 * (numeric character references, so the part's charset does not matter): a reader sees the words, a word filter none.
 */
export function lookalikeWords(html: string): string {
  return splitWords(html, '\u0000').replace(/([A-Za-z]{3})\u0000([A-Za-z]+)/g, (_, a: string, b: string) => (a + b).replace(/[aeo]/g, (c) => LOOKALIKE_ENTITY[c]!));
}
const LOOKALIKE_ENTITY: Readonly<Record<string, string>> = { a: '&#1072;', e: '&#1077;', o: '&#959;' };

/**
 * The message with its Subject's words of six letters or more spelt with the Cyrillic а, е and the Greek ο (as an RFC 2047
 * encoded word), or null when the Subject is absent, folded over lines, already encoded or not printable ASCII.
 */
export function lookalikeSubject(raw: Buffer): Buffer | null {
  const text = raw.toString('latin1');
  const headEnd = text.search(/\r?\n\r?\n/);
  const m = /^Subject:[ \t]*([^\r\n]*)\r?\n(?![ \t])/im.exec(headEnd < 0 ? text : text.slice(0, headEnd + 2));
  if (!m || !/^[\x20-\x7e]+$/.test(m[1]!) || m[1]!.includes('=?')) return null;
  const disguised = m[1]!.replace(/(?<![A-Za-z])([A-Za-z]{3})(?=[A-Za-z]{3})([A-Za-z]+)/g, (_, a: string, b: string) => (a + b).replace(/[aeo]/g, (c) => LOOKALIKE_LETTER[c]!));
  if (disguised === m[1]) return null;
  const field = `Subject: =?UTF-8?B?${Buffer.from(disguised, 'utf8').toString('base64')}?=\r\n`;
  return Buffer.from(text.slice(0, m.index) + field + text.slice(m.index + m[0].length), 'latin1');
}
const LOOKALIKE_LETTER: Readonly<Record<string, string>> = { a: '\u0430', e: '\u0435', o: '\u03bf' };

// ---------------------------------------------------------------------------------------------------------------
// The lure wrapped in an attached message (issue 17 item 8, session 66): the real letter whole, as a message/rfc822 part or
// as an .eml file, behind a short outer letter from another sender, so that a filter reading only the outer letter's From,
// Subject and text sees a bland note.

/** The real message without an mbox envelope line (`From sender date`), which inside an attachment is no header field. */
function withoutEnvelope(raw: Buffer): Buffer {
  const envelope = /^From [^\r\n]*\r?\n/.exec(raw.toString('latin1', 0, 1024))?.[0] ?? '';
  return raw.subarray(envelope.length);
}

/** The real message's Subject as written (unfolded, encoded words left as they are), or ''. */
function subjectOf(raw: Buffer): string {
  return fieldValue(raw.subarray(0, headerEnd(raw)).toString('latin1'), 'subject');
}

/**
 * A short outer letter from a colleague at an ordinary company (fixed, so every run is the same) carrying `attached` (a
 * rendered part) after its one-line note.
 */
export function outerLetter(subject: string, note: string, attached: Buffer): Buffer {
  const boundary = '=_evasion_wrap_5c1d';
  const head = [
    'From: Jordan Ellis <jordan.ellis@brightwater-logistics.com>',
    'To: sam.porter@brightwater-logistics.com',
    `Subject: ${subject}`,
    'Date: Tue, 24 Nov 2026 09:41:00 +0000',
    'Message-ID: <fw.20261124094100.5c1d@brightwater-logistics.com>',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ].join(CRLF);
  const text = renderPart({ headers: ['Content-Type: text/plain; charset=us-ascii'], body: `${note}${CRLF}${CRLF}Jordan${CRLF}` });
  return Buffer.concat([Buffer.from(`${head}${CRLF}${CRLF}`, 'latin1'), multipart(boundary, [text, attached])]);
}

/** The real message whole as a message/rfc822 part of an outer letter "Fwd: <its subject>" (Outlook's "forward as attachment"). */
export function attachedMessage(raw: Buffer): Buffer {
  const inner = withoutEnvelope(raw);
  const subject = subjectOf(inner);
  const part = Buffer.concat([Buffer.from(`Content-Type: message/rfc822${CRLF}Content-Disposition: attachment; filename="forwarded.eml"${CRLF}${CRLF}`, 'latin1'), inner]);
  return outerLetter(subject ? `Fwd: ${subject}` : 'Fwd:', 'See the message attached.', part);
}

/** The real message whole as an application/octet-stream attachment named message.eml, under a neutral outer letter. */
export function attachedEmlFile(raw: Buffer): Buffer {
  return outerLetter('FYI', 'Please have a look at the attached.', attachmentPart('message.eml', withoutEnvelope(raw)));
}

export interface Evasion {
  name: string;
  /** What the issue calls it. */
  description: string;
  /** The message whose verdict must be kept (the real one, or the real one carrying the payload). */
  original: (raw: Buffer) => Buffer;
  /** The edited message, or null when the edit does not apply to this message (an HTML trick on a plain-text one). */
  edited: (raw: Buffer) => Buffer | null;
  /** Finding ids the edited message must carry once the evasion is closed. */
  expect: string[];
  /** Finding ids the edited message must not carry unless the original did (what the edit used to hide). */
  forbid: string[];
  /** Expensive to run (inflates hundreds of MiB): benchmarks sample it. */
  costly?: boolean;
  /**
   * The share of edited messages that must carry `expect` (default all): an edit appended to a message's HTML lands inside
   * whatever the message left open, and a block that hides the rest (spam's own unclosed `display:none`) or a page that
   * draws nothing above it leaves no push to find.
   */
  expectShare?: number;
  /**
   * The share of edited messages whose verdict must be the original's (default 0.9; the rest may only be raised): an edit that
   * is itself a strong signal raises many — a Subject spelt in lookalike letters names its sender a disguiser
   * (FROM_MIXED_SCRIPT_DISGUISE, and with a lure's words PHISH_DISGUISED_LURE).
   */
  keptShare?: number;
  /** Not closed yet (why): the bench measures it, the corpus test does not hold it to the original's verdict. */
  open?: string;
}

const same = (raw: Buffer): Buffer => raw;
/** What the header evasions used to hide: the edited message must not lack what the original has. */
const HIDDEN_HEADER_IDS = ['HDR_FROM_MISSING', 'HDR_SUBJECT_MISSING', 'HDR_MESSAGE_ID_MISSING', 'HDR_DATE_MISSING', 'MIME_BAD_BOUNDARY'];

export const EVASIONS: Evasion[] = [
  { name: 'nul-header-line', description: 'a NUL byte at the start of a header line', original: same, edited: nulAtHeaderLine, expect: ['HDR_NUL'], forbid: HIDDEN_HEADER_IDS },
  { name: 'nul-first-512', description: 'a NUL byte in the first 512 bytes', original: same, edited: nulInFirstBytes, expect: ['HDR_NUL'], forbid: HIDDEN_HEADER_IDS },
  { name: 'header-padding', description: 'padding fields past the header limit before From', original: same, edited: (raw) => headerPadding(raw), expect: ['HDR_LIMIT_EXCEEDED'], forbid: HIDDEN_HEADER_IDS },
  {
    name: 'exe-after-part-limit',
    description: 'an executable after the part limit (default 500 parts)',
    original: (raw) => withParts(raw, [exePart()]),
    edited: (raw) => withParts(raw, [...fillerParts(520), exePart()]),
    expect: ['MIME_LIMIT_PARTS', 'ATTACH_EXECUTABLE', 'MIME_LIMIT_WITH_PAYLOAD'],
    forbid: ['CHECK_ERROR'],
  },
  {
    name: 'exe-beyond-depth-limit',
    description: 'an executable nested deeper than the depth limit (default 20)',
    original: (raw) => withParts(raw, [exePart()]),
    edited: (raw) => withParts(raw, [nested(exePart(), 24)]),
    expect: ['MIME_LIMIT_DEPTH', 'ATTACH_EXECUTABLE', 'MIME_LIMIT_WITH_PAYLOAD'],
    forbid: ['CHECK_ERROR'],
  },
  {
    name: 'zip-bomb-understated',
    description: 'a zip bomb whose local and central headers understate its inflated size',
    original: (raw) => withParts(raw, [attachmentPart('statement.zip', zipBomb(BOMB_MIB), 'application/zip')]),
    edited: (raw) => withParts(raw, [attachmentPart('statement.zip', zipBomb(BOMB_MIB, 300 * 1024), 'application/zip')]),
    expect: ['ATTACH_ZIP_BOMB'],
    forbid: ['ATTACH_ARCHIVE_LIMIT_BYTES', 'CHECK_ERROR'],
    costly: true,
  },
  {
    name: 'pushed-out-newsletter',
    description: 'an empty block beyond any screen, then a copied benign newsletter (HTML)',
    original: same,
    edited: pushedOutNewsletter,
    expect: ['MIME_TEXT_PUSHED_OUT_OF_VIEW'],
    forbid: [],
    expectShare: 0.9,
  },
  { name: 'zero-width-split', description: 'a zero-width space inside every long word (HTML)', original: same, edited: (raw) => editHtmlParts(raw, (html) => splitWords(html, '&#8203;')), expect: ['MIME_INVISIBLE_CHARS'], forbid: [], expectShare: 0.9 },
  { name: 'soft-hyphen-split', description: 'a soft hyphen inside every long word (HTML)', original: same, edited: (raw) => editHtmlParts(raw, (html) => splitWords(html, '&shy;')), expect: [], forbid: [] },
  { name: 'comment-split', description: 'an empty HTML comment inside every long word (HTML)', original: same, edited: (raw) => editHtmlParts(raw, (html) => splitWords(html, '<!-- -->')), expect: [], forbid: [] },
  { name: 'lookalike-letters', description: 'the a, e and o of every long word written as Cyrillic or Greek lookalike letters (HTML)', original: same, edited: (raw) => editHtmlParts(raw, lookalikeWords), expect: ['MIME_MIXED_SCRIPT_WORDS'], forbid: [], expectShare: 0.9 },
  { name: 'lookalike-subject', description: 'the a, e and o of every long word of the Subject written as Cyrillic or Greek lookalike letters', original: same, edited: lookalikeSubject, expect: ['FROM_MIXED_SCRIPT_DISGUISE'], forbid: [], expectShare: 0.9, keptShare: 0.8 },
  { name: 'entity-words', description: 'every long word written as numeric character references (HTML)', original: same, edited: (raw) => editHtmlParts(raw, entityWords), expect: [], forbid: [] },
  {
    name: 'hidden-newsletter',
    description: 'a benign newsletter appended in a display:none block (HTML)',
    original: same,
    edited: (raw) => hiddenNewsletter(raw, 'display:none'),
    expect: ['MIME_HIDDEN_TEXT'],
    forbid: [],
    expectShare: 0.9,
  },
  {
    name: 'tiny-newsletter',
    description: 'a benign newsletter appended in font-size:0 (HTML)',
    original: same,
    edited: (raw) => hiddenNewsletter(raw, 'font-size:0px;line-height:0', true),
    expect: ['MIME_HIDDEN_TEXT'],
    forbid: [],
    expectShare: 0.9,
  },
  {
    name: 'white-newsletter',
    description: 'a benign newsletter appended in white paragraphs on no declared background (HTML)',
    original: same,
    edited: whiteNewsletter,
    expect: ['MIME_TEXT_INVISIBLE_COLOUR'],
    forbid: [],
    expectShare: 0.8,
    // On a dark page the white text is seen (session 42: 12 of the pot's and Nazario's lowered, a visible newsletter, not a
    // hidden one); on a page whose background is not known or a light grey it is read, and the classifier and the
    // signature's brands also read the text without it (ink.ts inkFaint).
    // Session 43: blocking findings (CONTENT_ADVERT_OFFER …) and the classifier read what the reader sees too (engine.ts
    // blockingIds, faintlessClassifierInput); every lowered case left has no faint text (a newsletter seen on a dark page).
    open: 'a newsletter in white on a dark page is seen and dilutes the vote like any visible block (not a colour trick); dark-mode rules (prefers-color-scheme: dark, [data-ogsb] * { color:#fff !important }) make the light-mode page not known (pot 2898)',
  },
  {
    name: 'attached-message',
    description: 'the message whole as a message/rfc822 attachment of a short outer letter from another sender ("Fwd: …")',
    original: same,
    edited: attachedMessage,
    // The expected id depends on the original's class (MIME_ATTACHED_MESSAGE_<class>): evasions-corpus.test.ts asserts it.
    expect: [],
    forbid: ['MIME_ATTACHED_MESSAGE_LIMIT', 'CHECK_ERROR'],
  },
  {
    name: 'attached-eml-file',
    description: 'the message whole as an application/octet-stream attachment message.eml of a neutral outer letter ("FYI")',
    original: same,
    edited: attachedEmlFile,
    expect: [],
    forbid: ['MIME_ATTACHED_MESSAGE_LIMIT', 'CHECK_ERROR'],
  },
];

/** A message of the real corpora: where it came from and its bytes. */
export interface CorpusMessage {
  source: string;
  raw: Buffer;
}

/** Unpacks phishing-pot-dev once into $TMPDIR/spamlab-bench (as bench/links.ts does) and lists it. */
export function phishingPotFiles(): string[] {
  const tarball = path.join(SHARED_DATA, 'phishing/phishing-pot-dev.tar.gz');
  if (!existsSync(tarball)) return [];
  const cache = path.join(os.tmpdir(), 'spamlab-bench');
  const dir = path.join(cache, 'phishing-pot');
  if (!existsSync(dir)) {
    mkdirSync(cache, { recursive: true });
    execFileSync('tar', ['xzf', tarball, '-C', cache]);
  }
  return readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().map((f) => path.join(dir, f));
}

/** The messages of a Nazario mbox under ../shared/data/phishing (read in place). */
export function nazarioMessages(file: 'phishing0.mbox' | 'phishing1.mbox'): CorpusMessage[] {
  const full = path.join(SHARED_DATA, 'phishing', file);
  if (!existsSync(full)) return [];
  const splitter = new MboxSplitter({ cap: 32 << 20 });
  const out = [...splitter.push(readFileSync(full)), ...splitter.end()];
  return out.map((m) => ({ source: `${file}#${m.index}`, raw: Buffer.from(m.raw) }));
}

/** Every `step`-th element, starting at `offset`: a fixed, spread-out sample. */
export function every<T>(items: readonly T[], step: number, offset = 0): T[] {
  return items.filter((_, i) => i % step === offset % step);
}

/**
 * `every`, with each picked item that `skip` refuses replaced by the next one of its stride that it accepts (none if the
 * whole stride is refused): the sample keeps its size and its spread as rows are set aside — a corpus test's sample of the
 * phishing pot loses its held-out files, whose number grows with every hand-labelled draw.
 */
export function everyAvoiding<T>(items: readonly T[], step: number, offset: number, skip: (item: T) => boolean): T[] {
  const picked: T[] = [];
  for (let start = offset % step; start < items.length; start += step) {
    for (let i = start; i < Math.min(start + step, items.length); i++) {
      if (!skip(items[i]!)) {
        picked.push(items[i]!);
        break;
      }
    }
  }
  return picked;
}

export interface EvasionOutcome {
  source: string;
  evasion: string;
  originalVerdict: string;
  editedVerdict: string;
  kept: boolean;
  /** The edited message's verdict is more severe than the original's (a limit or NUL is itself a signal). */
  raised: boolean;
  /** Expected ids missing from the edited message's findings. */
  missing: string[];
  /** Forbidden ids the edited message carries (and the original did not). */
  unexpected: string[];
  editedIds: string[];
}

const SEVERITY = ['clean', 'spam', 'phishing', 'malware'];
/** clean < spam < phishing < malware; a refused message (error) is below clean: it passes unfiltered. */
export function severity(verdict: string): number {
  return SEVERITY.indexOf(verdict);
}

/** Scans one message, or gives 'error: …' when the scanner refuses it (the fail-open case). */
export async function verdictOf(scanner: Scanner, raw: Buffer, source: string): Promise<{ verdict: string; ids: string[] }> {
  try {
    const report = await scanner.scan({ raw, source });
    return { verdict: report.verdict, ids: report.findings.map((f) => f.id) };
  } catch (err) {
    return { verdict: `error: ${(err as Error).name}`, ids: [] };
  }
}

/**
 * The verdict of each message scanned as it is, per scanner, keyed by the message's bytes (the same Buffer object):
 * most evasions compare against the unedited message (`original: same`), which a corpus run would otherwise scan
 * again for every evasion. A scan is a function of the bytes, the source and the scanner's configuration, so the
 * first scan's verdict and ids are the ones every later scan would give.
 */
const uneditedVerdicts = new WeakMap<Scanner, WeakMap<Buffer, { source: string; verdict: Promise<{ verdict: string; ids: string[] }> }>>();

function uneditedVerdictOf(scanner: Scanner, message: CorpusMessage): Promise<{ verdict: string; ids: string[] }> {
  let byRaw = uneditedVerdicts.get(scanner);
  if (!byRaw) uneditedVerdicts.set(scanner, (byRaw = new WeakMap()));
  const known = byRaw.get(message.raw);
  if (known && known.source === message.source) return known.verdict;
  const verdict = verdictOf(scanner, message.raw, message.source);
  byRaw.set(message.raw, { source: message.source, verdict });
  return verdict;
}

/** Applies one evasion to one message and compares the verdicts; null when the edit does not apply to the message. */
export async function tryEvasion(scanner: Scanner, evasion: Evasion, message: CorpusMessage): Promise<EvasionOutcome | null> {
  const editedRaw = evasion.edited(message.raw);
  if (editedRaw === null) return null;
  const originalRaw = evasion.original(message.raw);
  const original = await (originalRaw === message.raw ? uneditedVerdictOf(scanner, message) : verdictOf(scanner, originalRaw, message.source));
  const edited = await verdictOf(scanner, editedRaw, `${message.source} (${evasion.name})`);
  return {
    source: message.source,
    evasion: evasion.name,
    originalVerdict: original.verdict,
    editedVerdict: edited.verdict,
    kept: original.verdict === edited.verdict,
    raised: severity(edited.verdict) > severity(original.verdict),
    missing: evasion.expect.filter((id) => !edited.ids.includes(id)),
    unexpected: evasion.forbid.filter((id) => edited.ids.includes(id) && !original.ids.includes(id)),
    editedIds: edited.ids,
  };
}
