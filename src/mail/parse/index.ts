/**
 * The RFC 5322 / MIME parser, written here rather than taken from postal-mime (the suggested library) because
 * the scan needs what a mail client's parser hides: every anomaly as a finding (broken boundaries, header
 * injection, 8-bit headers, duplicate singletons), hard bounds on depth, parts and header bytes with a
 * finding when one is reached, the raw header fields and Received chain as written, and linear time on
 * hostile input (tested by the cost tests). postal-mime normalises those away and is unbounded.
 */
import type { Address, Attachment, EmbeddedShown, HeaderField, HtmlLink, MimePart, ParsedMessage, ParseOptions } from '../types.js';
import { parseAddressList } from './address.js';
import { AnomalySink } from './anomalies.js';
import { parseAuthResults } from './auth-results.js';
import { parseMailDate } from './date.js';
import { newWordsInfo, type WordsInfo } from './encoded-words.js';
import { indexHeaders, parseHeaderBlock } from './headers.js';
import { applyOverrides, emptyHtmlFacts, htmlToText } from './html.js';
import { buildPart, type MimeContext } from './mime.js';
import { parseReceived } from './received.js';
import { salvageParts } from './salvage.js';
import { SUBJECT_READ_CHARS } from './subject-read.js';

export { decodeEncodedWords } from './encoded-words.js';
export { addressSyntaxProblem, makeAddress, parseAddressList, normalizeDomain } from './address.js';
export { parseMailDate } from './date.js';
export { parseReceived } from './received.js';
export { parseAuthResults } from './auth-results.js';
export { decodeCharset, detectCharset } from './charset.js';
export { htmlToText, emptyHtmlFacts } from './html.js';
export { invisibleInWords } from './invisible.js';
export { PUSHED_OUT_MIN_CHARS } from './pushed-out.js';
export { FAINT_TEXT_MIN_CHARS } from './ink.js';
export { SUBJECT_READ_CHARS, subjectAsRead } from './subject-read.js';

/**
 * Thrown when the input is clearly not an e-mail message (empty, binary, or not starting with a header
 * field). The engine reports it as a per-item error; everything else about a message is an anomaly.
 */
export class NotMailError extends Error {
  override readonly name = 'NotMailError';
  constructor(message: string) {
    super(message);
  }
}

/** Fields only mail has: input that looks binary is still parsed as mail when its header holds one. */
const MAIL_FIELDS = new Set(['from', 'to', 'subject', 'date', 'message-id', 'received', 'return-path', 'mime-version', 'delivered-to']);

/** Bytes looked at to decide whether the input is text at all. */
const SNIFF_BYTES = 512;

function sniffBinary(raw: Uint8Array): string | null {
  const n = Math.min(raw.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = raw[i] as number;
    if (b === 0) return 'NUL bytes at the start';
    // TAB, LF, FF, CR and ESC (ISO-2022-JP) occur in mail; other C0 controls do not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return control * 20 > n ? 'binary data (control bytes) at the start' : null;
}

function isBlank(raw: Uint8Array): boolean {
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  }
  return true;
}

function leadingJunk(buf: Uint8Array): number {
  let i = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const limit = Math.min(buf.length, i + 64);
  while (i < limit && (buf[i] === 0x0d || buf[i] === 0x0a)) i++;
  return i;
}

function first(index: Map<string, HeaderField[]>, key: string): HeaderField | undefined {
  return index.get(key)?.[0];
}

/**
 * The Received hops, pushed into one array literal rather than mapped: V8 remembers that this literal's arrays hold objects,
 * so a message without a Received field gets an empty array of the same kind (map's empty array is one of small integers).
 * With two kinds, the optimised readers of `msg.received` (the scan's delivery, headers.received, sender.subscription) were
 * thrown away ("wrong map") and recompiled in the SA split's second and third passes (NOTES, issue 18, session 42, late42).
 */
function receivedHops(fields: readonly HeaderField[] | undefined): ParsedMessage['received'] {
  const hops: ParsedMessage['received'] = [];
  if (fields) for (let i = 0; i < fields.length; i++) hops.push(parseReceived(fields[i]!.raw));
  return hops;
}

function addressesOf(index: Map<string, HeaderField[]>, key: string, words: WordsInfo): Address[] {
  const fields = index.get(key);
  if (!fields) return [];
  if (fields.length === 1) return parseAddressList((fields[0] as HeaderField).raw, words);
  return fields.flatMap((f) => parseAddressList(f.raw, words));
}

/**
 * What the first `<…>` holds (`/<([^>]*)>/.exec(s)`), else the whole value, trimmed. By index, not by that pattern:
 * on a header of unclosed `<` it rescanned to the end from each one (60 KB of `<` in a Message-ID: 6.5 s). The first
 * `<` with a `>` after it is the first `<` at all, when there is any `>` after it.
 */
export function stripAngles(s: string): string {
  const open = s.indexOf('<');
  const close = open < 0 ? -1 : s.indexOf('>', open);
  return (close < 0 ? s : s.slice(open + 1, close)).trim();
}

/**
 * Parses one raw RFC 5322 message. Never throws on message content: structural problems become
 * `anomalies`, limits cut parsing short and are recorded as anomalies too. Throws `NotMailError` only when
 * the input is not a message at all.
 * @example
 * const msg = parseMessage(Buffer.from('From: a@example.com\r\nSubject: hi\r\n\r\nbody'), {
 *   maxMessageBytes: 32 << 20, maxMimeDepth: 20, maxParts: 500, maxHeaderBytes: 256 << 10 });
 * msg.subject // 'hi'
 */
export function parseMessage(raw: Uint8Array, options: ParseOptions): ParsedMessage {
  if (raw.length === 0 || isBlank(raw.subarray(0, Math.min(raw.length, 4096)))) {
    throw new NotMailError('empty input');
  }
  // NUL or control bytes near the start make the input look binary; it is still mail when it starts with
  // header fields that mail carries (a NUL slipped into a real message must not make it unscannable).
  const binary = sniffBinary(raw);

  const anomalies = new AnomalySink();
  // Read as node's Buffer (a view of the same bytes, no copy) when handed a plain Uint8Array (the HTTP API's body, a
  // library caller's bytes): the parser asks for the next byte of a kind (`indexOf(0x0a)`, two a header line) many times
  // a message, and a Buffer's is memchr through node's binding where a Uint8Array's is V8's generic C++ builtin, ~3× the
  // instructions a call. Files read by the CLI and the pool are Buffers already: every caller now parses the same way.
  let buf: Uint8Array = raw instanceof Buffer ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  if (raw.length > options.maxMessageBytes) {
    buf = buf.subarray(0, options.maxMessageBytes);
    anomalies.add('limit-message-size', `message of ${raw.length} bytes cut to ${options.maxMessageBytes}`, '');
  }
  // Exported files sometimes start with a UTF-8 byte order mark or blank lines before the first field.
  const start = leadingJunk(buf);
  if (start > 0) buf = buf.subarray(start);
  const words = newWordsInfo();
  const block = parseHeaderBlock(buf, {
    maxHeaderBytes: options.maxHeaderBytes,
    partPath: '',
    anomalies,
    words,
    allowMboxFrom: true,
  });
  if (!block.startsWithField) throw new NotMailError(binary ?? 'no header field at the start');
  // The NUL itself is recorded where it is (in a header field or a body part).
  if (binary && !block.fields.some((f) => MAIL_FIELDS.has(f.key))) throw new NotMailError(binary);

  const ctx: MimeContext = { options, anomalies, words, charsets: new Set(), partCount: 0, partLimitHit: false, depthLimitHit: false, partStarts: new Set(), rootBuffer: buf.buffer };
  const root = buildPart(block.fields, buf.subarray(block.bodyStart), '', 0, ctx, 'text/plain');
  const headerIndex = indexHeaders(block.fields);

  // What the tree could not hold is still looked at: the attachments past the limit, most dangerous first, and the
  // body text past it (read with the rest of the body: the tree's own text may be nothing but filler).
  const salvaged = ctx.partLimitHit || ctx.depthLimitHit ? salvageParts(buf.subarray(block.bodyStart), ctx, root.params.boundary) : undefined;
  if (salvaged && salvaged.texts.length > 0 && root.contentType.startsWith('multipart/')) root.children.push(...salvaged.texts);
  const body = assembleBody(root);
  if (salvaged) {
    body.attachments.push(...salvaged.parts.map(toAttachment));
    const kind = ctx.partLimitHit ? 'limit-part-count' : 'limit-mime-depth';
    const texts = root.contentType.startsWith('multipart/') ? salvaged.texts.length : 0;
    const note = `${salvaged.parts.length} attachment(s)${texts > 0 ? ` and ${texts} text part(s)` : ''} past the limit analysed${salvaged.found > salvaged.parts.length ? ` (the ${salvaged.parts.length} most dangerous of ${salvaged.found})` : ''}${salvaged.capped ? '; stopped looking after too many candidate parts' : ''}`;
    if (salvaged.parts.length > 0 || texts > 0 || salvaged.capped) anomalies.add(kind, note, '');
  }

  if (body.facts.tagControlChars) anomalies.add('html-control-in-tag', `${body.facts.tagControlChars} control byte(s) inside HTML tags, read as if absent`, '');
  const subject = first(headerIndex, 'subject')?.value ?? '';
  // Kept whole; past what the content is read with it is filler meant to push the body out of a filter's sight (subject-read.ts).
  if (subject.length > SUBJECT_READ_CHARS) anomalies.add('limit-subject-length', `subject of ${subject.length} characters: the content was read with its first ${SUBJECT_READ_CHARS} and the whole body`, '');
  const sender = addressesOf(headerIndex, 'sender', words)[0];
  const returnPathField = first(headerIndex, 'return-path');
  const messageIdField = first(headerIndex, 'message-id');
  const dateField = first(headerIndex, 'date');
  const deliveredTo: string[] = [];
  for (const key of ['delivered-to', 'x-original-to', 'envelope-to']) {
    for (const f of headerIndex.get(key) ?? []) {
      for (const a of parseAddressList(f.raw)) if (a.address) deliveredTo.push(a.address.toLowerCase());
    }
  }

  for (const charset of words.charsets) ctx.charsets.add(charset);
  for (const charset of words.unknown) anomalies.add('unknown-charset', charset, '');
  if (words.utf7) anomalies.add('utf7', 'UTF-7 encoded word in a header', '');

  const msg: ParsedMessage = {
    size: raw.length,
    headers: block.fields,
    headerIndex,
    from: addressesOf(headerIndex, 'from', words).slice(0, 1000),
    replyTo: addressesOf(headerIndex, 'reply-to', words),
    to: addressesOf(headerIndex, 'to', words),
    cc: addressesOf(headerIndex, 'cc', words),
    deliveredTo,
    subject,
    date: dateField ? parseMailDate(dateField.raw) : null,
    received: receivedHops(headerIndex.get('received')),
    authResults: (headerIndex.get('authentication-results') ?? []).flatMap((f) => parseAuthResults(f.raw)),
    root,
    text: body.text,
    html: body.html,
    visibleText: body.visibleText,
    embeddedShown: body.embeddedShown,
    shownWithoutAttached: body.shownWithoutAttached,
    ownWords: undefined,
    htmlFacts: body.facts,
    attachments: body.attachments,
    charsets: [...ctx.charsets],
    anomalies: anomalies.list,
    // Optional fields are present (undefined when absent) so that every message has one shape: a field added
    // only to some messages gave those a shape of their own, and every check compiled for the usual shape was
    // thrown away and recompiled when a rare one came by (see NOTES, issue 18, "Stable shapes").
    sender: undefined,
    returnPath: undefined,
    messageId: undefined,
    dateRaw: undefined,
    subjectAsWritten: undefined,
    envelope: undefined,
    raw: undefined,
  };
  if (sender) msg.sender = sender;
  if (returnPathField) msg.returnPath = returnPathField.raw.includes('<') ? stripAngles(returnPathField.raw) : returnPathField.raw.trim().split(/\s+/)[0] ?? '';
  if (messageIdField) {
    const id = stripAngles(messageIdField.raw);
    msg.messageId = id;
  }
  if (dateField) msg.dateRaw = dateField.raw;
  if (options.envelope) msg.envelope = options.envelope;
  msg.raw = raw;
  return msg;
}

interface Body {
  text: string;
  html: string;
  visibleText: string;
  facts: ParsedMessage['htmlFacts'];
  attachments: Attachment[];
  embeddedShown: EmbeddedShown[] | undefined;
  shownWithoutAttached: string | undefined;
}

/** Characters of each attached message's shown text kept (ParsedMessage.embeddedShown; the image-lure reads 4,000). */
export const EMBEDDED_SHOWN_CHARS = 4000;
/** Attached messages whose shown text is kept, in tree order (500 parts of attached messages must not make 500 copies). */
export const EMBEDDED_SHOWN_MAX = 64;

function isMessagePart(part: MimePart): boolean {
  return part.contentType === 'message/rfc822' || part.contentType === 'message/global';
}

function isBodyText(part: MimePart): boolean {
  return (part.contentType === 'text/plain' || part.contentType === 'text/html') && part.disposition !== 'attachment' && part.filename === '';
}

/** Some text that is not white space (tested without making a trimmed copy of a rendered page). */
const NOT_BLANK = /\S/;

/** An `<img>` a reader sees: not hidden, and not a tracking pixel (declared 2 px or less either way). */
function isPicture(link: HtmlLink): boolean {
  return link.kind === 'img' && !link.hidden && !((link.width !== undefined && link.width <= 2) || (link.height !== undefined && link.height <= 2));
}

/**
 * Splits the tree into what the reader sees (body text) and what the message carries (attachments), and
 * renders HTML once per part. Every alternative contributes to `text`, `html` and the HTML facts, since
 * filters must look at all of them. In multipart/alternative the reader sees one alternative, and which one
 * must not be the sender's choice: an HTML alternative that shows anything (text, or a picture when all its
 * text is hidden) is the one read, wherever it stands — the mail clients most people read with show HTML
 * when there is any — and otherwise the last alternative that has text (RFC 2046 §5.1.4: the richest comes
 * last). Reading "the last with text" let a lure whose HTML hides its word salad show that salad again
 * through a text/plain copy (the HTML rendered empty, so the plain part was read instead), and let a benign
 * text/plain placed last stand in for the HTML lure.
 */
function assembleBody(root: MimePart): Body {
  const texts: string[] = [];
  const htmls: string[] = [];
  const attachments: Attachment[] = [];
  const facts = emptyHtmlFacts();
  const rendered = new Map<MimePart, string>();
  /** HTML parts with text in a colour that may not be seen: their text without it (htmlToText's withoutFaint). */
  const renderedWithoutFaint = new Map<MimePart, string>();
  const withoutFaint = { text: '' };
  /** Where the next HTML part starts in the joined `html`: the parts before it and their '\n' separators. */
  let htmlOffset = 0;
  /** HTML parts that render no text but show a picture. */
  const picturesOnly = new Set<MimePart>();

  /** Whether an attached message was opened (its text is in the shown text): then the shown text without it is kept too. */
  let opensMessage = false;

  const collect = (part: MimePart): void => {
    if (part.children.length > 0) {
      if (part.contentType === 'message/rfc822' || part.contentType === 'message/global') {
        attachments.push(toAttachment(part));
        opensMessage = true;
      }
      for (const child of part.children) collect(child);
      return;
    }
    if (part.contentType.startsWith('multipart/')) return;
    if (isBodyText(part)) {
      const text = part.text ?? '';
      if (part.contentType === 'text/html') {
        const cutBefore = facts.shownHtmlEnd;
        const rangesBefore = facts.hiddenHtmlRanges.length;
        const faintBefore = facts.faintHtmlRanges.length;
        const linksBefore = facts.links.length;
        const shown = htmlToText(text, part.path, facts, withoutFaint);
        if (withoutFaint.text) renderedWithoutFaint.set(part, withoutFaint.text);
        // Offsets this part set are in its own HTML: moved by where it starts in the joined `html` (the push, the hidden elements).
        if (cutBefore < 0 && facts.shownHtmlEnd >= 0) facts.shownHtmlEnd += htmlOffset;
        if (htmlOffset > 0) for (let i = rangesBefore; i < facts.hiddenHtmlRanges.length; i++) facts.hiddenHtmlRanges[i]! += htmlOffset;
        if (htmlOffset > 0) for (let i = faintBefore; i < facts.faintHtmlRanges.length; i++) facts.faintHtmlRanges[i]! += htmlOffset;
        htmls.push(text);
        htmlOffset += text.length + 1;
        rendered.set(part, shown);
        if (!NOT_BLANK.test(shown)) {
          for (let i = linksBefore; i < facts.links.length; i++) {
            if (isPicture(facts.links[i] as HtmlLink)) {
              picturesOnly.add(part);
              break;
            }
          }
        }
      } else {
        texts.push(text);
        rendered.set(part, applyOverrides(text.indexOf('\r') >= 0 ? text.replace(/\r\n?/g, '\n') : text));
      }
      return;
    }
    attachments.push(toAttachment(part));
  };
  collect(root);

  /** Whether a part shows an HTML body: its own text or pictures, or a child's (multipart/related wraps one). */
  const showsHtml = (part: MimePart): boolean => {
    if (part.children.length === 0) return part.contentType === 'text/html' && (picturesOnly.has(part) || NOT_BLANK.test(rendered.get(part) ?? ''));
    if (part.contentType === 'message/rfc822' || part.contentType === 'message/global') return false;
    for (const child of part.children) if (showsHtml(child)) return true;
    return false;
  };
  // `faintless`: each part's text without what is in a colour that may not be seen (when it has some); `ownOnly`: without the
  // text of attached messages (ParsedMessage.shownWithoutAttached).
  const render = (part: MimePart, faintless = false, ownOnly = false): string => {
    if (part.children.length === 0) return (faintless ? renderedWithoutFaint.get(part) : undefined) ?? rendered.get(part) ?? '';
    if (ownOnly && isMessagePart(part)) return '';
    if (part.contentType === 'multipart/alternative') {
      for (let i = part.children.length - 1; i >= 0; i--) {
        const child = part.children[i] as MimePart;
        if (showsHtml(child)) return render(child, faintless, ownOnly);
      }
      for (let i = part.children.length - 1; i >= 0; i--) {
        const r = render(part.children[i] as MimePart, faintless, ownOnly);
        if (r.trim()) return r;
      }
      return '';
    }
    const out: string[] = [];
    for (const child of part.children) {
      const r = render(child, faintless, ownOnly);
      if (r) out.push(r);
    }
    return out.join('\n');
  };

  // The same choice of parts as visibleText (a part's faint text does not change whether it shows).
  if (renderedWithoutFaint.size > 0) facts.textWithoutFaint = render(root, true);
  const shownWithoutAttached = opensMessage ? render(root, false, true) : undefined;
  return { text: texts.join('\n'), html: htmls.join('\n'), visibleText: render(root), facts, attachments, embeddedShown: embeddedShown(root, rendered, showsHtml), shownWithoutAttached };
}

/**
 * The first EMBEDDED_SHOWN_CHARS each attached message shows (render's choice of parts, read only as far as that takes), and
 * each salvaged text part's (its path, `salvaged.text.N`); undefined when there is neither. Each message is read once per level it is
 * nested in (the depth limit bounds that), at most EMBEDDED_SHOWN_MAX messages.
 */
function embeddedShown(root: MimePart, rendered: Map<MimePart, string>, showsHtml: (part: MimePart) => boolean): EmbeddedShown[] | undefined {
  let out: EmbeddedShown[] | undefined;
  const head = (part: MimePart, max: number): string => {
    if (part.children.length === 0) return (rendered.get(part) ?? '').slice(0, max);
    if (part.contentType === 'multipart/alternative') {
      for (let i = part.children.length - 1; i >= 0; i--) if (showsHtml(part.children[i] as MimePart)) return head(part.children[i] as MimePart, max);
      for (let i = part.children.length - 1; i >= 0; i--) {
        const r = head(part.children[i] as MimePart, max);
        if (NOT_BLANK.test(r)) return r;
      }
      return '';
    }
    let text = '';
    for (const child of part.children) {
      if (text.length >= max) break;
      const r = head(child, max - text.length);
      if (r) text = text ? `${text}\n${r}` : r;
    }
    return text.slice(0, max);
  };
  const walk = (part: MimePart): void => {
    if (isMessagePart(part) && part.children.length > 0 && (out?.length ?? 0) < EMBEDDED_SHOWN_MAX) (out ??= []).push({ scope: part.path, text: head(part, EMBEDDED_SHOWN_CHARS) });
    for (const child of part.children) walk(child);
  };
  walk(root);
  // Text read past a limit: which message each part belonged to is not known (ten covers and the letter they forward are all
  // there), so each is a scope of its own.
  for (const c of root.children) if (c.path.startsWith('salvaged.text.')) (out ??= []).push({ scope: c.path, text: head(c, EMBEDDED_SHOWN_CHARS) });
  return out;
}

function toAttachment(part: MimePart): Attachment {
  const a: Attachment = {
    partPath: part.path,
    filename: part.filename,
    declaredType: part.contentType,
    disposition: part.disposition,
    content: part.body,
    size: part.body.length,
    contentId: part.contentId || undefined, // present on every attachment: one shape for all
  };
  return a;
}
