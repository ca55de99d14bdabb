/**
 * Outlook message files (.msg, [MS-OXMSG]): what a user saves from Outlook, what a "report phishing" button or a help
 * desk hands an analyst, and what some campaigns attach. A .msg is an OLE compound file whose streams are the item's MAPI
 * properties (`__substg1.0_IIIITTTT`: property id, then type), its fixed-size properties (`__properties_version1.0`), its
 * recipients and attachments as storages, and an attached Outlook item as a storage of its own.
 *
 * spamlab reads mail as RFC 5322, so a .msg is rewritten as the message it stands for: the internet headers Outlook kept
 * (PR_TRANSPORT_MESSAGE_HEADERS: Received, Authentication-Results, From … as they arrived) or, without them, a header made
 * from the item's sender, recipients, subject and dates; the plain-text and HTML bodies (with no HTML body, the HTML a
 * compressed RTF body encapsulates, `\fromhtml1`; the RTF's text when it is the only one); every attachment, and an
 * attached item as a message/rfc822 part of its own (rewritten the same way, to `maxDepth` levels). Nothing is dropped
 * silently: what could not be read is listed in `problems`.
 *
 * Bounded: a stream is read up to `maxStreamBytes`, at most `maxAttachments` attachments and recipients a level, `maxDepth`
 * levels of attached items; the OLE reader bounds chains and the directory walk.
 */
import { decompressRtf } from '../tnef/compressed-rtf.js';
import { rtfHtml } from '../rtf/html.js';
import { rtfText } from '../rtf/text.js';
import { openOle, type OleFile } from '../ole/index.js';

export interface OutlookMsgLimits {
  /** Bytes read of one property stream (a body, an attachment's data). */
  maxStreamBytes: number;
  /** Attachments (and recipients) read per item. */
  maxAttachments: number;
  /** Levels of attached Outlook items rewritten as message/rfc822 parts below the top one. */
  maxDepth: number;
}

export const DEFAULT_OUTLOOK_MSG_LIMITS: OutlookMsgLimits = { maxStreamBytes: 32 * 1024 * 1024, maxAttachments: 500, maxDepth: 8 };

/** The OLE compound file signature: real mail (text) never starts with it. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The root storage's class of an Outlook message file (CLSID_MessageFile, MS-OXMSG §2.1.1). */
const MESSAGE_FILE_CLSID = '00020d0b-0000-0000-c000-000000000046';

// Property ids (MS-OXPROPS) and types.
const PT_LONG = 0x0003;
const PT_SYSTIME = 0x0040;
const PR_MESSAGE_CLASS = 0x001a;
const PR_SUBJECT = 0x0037;
const PR_SENT_REPRESENTING_NAME = 0x0042;
const PR_SENT_REPRESENTING_EMAIL_ADDRESS = 0x0065;
const PR_TRANSPORT_MESSAGE_HEADERS = 0x007d;
const PR_SENDER_NAME = 0x0c1a;
const PR_SENDER_EMAIL_ADDRESS = 0x0c1f;
const PR_RECIPIENT_TYPE = 0x0c15;
const PR_CLIENT_SUBMIT_TIME = 0x0039;
const PR_MESSAGE_DELIVERY_TIME = 0x0e06;
const PR_BODY = 0x1000;
const PR_RTF_COMPRESSED = 0x1009;
const PR_BODY_HTML = 0x1013;
const PR_INTERNET_MESSAGE_ID = 0x1035;
const PR_DISPLAY_NAME = 0x3001;
const PR_EMAIL_ADDRESS = 0x3003;
const PR_ATTACH_DATA = 0x3701;
const PR_ATTACH_FILENAME = 0x3704;
const PR_ATTACH_METHOD = 0x3705;
const PR_ATTACH_LONG_FILENAME = 0x3707;
const PR_ATTACH_MIME_TAG = 0x370e;
const PR_SMTP_ADDRESS = 0x39fe;
const PR_SENDER_SMTP_ADDRESS = 0x5d01;
const PR_SENT_REPRESENTING_SMTP_ADDRESS = 0x5d02;
/** PR_ATTACH_METHOD's value for an attached Outlook item (its properties in the `__substg1.0_3701000D` storage). */
const ATTACH_EMBEDDED_MSG = 5;

const CRLF = '\r\n';

/** Whether `b` is an Outlook message file: an OLE compound file of the message-file class, or holding an item's property streams. */
export function isOutlookMsg(b: Uint8Array): boolean {
  return openItem(b) !== undefined;
}

/** The compound file `b` opens as, when it is an Outlook message file (a cheap refusal for anything else: its signature). */
function openItem(b: Uint8Array): OleFile | undefined {
  if (b.length < 512 || !OLE_SIGNATURE.every((x, i) => b[i] === x)) return undefined;
  const ole = openOle(b);
  return ole && isOutlookItem(ole) ? ole : undefined;
}

/** Whether an opened compound file is an Outlook message file (for a caller that opened it for other reasons too). */
export function isOutlookItem(ole: OleFile): boolean {
  if (ole.rootClsid === MESSAGE_FILE_CLSID) return true;
  // Some writers leave the class null: an item is a root with its fixed properties and property streams.
  return ole.streams.some((s) => s.path === '__properties_version1.0') && ole.streams.some((s) => s.path.startsWith('__substg1.0_'));
}

function readerOf(ole: OleFile, limits: OutlookMsgLimits): Reader {
  return { ole, streams: new Set(ole.streams.map((s) => s.path.toLowerCase())), limits, problems: ole.problems.map((p) => `OLE: ${p}`), parts: 0 };
}

export interface OutlookMsgConversion {
  /** The item as an RFC 5322 message. */
  raw: Buffer;
  /** What could not be read (a broken stream, an attachment without data, limits reached). */
  problems: string[];
}

/**
 * Rewrites an Outlook message file as the RFC 5322 message it stands for; undefined when `b` is no Outlook message file.
 * Never throws.
 * @example outlookMsgToMime(readFileSync('report.msg'))?.raw.toString() // 'Received: …\r\nFrom: …\r\n…'
 */
export function outlookMsgToMime(b: Uint8Array, limits: OutlookMsgLimits = DEFAULT_OUTLOOK_MSG_LIMITS): OutlookMsgConversion | undefined {
  const ole = openItem(b);
  if (!ole) return undefined;
  const reader = readerOf(ole, limits);
  return { raw: itemToMime(reader, '', 0), problems: reader.problems };
}

interface Reader {
  ole: OleFile;
  /** Every stream path, lower case. */
  streams: Set<string>;
  limits: OutlookMsgLimits;
  problems: string[];
  /** MIME boundaries made so far (each distinct). */
  parts: number;
}

const hex4 = (n: number): string => n.toString(16).padStart(4, '0');

/** A property stream's bytes under `prefix` (a storage path ending in `/`, or '' for the root), of any of `types`. */
function propertyBytes(r: Reader, prefix: string, id: number, types: readonly number[]): { type: number; bytes: Uint8Array } | undefined {
  for (const type of types) {
    const path = `${prefix}__substg1.0_${hex4(id)}${hex4(type)}`;
    if (!r.streams.has(path.toLowerCase())) continue;
    const bytes = r.ole.read(path, r.limits.maxStreamBytes);
    if (bytes) return { type, bytes };
    r.problems.push(`stream ${path} could not be read`);
  }
  return undefined;
}

/** Text from an 8-bit stream: UTF-8 when it is valid UTF-8, else Windows-1252 (the code page of most such items). */
function eightBit(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** `s` without the NULs that end it (a MAPI string's terminator, sometimes repeated). By position: a pattern anchored at the end is quadratic on a long run. */
function withoutEndNuls(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 0) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** A property stream's text: UTF-16LE for PT_UNICODE, else 8-bit (eightBit), without the NULs that end it. */
function propertyText(found: { type: number; bytes: Uint8Array }): string {
  return withoutEndNuls(found.type === 0x001f ? Buffer.from(found.bytes.buffer, found.bytes.byteOffset, found.bytes.byteLength & ~1).toString('utf16le') : eightBit(found.bytes));
}

/** A string property (PT_UNICODE, else PT_STRING8), its terminating NULs dropped. */
function stringProperty(r: Reader, prefix: string, id: number): string | undefined {
  const found = propertyBytes(r, prefix, id, [0x001f, 0x001e]);
  if (!found) return undefined;
  return propertyText(found);
}

/**
 * The fixed-size properties of a storage (`__properties_version1.0`): a header (32 bytes for the top item, 24 for an attached
 * item, 8 for a recipient or attachment), then 16 bytes a property — type, id, flags, value (MS-OXMSG §2.4.2).
 */
function fixedProperties(r: Reader, prefix: string, headerBytes: number): Map<number, { type: number; value: Uint8Array }> {
  const out = new Map<number, { type: number; value: Uint8Array }>();
  const path = `${prefix}__properties_version1.0`;
  if (!r.streams.has(path.toLowerCase())) return out;
  const b = r.ole.read(path, 1 << 20);
  if (!b) return out;
  for (let at = headerBytes; at + 16 <= b.length; at += 16) {
    const type = b[at]! | (b[at + 1]! << 8);
    const id = b[at + 2]! | (b[at + 3]! << 8);
    out.set(id, { type, value: b.subarray(at + 8, at + 16) });
  }
  return out;
}

function longValue(props: Map<number, { type: number; value: Uint8Array }>, id: number): number | undefined {
  const p = props.get(id);
  return p && p.type === PT_LONG ? (p.value[0]! | (p.value[1]! << 8) | (p.value[2]! << 16) | (p.value[3]! << 24)) >>> 0 : undefined;
}

/** A PT_SYSTIME (FILETIME: 100 ns since 1601-01-01) as a Date, when it is a plausible one. */
function timeValue(props: Map<number, { type: number; value: Uint8Array }>, id: number): Date | undefined {
  const p = props.get(id);
  if (!p || p.type !== PT_SYSTIME) return undefined;
  const ticks = Buffer.from(p.value).readBigUInt64LE(0);
  const ms = Number(ticks / 10_000n) - 11_644_473_600_000;
  return ms > 0 && ms < 8.64e15 ? new Date(ms) : undefined;
}

/** A header value as RFC 2047 words when it is not plain printable ASCII. */
function headerText(s: string): string {
  const flat = s.replace(/[\r\n]+/g, ' ');
  return /^[\x20-\x7e]*$/.test(flat) ? flat : `=?UTF-8?B?${Buffer.from(flat, 'utf8').toString('base64')}?=`;
}

/** `"Name" <address>` (or the address, or the name alone when there is no address). */
function mailbox(name: string | undefined, address: string | undefined): string | undefined {
  const addr = address && /^[^\s<>@]+@[^\s<>@]+$/.test(address) ? address : undefined;
  if (!name && !addr) return address ? headerText(address) : undefined;
  if (!addr) return `${headerText(name!)} <>`;
  if (!name || name === addr) return `<${addr}>`;
  const quoted = /^[\x20-\x7e]*$/.test(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : headerText(name);
  return `${quoted} <${addr}>`;
}

/** An address that is an SMTP one (Exchange keeps `/O=…` addresses in PR_*_EMAIL_ADDRESS and the SMTP one apart). */
function smtpOf(...candidates: (string | undefined)[]): string | undefined {
  return candidates.find((c) => c !== undefined && c.includes('@') && !c.startsWith('/')) ?? candidates.find((c) => c !== undefined && c !== '');
}

function base64Lines(bytes: Uint8Array): string {
  return (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);
}

/** Fields of the kept internet header that describe the body Outlook stored apart: the rewritten message has its own. */
const CONTENT_FIELD = /^(content-[a-z-]*|mime-version)\s*:/i;

/** The kept internet header without its content fields (a field's folded lines go with it). */
function keptHeader(text: string): string {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  let skipping = false;
  for (const line of lines) {
    if (line === '') break; // the header ends at its first empty line: anything after it is no header
    if (/^[ \t]/.test(line)) {
      if (!skipping && out.length > 0) out.push(line);
      continue;
    }
    skipping = CONTENT_FIELD.test(line);
    if (!skipping) out.push(line);
  }
  return out.join(CRLF);
}

/**
 * The rewritten message's own type: a delivery report stays one (`multipart/report`, its report type kept from the internet
 * header, or told by the item's class REPORT.…), for what reads bounces and receipts; anything else is multipart/mixed.
 */
function topType(transport: string | undefined, messageClass: string | undefined): string {
  const declared = transport ? /^content-type:\s*multipart\/report\b[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/im.exec(transport)?.[0] : undefined;
  const reportType = declared ? /report-type\s*=\s*"?([a-z0-9-]{1,40})/i.exec(declared)?.[1] : undefined;
  if (reportType) return `multipart/report; report-type=${reportType.toLowerCase()}`;
  if (messageClass && /^report\./i.test(messageClass)) return `multipart/report; report-type=${/\.ipn/i.test(messageClass) ? 'disposition-notification' : 'delivery-status'}`;
  return 'multipart/mixed';
}

/** One item (the file's top level, or an attached item's storage under `prefix`) as an RFC 5322 message. */
function itemToMime(r: Reader, prefix: string, depth: number): Buffer {
  const props = fixedProperties(r, prefix, prefix === '' ? 32 : 24);
  const header: string[] = [];
  const transport = stringProperty(r, prefix, PR_TRANSPORT_MESSAGE_HEADERS);
  const kept = transport ? keptHeader(transport) : '';
  if (kept) header.push(kept);
  else {
    const from = mailbox(stringProperty(r, prefix, PR_SENT_REPRESENTING_NAME) ?? stringProperty(r, prefix, PR_SENDER_NAME), smtpOf(stringProperty(r, prefix, PR_SENT_REPRESENTING_SMTP_ADDRESS), stringProperty(r, prefix, PR_SENDER_SMTP_ADDRESS), stringProperty(r, prefix, PR_SENT_REPRESENTING_EMAIL_ADDRESS), stringProperty(r, prefix, PR_SENDER_EMAIL_ADDRESS)));
    if (from) header.push(`From: ${from}`);
    const recipients = recipientsOf(r, prefix);
    for (const [field, list] of [['To', recipients.to], ['Cc', recipients.cc]] as const) if (list.length > 0) header.push(`${field}: ${list.join(`,${CRLF} `)}`);
    const subject = stringProperty(r, prefix, PR_SUBJECT);
    if (subject !== undefined) header.push(`Subject: ${headerText(subject)}`);
    const date = timeValue(props, PR_CLIENT_SUBMIT_TIME) ?? timeValue(props, PR_MESSAGE_DELIVERY_TIME);
    if (date) header.push(`Date: ${date.toUTCString().replace('GMT', '+0000')}`);
    const id = stringProperty(r, prefix, PR_INTERNET_MESSAGE_ID);
    if (id) header.push(`Message-ID: ${id.replace(/[\r\n]/g, '')}`);
  }
  const boundary = `=_spamlab_msg_${depth}_${r.parts++}`;
  const chunks: Buffer[] = [Buffer.from(`${header.join(CRLF)}${CRLF}MIME-Version: 1.0${CRLF}Content-Type: ${topType(transport, stringProperty(r, prefix, PR_MESSAGE_CLASS))}; boundary="${boundary}"${CRLF}${CRLF}`, 'utf8')];
  const part = (head: string[], body: Buffer | string): void => {
    chunks.push(Buffer.from(`--${boundary}${CRLF}${head.join(CRLF)}${CRLF}${CRLF}`, 'utf8'), typeof body === 'string' ? Buffer.from(body, 'utf8') : body, Buffer.from(CRLF, 'latin1'));
  };
  const bodies = bodiesOf(r, prefix);
  const bodyHead = (type: string): string[] => [`Content-Type: ${type}; charset=utf-8`, 'Content-Transfer-Encoding: base64'];
  if (bodies.length === 1) part(bodyHead(bodies[0]!.type), base64Lines(Buffer.from(bodies[0]!.text, 'utf8')));
  else if (bodies.length > 1) {
    // The plain text and the HTML are two forms of one letter, as Outlook sends them: multipart/alternative.
    const inner = `=_spamlab_msg_${depth}_${r.parts++}`;
    const forms = bodies.map((b) => `--${inner}${CRLF}${bodyHead(b.type).join(CRLF)}${CRLF}${CRLF}${base64Lines(Buffer.from(b.text, 'utf8'))}${CRLF}`).join('');
    part([`Content-Type: multipart/alternative; boundary="${inner}"`], `${forms}--${inner}--`);
  }
  attachmentsOf(r, prefix, depth, part);
  chunks.push(Buffer.from(`--${boundary}--${CRLF}`, 'latin1'));
  return Buffer.concat(chunks);
}

/** PR_BODY_HTML: PT_BINARY in the item's code page (UTF-8 or Windows-1252 read here), or a string property. */
function htmlBody(r: Reader, prefix: string): string | undefined {
  const html = propertyBytes(r, prefix, PR_BODY_HTML, [0x0102, 0x001f, 0x001e]);
  if (!html) return undefined;
  return propertyText(html);
}

/** An attachment's name as Outlook shows it: the long file name, else the 8.3 one, else its display name. */
function attachmentName(r: Reader, storage: string): string {
  return stringProperty(r, storage, PR_ATTACH_LONG_FILENAME) || stringProperty(r, storage, PR_ATTACH_FILENAME) || stringProperty(r, storage, PR_DISPLAY_NAME) || 'attachment';
}

/** The storage of the Outlook item an attachment holds (PR_ATTACH_DATA as PT_OBJECT), when it holds one. */
function attachedItem(r: Reader, storage: string): string | undefined {
  const item = `${storage}__substg1.0_3701000d/`;
  for (const path of r.streams) if (path.startsWith(item)) return item;
  return undefined;
}

/**
 * The item's bodies as a reader is shown them: the HTML body and the plain text; with no HTML body, the HTML a compressed RTF
 * body encapsulates (`\fromhtml1`: what Outlook shows of an HTML letter saved as RTF); the compressed RTF's text when it is
 * the only one.
 */
function bodiesOf(r: Reader, prefix: string): { type: string; text: string }[] {
  const out: { type: string; text: string }[] = [];
  const text = stringProperty(r, prefix, PR_BODY);
  if (text) out.push({ type: 'text/plain', text });
  const page = htmlBody(r, prefix);
  if (page?.trim()) {
    out.push({ type: 'text/html', text: page });
    return out;
  }
  const rtf = propertyBytes(r, prefix, PR_RTF_COMPRESSED, [0x0102]);
  if (!rtf) return out;
  const decoded = decompressRtf(rtf.bytes, r.limits.maxStreamBytes);
  if (!decoded) {
    if (out.length === 0) r.problems.push('the compressed RTF body could not be decompressed');
    return out;
  }
  const encapsulated = rtfHtml(decoded.rtf, r.limits.maxStreamBytes);
  if (encapsulated?.trim()) out.push({ type: 'text/html', text: encapsulated });
  else if (out.length === 0) out.push({ type: 'text/plain', text: rtfText(decoded.rtf, r.limits.maxStreamBytes) });
  return out;
}

/**
 * The storages `__recip_version1.0_#XXXXXXXX/` or `__attach_version1.0_#XXXXXXXX/` directly under `prefix`, in number order, at
 * most `maxAttachments` (paths lower case: the OLE reader's are case-insensitive).
 */
function childStorages(r: Reader, prefix: string, kind: 'recip' | 'attach'): string[] {
  const head = `${prefix}__${kind}_version1.0_#`.toLowerCase();
  const found = new Set<string>();
  for (const path of r.streams) {
    if (!path.startsWith(head)) continue;
    const slash = path.indexOf('/', head.length);
    if (slash > 0) found.add(path.slice(0, slash + 1));
  }
  const list = [...found].sort();
  if (list.length > r.limits.maxAttachments) r.problems.push(`${list.length} ${kind === 'attach' ? 'attachments' : 'recipients'}: the first ${r.limits.maxAttachments} read`);
  return list.slice(0, r.limits.maxAttachments);
}

function recipientsOf(r: Reader, prefix: string): { to: string[]; cc: string[] } {
  const out = { to: [] as string[], cc: [] as string[] };
  for (const storage of childStorages(r, prefix, 'recip')) {
    const props = fixedProperties(r, storage, 8);
    const box = mailbox(stringProperty(r, storage, PR_DISPLAY_NAME), smtpOf(stringProperty(r, storage, PR_SMTP_ADDRESS), stringProperty(r, storage, PR_EMAIL_ADDRESS)));
    if (!box) continue;
    const type = longValue(props, PR_RECIPIENT_TYPE);
    if (type === 2) out.cc.push(box);
    else if (type !== 3) out.to.push(box); // Bcc is not shown in a header
  }
  return out;
}

/** A file name as a MIME parameter: quoted ASCII, and RFC 2231's UTF-8 form beside it when it is not ASCII. */
function nameParameters(name: string): { type: string; disposition: string } {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  if (ascii === name) return { type: `name="${name}"`, disposition: `filename="${name}"` };
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return { type: `name="${ascii}"`, disposition: `filename="${ascii}"; filename*=UTF-8''${encoded}` };
}

function attachmentsOf(r: Reader, prefix: string, depth: number, part: (head: string[], body: Buffer | string) => void): void {
  for (const storage of childStorages(r, prefix, 'attach')) {
    const props = fixedProperties(r, storage, 8);
    const name = attachmentName(r, storage);
    const embedded = attachedItem(r, storage) ?? (longValue(props, PR_ATTACH_METHOD) === ATTACH_EMBEDDED_MSG ? `${storage}__substg1.0_3701000d/` : undefined);
    if (embedded) {
      if (depth + 1 > r.limits.maxDepth) {
        r.problems.push(`attached item "${name}" deeper than ${r.limits.maxDepth} levels: not read`);
        continue;
      }
      part(['Content-Type: message/rfc822', `Content-Disposition: attachment; ${nameParameters(/\.(eml|msg)$/i.test(name) ? name.replace(/\.msg$/i, '.eml') : `${name}.eml`).disposition}`], itemToMime(r, embedded, depth + 1));
      continue;
    }
    const data = propertyBytes(r, storage, PR_ATTACH_DATA, [0x0102]);
    if (!data) {
      r.problems.push(`attachment "${name}" has no data stream`);
      continue;
    }
    const declared = stringProperty(r, storage, PR_ATTACH_MIME_TAG);
    const type = declared && /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/i.test(declared.trim()) ? declared.trim() : 'application/octet-stream';
    const params = nameParameters(name);
    part([`Content-Type: ${type}; ${params.type}`, 'Content-Transfer-Encoding: base64', `Content-Disposition: attachment; ${params.disposition}`], base64Lines(data.bytes));
  }
}

/** An attached Outlook item's contents as an archive's: its files (those of items attached to it too) and the body it shows. */
export interface OutlookMsgListing {
  /** Every attached file, those of attached items included (named `item > file`), at most `maxAttachments`. */
  entries: { name: string; data: Uint8Array }[];
  /** The body in each form it is stored (the compressed RTF decompressed): the letter the reader is shown. */
  body: { text?: string; html?: string; rtf?: Uint8Array };
  problems: string[];
  /** More files than `maxAttachments`. */
  truncated: boolean;
}

/**
 * A .msg as the attachment analysis reads an archive (a .msg attached to mail: a campaign's, or a user's report of one):
 * its files, and the body Outlook shows when it is opened. Undefined when `b` is no Outlook message file; never throws.
 * @example listOutlookMsg(bytes)?.entries.map((e) => e.name) // ['invoice.pdf.exe', 'Fwd: parcel > label.zip']
 */
export function listOutlookMsg(b: Uint8Array, limits: OutlookMsgLimits = DEFAULT_OUTLOOK_MSG_LIMITS): OutlookMsgListing | undefined {
  const ole = openItem(b);
  return ole && listOutlookItem(ole, limits);
}

/** listOutlookMsg of a compound file already opened and known to be an Outlook item (isOutlookItem). */
export function listOutlookItem(ole: OleFile, limits: OutlookMsgLimits = DEFAULT_OUTLOOK_MSG_LIMITS): OutlookMsgListing {
  const r = readerOf(ole, limits);
  const body: OutlookMsgListing['body'] = {};
  const text = stringProperty(r, '', PR_BODY);
  if (text) body.text = text;
  const html = htmlBody(r, '');
  if (html) body.html = html;
  const rtf = propertyBytes(r, '', PR_RTF_COMPRESSED, [0x0102]);
  const decoded = rtf ? decompressRtf(rtf.bytes, limits.maxStreamBytes) : null;
  if (decoded) {
    body.rtf = decoded.rtf;
    // An HTML letter saved as RTF: the HTML it encapsulates is the body Outlook shows (its links with their texts).
    if (!html) {
      const encapsulated = rtfHtml(decoded.rtf, limits.maxStreamBytes);
      if (encapsulated?.trim()) body.html = encapsulated;
    }
  }
  const entries: OutlookMsgListing['entries'] = [];
  let truncated = false;
  const walk = (prefix: string, label: string, depth: number): void => {
    for (const storage of childStorages(r, prefix, 'attach')) {
      if (entries.length >= limits.maxAttachments) {
        truncated = true;
        return;
      }
      const name = attachmentName(r, storage);
      const embedded = attachedItem(r, storage);
      if (embedded) {
        if (depth + 1 > limits.maxDepth) r.problems.push(`attached item "${name}" deeper than ${limits.maxDepth} levels: not read`);
        else walk(embedded, `${label}${name} > `, depth + 1);
        continue;
      }
      const data = propertyBytes(r, storage, PR_ATTACH_DATA, [0x0102]);
      if (data) entries.push({ name: `${label}${name}`, data: data.bytes });
      else r.problems.push(`attachment "${name}" has no data stream`);
    }
  };
  walk('', '', 0);
  return { entries, body, problems: r.problems, truncated };
}
